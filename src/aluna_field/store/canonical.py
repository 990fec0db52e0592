"""The one canonical encoding used for hashing and signing: sorted, compact UTF-8 JSON.

Chosen over deterministic CBOR because every layer already speaks JSON and the
encoding is easy to reproduce from the spec in other languages. Floats are refused:
every value we hash is a string, an integer, a boolean, null, a list or an object.

The bytes are those of `json.dumps(sort_keys=True, separators=(",", ":"),
ensure_ascii=False)`; msgspec writes them about eight times faster and a test checks
byte equality against the standard library for every code point, key order and integer
size (tests/store/test_canonical.py). msgspec also encodes types JSON has not (sets,
bytes, dates): the checked entry points refuse them before encoding.
"""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec


def _check(value: Any) -> None:
    # Iterative, with the common leaf types first: this runs on every op we hash.
    stack = [value]
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str or kind is int or kind is bool or item is None:
            continue
        if kind is dict:
            for k in item:
                if not isinstance(k, str):
                    raise TypeError("object keys must be strings")
            stack.extend(item.values())
        elif kind is list or kind is tuple:
            stack.extend(item)
        elif isinstance(item, float):
            raise TypeError("floats are not allowed in canonical encodings")
        elif not isinstance(item, str | int):  # str and int subclasses (enums) are fine
            raise TypeError("value is not JSON")


# Stateless and reused: building an encoder per call costs more than encoding a small op.
_ENCODER = msgspec.json.Encoder(order="sorted")


def _refuse_float(_text: str) -> Any:
    raise ValueError("floats are not allowed in canonical encodings")


# Floats refused while parsing, in C (msgspec calls the hook for every float literal):
# a frame of a thousand ops is no longer walked again in Python to look for them.
_DECODER = msgspec.json.Decoder(float_hook=_refuse_float)


def canonical_bytes(value: Any) -> bytes:
    """Encode value as sorted, compact JSON in UTF-8; identical input gives identical bytes."""
    _check(value)
    return _ENCODER.encode(value)


def canonical_bytes_float_free(value: Any) -> bytes:
    """canonical_bytes for values already known to hold no float: ops built from
    validated records (the domain has integer fields only, a test pins it) and JSON
    decoded with `parse_float` refused (the bundle reader). Skips the walk over value."""
    return _ENCODER.encode(value)


def digest_float_free(value: Any) -> str:
    """digest for values already known to hold no float (see canonical_bytes_float_free)."""
    return hashlib.sha256(_ENCODER.encode(value)).hexdigest()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of data as 64 lowercase hex characters."""
    return hashlib.sha256(data).hexdigest()


def digest(value: Any) -> str:
    """SHA-256 (hex) of the canonical encoding of value."""
    return sha256_hex(canonical_bytes(value))


def decode_float_free(data: bytes) -> Any:
    """Parse JSON text, refusing floats, NaN, lone surrogates, invalid UTF-8 and nesting
    too deep to parse; raises ValueError (or RecursionError) and nothing else."""
    try:
        return _DECODER.decode(data)
    except msgspec.ValidationError as exc:  # the float hook refused a number
        raise ValueError("not canonical JSON") from exc
    except msgspec.DecodeError as exc:
        raise ValueError("not JSON") from exc

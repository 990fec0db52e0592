"""The canonical encoder writes exactly the bytes the standard library's sorted, compact
JSON writes (op ids and signatures depend on them), and the strict decoder refuses what
the bundle reader must refuse."""

from __future__ import annotations

import enum
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aluna_field.store.canonical import (
    canonical_bytes,
    canonical_bytes_float_free,
    decode_float_free,
    digest,
)

REFERENCE = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
)


def reference(value: Any) -> bytes:
    return REFERENCE.encode(value).encode("utf-8")


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=30,
)


def test_every_code_point_encodes_as_the_standard_library_does() -> None:
    points = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    for start in range(0, len(points), 4096):
        chunk = points[start : start + 4096]
        value = {"k" + p: [p, "a" + p + "z"] for p in chunk}
        assert canonical_bytes(value) == reference(value)


@pytest.mark.parametrize(
    "number", [0, -1, 2**53, 2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**40, -(10**40)]
)
def test_integers_of_any_size_encode_as_the_standard_library_does(number: int) -> None:
    assert canonical_bytes({"n": number}) == reference({"n": number})
    assert decode_float_free(canonical_bytes([number])) == [number]


def test_keys_sort_by_code_point_across_planes() -> None:
    value = {"\uffff": 1, "\U00010000": 2, "\ue000": 3, "Z": 4, "a": 5, "é": 6}
    assert canonical_bytes(value) == reference(value)


def test_enum_members_encode_as_their_values() -> None:
    class Level(enum.IntEnum):
        HIGH = 3

    class Kind(enum.StrEnum):
        NOTE = "crisis-note"

    assert canonical_bytes([Level.HIGH, Kind.NOTE]) == b'[3,"crisis-note"]'


@settings(max_examples=300, deadline=None)
@given(JSON)
def test_any_json_value_encodes_and_decodes_as_the_standard_library_does(value: Any) -> None:
    encoded = canonical_bytes(value)
    assert encoded == reference(value) == canonical_bytes_float_free(value)
    assert decode_float_free(encoded) == json.loads(encoded)
    assert digest(value) == digest(decode_float_free(encoded))


@pytest.mark.parametrize(
    "value", [1.5, {"a": [0.0]}, float("nan"), {1: "a"}, {"a"}, b"bytes", object()]
)
def test_what_json_cannot_say_canonically_is_refused(value: Any) -> None:
    with pytest.raises(TypeError):
        canonical_bytes(value)


@pytest.mark.parametrize(
    "text",
    [b"1.5", b'{"a":[1e3]}', b"NaN", b"Infinity", b'"\\ud800"', b"\xff", b"{", b'"\x01"'],
)
def test_the_strict_decoder_refuses_floats_and_malformed_text(text: bytes) -> None:
    with pytest.raises(ValueError):
        decode_float_free(text)


def test_the_strict_decoder_refuses_deep_nesting_without_crashing() -> None:
    with pytest.raises((ValueError, RecursionError)):
        decode_float_free(b"[" * 100_000 + b"]" * 100_000)

"""The JSON documents inside bundle frames: encoding, and strict checks when reading.

Every check raises BundleRefused("bundle_malformed") so that a malformed frame is a
refused bundle, never another exception.
"""

from __future__ import annotations

import re
from typing import Any

import msgspec

from ..store.canonical import decode_float_free
from ..store.oplog import MAX_OPS_PER_CHANGESET, ChangeSet
from .bundle_format import refused

FORMAT = 1
MAX_ATTACHMENT = 8 * 1024**3
MAX_OPS = 2_000_000
MAX_CHANGESETS = 1_000_000
MAX_ATTACHMENTS = 10_000
MAX_ACK_BUNDLES = 4096
_ID = re.compile(r"[0-9a-f]{32}")
_HASH = re.compile(r"[0-9a-f]{64}")
_FPR = re.compile(r"[0-9a-f]{128}")


_ENCODER = msgspec.json.Encoder()


def encode(value: Any) -> bytes:
    """Compact UTF-8 JSON in the value's own key order (frames are not hashed whole)."""
    return _ENCODER.encode(value)


def decode(body: bytes) -> Any:
    """Parse a frame's JSON; refuses floats, NaN and nesting too deep to parse."""
    try:
        return decode_float_free(body)
    except (ValueError, RecursionError) as exc:
        raise refused("bundle_malformed") from exc


def is_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_hash(value: object) -> bool:
    return isinstance(value, str) and _HASH.fullmatch(value) is not None


def is_count(value: object, top: int = 2**53) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= top


def check(condition: bool) -> None:
    if not condition:
        raise refused("bundle_malformed")


def inner_header(
    sender: str, roster: str, seq: int, bundle_id: str, recipients: list[str], now_ms: int
) -> dict[str, Any]:
    return {
        "v": FORMAT,
        "sender": sender,
        "roster": roster,
        "seq": seq,
        "bundle": bundle_id,
        "recipients": recipients,
        "created": now_ms,
    }


def parse_inner_header(doc: Any, stanzas: int) -> dict[str, Any]:
    check(isinstance(doc, dict))
    check(set(doc) == {"v", "sender", "roster", "seq", "bundle", "recipients", "created"})
    if doc["v"] != FORMAT:
        raise refused("bundle_unknown_version")
    check(is_id(doc["sender"]) and is_hash(doc["roster"]) and is_id(doc["bundle"]))
    check(is_count(doc["seq"]) and doc["seq"] >= 1 and is_count(doc["created"]))
    recipients = doc["recipients"]
    check(isinstance(recipients, list) and len(recipients) == stanzas)
    check(all(isinstance(r, str) and _FPR.fullmatch(r) for r in recipients))
    return dict(doc)


def parse_changeset(doc: Any) -> ChangeSet:
    check(isinstance(doc, dict) and set(doc) == {"payload", "sig"})
    payload, sig = doc["payload"], doc["sig"]
    check(isinstance(payload, dict) and set(payload) == {"v", "author", "seq", "ops"})
    check(payload["v"] == 1 and is_id(payload["author"]))
    check(is_count(payload["seq"]) and payload["seq"] >= 1)
    ops = payload["ops"]
    check(isinstance(ops, list) and 0 < len(ops) <= MAX_OPS_PER_CHANGESET)
    check(all(is_hash(o) for o in ops) and len(set(ops)) == len(ops))
    check(isinstance(sig, str) and len(sig) < 10_000)
    try:
        raw = bytes.fromhex(sig)
    except ValueError as exc:
        raise refused("bundle_malformed") from exc
    return ChangeSet(payload, raw)


def changeset_doc(cs: ChangeSet) -> dict[str, Any]:
    return {"payload": cs.payload, "sig": cs.signature.hex()}


def parse_ops(doc: Any) -> list[tuple[Any, Any]]:
    check(isinstance(doc, list) and 0 < len(doc) <= MAX_OPS_PER_CHANGESET)
    out = []
    for item in doc:
        check(isinstance(item, list) and len(item) == 2)
        out.append((item[0], item[1]))
    return out


def parse_attachment(doc: Any) -> dict[str, Any]:
    check(isinstance(doc, dict) and set(doc) == {"id", "name", "mime", "size"})
    check(is_hash(doc["id"]) and is_count(doc["size"], MAX_ATTACHMENT))
    check(isinstance(doc["name"], str) and 0 < len(doc["name"]) <= 255)
    check(isinstance(doc["mime"], str) and 0 < len(doc["mime"]) <= 127)
    return dict(doc)


def parse_acks(doc: Any) -> tuple[dict[str, int], list[str]]:
    check(isinstance(doc, dict) and set(doc) == {"changesets", "bundles"})
    vector, bundles = doc["changesets"], doc["bundles"]
    check(isinstance(vector, dict) and len(vector) <= 100_000)
    check(all(is_id(a) and is_count(s) for a, s in vector.items()))
    check(isinstance(bundles, list) and len(bundles) <= MAX_ACK_BUNDLES)
    check(all(is_id(b) for b in bundles))
    return dict(vector), list(bundles)

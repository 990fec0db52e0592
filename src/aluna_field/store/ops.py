"""Operations: the immutable, content-addressed unit of every change to a record.

An op is a *header* and a *body*. The header names the record, author, clock, parents
and type, and holds for each changed field a salted commitment to its body entry.
`op_id` is the SHA-256 of the canonical header. The body holds the field values with
their salts. Redaction drops body entries; the header, its id and the signatures over
it stay valid, and the salts (dropped with the values) keep short values such as a
name from being guessed back from the commitment.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from .canonical import canonical_bytes, digest, digest_float_free
from .errors import OpRejected, RecordIdUnbound
from .hlc import Hlc

OP_FORMAT = 1
# The record schema this build writes and the newest it reads. 2: risk assessments are
# analysed threat by threat and their measures merge item by item (docs/risk.md).
# 3: a crisis note's `perpetrator` is a set of codes (an older single code reads as a
# set of one, store/materialise.py) and activities exist (docs/merge.md).
OP_SCHEMA = 3
OpType = Literal["put", "delete", "redact"]
OP_TYPES: tuple[str, ...] = ("put", "delete", "redact")
_ID = re.compile(r"[0-9a-f]{32}")
_HASH = re.compile(r"[0-9a-f]{64}")
_FIELD = re.compile(r"[a-z_][a-z0-9_]{0,63}")
MAX_PARENTS = 256
ORIGIN = "origin"  # header key of a record's creating op: the nonce its id is derived from
_RID_DOMAIN = b"aluna-field record id v1\0"


def bound_record_id(author: str, kind: str, origin: str) -> str:
    """The record id that a creating op by `author`, of `kind`, with `origin` names.

    The id is a hash of who created the record, what kind it is and a random nonce, so
    only the device that wrote the creating op can write another op that creates the
    same id: no one else can take over a record's kind, author or creation time.
    """
    data = _RID_DOMAIN + author.encode() + b"\0" + kind.encode() + b"\0" + origin.encode()
    return hashlib.sha256(data).hexdigest()[:32]


def is_creating(header: dict[str, Any]) -> bool:
    """True for the op shape that starts a record: a put with no parents."""
    return header.get("type") == "put" and header.get("parents") == []


def binds_record_id(header: dict[str, Any]) -> bool:
    """True when header is a creating op whose origin derives its record id."""
    origin, author, kind = header.get(ORIGIN), header.get("author"), header.get("kind")
    if not (is_creating(header) and is_record_id(origin)):
        return False
    if not (isinstance(origin, str) and isinstance(author, str) and isinstance(kind, str)):
        return False
    return header.get("rid") == bound_record_id(author, kind, origin)


def is_record_id(value: object) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_hash(value: object) -> bool:
    return isinstance(value, str) and _HASH.fullmatch(value) is not None


@dataclass(frozen=True)
class Op:
    """A verified op. `body` maps field → entry; entries missing from it are redacted."""

    op_id: str
    header: dict[str, Any]
    body: dict[str, Any] = field(default_factory=dict)

    @property
    def rid(self) -> str:
        return str(self.header["rid"])

    @property
    def schema(self) -> int:
        """The record schema the op was written under (1 before risk threat by threat)."""
        return int(self.header["schema"])

    @property
    def kind(self) -> str:
        return str(self.header["kind"])

    @property
    def origin(self) -> str | None:
        """The nonce the record id is derived from, on a record's creating op only."""
        value = self.header.get(ORIGIN)
        return str(value) if value is not None else None

    @property
    def type(self) -> str:
        return str(self.header["type"])

    @property
    def author(self) -> str:
        return str(self.header["author"])

    @cached_property
    def hlc(self) -> Hlc:
        # Cached: merging asks each op for its clock several times; the header never changes.
        return Hlc.from_json(self.header["hlc"])

    @property
    def parents(self) -> list[str]:
        return list(self.header["parents"])

    @property
    def fields(self) -> list[str]:
        """Fields this op writes (whether or not their body is still present)."""
        return sorted(self.header.get("fields", {}))

    @property
    def target_field(self) -> str | None:
        """For a redact op: the field redacted, or None for the whole record."""
        target = self.header.get("target") or {}
        value = target.get("field")
        return str(value) if value is not None else None

    def value(self, name: str) -> Any:
        """The body entry of a field (`{"s", "v"}` or `{"s", "add", "remove"}`), or None."""
        return self.body.get(name)

    def header_bytes(self) -> bytes:
        return canonical_bytes(self.header)

    def without(self, names: AbstractSet[str] | None) -> Op:
        """A copy with the body entries of names dropped (None: every entry)."""
        if names is None:
            return Op(self.op_id, self.header, {})
        return Op(self.op_id, self.header, {k: v for k, v in self.body.items() if k not in names})


def _entry(value: dict[str, Any]) -> dict[str, Any]:
    return {"s": secrets.token_hex(16), **value}


def make_op(
    *,
    rid: str | None,
    kind: str,
    author: str,
    hlc: Hlc,
    parents: list[str],
    op_type: OpType,
    values: dict[str, Any] | None = None,
    set_deltas: dict[str, tuple[list[Any], list[Any]]] | None = None,
    target_field: str | None = None,
    origin: str | None = None,
) -> Op:
    """Build a new op: register values are written whole, set fields as (add, remove).

    `rid=None` creates a record: the op must be a put with no parents, and its id is
    derived from this author, the kind and `origin` (a fresh random one unless given).
    Every other op names an existing record and takes no origin. ValueError otherwise:
    a caller that could pick the id of a new record could pick someone else's.
    """
    if not parents and op_type != "put":
        raise ValueError("an op without parents must create its record")
    if (not parents) != (rid is None) or (origin is not None and rid is not None):
        raise ValueError("a record's creating op, and only it, derives its id")
    if rid is None:
        origin = origin if origin is not None else secrets.token_hex(16)
        if not is_record_id(origin):
            raise ValueError("bad origin")
        rid = bound_record_id(author, kind, origin)
    body: dict[str, Any] = {}
    for name, value in (values or {}).items():
        body[name] = _entry({"v": value})
    for name, (add, remove) in (set_deltas or {}).items():
        body[name] = _entry({"add": sorted(add, key=str), "remove": sorted(remove, key=str)})
    header: dict[str, Any] = {
        "v": OP_FORMAT,
        "schema": OP_SCHEMA,
        "rid": rid,
        "kind": kind,
        "type": op_type,
        "author": author,
        "hlc": hlc.to_json(),
        "parents": sorted(set(parents)),
        # Values come from validated records: the domain holds no float field.
        "fields": {name: digest_float_free(entry) for name, entry in body.items()},
    }
    if op_type == "redact":
        header["target"] = {"field": target_field}
    if origin is not None:
        header[ORIGIN] = origin
    return Op(digest_float_free(header), header, body)


def check_op(
    header: object, body: object, known_kinds: tuple[str, ...], float_free: bool = False
) -> Op:
    """Verify an op received from elsewhere; OpRejected names what is wrong (never a value).

    Checks the header's shape, that the schema is not newer than this build reads, that
    each body entry matches its commitment, and computes the op id from the header.
    An op with no parents must be a put whose `origin` derives its record id; a root
    that does not is RecordIdUnbound (its `legacy` is the op when it has the shape an
    earlier version wrote: no origin at all). An origin on any other op is OpRejected.
    `float_free` is for callers that decoded the JSON with floats refused (the bundle
    reader): the canonical encoding then skips its walk looking for them.
    """
    hash_of = digest_float_free if float_free else digest
    if not isinstance(header, dict):
        raise OpRejected("op header is not an object")
    if header.get("v") != OP_FORMAT:
        raise OpRejected("unknown op format")
    schema = header.get("schema")
    if not isinstance(schema, int) or isinstance(schema, bool) or schema < 1:
        raise OpRejected("bad op schema")
    if schema > OP_SCHEMA:
        raise OpRejected("op schema from the future")
    if not is_record_id(header.get("rid")) or not is_record_id(header.get("author")):
        raise OpRejected("bad record or author id")
    if header.get("kind") not in known_kinds or header.get("type") not in OP_TYPES:
        raise OpRejected("unknown record kind or op type")
    try:
        Hlc.from_json(header.get("hlc"))
    except ValueError as exc:
        raise OpRejected("bad op clock") from exc
    parents = header.get("parents")
    if (
        not isinstance(parents, list)
        or len(parents) > MAX_PARENTS
        or not all(is_hash(p) for p in parents)
        or parents != sorted(set(parents))
    ):
        raise OpRejected("bad op parents")
    commits = header.get("fields")
    if not isinstance(commits, dict) or not all(
        isinstance(k, str) and _FIELD.fullmatch(k) and is_hash(v) for k, v in commits.items()
    ):
        raise OpRejected("bad op field commitments")
    allowed = {"v", "schema", "rid", "kind", "type", "author", "hlc", "parents", "fields"}
    if header["type"] == "redact":
        target = header.get("target")
        if not isinstance(target, dict) or set(target) != {"field"}:
            raise OpRejected("bad redaction target")
        name = target["field"]
        if name is not None and not (isinstance(name, str) and _FIELD.fullmatch(name)):
            raise OpRejected("bad redaction target")
        allowed.add("target")
    creating = is_creating(header)
    if creating and ORIGIN in header:
        allowed.add(ORIGIN)
    if set(header) != allowed:
        raise OpRejected("unexpected op header keys")
    if body is None:
        body = {}
    if not isinstance(body, dict):
        raise OpRejected("op body is not an object")
    for name, entry in body.items():
        if name not in commits or not isinstance(entry, dict):
            raise OpRejected("op body entry without commitment")
        try:
            matches = hash_of(entry) == commits[name]
        except TypeError as exc:
            raise OpRejected("op body entry is not canonical") from exc
        if not matches:
            raise OpRejected("op body does not match its commitment")
    op = Op(hash_of(header), header, body)
    if not header["parents"]:
        if not creating:
            raise RecordIdUnbound("an op without parents that does not create a record")
        if ORIGIN not in header:
            raise RecordIdUnbound("a creating op without origin", legacy=op)
        if not binds_record_id(header):
            raise RecordIdUnbound("record id does not match its origin")
    return op

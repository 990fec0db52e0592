"""SQL for the op log: change sets and ops, as stored. No merge logic here."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from .canonical import canonical_bytes, canonical_bytes_float_free, digest
from .db import Connection
from .ops import Op

MAX_OPS_PER_CHANGESET = 1000


@dataclass(frozen=True)
class ChangeSet:
    """A group of ops signed by the device that authored them."""

    payload: dict[str, Any]
    signature: bytes
    cs_id: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # Hashed once: a change set holds up to a thousand op ids and is asked often.
        object.__setattr__(self, "cs_id", digest(self.payload))

    @property
    def author(self) -> str:
        return str(self.payload["author"])

    @property
    def seq(self) -> int:
        return int(self.payload["seq"])

    @property
    def op_ids(self) -> list[str]:
        return list(self.payload["ops"])

    def signed_bytes(self) -> bytes:
        return canonical_bytes(self.payload)


def changeset_payload(author: str, seq: int, op_ids: list[str]) -> dict[str, Any]:
    return {"v": 1, "author": author, "seq": seq, "ops": op_ids}


def insert_changeset(conn: Connection, cs: ChangeSet) -> bool:
    """Store cs unless already there; True when it is new."""
    cur = conn.execute(
        "INSERT OR IGNORE INTO changesets (cs_id, author, seq, payload, signature) "
        "VALUES (?, ?, ?, ?, ?)",
        (cs.cs_id, cs.author, cs.seq, canonical_bytes(cs.payload).decode(), cs.signature),
    )
    return bool(cur.rowcount)


_INSERT_OP = (
    "INSERT OR IGNORE INTO ops (op_id, rid, author, wall, counter, type, header, body, cs_id)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _op_row(op: Op, cs_id: str) -> tuple[Any, ...]:
    hlc = op.hlc
    return (
        op.op_id,
        op.rid,
        op.author,
        hlc.wall,
        hlc.counter,
        op.type,
        # An Op was made by make_op or passed check_op: already hashed, float-free.
        canonical_bytes_float_free(op.header).decode(),
        canonical_bytes_float_free(op.body).decode() if op.body else None,
        cs_id,
    )


def insert_op(conn: Connection, op: Op, cs_id: str) -> bool:
    """Store op unless already there; True when it is new."""
    return bool(conn.execute(_INSERT_OP, _op_row(op, cs_id)).rowcount)


def _row_to_op(row: Any) -> Op:
    return Op(row[0], json.loads(row[1]), json.loads(row[2]) if row[2] else {})


def ops_for(conn: Connection, rid: str) -> list[Op]:
    rows = conn.execute(
        "SELECT op_id, header, body FROM ops WHERE rid = ? ORDER BY seq", (rid,)
    ).fetchall()
    return [_row_to_op(r) for r in rows]


def ops_by_ids(conn: Connection, op_ids: list[str]) -> list[Op]:
    out = []
    for oid in op_ids:
        row = conn.execute("SELECT op_id, header, body FROM ops WHERE op_id = ?", (oid,)).fetchone()
        if row:
            out.append(_row_to_op(row))
    return out


def known_op_ids(conn: Connection, op_ids: list[str]) -> set[str]:
    """The ids among op_ids already stored (a few IN queries, not one per id)."""
    found: set[str] = set()
    for start in range(0, len(op_ids), 500):
        chunk = op_ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in conn.execute(f"SELECT op_id FROM ops WHERE op_id IN ({marks})", chunk)
        )
    return found


def insert_ops(conn: Connection, ops: list[Op], owner: dict[str, str]) -> None:
    """Store ops known to be new, in one statement (see insert_op)."""
    conn.executemany(_INSERT_OP, (_op_row(op, owner.get(op.op_id, "")) for op in ops))


def set_body(conn: Connection, op: Op) -> None:
    """Overwrite the stored body of op (used to drop redacted values)."""
    conn.execute(
        "UPDATE ops SET body = ? WHERE op_id = ?",
        (canonical_bytes(op.body).decode() if op.body else None, op.op_id),
    )


def changesets(conn: Connection, author: str | None = None) -> list[ChangeSet]:
    """All stored change sets (of one author if given), in (author, seq) order."""
    sql = "SELECT payload, signature FROM changesets"
    args: tuple[Any, ...] = ()
    if author is not None:
        sql += " WHERE author = ?"
        args = (author,)
    rows = conn.execute(sql + " ORDER BY author, seq", args).fetchall()
    return [ChangeSet(json.loads(r[0]), bytes(r[1])) for r in rows]


def meta_get(conn: Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return str(row[0]) if row else None


def meta_set(conn: Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )

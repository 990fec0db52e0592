"""Merging ops from other devices into the store: set union, then re-materialise."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Protocol

from . import oplog
from .db import Connection
from .hlc import HlcClock
from .materialise import Materialised
from .ops import Op
from .views import same_state

# Records materialised and written per statement (records.WRITE_BATCH is this one;
# records.py imports this module, never the other way).
WRITE_BATCH = 2000

# One record to write: its id, its ops when the caller already holds all of them, and
# the row number of its row (None when it has none).
Pending = tuple[str, list[Op] | None, int | None]


class IngestTarget(Protocol):
    """What ingesting needs of the record store (records.RecordStore). A protocol, so that
    this module does not import records.py, which imports it."""

    @property
    def conn(self) -> Connection: ...

    @property
    def clock(self) -> HlcClock: ...

    def write_records(self, items: list[Pending]) -> list[tuple[Materialised, str, int]]: ...

    def save_clock(self) -> None: ...


@dataclass
class IngestResult:
    """What an ingest changed. Records are named by id; nothing here carries content.

    `future_clock` flags a batch holding ops stamped more than 24 h ahead of this
    device's clock (kept and shown, but their clock is not adopted). `changed_records`
    are those whose visible state changed. `incomplete_records` still miss ops their
    ops name as parents. `erased_bodies` counts op bodies that redactions dropped: call
    `RecordStore.scrub()` after the transaction commits so no old page image is left in
    the write-ahead log.
    """

    new_ops: int = 0
    new_records: set[str] = field(default_factory=set)
    changed_records: set[str] = field(default_factory=set)
    new_conflicts: set[str] = field(default_factory=set)
    future_clock: bool = False
    future_ops: int = 0
    resolved_conflicts: set[str] = field(default_factory=set)
    incomplete_records: set[str] = field(default_factory=set)
    erased_bodies: int = 0


def ingest_ops(
    store: IngestTarget, changesets: list[oplog.ChangeSet], ops: Iterable[Op]
) -> IngestResult:
    """See `RecordStore.ingest`."""
    conn = store.conn
    result = IngestResult()
    for cs in changesets:
        oplog.insert_changeset(conn, cs)
    owner = {oid: cs.cs_id for cs in changesets for oid in cs.op_ids}
    incoming: dict[str, Op] = {}
    for op in ops:
        seen = incoming.get(op.op_id)
        incoming[op.op_id] = op if seen is None else _with_body_of(seen, op)
    fresh: dict[str, list[Op]] = {}
    touched: set[str] = set()
    known = oplog.known_op_ids(conn, list(incoming))
    new_ops = [op for op in incoming.values() if op.op_id not in known]
    oplog.insert_ops(conn, new_ops, owner)
    for op in new_ops:
        result.new_ops += 1
        fresh.setdefault(op.rid, []).append(op)
        if not store.clock.observe(op.hlc):
            result.future_ops += 1
    for op in incoming.values():
        if op.op_id in known and op.body and _fill_body(store, op):
            touched.add(op.rid)
    result.future_clock = result.future_ops > 0
    rids = sorted(touched | set(fresh))
    rows = _rows_of(conn, rids)
    counts = _op_counts(conn, [rid for rid in rids if rid not in rows])
    for start in range(0, len(rids), WRITE_BATCH):
        chunk = rids[start : start + WRITE_BATCH]
        items: list[Pending] = []
        for rid in chunk:
            row = rows.get(rid)
            mine = fresh.get(rid, [])
            # No row, and the record's ops are those just inserted: no need to read them
            # back (a record that is one put takes the lone-put shortcut from there).
            hold = mine if row is None and counts.get(rid, 0) == len(mine) else None
            items.append((rid, hold, row[2] if row else None))
        for rid, done in zip(chunk, store.write_records(items), strict=True):
            _note(rid, done, rows.get(rid), result)
    store.save_clock()
    return result


# SQLite's default limit on bound parameters is far above this; chunks keep queries small.
_CHUNK = 500


def _rows_of(conn: Connection, rids: list[str]) -> dict[str, tuple[str, int, int]]:
    """(state JSON, conflict flag, row number) of the records that already have a row."""
    out: dict[str, tuple[str, int, int]] = {}
    for start in range(0, len(rids), _CHUNK):
        chunk = rids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for rid, state, conflict, num in conn.execute(
            f"SELECT rid, state, conflict, num FROM records WHERE rid IN ({marks})", chunk
        ):
            out[str(rid)] = (str(state), int(conflict), int(num))
    return out


def _op_counts(conn: Connection, rids: list[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for start in range(0, len(rids), _CHUNK):
        chunk = rids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for rid, count in conn.execute(
            f"SELECT rid, count(*) FROM ops WHERE rid IN ({marks}) GROUP BY rid", chunk
        ):
            out[str(rid)] = int(count)
    return out


def _note(
    rid: str,
    written: tuple[Materialised, str, int],
    row: tuple[str, int, int] | None,
    result: IngestResult,
) -> None:
    """Count what writing the record changed (new, changed, conflicts, erased bodies)."""
    done, text, erased = written
    result.erased_bodies += erased
    if done.state.incomplete:
        result.incomplete_records.add(rid)
    if row is None:
        result.new_records.add(rid)
    elif not same_state(row[0], text):
        result.changed_records.add(rid)
    had_conflict = bool(row and row[1])
    if done.state.has_conflict and not had_conflict:
        result.new_conflicts.add(rid)
    if had_conflict and not done.state.has_conflict:
        result.resolved_conflicts.add(rid)


def _fill_body(store: IngestTarget, op: Op) -> bool:
    """Give a stored op the body entries it lacks; True when it gained any.

    A copy relayed by a vault that had already applied a redaction arrives without
    them; the union keeps merge independent of which copy came first, and the
    redaction, once here, drops them again.
    """
    stored = oplog.ops_by_ids(store.conn, [op.op_id])
    if not stored or stored[0].header != op.header:
        return False
    extra = {k: v for k, v in op.body.items() if k not in stored[0].body}
    if not extra:
        return False
    oplog.set_body(store.conn, Op(op.op_id, op.header, {**stored[0].body, **extra}))
    return True


def _with_body_of(a: Op, b: Op) -> Op:
    """The same op with the body entries of both copies (a batch may repeat an op)."""
    if not b.body or a.header != b.header:
        return a
    return Op(a.op_id, a.header, {**b.body, **a.body})

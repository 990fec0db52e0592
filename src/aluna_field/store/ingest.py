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
from .search import SearchUpdate, index_records


class IngestTarget(Protocol):
    """What ingesting needs of the record store (records.RecordStore). A protocol, so that
    this module does not import records.py, which imports it."""

    @property
    def conn(self) -> Connection: ...

    @property
    def clock(self) -> HlcClock: ...

    def rematerialise(
        self,
        rid: str,
        ops: list[Op] | None = None,
        index_later: list[SearchUpdate] | None = None,
        existed: bool | None = None,
    ) -> tuple[Materialised, str, int]: ...

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
    updates: list[SearchUpdate] = []
    rids = sorted(touched | set(fresh))
    rows = _rows_of(conn, rids)
    counts = _op_counts(conn, [rid for rid in rids if rid not in rows])
    for rid in rids:
        _merge_record(store, rid, fresh.get(rid, []), result, updates, rows.get(rid), counts)
    index_records(conn, updates)
    store.save_clock()
    return result


# SQLite's default limit on bound parameters is far above this; chunks keep queries small.
_CHUNK = 500


def _rows_of(conn: Connection, rids: list[str]) -> dict[str, tuple[str, int]]:
    """(state JSON, conflict flag) of the records that already have a row, in few queries."""
    out: dict[str, tuple[str, int]] = {}
    for start in range(0, len(rids), _CHUNK):
        chunk = rids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for rid, state, conflict in conn.execute(
            f"SELECT rid, state, conflict FROM records WHERE rid IN ({marks})", chunk
        ):
            out[str(rid)] = (str(state), int(conflict))
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


def _merge_record(
    store: IngestTarget,
    rid: str,
    fresh: list[Op],
    result: IngestResult,
    updates: list[SearchUpdate],
    row: tuple[str, int] | None,
    counts: dict[str, int],
) -> None:
    known = None
    if row is None and counts.get(rid, 0) == len(fresh):
        # No row: the record's ops are those just inserted; no need to read them back.
        known = fresh
    done, text, erased = store.rematerialise(rid, known, updates, existed=row is not None)
    result.erased_bodies += erased
    if done.state.incomplete:
        result.incomplete_records.add(rid)
    if row is None:
        result.new_records.add(rid)
    elif text != row[0]:
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

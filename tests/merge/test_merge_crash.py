"""A crash in the middle of merging a batch leaves the vault as it was before the batch.

The crash is an exception raised before the k-th SQL statement of the merge, for every
k from the first statement to the last: wherever it lands (inserting ops, filling
bodies, erasing redacted ones, writing rows, the search index, the clock), the
transaction rolls back. Importing the batch again then gives the state of a clean import.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from merge_devices import (
    NOTE,
    Device,
    close_all,
    dump,
    make_devices,
    missing_ops,
    snapshot,
    transfer,
)

from aluna_field.store import oplog
from aluna_field.store.db import transaction
from aluna_field.store.ops import Op
from aluna_field.store.records import RecordStore


class InjectedCrash(Exception):
    """Stands for a power cut or a killed process in the middle of a merge."""


class CrashingConnection:
    """The real connection, except that statement number `crash_at` raises first."""

    def __init__(self, conn: Any, crash_at: int) -> None:
        self._conn = conn
        self.crash_at = crash_at
        self.statements = 0

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.statements += 1
        if self.statements == self.crash_at and not sql.startswith("ROLLBACK"):
            raise InjectedCrash
        return self._conn.execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> Any:
        self.statements += 1
        if self.statements == self.crash_at:
            raise InjectedCrash
        return self._conn.executemany(sql, rows)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


@pytest.fixture
def devices(tmp_path: Path) -> Iterator[list[Device]]:
    made = make_devices(tmp_path, 5)
    yield made
    close_all(made)


def _batch(devices: list[Device]) -> tuple[list[oplog.ChangeSet], list[Op]]:
    """A batch for the coordinator with new records, a conflict and a redaction.

    The coordinator (0) already holds the bodies the redaction erases, so merging the
    batch inserts ops, fills and erases bodies and rewrites rows and search text.
    """
    coord, ana, beto, redactor = devices[0], devices[1], devices[2], devices[3]
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, coord.store)
    transfer(ana.store, beto.store)
    transfer(ana.store, redactor.store)
    redactor.store.redact(rid, "agreements")
    ana.store.edit(rid, {"narrative": "Versión ficticia de Ana.", "agreements": "Acuerdo A."})
    beto.store.edit(rid, {"narrative": "Versión ficticia de Beto.", "urgency": "high"})
    beto.store.create("crisis-note", {**NOTE, "narrative": "Otra nota ficticia."})
    ops: list[Op] = []
    sets: list[oplog.ChangeSet] = []
    for src in (ana, beto, redactor):
        ops += missing_ops(src.store, coord.store)
        sets += oplog.changesets(src.conn)
    return sets, ops + ops[:2]  # a repeat inside the batch, as a relay might send


def _store_over(device: Device, conn: CrashingConnection) -> RecordStore:
    """A fresh store of the device whose statements, from now on, go through conn."""
    store = RecordStore(device.conn, device.session.identity, device.clock)
    store.conn = conn
    return store


def _merge(store: RecordStore, conn: Any, batch: tuple[list[oplog.ChangeSet], list[Op]]) -> None:
    with transaction(conn):
        store.ingest(*batch)


def _count_statements(device: Device, batch: tuple[list[oplog.ChangeSet], list[Op]]) -> int:
    """How many statements a merge of the batch runs between BEGIN and COMMIT."""
    counting = CrashingConnection(device.conn, crash_at=0)
    store = _store_over(device, counting)
    with pytest.raises(InjectedCrash):
        with transaction(counting):
            store.ingest(*batch)
            raise InjectedCrash  # measure the statements, keep nothing
    return counting.statements - 2  # BEGIN and the ROLLBACK


def test_crash_anywhere_in_a_merge_changes_nothing(devices: list[Device]) -> None:
    coord, clean = devices[0], devices[4]
    batch = _batch(devices)
    transfer(coord.store, clean.store)
    _merge(clean.store, clean.conn, batch)
    expected = snapshot(clean.store)

    before = dump(coord.conn)
    inside = _count_statements(coord, batch)
    # Long enough for the crash points to mean something (the batched write path puts
    # a batch's rows, and its search entries, in one statement each: fewer than before).
    assert inside > 12
    assert dump(coord.conn) == before

    # 1 is BEGIN; 2 .. inside + 1 are the merge's own statements.
    for crash_at in range(1, inside + 2):
        crashing = CrashingConnection(coord.conn, crash_at)
        store = _store_over(coord, crashing)
        with pytest.raises(InjectedCrash):
            _merge(store, crashing, batch)
        assert dump(coord.conn) == before, f"crash at statement {crash_at} left changes"

    coord.store = RecordStore(coord.conn, coord.session.identity, coord.clock)
    _merge(coord.store, coord.conn, batch)
    assert snapshot(coord.store) == expected
    assert coord.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_failure_at_commit_changes_nothing(devices: list[Device]) -> None:
    coord = devices[0]
    batch = _batch(devices)
    before = dump(coord.conn)
    crashing = CrashingConnection(coord.conn, _count_statements(coord, batch) + 2)
    with pytest.raises(InjectedCrash):
        _merge(_store_over(coord, crashing), crashing, batch)
    assert dump(coord.conn) == before

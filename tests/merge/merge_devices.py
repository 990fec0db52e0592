"""Real vaults standing in for devices, and moving ops between them without bundles.

Ops travel the way the bundle code hands them over: change sets and ops read from the
source store, ingested by the destination inside one transaction.
"""

from __future__ import annotations

import io
import json
import os
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from aluna_field.cli.main import run
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store import oplog
from aluna_field.store.db import transaction
from aluna_field.store.ingest import IngestResult
from aluna_field.store.ops import Op
from aluna_field.store.records import RecordStore
from support import PASSPHRASE, FakeClock, make_ctx

SUBJECT = "5ab1ec7f1c7c10a5ab1ec7f1c7c10a00"  # a made-up subject id
NOTE = {
    "subject_ids": [SUBJECT],
    "occurred_at": "2026-03-04T10:00:00",
    "event": "threat",
    "narrative": "Relato ficticio inicial de prueba.",
    "urgency": "medium",
}


Change = dict[str, Any] | None


@dataclass
class Device:
    """One vault with its own clock; `store` may be swapped for a variant in tests."""

    session: Session
    clock: FakeClock
    store: RecordStore
    ctx: AppContext

    @property
    def conn(self) -> Any:
        return self.session.conn

    @property
    def device_id(self) -> str:
        return self.session.identity.device_id

    def reset(self) -> None:
        """Forget every record and op (a fresh vault for the next example, cheaply)."""
        with transaction(self.conn):
            for table in ("records_fts", "records", "ops", "changesets", "blob_chunks"):
                self.conn.execute(f"DELETE FROM {table}")
            self.conn.execute("DELETE FROM attachments")
            self.conn.execute("DELETE FROM meta WHERE key IN ('hlc', 'cs_seq')")
        self.store = type(self.store)(self.conn, self.session.identity, self.clock)
        self.session.records = self.store

    def reopen(self) -> None:
        """Open the vault again after a CLI command used it (one opener at a time)."""
        self.session = open_vault(self.ctx, PASSPHRASE)
        self.store = type(self.store)(self.conn, self.session.identity, self.clock)
        self.session.records = self.store

    def cli(self, *argv: str, stdin: str = "") -> tuple[int, str, str]:
        """Run one CLI command on this vault: (exit code, stdout, stderr)."""
        self.session.close()
        try:
            out, err = io.StringIO(), io.StringIO()
            os.environ["ALUNA_FIELD_PASSPHRASE"] = PASSPHRASE
            try:
                code = run(
                    list(argv), context=self.ctx, stdin=io.StringIO(stdin), stdout=out, stderr=err
                )
            finally:
                del os.environ["ALUNA_FIELD_PASSPHRASE"]
        finally:
            self.reopen()
        return code, out.getvalue(), err.getvalue()


def make_devices(root: Path, n: int, store_class: type[RecordStore] = RecordStore) -> list[Device]:
    """n vaults; the first is a coordinator, the others accompaniers."""
    out = []
    for i in range(n):
        clock = FakeClock(1_790_000_000_000 + 7 * i)  # apart, so clock ties stay rare
        role = "coordinator" if i == 0 else "accompanier"
        ctx = make_ctx(root / f"device{i}", clock)
        session = create_vault(ctx, PASSPHRASE, f"Dispositivo Ficticio {i}", role)
        store = store_class(session.conn, session.identity, clock)
        session.records = store
        out.append(Device(session, clock, store, ctx))
    return out


def close_all(devices: list[Device]) -> None:
    for d in devices:
        d.session.close()


def devices_for(root: Path, n: int) -> Iterator[list[Device]]:
    """For fixtures: n devices (see make_devices), closed afterwards."""
    made = make_devices(root, n)
    yield made
    close_all(made)


def fork(coord: Device, ana: Device, beto: Device, ana_change: Change, beto_change: Change) -> str:
    """A note Ana and Beto changed apart (None: deleted), both merged at the coordinator."""
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, beto.store)
    for device, change in ((ana, ana_change), (beto, beto_change)):
        if change is None:
            device.store.delete(rid)
        else:
            device.store.edit(rid, change)
    transfer(ana.store, coord.store)
    transfer(beto.store, coord.store)
    return rid


def op_ids(store: RecordStore) -> list[str]:
    return [r[0] for r in store.conn.execute("SELECT op_id FROM ops ORDER BY op_id")]


def all_ops(store: RecordStore) -> list[Op]:
    return oplog.ops_by_ids(store.conn, op_ids(store))


def missing_ops(src: RecordStore, dst: RecordStore) -> list[Op]:
    """The ops of src that dst has not got: what a sync that keeps acks would send."""
    have = set(op_ids(dst))
    return oplog.ops_by_ids(src.conn, [oid for oid in op_ids(src) if oid not in have])


def transfer(
    src: RecordStore, dst: RecordStore, ops: list[Op] | None = None, batches: int = 1
) -> IngestResult:
    """Ingest ops (default: those dst lacks) and src's change sets into dst, in batches,
    each batch in its own transaction. Returns the last batch's result."""
    chosen = missing_ops(src, dst) if ops is None else ops
    sets = oplog.changesets(src.conn)
    size = max(1, -(-len(chosen) // max(1, batches)))
    result = IngestResult()
    for start in range(0, max(1, len(chosen)), size):
        with transaction(dst.conn):
            result = dst.ingest(sets, chosen[start : start + size])
    return result


def snapshot(store: RecordStore) -> dict[str, Any]:
    """Every materialised row and its indexed text, by record id."""
    rows = store.conn.execute(
        "SELECT r.rid, r.state, r.deleted, r.conflict, r.incomplete, f.body"
        " FROM records r LEFT JOIN records_fts f ON f.rowid = r.num ORDER BY r.rid"
    ).fetchall()
    return {r[0]: (json.loads(r[1]), r[2], r[3], r[4], r[5]) for r in rows}


def dump(conn: Any) -> dict[str, list[tuple[Any, ...]]]:
    """The content of every table the store writes (for before/after comparisons)."""
    out = {}
    for table in ("ops", "changesets", "records", "meta", "attachments", "blob_chunks"):
        out[table] = conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
    out["records_fts"] = conn.execute(
        "SELECT rowid, body FROM records_fts ORDER BY rowid"
    ).fetchall()
    return out


def shuffled_batches(ops: list[Op], rng: random.Random, repeats: int) -> Iterator[list[Op]]:
    """The ops in a random order, some repeated, cut into random batches."""
    pool = ops + [rng.choice(ops) for _ in range(repeats)] if ops else []
    rng.shuffle(pool)
    while pool:
        cut = rng.randint(1, len(pool))
        yield pool[:cut]
        pool = pool[cut:]

"""A crisis note written under schema 2 (one perpetrator, a register) and edited under
schema 3 (a set of perpetrators): old and new ops of one record merge element by element,
every reader gets a list, and the vault migration rewrites old materialised rows to
exactly what a rebuild from the op log gives (docs/merge.md)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))

from merge_devices import NOTE, Device, devices_for, snapshot, transfer

from aluna_field.domain import kinds
from aluna_field.services.reports import ReportFilter
from aluna_field.services.reports.source import read_snapshot
from aluna_field.store import ops as ops_module
from aluna_field.store import records as records_module
from aluna_field.store.migrations import LATEST, migrate
from aluna_field.store.records import RecordStore

# The set fields of a crisis note before schema 3.
_OLD_SETS = frozenset({"subject_ids", "interventions", "attachments"})


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Device]]:
    yield from devices_for(tmp_path, 3)


@contextmanager
def old_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Write and materialise as the schema-2 build did: `perpetrator` a one-code register."""
    with monkeypatch.context() as m:
        m.setattr(ops_module, "OP_SCHEMA", 2)
        m.setattr(records_module, "set_fields_of", lambda _k: _OLD_SETS)
        m.setattr(RecordStore, "_validated", lambda _self, _k, data, before=None: dict(data))
        yield


def _old_note(perpetrator: str) -> dict[str, Any]:
    return {**NOTE, "perpetrator": perpetrator, "interventions": [], "state_observed": ""}


def _fields(store: RecordStore, rid: str) -> dict[str, Any]:
    return store.view(rid).state.fields


def test_old_and_new_edits_of_one_note_merge_into_one_set(
    trio: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ana, beto = trio
    with old_build(monkeypatch):
        rid = ana.store.create("crisis-note", _old_note("unknown"))
    transfer(ana.store, beto.store)
    assert _fields(beto.store, rid)["perpetrator"] == ["unknown"]  # a set of one

    # Apart: Beto (new build) records police aided by armed civilians; Ana (old build)
    # corrects her single code to the military.
    beto.store.edit(rid, {"perpetrator": ["state_police", "paramilitary"]})
    with old_build(monkeypatch):
        ana.store.edit(rid, {"perpetrator": "state_military"})
    transfer(ana.store, beto.store)
    transfer(beto.store, ana.store)
    assert snapshot(ana.store) == snapshot(beto.store)

    state = beto.store.view(rid).state
    # Both writes kept, the old "unknown" gone (both writers replaced it): no conflict.
    assert state.fields["perpetrator"] == ["paramilitary", "state_military", "state_police"]
    assert "perpetrator" not in state.conflicts
    # The merged record is a valid schema-3 note: every reader can validate it again.
    clean = {k: v for k, v in state.fields.items() if k != "attachments"}
    assert kinds.validate_record("crisis-note", clean)["perpetrator"] == state.fields["perpetrator"]

    # Removing an old code under schema 3 removes it everywhere.
    beto.store.edit(rid, {"perpetrator": ["state_police"]})
    transfer(beto.store, ana.store)
    assert _fields(ana.store, rid)["perpetrator"] == ["state_police"]


def _rows(store: RecordStore) -> dict[str, Any]:
    return {
        rid: (state, conflict)
        for rid, state, conflict in store.conn.execute(
            "SELECT rid, state, conflict FROM records ORDER BY rid"
        )
    }


def test_the_migration_gives_old_rows_what_a_rebuild_gives(
    trio: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    coord, ana, beto = trio
    with old_build(monkeypatch):
        single = coord.store.create("crisis-note", _old_note("business"))
        split = ana.store.create("crisis-note", _old_note("unknown"))
        transfer(ana.store, beto.store)
        ana.store.edit(split, {"perpetrator": "organized_crime"})
        beto.store.edit(split, {"perpetrator": "state_officials"})
        transfer(ana.store, coord.store)
        transfer(beto.store, coord.store)
        # What an old vault holds: one code, and a conflict between two single codes.
        old = json.loads(
            coord.conn.execute("SELECT state FROM records WHERE rid = ?", (split,)).fetchone()[0]
        )
        assert "perpetrator" in old["conflicts"]
    assert _fields(coord.store, single)["perpetrator"] == "business"
    # Reports read an old row alike, before the migration has run.
    before = read_snapshot(coord.conn, ReportFilter())
    assert sorted(c.perpetrators for c in before.crises)[0] == ("business",)

    coord.conn.execute("PRAGMA user_version = 4")
    assert migrate(coord.conn) == LATEST
    migrated = _rows(coord.store)
    assert json.loads(migrated[single][0])["fields"]["perpetrator"] == ["business"]
    assert json.loads(migrated[split][0])["fields"]["perpetrator"] == [
        "organized_crime",
        "state_officials",
    ]
    assert migrated[split][1] == 0 and not coord.store.conflicted()

    coord.store.rebuild()
    rebuilt = _rows(coord.store)
    assert {r: (json.loads(s), c) for r, (s, c) in migrated.items()} == {
        r: (json.loads(s), c) for r, (s, c) in rebuilt.items()
    }

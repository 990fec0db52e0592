"""A risk assessment written under schema 1 (an old build) and edited under schema 2
merge: old register writes of the measures read as item-by-item changes, the level
is derived threat by threat, and the history names the rule of every version."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))

from merge_devices import SUBJECT, Device, devices_for, snapshot, transfer

from aluna_field.domain import kinds
from aluna_field.store import ops as ops_module
from aluna_field.store import records as records_module
from aluna_field.store.records import RecordStore

OLD = {
    "subject_id": SUBJECT,
    "assessed_on": "2026-01-10",
    "threats": [
        {"description": "Llamadas ficticias", "score": 5, "who": "", "when": "", "credibility": ""},
        {"description": "Rumor ficticio", "score": 1, "who": "", "when": "", "credibility": ""},
        {
            "description": "Otro rumor ficticio",
            "score": 1,
            "who": "",
            "when": "",
            "credibility": "",
        },
    ],
    "vulnerabilities": [{"description": "Rutas fijas", "score": 3}],
    "capacities": [{"description": "Red de apoyo", "score": 2}],
    "measures": [{"what": "Cambiar rutas", "who": "Equipo", "by": None}],
    "next_review_on": None,
    "notes": "",
}


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Device]]:
    yield from devices_for(tmp_path, 3)


@contextmanager
def old_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Write as today's main did: schema 1, measures a whole-list register, old shape."""
    with monkeypatch.context() as m:
        m.setattr(ops_module, "OP_SCHEMA", 1)
        m.setattr(records_module, "set_fields_of", lambda _k: frozenset({"attachments"}))
        m.setattr(RecordStore, "_validated", lambda _self, _k, data, **_kw: dict(data))
        yield


def _measures(store: RecordStore, rid: str) -> list[dict[str, Any]]:
    fields = {k: v for k, v in store.view(rid).state.fields.items() if k != "attachments"}
    fields = kinds.without_derived("risk-assessment", fields)
    return kinds.validate_record("risk-assessment", fields)["measures"]


def test_old_op_and_new_op_of_one_record_merge(
    trio: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ana, beto = trio
    with old_build(monkeypatch):
        rid = ana.store.create("risk-assessment", dict(OLD))
    transfer(ana.store, beto.store)
    # Under the means rule this record read "medio"; threat by threat it is "alto".
    assert beto.store.view(rid).state.fields["risk_level"] == "high"

    # Apart: Beto (new build) adds a measure in progress; Ana (old build) adds another.
    current = _measures(beto.store, rid)
    new = {"what": "Acompañar traslados", "state": "in_progress", "who": "Beto"}
    beto.store.edit(rid, {"measures": [*current, new]})
    with old_build(monkeypatch):
        ana.store.edit(rid, {"measures": [*OLD["measures"], {"what": "Avisar a la red"}]})
    transfer(ana.store, beto.store)
    transfer(beto.store, ana.store)
    assert snapshot(ana.store) == snapshot(beto.store)

    merged = _measures(beto.store, rid)
    assert sorted(m["what"] for m in merged) == [
        "Acompañar traslados",
        "Avisar a la red",
        "Cambiar rutas",
    ]
    assert not beto.store.view(rid).state.conflicts

    history = beto.store.history(rid)
    rules = {(h["author"] == ana.store.signer.device_id, h["risk_rule"]) for h in history}
    assert rules == {(True, "means-v1"), (False, "threat-by-threat-v2")}
    first = history[0]
    # The first version's level under its own rule, not re-scored: 3.5 → "medium".
    assert (first["risk_rule"], first["risk_level"]) == ("means-v1", "medium")


def test_removing_an_old_measure_under_schema_2_removes_it(
    trio: list[Device], monkeypatch: pytest.MonkeyPatch
) -> None:
    _, ana, beto = trio
    with old_build(monkeypatch):
        rid = ana.store.create("risk-assessment", dict(OLD))
    transfer(ana.store, beto.store)
    beto.store.edit(rid, {"measures": []})
    assert _measures(beto.store, rid) == []

"""A whole vault written by the previous build (record schema 1: risk on the means of
every list, measures as free text written whole) opens under today's build with every
record reading as docs/risk.md says, and reads the same in a schema-2 vault after a
bundle round trip (issue 14, item 6: "a vault made by today's main reads the same after
upgrading").

The old build is this build with the three things schema 2 changed put back, the way
tests/store/test_risk_schema_merge.py writes single old ops: OP_SCHEMA 1, the measures a
register written whole, and a risk assessment stored in its old shape. Real vaults,
real bundles; nothing of the reading side is replaced.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from aluna_field.domain import kinds
from aluna_field.domain.risk_legacy import RULE_MEANS
from aluna_field.services import exchange, intake, plan
from aluna_field.services import team as team_service
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store import ops as ops_module
from aluna_field.store import records as records_module
from aluna_field.store.records import RecordStore
from support import PASSPHRASE, FakeClock, make_ctx, run_cli

RULE_THREATS = "threat-by-threat-v2"


def _threat(description: str, score: int, credibility: str = "") -> dict[str, Any]:
    return {
        "description": description,
        "score": score,
        "who": "",
        "when": "",
        "credibility": credibility,
    }


def _factor(description: str, score: int) -> dict[str, Any]:
    return {"description": description, "score": score}


# Schema-1 assessments, as the old form saved them. Levels: the means rule's (written
# then, shown in the history) and threat by threat (today's), per docs/risk.md.
OLD_ASSESSMENTS: dict[str, tuple[dict[str, Any], str, str]] = {
    # One serious threat and two minor ones: the means hid it (3.5 "medio"); threat by
    # threat it is 5 × 3 / 2 = 7.5, "alto".
    "serious-plus-minor": (
        {
            "assessed_on": "2026-01-10",
            "threats": [
                _threat("Llamadas ficticias de intimidación", 5, "Llegaron tres en una semana"),
                _threat("Rumor ficticio en el barrio", 1),
                _threat("Otro rumor ficticio", 1),
            ],
            "vulnerabilities": [_factor("Rutas fijas ficticias", 3)],
            "capacities": [_factor("Red de apoyo ficticia", 2)],
            "measures": [
                {"what": "Cambiar rutas", "who": "Equipo ficticio", "by": "2026-02-01"},
                {"what": "Avisar a la red ficticia", "who": "", "by": None},
            ],
            "next_review_on": "2026-03-01",
            "notes": "Nota ficticia del análisis",
        },
        "medium",
        "high",
    ),
    # Everything at 5: 5 × 5 / 5 = 5 under both rules, "medio".
    "all-five": (
        {
            "assessed_on": "2026-02-10",
            "threats": [_threat("Amenaza ficticia máxima", 5)],
            "vulnerabilities": [_factor("Vulnerabilidad ficticia", 5)],
            "capacities": [_factor("Capacidad ficticia", 5)],
            "measures": [{"what": "Medida ficticia en texto libre", "who": "Ana", "by": None}],
            "next_review_on": None,
            "notes": "",
        },
        "medium",
        "medium",
    ),
    # Strong capacities over a low threat: 1 × 1 / 5 = 0.2 "bajo" under both.
    "low": (
        {
            "assessed_on": "2026-03-10",
            "threats": [_threat("Amenaza ficticia menor", 1)],
            "vulnerabilities": [_factor("Vulnerabilidad ficticia menor", 1)],
            "capacities": [_factor("Capacidad ficticia fuerte", 5)],
            "measures": [],
            "next_review_on": "2026-04-01",
            "notes": "",
        },
        "low",
        "low",
    ),
}


@contextmanager
def old_build(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Write as the previous build did: schema 1, measures a whole-list register, a risk
    assessment stored in its old shape (other kinds did not change)."""
    fresh_sets = records_module.set_fields_of
    fresh_validated = RecordStore._validated

    def old_sets(kind: str) -> frozenset[str]:
        sets = fresh_sets(kind)
        return sets - {"measures"} if kind == "risk-assessment" else sets

    def old_validated(
        self: RecordStore, kind: str, data: dict[str, Any], before: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        if kind == "risk-assessment":
            return {k: v for k, v in data.items() if k != "attachments"}
        return fresh_validated(self, kind, data, before)

    with monkeypatch.context() as m:
        m.setattr(ops_module, "OP_SCHEMA", 1)
        m.setattr(records_module, "set_fields_of", old_sets)
        m.setattr(RecordStore, "_validated", old_validated)
        yield


def _readable(session: Session) -> dict[str, dict[str, Any]]:
    """Every record as today's build shows it: fields (derived ones included), and per
    version the rule and level of the history."""
    out: dict[str, dict[str, Any]] = {}
    for view in session.list_records():
        fields = {k: v for k, v in view.state.fields.items() if k != "attachments"}
        history = [(h.get("risk_rule"), h.get("risk_level")) for h in session.history(view.rid)]
        out[view.rid] = {"kind": view.kind, "fields": fields, "history": history}
    return out


def _as_today(fields: dict[str, Any]) -> dict[str, Any]:
    """A stored assessment through today's model (what the form and an edit work on)."""
    data = kinds.without_derived("risk-assessment", fields)
    data.pop("attachments", None)
    return kinds.validate_record("risk-assessment", data)


def _check_every_record_reads(
    session: Session, rids: dict[str, str], written: dict[str, tuple[dict[str, Any], str, str]]
) -> None:
    for name, (old, means_level, threat_level) in written.items():
        fields = session.show(rids[name]).state.fields
        # The level is derived threat by threat, never the one written then.
        assert fields["risk_level"] == threat_level, name
        # The history shows each version under its own rule: nothing re-scored silently.
        history = session.history(rids[name])
        first_version = history[0]
        assert (first_version["risk_rule"], first_version["risk_level"]) == (
            RULE_MEANS,
            means_level,
        )
        # Nothing of what was written is lost; as today's model reads it (the form, an
        # edit), the free-text measures are plan items, pending, each with an id, and a
        # credibility written as free text is the note, unscored.
        assert [m["what"] for m in fields["measures"]] == [m["what"] for m in old["measures"]]
        normal = _as_today(fields)
        assert sorted(m["what"] for m in normal["measures"]) == sorted(
            m["what"] for m in old["measures"]
        )
        assert all(m["state"] == "pending" and m["id"] for m in normal["measures"]), name
        first = normal["threats"][0]
        assert first["description"] == old["threats"][0]["description"]
        assert first["credibility"] is None
        assert first["credibility_note"] == old["threats"][0]["credibility"]
        assert normal["risk_level"] == threat_level
    note = session.show(rids["note"])
    assert note.state.fields["narrative"] == "Relato ficticio escrito con la versión anterior."
    assert rids["assessed"] in {v.rid for v in session.search("intimidación")}
    # The plan on Inicio: the dated measure with someone responsible, and the review the
    # subject's latest assessment asks for.
    items = plan.plan_items(session, until=dt.date(2026, 12, 31))
    due = {(i.what, i.due_on) for i in items if i.assessment_id == rids["serious-plus-minor"]}
    assert ("Cambiar rutas", dt.date(2026, 2, 1)) in due
    assert any(i.review and i.due_on == dt.date(2026, 4, 1) for i in items)


def test_a_vault_of_the_previous_schema_reads_correctly_after_upgrade_and_a_round_trip(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    old_ctx = make_ctx(tmp_path / "old-vault", clock)
    session = create_vault(old_ctx, PASSPHRASE, "Coordinación Ficticia", "coordinator", "Equipo")
    rids: dict[str, str] = {}
    written_then = copy.deepcopy(OLD_ASSESSMENTS)
    try:
        with old_build(monkeypatch):
            subject = session.add(
                "subject", {"type": "person", "alias": "Persona Ficticia", "region": "Oaxaca"}
            )[0]
            rids["note"] = session.add(
                "crisis-note",
                {
                    "subject_ids": [subject],
                    "occurred_at": "2026-01-09T10:00:00",
                    "event": "threat",
                    "narrative": "Relato ficticio escrito con la versión anterior.",
                    "urgency": "high",
                },
            )[0]
            for name, (old, _means, _threats) in written_then.items():
                rids[name] = session.add("risk-assessment", {"subject_id": subject, **old})[0]
            rids["assessed"] = rids["serious-plus-minor"]
            # An old edit: the whole measures list written again, one more item.
            rid = rids["all-five"]
            measures = written_then["all-five"][0]["measures"]
            measures.append({"what": "Segunda medida ficticia", "who": "", "by": None})
            session.edit(rid, {"measures": list(measures)})
        # The old build's ops say schema 1.
        schemas = {op.schema for op in session.records.ops(rids["serious-plus-minor"])}
        assert schemas == {1}
    finally:
        session.close()

    # Upgrade: today's build opens the vault as it was left.
    upgraded = open_vault(old_ctx, PASSPHRASE)
    try:
        _check_every_record_reads(upgraded, rids, written_then)
        history = upgraded.history(rids["all-five"])
        assert [h["risk_rule"] for h in history] == [RULE_MEANS, RULE_MEANS]
        before = _readable(upgraded)

        # A bundle round trip to a vault that only ever had schema 2.
        new_ctx = make_ctx(tmp_path / "new-vault", clock)
        fresh = create_vault(new_ctx, PASSPHRASE, "Coordinación Nueva", "coordinator")
        try:
            team_service.join(fresh, team_service.my_card(upgraded))
            team_service.add(upgraded, team_service.my_card(fresh), "coordinator")
            written = exchange.export(upgraded, tmp_path / "usb")
            came = intake.import_paths(fresh, [w.path for w in written])
            assert came.imported == 1 and not came.refused
            assert _readable(fresh) == before
            _check_every_record_reads(fresh, rids, written_then)
            # The new build edits an old assessment: a measure added item by item, the
            # old ones kept, the level still threat by threat.
            rid = rids["serious-plus-minor"]
            current = _as_today(fresh.show(rid).state.fields)["measures"]
            new = {"what": "Acompañar traslados ficticios", "state": "in_progress", "who": "Beto"}
            fresh.edit(rid, {"measures": [*current, new]})
            edited = fresh.show(rid).state.fields
            assert len(edited["measures"]) == 3 and edited["risk_level"] == "high"
            rules = [h["risk_rule"] for h in fresh.history(rid)]
            assert rules == [RULE_MEANS, RULE_THREATS]
        finally:
            fresh.close()
    finally:
        upgraded.close()

    # The command line reads the upgraded vault the same way.
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    shown = run_cli(old_ctx, "show", rids["serious-plus-minor"], "--json")
    assert shown.code == 0, shown.err
    doc = json.loads(shown.out)
    assert doc["risk_level"] == "high" and len(doc["measures"]) == 2

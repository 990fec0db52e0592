"""Record commands through the CLI: the contract's shapes and every invalid input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio Ceiba", "region": "Guerrero"}


def _note(sid: str, narrative: str = "Texto ficticio de una amenaza") -> dict:
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": narrative,
        "urgency": "high",
    }


@pytest.fixture
def made(cli):  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    return cli


@pytest.fixture
def sid(made) -> str:  # type: ignore[no-untyped-def]
    r = made("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT))
    assert r.code == 0, r.err
    return r.out.strip()


def test_add_show_list_search_edit_history(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    nid = made("add", "crisis-note", "--json", "-", stdin=json.dumps(_note(sid))).out.strip()
    shown = json.loads(made("show", nid, "--json").out)
    assert shown["kind"] == "crisis-note" and shown["id"] == nid
    assert {"author", "conflicts", "attachments"} <= set(shown) and shown["conflicts"] == {}
    assert [x["id"] for x in json.loads(made("list", "--kind", "crisis-note", "--json").out)] == [
        nid
    ]
    assert [x["id"] for x in json.loads(made("search", "amenaza", "--json").out)] == [nid]
    assert made("edit", nid, "--json", "-", stdin='{"urgency": "critical"}').code == 0
    assert json.loads(made("show", nid, "--json").out)["urgency"] == "critical"
    history = json.loads(made("history", nid, "--json").out)
    assert len(history) == 2 and history[1]["fields"] == ["urgency"]
    assert all(h["author"] == shown["author"] for h in history)


def test_add_array_in_one_transaction(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    r = made(
        "add",
        "crisis-note",
        "--json",
        "-",
        stdin=json.dumps([_note(sid, f"n{i}") for i in range(4)]),
    )
    assert r.code == 0 and len(r.out.split()) == 4
    bad = [_note(sid, "buena"), {**_note(sid), "urgency": "extrema"}]
    r = made("add", "crisis-note", "--json", "-", stdin=json.dumps(bad))
    assert r.code == 4
    assert len(json.loads(made("list", "--kind", "crisis-note", "--json").out)) == 4


def test_risk_level_derived(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    ra = {
        "subject_id": sid,
        "assessed_on": "2026-11-21",
        "threats": [{"description": "vigilancia", "score": 4}, {"description": "b", "score": 3}],
        "vulnerabilities": [{"description": "c", "score": 3}],
        "capacities": [{"description": "d", "score": 2}],
    }
    rid = made("add", "risk-assessment", "--json", "-", stdin=json.dumps(ra)).out.strip()
    # Threat by threat: the threat scored 4 (V 3, C 2) gives 6, "high" (docs/risk.md).
    assert json.loads(made("show", rid, "--json").out)["risk_level"] == "high"


@pytest.mark.parametrize(
    ("kind", "patch", "field"),
    [
        ("subject", {"alias": None}, "alias"),
        ("subject", {"type": "alien"}, "type"),
        ("crisis-note", {"occurred_at": "ayer por la tarde"}, "occurred_at"),
        ("crisis-note", {"urgency": "extrema"}, "urgency"),
        ("risk-assessment", {"risk_level": "low"}, "risk_level"),
        ("risk-assessment", {"threats": [{"description": "x", "score": 9}]}, "threats"),
    ],
)
def test_invalid_records_exit_4_naming_the_field(
    made, sid: str, kind: str, patch: dict, field: str
) -> None:  # type: ignore[no-untyped-def]
    base = {
        "subject": dict(SUBJECT),
        "crisis-note": _note(sid),
        "risk-assessment": {
            "subject_id": sid,
            "assessed_on": "2026-11-21",
            "threats": [{"description": "x", "score": 3}],
            "vulnerabilities": [],
            "capacities": [],
        },
    }[kind]
    record = {k: v for k, v in {**base, **patch}.items() if v is not None}
    r = made("add", kind, "--json", "-", stdin=json.dumps(record))
    assert r.code == 4, r.err
    assert field in r.err and "Traceback" not in r.err
    for value in patch.values():
        if isinstance(value, str):
            assert value not in r.err  # the rejected value is never echoed


def test_non_json_and_missing_files(made, sid: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert made("add", "subject", "--json", "-", stdin="{not json").code == 4
    assert made("add", "subject", "--json", str(tmp_path / "nope.json")).code == 4
    assert made("add", "subject", "--json", "-", stdin="[1, 2]").code == 4
    r = made("attach", sid, str(tmp_path / "no-such-file.jpg"))
    assert r.code == 4 and "Traceback" not in r.err


def test_attach_and_show(made, sid: str, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    photo = tmp_path / "foto-ficticia.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"ficticio" * 100)
    r = made("attach", sid, str(photo))
    assert r.code == 0
    atts = json.loads(made("show", sid, "--json").out)["attachments"]
    assert atts[0]["name"] == "foto-ficticia.png" and atts[0]["size"] == photo.stat().st_size


def test_unknown_record_and_delete(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    assert made("show", "0" * 32).code == 4
    assert made("delete", sid).code == 0
    assert made("show", sid).code == 4
    assert made("list", "--json").out.strip() == "[]"


def test_schema(made) -> None:  # type: ignore[no-untyped-def]
    schema = json.loads(made("schema", "risk-assessment").out)
    assert "threats" in schema["properties"]


def test_bounded_listing(ctx) -> None:  # type: ignore[no-untyped-def]
    """The queries Home uses on unlock: newest n, and follow-ups due by a date."""
    from aluna_field.services.vaults import create_vault
    from support import PASSPHRASE

    with create_vault(ctx, PASSPHRASE, "Persona Ficticia", "accompanier") as s:
        sid = s.add("subject", SUBJECT)[0]
        notes = s.add("crisis-note", [_note(sid, f"n{i}") for i in range(5)])
        s.add(
            "follow-up",
            [
                {"record_id": notes[0], "due_on": day, "description": "Llamada ficticia"}
                for day in ("2026-11-01", "2026-11-30", "2026-12-15")
            ],
        )
        assert len(s.list_records(limit=3)) == 3
        due = s.list_records("follow-up", date_until="2026-11-30")
        assert sorted(v.state.fields["due_on"] for v in due) == ["2026-11-01", "2026-11-30"]


def test_search_order_relevance_then_newest_for_broad_queries(ctx) -> None:  # type: ignore[no-untyped-def]
    from aluna_field.services.vaults import create_vault
    from aluna_field.store.search import search_rowids
    from support import PASSPHRASE

    with create_vault(ctx, PASSPHRASE, "Persona Ficticia", "accompanier") as s:
        sid = s.add("subject", SUBJECT)[0]
        s.add("crisis-note", [_note(sid, f"amenaza ficticia número {i}") for i in range(20)])
        s.add("crisis-note", _note(sid, "amenaza amenaza amenaza amenaza, solo amenaza"))
        conn = s.conn
        best = search_rowids(conn, "amenaza", 3)
        top = conn.execute("SELECT rid FROM records WHERE num = ?", (best[0],)).fetchone()[0]
        assert "solo amenaza" in s.show(top).state.fields["narrative"]  # relevance first
        broad = search_rowids(conn, "amenaza", 5, rank_at_most=10)
        assert broad == sorted(broad, reverse=True) and broad[0] == max(best + broad)


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        (
            {"capacities": [{"description": "Red", "score": 2, "threats": ["t9"]}]},
            "capacities.0.threats",
        ),
        ({"measures": [{"what": "Rutas", "factor": "zz"}]}, "measures.0.factor"),
        (
            {"threats": [{"description": "x", "score": 3, "credibility": 7}]},
            "threats.0.credibility",
        ),
        ({"risk_level": "high"}, "risk_level"),
        ({"measures": [{"what": "Rutas", "state": "someday"}]}, "measures.0.state"),
    ],
)
def test_bad_risk_input_exits_4_naming_the_field_and_saves_nothing(
    made, sid: str, patch: dict, field: str
) -> None:  # type: ignore[no-untyped-def]
    record = {
        "subject_id": sid,
        "assessed_on": "2026-11-21",
        "threats": [{"description": "x", "score": 3}],
        "vulnerabilities": [],
        "capacities": [],
        **patch,
    }
    r = made("add", "risk-assessment", "--json", "-", stdin=json.dumps(record))
    assert r.code == 4, r.err
    assert field in r.err and "Traceback" not in r.err
    listed = made("list", "--kind", "risk-assessment", "--json")
    assert listed.code == 0 and json.loads(listed.out) == []


def test_risk_assessment_through_the_cli_is_derived_threat_by_threat(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    record = {
        "subject_id": sid,
        "assessed_on": "2026-11-21",
        "threats": [{"description": "Visita ficticia", "score": 5, "kind": "declared"}],
        "vulnerabilities": [{"description": "Casa sola", "score": 5}],
        "capacities": [{"description": "Red", "score": 5}],
    }
    rid = made("add", "risk-assessment", "--json", "-", stdin=json.dumps(record)).out.strip()
    shown = json.loads(made("show", rid, "--json").out)
    assert shown["risk_level"] == "high" and shown["risk_rule"] == "threat-by-threat-v2"
    schema = json.loads(made("schema", "risk-assessment").out)
    assert "risk_level" not in schema["properties"]

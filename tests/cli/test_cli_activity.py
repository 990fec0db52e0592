"""Activities, the crisis note's "who did what to whom" and coded resistance through the
CLI (cli.md, "Activities and reports for outside readers"): shapes, and every refusal
exits 4 naming the field with nothing written."""

from __future__ import annotations

import json

import pytest

SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio Ceiba", "region": "Guerrero"}
WORKSHOP = {
    "held_on": "2026-09-18",
    "area": "education_training",
    "type": "workshop",
    "duration_minutes": 180,
    "participants": {"women": 9, "men": 4, "other": 1, "not_said": 2, "total": 18},
    "topics": "Cuidado colectivo y seguridad (taller ficticio)",
    "method": "Círculo de palabra",
    "agreements": "Segunda sesión en octubre",
    "evaluation": "Participación alta",
    "lessons": "Empezar con un ejercicio corporal",
}


@pytest.fixture
def made(cli):  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "coordinator").code == 0
    return cli


@pytest.fixture
def sid(made) -> str:  # type: ignore[no-untyped-def]
    r = made("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT))
    assert r.code == 0, r.err
    return r.out.strip()


def _kind(made, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    r = made("list", "--kind", kind, "--json")
    assert r.code == 0, r.err
    return json.loads(r.out)  # type: ignore[no-any-return]


def test_add_list_show_search_an_activity(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    record = {**WORKSHOP, "subject_ids": [sid], "follow_up_on": "2026-10-02"}
    r = made("add", "activity", "--json", "-", stdin=json.dumps(record))
    assert r.code == 0, r.err
    rid = r.out.strip()
    shown = json.loads(made("show", rid, "--json").out)
    assert shown["kind"] == "activity" and shown["area"] == "education_training"
    assert shown["participants"] == {
        "women": 9,
        "men": 4,
        "other": 1,
        "not_said": 2,
        "total": 18,
    }
    assert [a["id"] for a in _kind(made, "activity")] == [rid]
    assert [x["id"] for x in json.loads(made("search", "corporal", "--json").out)] == [rid]
    # The follow-up date brought its follow-up, about the activity, as a crisis note's does.
    [follow_up] = _kind(made, "follow-up")
    assert follow_up["record_id"] == rid and follow_up["due_on"] == "2026-10-02"
    # Without a total, the total is the sum of the counts by gender.
    r = made("edit", rid, "--json", "-", stdin='{"participants": {"women": 3, "men": 2}}')
    assert r.code == 0, r.err
    assert json.loads(made("show", rid, "--json").out)["participants"]["total"] == 5
    schema = json.loads(made("schema", "activity").out)
    assert {"held_on", "area", "type", "participants"} <= set(schema["properties"])


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"participants": {"women": 9, "men": 9, "total": 10}}, "participants.total"),
        ({"participants": {"women": -1}}, "participants.women"),
        ({"participants": {"women": 3, "total": -2}}, "participants.total"),
        ({"duration_minutes": -30}, "duration_minutes"),
        ({"area": "gardening"}, "area"),
        ({"type": "picnic"}, "type"),
        ({"held_on": None}, "held_on"),
        # A team-care session names no one outside the team (the subject is filled in).
        ({"area": "team_care", "subject_ids": "SID"}, "subject_ids"),
        # A containment session for the team is team care.
        ({"type": "containment_session"}, "area"),
    ],
)
def test_bad_activity_exits_4_naming_the_field_and_writes_nothing(
    made, sid: str, patch: dict, field: str
) -> None:  # type: ignore[no-untyped-def]
    values = {k: ([sid] if v == "SID" else v) for k, v in patch.items()}
    record = {k: v for k, v in {**WORKSHOP, **values}.items() if v is not None}
    r = made("add", "activity", "--json", "-", stdin=json.dumps(record))
    assert r.code == 4, r.err
    assert field in r.err and "Traceback" not in r.err
    for value in patch.values():
        if isinstance(value, str) and value != "SID":
            assert value not in r.err  # the rejected value is never echoed
    assert _kind(made, "activity") == []


def test_editing_into_team_care_with_subjects_is_refused(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    record = {**WORKSHOP, "subject_ids": [sid]}
    rid = made("add", "activity", "--json", "-", stdin=json.dumps(record)).out.strip()
    r = made("edit", rid, "--json", "-", stdin='{"area": "team_care"}')
    assert r.code == 4 and "subject_ids" in r.err
    assert json.loads(made("show", rid, "--json").out)["area"] == "education_training"


def _note(sid: str, **extra: object) -> dict:
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "attack",
        "narrative": "Ataque ficticio a una marcha",
        "urgency": "high",
        **extra,
    }


def test_a_crisis_note_says_who_did_what_and_where_justice_stands(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    note = _note(
        sid,
        perpetrator=["state_police", "paramilitary"],
        state_role=["action", "acquiescence"],
        source="witness",
        justice_status="no_complaint",
    )
    rid = made("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).out.strip()
    shown = json.loads(made("show", rid, "--json").out)
    assert shown["perpetrator"] == ["paramilitary", "state_police"]
    assert shown["state_role"] == ["acquiescence", "action"]
    assert (shown["source"], shown["justice_status"]) == ("witness", "no_complaint")
    r = made("edit", rid, "--json", "-", stdin='{"justice_status": "under_investigation"}')
    assert r.code == 0, r.err
    assert json.loads(made("show", rid, "--json").out)["justice_status"] == "under_investigation"
    # A script written for one perpetrator still works: one code is a set of one.
    old = made(
        "add", "crisis-note", "--json", "-", stdin=json.dumps(_note(sid, perpetrator="business"))
    )
    assert old.code == 0, old.err
    assert json.loads(made("show", old.out.strip(), "--json").out)["perpetrator"] == ["business"]


@pytest.mark.parametrize(
    ("patch", "field"),
    [
        ({"justice_status": "lost_in_a_drawer"}, "justice_status"),
        ({"perpetrator": ["state_police", "aliens"]}, "perpetrator"),
        ({"state_role": ["complicity"]}, "state_role"),
        ({"source": "rumour_mill"}, "source"),
    ],
)
def test_bad_crisis_note_fields_exit_4_naming_the_field(
    made, sid: str, patch: dict, field: str
) -> None:  # type: ignore[no-untyped-def]
    r = made("add", "crisis-note", "--json", "-", stdin=json.dumps(_note(sid, **patch)))
    assert r.code == 4, r.err
    assert field in r.err and "Traceback" not in r.err
    assert _kind(made, "crisis-note") == []


def test_resistance_mechanisms_are_coded_beside_the_free_text(made, sid: str) -> None:  # type: ignore[no-untyped-def]
    impact = {
        "subject_ids": [sid],
        "observed_on": "2026-09-21",
        "sphere": "organizational",
        "categories": ["fear"],
        "intensity": 2,
        "resistance_mechanisms": ["support_networks", "collective_rituals"],
        "resistance": "Asamblea ficticia semanal",
    }
    r = made("add", "impact-observation", "--json", "-", stdin=json.dumps(impact))
    assert r.code == 0, r.err
    shown = json.loads(made("show", r.out.strip(), "--json").out)
    assert shown["resistance_mechanisms"] == ["collective_rituals", "support_networks"]
    bad = {**impact, "resistance_mechanisms": ["telepathy"]}
    r = made("add", "impact-observation", "--json", "-", stdin=json.dumps(bad))
    assert r.code == 4 and "resistance_mechanisms" in r.err
    assert len(_kind(made, "impact-observation")) == 1

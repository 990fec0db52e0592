"""Forms and vocabularies through the CLI (cli.md, "Forms and vocabularies"): the shapes,
custom values on records, retiring, and every refusal (exit 4, nothing saved)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from aluna_field.services.messages import describe

SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio Ceiba", "region": "Guerrero"}
CHOICE = {
    "code": "funder_line",
    "type": "choice",
    "labels": {"es": "Línea de financiamiento", "en": "Funding line"},
    "choices": [
        {"code": "line_a", "labels": {"es": "Línea A", "en": "Line A"}},
        {"code": "line_b", "labels": {"es": "Línea B", "en": "Line B"}},
    ],
}
TEXT = {"code": "context_note", "type": "long_text", "labels": {"es": "Contexto", "en": "Context"}}
GROUP = {"code": "self_defence_group", "labels": {"es": "Autodefensa", "en": "Self-defence group"}}


def _note(sid: str, **extra: Any) -> dict[str, Any]:
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": "Texto ficticio de una amenaza",
        "urgency": "high",
        **extra,
    }


@pytest.fixture
def coord(cli):  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Coordinación Ficticia", "--role", "coordinator").code == 0
    return cli


def _add_field(cli, kind: str, doc: object):  # type: ignore[no-untyped-def]
    return cli("form", "add-field", kind, "--json", "-", stdin=json.dumps(doc))


def _fields(cli, kind: str = "crisis-note") -> list[dict[str, Any]]:  # type: ignore[no-untyped-def]
    r = cli("form", "show", kind, "--json")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert doc["kind"] == kind
    return list(doc["fields"])


def test_form_show_lists_built_in_fields_in_form_order(coord) -> None:  # type: ignore[no-untyped-def]
    fields = _fields(coord)
    assert [f["code"] for f in fields][:3] == ["occurred_at", "subject_ids", "event"]
    event = next(f for f in fields if f["code"] == "event")
    assert event["custom"] is False and event["retired"] is False and event["required"] is True
    assert {"code", "type", "labels", "required", "custom", "retired", "choices"} <= set(event)
    assert event["labels"]["es"] and event["labels"]["en"]
    assert "threat" in [c["code"] for c in event["choices"]]


def test_custom_fields_and_codes_on_records(coord) -> None:  # type: ignore[no-untyped-def]
    assert _add_field(coord, "crisis-note", CHOICE).code == 0
    assert _add_field(coord, "crisis-note", TEXT).code == 0
    add = coord("vocabulary", "add", "perpetrator", "--json", "-", stdin=json.dumps(GROUP))
    assert add.code == 0, add.err
    codes = json.loads(coord("vocabulary", "show", "perpetrator", "--json").out)
    mine = [c for c in codes if c["custom"]]
    assert mine == [
        {"code": "self_defence_group", "labels": GROUP["labels"], "retired": False, "custom": True}
    ]
    assert all({"code", "labels", "retired", "custom"} == set(c) for c in codes)
    custom = [f for f in _fields(coord) if f["custom"]]
    assert [f["code"] for f in custom] == ["funder_line", "context_note"]
    assert [c["code"] for c in custom[0]["choices"]] == ["line_a", "line_b"]

    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    note = _note(
        sid,
        perpetrator="self_defence_group",
        custom={"funder_line": "line_b", "context_note": "Ribera ficticia del río"},
    )
    r = coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note))
    assert r.code == 0, r.err
    nid = r.out.strip()
    shown = json.loads(coord("show", nid, "--json").out)
    assert shown["perpetrator"] == ["self_defence_group"]
    assert shown["custom"] == {"funder_line": "line_b", "context_note": "Ribera ficticia del río"}
    listed = json.loads(coord("list", "--kind", "crisis-note", "--json").out)
    assert listed[0]["custom"]["funder_line"] == "line_b"
    assert [x["id"] for x in json.loads(coord("search", "ribera", "--json").out)] == [nid]
    edit = coord("edit", nid, "--json", "-", stdin='{"custom": {"funder_line": "line_a"}}')
    assert edit.code == 0, edit.err
    assert json.loads(coord("show", nid, "--json").out)["custom"]["funder_line"] == "line_a"
    # Definitions are not records anyone lists or counts.
    assert json.loads(coord("info", "--json").out)["records"] == 2
    assert {x["kind"] for x in json.loads(coord("list", "--json").out)} == {
        "subject",
        "crisis-note",
    }


def test_sensitive_custom_text_is_not_searched(coord) -> None:  # type: ignore[no-untyped-def]
    secret = {**TEXT, "code": "witness", "sensitive": True}
    assert _add_field(coord, "crisis-note", secret).code == 0
    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    note = _note(sid, custom={"witness": "Testigo ficticio Zacarías"})
    assert coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).code == 0
    assert json.loads(coord("search", "zacarías", "--json").out) == []


def test_retired_field_keeps_old_values_and_takes_no_new_ones(coord) -> None:  # type: ignore[no-untyped-def]
    assert _add_field(coord, "crisis-note", CHOICE).code == 0
    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    note = _note(sid, custom={"funder_line": "line_a"})
    nid = coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).out.strip()
    assert coord("form", "retire", "crisis-note", "funder_line").code == 0
    [field] = [f for f in _fields(coord) if f["custom"]]
    assert field["retired"] is True
    shown = json.loads(coord("show", nid, "--json").out)
    assert shown["custom"] == {"funder_line": "line_a"}
    # Editing another field keeps it; a new value for it is refused.
    assert coord("edit", nid, "--json", "-", stdin='{"urgency": "low"}').code == 0
    assert json.loads(coord("show", nid, "--json").out)["custom"] == {"funder_line": "line_a"}
    again = coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note))
    assert again.code == 4 and "retir" in again.err.lower()
    assert coord("form", "retire", "crisis-note", "event").code == 4  # built in: never


def _bad_fields() -> list[tuple[str, object]]:
    return [
        ("built-in code", {**TEXT, "code": "narrative"}),
        ("no es label", {**TEXT, "labels": {"en": "Context"}}),
        ("empty en label", {**TEXT, "labels": {"es": "Contexto", "en": "  "}}),
        ("no labels", {"code": "x1", "type": "text"}),
        ("choice without choices", {**CHOICE, "choices": []}),
        (
            "duplicate choices",
            {**CHOICE, "choices": [CHOICE["choices"][0], CHOICE["choices"][0]]},  # type: ignore[index]
        ),
        ("unknown type", {**TEXT, "type": "colour"}),
        ("bad code", {**TEXT, "code": "Código raro"}),
        ("not an object", ["x"]),
    ]


@pytest.mark.parametrize(("why", "doc"), _bad_fields(), ids=[w for w, _ in _bad_fields()])
def test_bad_field_definitions_are_refused(coord, why: str, doc: object) -> None:  # type: ignore[no-untyped-def]
    before = _fields(coord)
    r = _add_field(coord, "crisis-note", doc)
    assert r.code == 4, (why, r.err)
    assert r.err.strip() and "Traceback" not in r.err
    assert _fields(coord) == before


def test_existing_code_and_type_change_are_refused(coord) -> None:  # type: ignore[no-untyped-def]
    assert _add_field(coord, "crisis-note", TEXT).code == 0
    same = _add_field(coord, "crisis-note", TEXT)
    assert same.code == 4 and "exists" in same.err
    retyped = _add_field(coord, "crisis-note", {**TEXT, "type": "number"})
    assert retyped.code == 4 and "type" in retyped.err
    assert len([f for f in _fields(coord) if f["custom"]]) == 1
    dup = coord(
        "vocabulary",
        "add",
        "perpetrator",
        "--json",
        "-",
        stdin=json.dumps({**GROUP, "code": "state_police"}),
    )
    assert dup.code == 4
    empty = coord(
        "vocabulary",
        "add",
        "event",
        "--json",
        "-",
        stdin=json.dumps({"code": "new_event", "labels": {"es": "", "en": "E"}}),
    )
    assert empty.code == 4 and not [
        c for c in json.loads(coord("vocabulary", "show", "event", "--json").out) if c["custom"]
    ]


def test_no_more_than_200_custom_fields_on_a_kind(coord) -> None:  # type: ignore[no-untyped-def]
    from aluna_field.domain.definitions import MAX_CUSTOM_FIELDS, CustomField, Definitions

    full = Definitions(
        CustomField(f"r{i}", "subject", f"f{i}", "text", "Campo", "Field")
        for i in range(MAX_CUSTOM_FIELDS)
    )
    problems = full.field_problems("subject", {**TEXT, "code": "one_more"})
    assert [p.code for p in problems] == ["def_too_many_fields"]
    assert "200" in describe(problems[0], "es") and "200" in describe(problems[0], "en")
    assert full.field_problems("accompaniment", {**TEXT, "code": "one_more"}) == []


def test_wrong_type_values_are_refused_with_nothing_saved(coord) -> None:  # type: ignore[no-untyped-def]
    number = {"code": "people", "type": "number", "labels": {"es": "Personas", "en": "People"}}
    when = {"code": "filed_on", "type": "date", "labels": {"es": "Denuncia", "en": "Filed on"}}
    flag = {"code": "reported", "type": "yes_no", "labels": {"es": "Denunciado", "en": "Reported"}}
    for doc in (number, when, flag, CHOICE):
        assert _add_field(coord, "crisis-note", doc).code == 0
    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    for custom in (
        {"people": "three"},
        {"people": 2.5},
        {"filed_on": "yesterday"},
        {"reported": "yes"},
        {"funder_line": "line_z"},
        {"not_defined_here": "x"},
    ):
        r = coord("add", "crisis-note", "--json", "-", stdin=json.dumps(_note(sid, custom=custom)))
        assert r.code == 4, custom
        assert "custom." in r.err
    assert (
        coord("add", "crisis-note", "--json", "-", stdin=json.dumps(_note(sid, custom="x"))).code
        == 4
    )
    assert json.loads(coord("list", "--kind", "crisis-note", "--json").out) == []
    ok = _note(sid, custom={"people": 3, "filed_on": "2026-09-21", "reported": True})
    assert coord("add", "crisis-note", "--json", "-", stdin=json.dumps(ok)).code == 0


def test_an_accompanier_cannot_define(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    r = _add_field(cli, "crisis-note", TEXT)
    assert r.code == 2 and r.err.strip()
    assert cli("vocabulary", "add", "event", "--json", "-", stdin=json.dumps(GROUP)).code == 2
    assert not [f for f in _fields(cli) if f["custom"]]


def test_the_csv_of_a_kind_has_its_custom_fields(coord) -> None:  # type: ignore[no-untyped-def]
    import csv
    import io

    assert _add_field(coord, "crisis-note", CHOICE).code == 0
    secret = {**TEXT, "code": "witness", "sensitive": True}
    assert _add_field(coord, "crisis-note", secret).code == 0
    add = coord("vocabulary", "add", "perpetrator", "--json", "-", stdin=json.dumps(GROUP))
    assert add.code == 0
    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    note = _note(
        sid,
        perpetrator="self_defence_group",
        custom={"funder_line": "line_b", "witness": "Testigo ficticio Zacarías"},
    )
    assert coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).code == 0
    out = coord("--lang", "es", "list", "--kind", "crisis-note", "--csv")
    assert out.code == 0, out.err
    [head, row] = list(csv.reader(io.StringIO(out.out)))
    assert head[-1] == "Línea de financiamiento" and "Contexto" not in head
    assert row[-1] == "Línea B" and "Autodefensa" in row
    assert "Zacarías" not in out.out


def test_a_coordinator_redacts_a_custom_value(coord) -> None:  # type: ignore[no-untyped-def]
    secret = {**TEXT, "code": "witness", "sensitive": True}
    assert _add_field(coord, "crisis-note", secret).code == 0
    sid = coord("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    note = _note(sid, custom={"witness": "Testigo ficticio Zacarías"})
    nid = coord("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).out.strip()
    r = coord("redact", nid, "custom.witness")
    assert r.code == 0, r.err
    shown = json.loads(coord("show", nid, "--json").out)
    assert "witness" not in shown.get("custom", {}) and "custom.witness" in shown["redacted"]
    assert coord("redact", nid, "custom.nothing_here").code == 4

"""A plain field added to a kind's spec travels like any other: written by an accompanier,
sent in a bundle, found and edited by the coordinator, and back (issue 16, item 3)."""

from __future__ import annotations

import json

import pytest
from teamkit import SUBJECT, Team, note, send

from aluna_field.domain import kinds
from spec_fixture import FIELD, KIND, VALUE, add_plain_field


def test_a_spec_field_round_trips_through_bundles(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_plain_field(monkeypatch)
    assert FIELD in kinds.json_schema(KIND)["properties"]  # `aluna-field schema` has it
    a1, c = team.a1, team.c
    sid = a1.save_record("subject", SUBJECT)
    rid = a1.save_record(KIND, {**note(sid, "Relato ficticio"), FIELD: VALUE})
    send(a1, [c], team.root)

    got = c.show(rid)
    assert got.state.fields[FIELD] == VALUE
    assert [v.rid for v in c.search("Tlaloc")] == [rid]
    c.records.rebuild()  # the materialised row equals a rebuild from the ops
    assert c.show(rid).state.fields[FIELD] == VALUE

    assert c.save_record(KIND, {FIELD: "Fondo Ficticio Xochitl"}, rid) == rid
    send(c, [a1], team.root)
    back = a1.show(rid)
    assert back.state.fields[FIELD] == "Fondo Ficticio Xochitl"
    assert not back.state.has_conflict
    assert "Fondo Ficticio Xochitl" in json.dumps(back.to_json(), ensure_ascii=False)


def test_a_wrong_type_for_the_spec_field_is_refused(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_plain_field(monkeypatch)
    sid = team.a1.save_record("subject", SUBJECT)
    with pytest.raises(kinds.RecordInvalid) as refused:
        team.a1.save_record(KIND, {**note(sid, "Relato ficticio"), FIELD: ["no", "text"]})
    assert [e.field for e in refused.value.errors] == [FIELD]
    assert team.a1.list_records(KIND) == []

"""Custom fields and codes travel like records: sent, relayed, merged, and written only by
coordinators (issue 16, item 4). The attacks use a real accompanier vault, its own keys
and the project's own store, exporter and bundle writer, as a modified app would."""

from __future__ import annotations

import secrets
from pathlib import Path

import pytest
from teamkit import SUBJECT, Team, craft, enrol, new_session, note, send, signed_ops, vault_digest

from aluna_field.domain.definitions import code_values, definition_values
from aluna_field.services import exchange, forms, intake
from aluna_field.services.session import Session
from aluna_field.store.hlc import Hlc
from aluna_field.store.ops import make_op
from support import PASSPHRASE, FakeClock, run_cli

CHOICE = {
    "code": "funder_line",
    "type": "choice",
    "labels": {"es": "Línea de financiamiento", "en": "Funding line"},
    "choices": [{"code": "line_a", "labels": {"es": "Línea A", "en": "Line A"}}],
}
GROUP = {"code": "self_defence_group", "labels": {"es": "Autodefensa", "en": "Self-defence group"}}


def _import(session: Session, data: bytes, folder: Path) -> exchange.Outcome:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{secrets.token_hex(12)}.afb"
    path.write_bytes(data)
    [outcome] = intake.import_paths(session, [path]).outcomes
    return outcome


def _custom_codes(session: Session) -> list[str]:
    return [c["code"] for c in forms.vocabulary_show(session, "perpetrator") if c["custom"]]


def test_definitions_reach_the_accompanier_and_values_come_back(team: Team) -> None:
    c, a1 = team.c, team.a1
    forms.add_field(c, "crisis-note", CHOICE)
    forms.add_code(c, "perpetrator", GROUP)
    folder = team.root / "defs"
    exchange.export(c, folder)
    summary = intake.import_paths(a1, [folder])
    [outcome] = [o for o in summary.outcomes if o.status != "skipped"]
    assert outcome.status == "imported" and not outcome.new_by_author  # not counted as records
    # ...but said: a field and a code came, so "nothing new came in" would not be true.
    assert outcome.form_changes == 2 and summary.form_changes == 2 and summary.came()
    fields = [f["code"] for f in forms.form_show(a1, "crisis-note")["fields"] if f["custom"]]
    assert fields == ["funder_line"] and _custom_codes(a1) == ["self_defence_group"]
    sid = a1.save_record("subject", SUBJECT)
    values = {**note(sid, "Relato ficticio"), "perpetrator": "self_defence_group"}
    rid = a1.save_record("crisis-note", {**values, "custom": {"funder_line": "line_a"}})
    send(a1, [c], team.root)
    shown = c.show(rid).to_json()
    assert shown["perpetrator"] == ["self_defence_group"]
    assert shown["custom"] == {"funder_line": "line_a"}
    c.records.rebuild()
    assert c.show(rid).to_json()["custom"] == {"funder_line": "line_a"}


def test_codes_two_coordinators_add_apart_are_both_kept(team: Team, clock: FakeClock) -> None:
    c, a1 = team.c, team.a1
    c2 = new_session(team.root, "Coordinación Ficticia Dos", "coordinator", clock)
    enrol(c, c2, "coordinator")
    send(c, [c2, a1], team.root)
    forms.add_code(c, "perpetrator", GROUP)
    forms.add_code(c2, "perpetrator", {**GROUP, "code": "private_guard"})
    send(c, [c2], team.root)
    send(c2, [c], team.root)
    assert (
        sorted(_custom_codes(c))
        == sorted(_custom_codes(c2))
        == [
            "private_guard",
            "self_defence_group",
        ]
    )
    # Relayed by a coordinator, c2's definition reaches a1 too.
    send(c, [a1], team.root)
    assert sorted(_custom_codes(a1)) == ["private_guard", "self_defence_group"]
    c2.close()


def test_a_value_whose_field_is_not_defined_here_is_kept(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    sid = a1.save_record("subject", SUBJECT)
    send(a1, [c], team.root)
    # A record written where a field is defined whose definition has not reached c.
    values = {**note(sid, "Relato ficticio"), "x_later_field": "Valor ficticio"}
    from aluna_field.domain.kinds import validate_record

    clean = {**validate_record("crisis-note", note(sid, "Relato ficticio")), **values}
    op = make_op(
        rid=None,
        kind="crisis-note",
        author=a1.identity.device_id,
        hlc=Hlc(1_790_000_100_000, 0),
        parents=[],
        op_type="put",
        values={k: v for k, v in clean.items() if k != "subject_ids"},
        set_deltas={"subject_ids": ([sid], [])},
    )
    data = craft(a1, [c.identity.public], signed_ops(a1, [op], seq=50), seq=50)
    assert _import(c, data, team.root / "later").status == "imported"
    assert c.show(op.rid).to_json()["custom"] == {"later_field": "Valor ficticio"}
    # Editing another field keeps it; it is never dropped.
    c.edit(op.rid, {"urgency": "low"})
    assert c.show(op.rid).to_json()["custom"] == {"later_field": "Valor ficticio"}


def _accompanier_definition(a1: Session) -> str:
    """A definition the accompanier's own store writes (the services would refuse it)."""
    return a1.records.create("definition", definition_values("crisis-note", CHOICE, 10))


def test_an_accompanier_definition_is_refused_and_the_bundle_with_it(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    sid = a1.save_record("subject", SUBJECT)
    _accompanier_definition(a1)
    before = vault_digest(c)
    folder = team.root / "stick"
    exchange.export(a1, folder)
    [outcome] = intake.import_paths(c, [folder]).outcomes
    assert outcome.status == "refused"
    assert outcome.reason is not None
    assert outcome.reason.key == "bundle_definition_not_coordinator"
    assert vault_digest(c) == before  # the subject in the same bundle did not come in
    assert not c.conn.execute("SELECT 1 FROM records WHERE rid = ?", (sid,)).fetchone()
    assert not [f for f in forms.form_show(c, "crisis-note")["fields"] if f["custom"]]


def test_a_crafted_code_from_an_accompanier_is_refused(team: Team) -> None:
    c, a1 = team.c, team.a1
    op = make_op(
        rid=None,
        kind="definition",
        author=a1.identity.device_id,
        hlc=Hlc(1_790_000_100_000, 0),
        parents=[],
        op_type="put",
        values=code_values("perpetrator", GROUP),
    )
    before = vault_digest(c)
    data = craft(a1, [c.identity.public], signed_ops(a1, [op], seq=7), seq=7)
    outcome = _import(c, data, team.root / "crafted")
    assert outcome.status == "refused" and outcome.reason is not None
    assert outcome.reason.key == "bundle_definition_not_coordinator"
    assert vault_digest(c) == before and _custom_codes(c) == []


def test_a_coordinator_op_changing_a_field_type_is_refused(team: Team, clock: FakeClock) -> None:
    c, a1 = team.c, team.a1
    forms.add_field(c, "crisis-note", CHOICE)
    send(c, [a1], team.root)
    [field] = a1.records.definitions().fields_of("crisis-note")
    state = c.records.state(field.rid)
    op = make_op(
        rid=field.rid,
        kind="definition",
        author=c.identity.device_id,
        hlc=Hlc(1_790_000_900_000, 0),
        parents=state.heads,
        op_type="put",
        values={"type": "number"},
    )
    before = vault_digest(a1)
    data = craft(c, [a1.identity.public], signed_ops(c, [op], seq=500), seq=500)
    outcome = _import(a1, data, team.root / "retype")
    assert outcome.status == "refused" and outcome.reason is not None
    assert outcome.reason.key == "bundle_definition_invalid"
    assert vault_digest(a1) == before


def test_the_cli_refuses_the_accompanier_definition_with_exit_5(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    _accompanier_definition(a1)
    folder = team.root / "stick-cli"
    exchange.export(a1, folder)
    ctx = c.ctx
    c.close()
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    r = run_cli(ctx, "sync", "import", str(folder))
    assert r.code == 5, r.err
    assert "Traceback" not in r.out + r.err
    shown = run_cli(ctx, "form", "show", "crisis-note", "--json")
    assert shown.code == 0 and '"custom": true' not in shown.out


def test_no_more_than_200_custom_fields_on_a_kind_nothing_saved(team: Team) -> None:
    from aluna_field.services.errors import DefinitionInvalid

    c = team.c
    for i in range(200):
        doc = {"code": f"field_{i}", "type": "yes_no", "labels": {"es": "Campo", "en": "Field"}}
        forms.add_field(c, "subject", doc)
    before = vault_digest(c)
    with pytest.raises(DefinitionInvalid) as refused:
        forms.add_field(c, "subject", {**doc, "code": "one_more"})
    assert [e.code for e in refused.value.errors] == ["def_too_many_fields"]
    assert vault_digest(c) == before
    forms.add_field(c, "accompaniment", {**doc, "code": "one_more"})  # per kind


def test_a_coordinator_op_deleting_a_definition_is_refused(team: Team) -> None:
    c, a1 = team.c, team.a1
    forms.add_code(c, "perpetrator", GROUP)
    send(c, [a1], team.root)
    [code] = a1.records.definitions().codes_of("perpetrator")
    state = c.records.state(code.rid)
    op = make_op(
        rid=code.rid,
        kind="definition",
        author=c.identity.device_id,
        hlc=Hlc(1_790_000_900_000, 0),
        parents=state.heads,
        op_type="delete",
    )
    before = vault_digest(a1)
    data = craft(c, [a1.identity.public], signed_ops(c, [op], seq=600), seq=600)
    outcome = _import(a1, data, team.root / "delete")
    assert outcome.status == "refused" and outcome.reason is not None
    assert outcome.reason.key == "bundle_definition_invalid"
    assert vault_digest(a1) == before and _custom_codes(a1) == ["self_defence_group"]


def test_custom_text_is_searched_after_a_rebuild(team: Team) -> None:
    c = team.c
    text = {"code": "context_note", "type": "long_text", "labels": {"es": "Contexto", "en": "Ctx"}}
    forms.add_field(c, "crisis-note", text)
    sid = c.save_record("subject", SUBJECT)
    rid = c.save_record(
        "crisis-note", {**note(sid, "Relato"), "custom": {"context_note": "Ribera"}}
    )
    assert [v.rid for v in c.search("ribera")] == [rid]
    c.records.rebuild()
    assert [v.rid for v in c.search("ribera")] == [rid]

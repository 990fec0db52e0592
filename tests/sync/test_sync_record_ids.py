"""A record id is bound to the device that created it: a team member cannot take over
someone else's record by writing an op that claims to create it (issue 13, item 3).

Every attack is written with the member's own keys, in a change set they sign and a
bundle the project's BundleWriter seals: what a member's modified software could send.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from teamkit import SUBJECT, Team, craft, rehash, send, signed_ops, vault_digest

from aluna_field.services import exchange, intake
from aluna_field.services.session import Session
from aluna_field.store import oplog
from aluna_field.store.canonical import digest
from aluna_field.store.db import transaction
from aluna_field.store.hlc import Hlc
from aluna_field.store.materialise import RecordState
from aluna_field.store.ops import Op, make_op
from aluna_field.sync.identity import PublicIdentity
from support import PASSPHRASE, FakeClock, make_ctx, run_cli

NO_SUCH_PARENT = "0" * 64
FOLLOW_UP = {"due_on": "2026-12-01", "description": "Seguimiento ficticio", "assignee": "Persona"}


def _import(session: Session, data: bytes, folder: Path) -> tuple[str, str | None]:
    """Import data as a file on session: (status, refusal reason key)."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{os.urandom(6).hex()}.afb"
    path.write_bytes(data)
    [outcome] = intake.import_paths(session, [path]).outcomes
    return outcome.status, outcome.reason.key if outcome.reason is not None else None


def _root_on(rid: str, kind: str, author: str, values: dict[str, object] | None = None) -> Op:
    """A put with no parents and clock [0, 0] that names rid: built as an edit (make_op
    only derives ids for records it creates) and rehashed without parents, as a hostile
    client would write it."""
    edit = make_op(
        rid=rid,
        kind=kind,
        author=author,
        hlc=Hlc(0, 0),
        parents=[NO_SUCH_PARENT],
        op_type="put",
        values=values,
    )
    return rehash(edit, parents=[])


def _identity(s: RecordState) -> tuple[object, ...]:
    """What a takeover would change: kind, creator, creation time and contents."""
    return (s.kind, s.author, s.created_ms, s.fields, s.conflicts, s.deleted)


@pytest.fixture
def subject(team: Team) -> str:
    """The coordinator's subject, shared with the team before the attack."""
    sid = team.c.add("subject", SUBJECT)[0]
    send(team.c, [team.a1, team.a2], team.root)
    return sid


def _to_c(team: Team, ops: list[Op]) -> bytes:
    recipients: list[PublicIdentity] = [team.c.identity.public]
    return craft(team.a1, recipients, signed_ops(team.a1, ops))


def _assert_untouched(team: Team, sid: str, before: tuple[object, ...]) -> None:
    view = team.c.show(sid)
    assert _identity(view.state) == before
    assert view.kind == "subject"
    assert view.state.author == team.c.identity.device_id
    assert view.state.created_ms == 1_790_000_000_000
    assert sid in {v.rid for v in team.c.list_records("subject")}
    assert sid not in {v.rid for v in team.c.list_records("follow-up")}


def test_a_root_of_another_kind_on_a_subject_is_refused(
    team: Team, subject: str, tmp_path: Path
) -> None:
    before, state = vault_digest(team.c), _identity(team.c.show(subject).state)
    hijack = _root_on(
        subject, "follow-up", team.a1.identity.device_id, {**FOLLOW_UP, "record_id": subject}
    )
    assert _import(team.c, _to_c(team, [hijack]), tmp_path / "in") == (
        "refused",
        "bundle_record_collision",
    )
    assert vault_digest(team.c) == before
    _assert_untouched(team, subject, state)


def test_an_empty_root_put_on_a_subject_is_refused(
    team: Team, subject: str, tmp_path: Path
) -> None:
    before, state = vault_digest(team.c), _identity(team.c.show(subject).state)
    hijack = _root_on(subject, "subject", team.a1.identity.device_id)
    assert _import(team.c, _to_c(team, [hijack]), tmp_path / "in") == (
        "refused",
        "bundle_record_collision",
    )
    assert vault_digest(team.c) == before
    _assert_untouched(team, subject, state)


def test_the_cli_refuses_a_hijack_with_exit_5_and_a_translated_reason(
    team: Team, subject: str, tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    hijack = _root_on(subject, "follow-up", team.a1.identity.device_id)
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "paquete.afb").write_bytes(_to_c(team, [hijack]))
    vault_dir = team.c.vault.paths.folder
    team.c.close()  # the CLI opens the vault itself
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    for lang, reason in (
        ("en", "claims to create a record its author did not create"),
        ("es", "pretende crear un registro que su autor no creó"),
    ):
        r = run_cli(make_ctx(vault_dir, clock, lang), "sync", "import", str(folder))
        assert r.code == 5 and "Traceback" not in r.out + r.err
        assert reason in r.out + r.err
    r = run_cli(make_ctx(vault_dir, clock), "list", "--json")
    listed = {v["id"]: v["kind"] for v in json.loads(r.out)}
    assert listed[subject] == "subject"


def test_a_root_delete_or_redact_is_refused(team: Team, subject: str, tmp_path: Path) -> None:
    """Only a put creates a record: a delete with no parents would be concurrent with
    every edit (a delete-vs-edit conflict forced from outside)."""
    before = vault_digest(team.c)
    author = team.a1.identity.device_id
    for op_type in ("delete", "redact"):
        op = make_op(
            rid=subject,
            kind="subject",
            author=author,
            hlc=Hlc(0, 0),
            parents=[NO_SUCH_PARENT],
            op_type=op_type,  # type: ignore[arg-type]
        )
        status = _import(team.c, _to_c(team, [rehash(op, parents=[])]), tmp_path / "in")
        assert status == ("refused", "bundle_record_collision")
    assert vault_digest(team.c) == before


def test_an_edit_of_another_kind_with_an_early_clock_has_no_effect(
    team: Team, subject: str, tmp_path: Path
) -> None:
    """An op with parents the vault lacks is kept (its history may arrive later) but its
    kind, clock and author do not decide the record's: the creating op does."""
    state = _identity(team.c.show(subject).state)
    stray = make_op(
        rid=subject,
        kind="follow-up",
        author=team.a1.identity.device_id,
        hlc=Hlc(0, 0),
        parents=[NO_SUCH_PARENT],
        op_type="put",
        values={**FOLLOW_UP, "record_id": subject},
    )
    assert _import(team.c, _to_c(team, [stray]), tmp_path / "in") == ("imported", None)
    assert stray.op_id in {op.op_id for op in team.c.records.ops(subject)}
    _assert_untouched(team, subject, state)
    assert not team.c.show(subject).state.incomplete


def test_a_forged_origin_is_refused(team: Team, subject: str, tmp_path: Path) -> None:
    before = vault_digest(team.c)
    author = team.a1.identity.device_id
    own = make_op(
        rid=None,
        kind="subject",
        author=author,
        hlc=Hlc(0, 0),
        parents=[],
        op_type="put",
        values={"alias": "Colectivo Ficticio Otro", "type": "collective"},
    )
    assert own.origin is not None
    forged = [
        rehash(own, rid=subject),  # a real origin that does not hash to the subject's id
        rehash(own, origin="ab" * 16),  # another origin for the member's own id
        rehash(own, kind="follow-up"),  # the kind is part of the binding
        rehash(own, origin="XYZ"),  # not even an origin's shape
    ]
    for op in forged:
        status = _import(team.c, _to_c(team, [op]), tmp_path / "in")
        assert status == ("refused", "bundle_record_collision")
    # an origin on an op that does not create a record is a malformed op
    edit = make_op(
        rid=subject,
        kind="subject",
        author=author,
        hlc=Hlc(1_790_000_000_500, 0),
        parents=team.c.show(subject).state.heads,
        op_type="put",
        values={"region": "Oaxaca"},
    )
    with_origin = rehash(edit, origin=own.origin)
    status = _import(team.c, _to_c(team, [with_origin]), tmp_path / "in")
    assert status == ("refused", "bundle_op_rejected")
    assert vault_digest(team.c) == before


def test_a_legitimate_record_round_trips(team: Team, subject: str) -> None:
    sid = team.a1.add("subject", {**SUBJECT, "alias": "Colectivo Ficticio Ceibo"})[0]
    send(team.a1, [team.c], team.root)
    view = team.c.show(sid)
    assert view.kind == "subject"
    assert view.state.author == team.a1.identity.device_id
    assert view.state.fields["alias"] == "Colectivo Ficticio Ceibo"
    [root] = team.c.records.ops(sid)
    assert root.origin is not None and not root.parents
    # and an edit by the coordinator travels back as an edit, not a new record
    team.c.edit(sid, {"region": "Oaxaca"})
    send(team.c, [team.a1], team.root)
    back = team.a1.show(sid)
    assert back.state.author == team.a1.identity.device_id
    assert back.state.fields["region"] == "Oaxaca"


# -- records created before ids were bound ------------------------------------------------
def _legacy_subject(session: Session) -> Op:
    """Save a subject as an earlier version did: a random id, a creating op without
    origin, appended and signed through the store's own local path."""
    bound = make_op(
        rid=None,
        kind="subject",
        author=session.identity.device_id,
        hlc=session.records.clock.tick(),
        parents=[],
        op_type="put",
        values={"alias": "Colectivo Ficticio Antiguo", "type": "collective"},
    )
    header = {k: v for k, v in bound.header.items() if k != "origin"}
    header["rid"] = os.urandom(16).hex()
    legacy = Op(digest(header), header, bound.body)
    session.records._commit_local([legacy])
    return legacy


def test_an_old_record_still_opens(team: Team) -> None:
    legacy = _legacy_subject(team.c)
    view = team.c.show(legacy.rid)
    assert view.kind == "subject"
    assert view.state.author == team.c.identity.device_id
    assert view.state.fields["alias"] == "Colectivo Ficticio Antiguo"
    team.c.edit(legacy.rid, {"region": "Chiapas"})
    team.c.records.rebuild()
    assert team.c.show(legacy.rid).state.fields["region"] == "Chiapas"


def test_an_old_creating_op_travels_only_to_a_vault_that_holds_it(
    team: Team, tmp_path: Path
) -> None:
    legacy = _legacy_subject(team.a1)
    out = exchange.export(team.a1, tmp_path / "out", [team.c.identity.device_id])
    data = out[0].path.read_bytes()
    before = vault_digest(team.c)
    assert _import(team.c, data, tmp_path / "in") == ("refused", "bundle_record_collision")
    assert vault_digest(team.c) == before
    # c received it before either device was upgraded: the same op may come again
    [cs] = [
        cs
        for cs in oplog.changesets(team.a1.conn, team.a1.identity.device_id)
        if legacy.op_id in cs.op_ids
    ]
    with transaction(team.c.conn):
        team.c.records.ingest([cs], [legacy])
    assert _import(team.c, data, tmp_path / "in2") == ("imported", None)
    view = team.c.show(legacy.rid)
    assert view.kind == "subject"
    assert view.state.author == team.a1.identity.device_id

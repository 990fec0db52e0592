"""Attacks by insiders: a member's own keys and the project's own writer, on real vaults.

Each test is written the way a seized-and-unlocked laptop, a revoked device, an
infiltrated member or a stranger holding copied cards would try it (issue 13), and shows
the honest vault refuses it or is left as it was.
"""

from __future__ import annotations

import hashlib
import secrets
from pathlib import Path

import pytest
from teamkit import (
    SUBJECT,
    Team,
    craft,
    enrol,
    new_session,
    send,
    signed_ops,
    vault_digest,
)

from aluna_field.domain.kinds import validate_record
from aluna_field.services import exchange, intake
from aluna_field.services import team as team_service
from aluna_field.services.session import Session
from aluna_field.store.hlc import Hlc
from aluna_field.store.ops import Op, make_op
from aluna_field.sync import team_store
from aluna_field.sync.roster import MAX_ENTRIES, make_entry
from support import PASSPHRASE, FakeClock, make_ctx, run_cli


def _import(session: Session, data: bytes, folder: Path) -> exchange.Outcome:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{secrets.token_hex(12)}.afb"
    path.write_bytes(data)
    [outcome] = intake.import_paths(session, [path]).outcomes
    return outcome


def _holds(session: Session, rid: str) -> bool:
    row = session.conn.execute("SELECT 1 FROM records WHERE rid = ?", (rid,)).fetchone()
    return row is not None


def new_root(author: str, kind: str, values: dict[str, object], wall: int) -> Op:
    """The first op of a new record, as any member's software can write it."""
    return make_op(
        rid=None,
        kind=kind,
        author=author,
        hlc=Hlc(wall, 0),
        parents=[],
        op_type="put",
        values=values,
    )


def _new_subject_op(author: str, alias: str, wall: int = 1_790_000_100_000) -> Op:
    return new_root(author, "subject", {"type": "person", "alias": alias, "region": "Oaxaca"}, wall)


# -- 1. revocation that a revoked device cannot outrun ---------------------------------
def test_a_huge_bundle_seq_before_revocation_does_not_outrun_it(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    early = _new_subject_op(a1.identity.device_id, "Alias Ficticio Previo")
    data = craft(a1, [c.identity.public], signed_ops(a1, [early], seq=1), seq=2**53 - 2)
    assert _import(c, data, team.root / "pre").status == "imported"
    team_service.revoke(c, a1.identity.device_id)
    before = vault_digest(c)
    late = _new_subject_op(a1.identity.device_id, "Alias Ficticio Tardio", 1_790_000_200_000)
    for seq in (1, 2**53 - 3, 2**53 - 1):
        data = craft(a1, [c.identity.public], signed_ops(a1, [late], seq=2), seq=seq)
        outcome = _import(c, data, team.root / f"post-{seq}")
        assert outcome.status == "refused"
        assert outcome.reason is not None and outcome.reason.key == "bundle_sender_revoked"
    assert vault_digest(c) == before
    assert not _holds(c, late.rid)


def test_a_revoked_device_reusing_a_held_seq_through_a_member_has_no_effect(
    team: Team,
) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1, a2], team.root)
    a1.add("subject", SUBJECT)
    send(a1, [c], team.root)  # change set 1 of a1 is at the coordinator
    team_service.revoke(c, a1.identity.device_id)
    # a2 has not heard of the revocation yet: a1 sends it a change set that re-uses seq 1
    late = _new_subject_op(a1.identity.device_id, "Alias Ficticio Reusado")
    data = craft(a1, [a2.identity.public], signed_ops(a1, [late], seq=1))
    assert _import(a2, data, team.root / "to-a2").status == "imported"
    own = a2.add("subject", {**SUBJECT, "alias": "Alias Ficticio de A2"})[0]
    [written] = exchange.export(a2, team.root / "a2-out")
    outcome = _import(c, written.path.read_bytes(), team.root / "relay")
    assert outcome.status == "imported"
    assert outcome.skipped_changesets == 1
    assert _holds(c, own)  # the honest member's own work arrives
    assert not _holds(c, late.rid)
    held = c.conn.execute(
        "SELECT count(*) FROM changesets WHERE author = ?", (a1.identity.device_id,)
    ).fetchone()[0]
    assert held == 1


def test_a_revoked_coordinator_cannot_get_a_backdated_redaction_accepted(
    tmp_path: Path, clock: FakeClock
) -> None:
    c = new_session(tmp_path, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    c2 = new_session(tmp_path, "Coordinación Dos", "coordinator", clock)
    a1 = new_session(tmp_path, "Persona A1", "accompanier", clock)
    enrol(c, c2, "coordinator")
    enrol(c, a1)
    send(c, [c2, a1], tmp_path)
    rid = c.add("subject", {**SUBJECT, "alias": "Alias Ficticio Protegido"})[0]
    send(c, [c2, a1], tmp_path)
    team_service.revoke(c, c2.identity.device_id)
    erase = make_op(
        rid=rid,
        kind="subject",
        author=c2.identity.device_id,
        hlc=Hlc(1, 0),  # back-dated
        parents=c2.show(rid).state.heads,
        op_type="redact",
        target_field=None,
    )
    before = vault_digest(c)
    direct = craft(c2, [c.identity.public], signed_ops(c2, [erase], seq=50))
    outcome = _import(c, direct, tmp_path / "direct")
    assert outcome.status == "refused"
    assert outcome.reason is not None and outcome.reason.key == "bundle_sender_revoked"
    assert vault_digest(c) == before
    # through a member who has not heard of the revocation: left out at the coordinator
    assert (
        _import(
            a1, craft(c2, [a1.identity.public], signed_ops(c2, [erase], seq=51)), tmp_path / "to-a1"
        ).status
        == "imported"
    )
    [written] = exchange.export(a1, tmp_path / "a1-out")
    relayed = _import(c, written.path.read_bytes(), tmp_path / "relayed")
    assert relayed.status == "imported" and relayed.skipped_changesets == 1
    assert c.show(rid).state.fields["alias"] == "Alias Ficticio Protegido"
    for s in (c, c2, a1):
        s.close()


# -- 2. need-to-know that an ordinary edit cannot widen --------------------------------
def _collective_and_member(team: Team) -> tuple[str, str, str]:
    c = team.c
    collective = c.add(
        "subject",
        {
            "type": "collective",
            "alias": "Colectivo Ficticio Reservado",
            "real_name": "Nombre Real Ficticio",
            "region": "Guerrero",
        },
    )[0]
    person = c.add(
        "subject",
        {
            "type": "person",
            "alias": "Persona Ficticia",
            "region": "Guerrero",
            "member_of": [collective],
        },
    )[0]
    acc = c.add(
        "accompaniment",
        {
            "subject_ids": [person],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [team.a1.identity.device_id],
        },
    )[0]
    return collective, person, acc


def test_a_follow_up_about_a_collective_does_not_bring_it(team: Team) -> None:
    c, a1 = team.c, team.a1
    collective, person, _acc = _collective_and_member(team)
    send(c, [a1], team.root)
    assert _holds(a1, person) and not _holds(a1, collective)
    read_id = a1.show(person).state.fields["member_of"][0]
    a1.add("follow-up", {"record_id": read_id, "due_on": "2026-12-10", "description": "Revisar"})
    a1.add(
        "accompaniment",
        {
            "subject_ids": [read_id],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [a1.identity.device_id],
        },
    )
    send(a1, [c], team.root)
    send(c, [a1], team.root)
    assert not _holds(a1, collective)


def test_taken_off_an_accompaniment_stops_its_changes_and_new_subjects(team: Team) -> None:
    c, a1 = team.c, team.a1
    _collective, person, acc = _collective_and_member(team)
    send(c, [a1], team.root)
    a1.edit(acc, {"status": "paused"})  # an op of a1's on the accompaniment
    send(a1, [c], team.root)
    newcomer = c.add(
        "subject", {"type": "person", "alias": "Persona Nueva Ficticia", "region": "Oaxaca"}
    )[0]
    c.edit(acc, {"accompaniers": [team.a2.identity.device_id], "subject_ids": [person, newcomer]})
    send(c, [a1], team.root)
    assert not _holds(a1, newcomer)
    assert a1.show(acc).state.fields["accompaniers"] == [a1.identity.device_id]


def test_added_to_an_accompaniment_by_the_coordinator_still_brings_its_subjects(
    team: Team,
) -> None:
    c, a1 = team.c, team.a1
    _collective, person, acc = _collective_and_member(team)
    send(c, [a1], team.root)
    assert _holds(a1, acc) and _holds(a1, person)
    a1.add("follow-up", {"record_id": person, "due_on": "2026-12-10", "description": "Llamar"})
    send(a1, [c], team.root)
    later = c.add("follow-up", {"record_id": acc, "due_on": "2026-12-11", "description": "Ver"})[0]
    send(c, [a1], team.root)
    assert _holds(a1, later)


# -- 4. a forged derived value never shows ---------------------------------------------
def test_a_forged_risk_level_is_recomputed(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    sid = a1.add("subject", SUBJECT)[0]
    send(a1, [c], team.root)
    maximal = {
        "subject_id": sid,
        "assessed_on": "2026-11-30",
        "threats": [{"description": "Amenaza ficticia", "score": 5}],
        "vulnerabilities": [{"description": "Vulnerabilidad ficticia", "score": 5}],
        "capacities": [{"description": "Capacidad ficticia", "score": 1}],
    }
    expected = validate_record("risk-assessment", maximal)["risk_level"]
    # whole, and with a field left out so that the record does not validate
    partial = {k: v for k, v in maximal.items() if k != "capacities"}
    ops = [
        new_root(
            a1.identity.device_id,
            "risk-assessment",
            {**values, "risk_level": "low"},
            1_790_000_300_000 + i,
        )
        for i, values in enumerate((maximal, partial))
    ]
    data = craft(a1, [c.identity.public], signed_ops(a1, ops, seq=2))
    assert _import(c, data, team.root / "forged").status == "imported"
    assert expected != "low"
    assert c.show(ops[0].rid).state.fields["risk_level"] == expected
    assert "risk_level" not in c.show(ops[1].rid).state.fields


# -- 5. a roster no member can jam ------------------------------------------------------
def test_a_member_cannot_fill_the_coordinators_roster(team: Team) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1], team.root)
    held = team_store.load_entries(c.conn)
    heads = team_store.load_state(c.conn).heads
    junk = []
    for i in range(MAX_ENTRIES - len(held)):
        entry = make_entry(
            a1.identity,
            heads,
            1_790_000_000_000 + i,
            "role",
            device_id=a2.identity.device_id,
            role="coordinator",
        )
        junk.append(entry)
        heads = [entry.hash]
    team_store.store_entries(a1.conn, junk)  # the attacker's software keeps them
    data = craft(a1, [c.identity.public], [])
    outcome = _import(c, data, team.root / "jam")
    assert outcome.status == "imported"
    assert len(team_store.load_entries(c.conn)) == len(held)
    assert not team_store.load_state(c.conn).is_coordinator(a2.identity.device_id)
    # the coordinator can still list, revoke that member and export
    assert len(team_service.members(c)) == 3
    team_service.revoke(c, a1.identity.device_id)
    assert exchange.export(c, team.root / "after-jam")


def test_a_members_forged_revocation_of_the_coordinator_counts_for_nothing(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    state = team_store.load_state(a1.conn)
    forged = make_entry(
        a1.identity,
        state.heads,
        1_790_000_000_500,
        "revoke",
        device_id=c.identity.device_id,
        last_bundle_seq=0,
        last_cs_seq=0,
    )
    # concurrent with the forged revocation, the coordinator adds a device
    late = new_session(team.root, "Persona Tardía", "accompanier", FakeClock())
    team_service.join(late, team_service.my_card(c))
    team_service.add(c, team_service.my_card(late), "accompanier")
    from aluna_field.sync.roster import fold

    merged = fold([*team_store.load_entries(c.conn), forged])
    assert merged.is_coordinator(c.identity.device_id)
    assert merged.active(late.identity.device_id) is not None
    assert forged.hash not in merged.kept
    late.close()


# -- 6. a new laptop cannot be captured before its first exchange ----------------------
def test_a_stranger_with_copied_cards_cannot_capture_a_new_laptop(
    tmp_path: Path, clock: FakeClock
) -> None:
    c = new_session(tmp_path, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    fresh = new_session(tmp_path, "Persona Nueva", "accompanier", clock)
    stranger = new_session(
        tmp_path / "elsewhere", "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio"
    )
    team_service.join(fresh, team_service.my_card(c))
    # the stranger copied both cards from the stick and founds a roster naming them
    team_service.add(stranger, team_service.my_card(c), "coordinator")
    team_service.add(stranger, team_service.my_card(fresh), "accompanier")
    before = vault_digest(fresh)
    [written] = exchange.export(stranger, tmp_path / "trap", [fresh.identity.device_id])
    outcome = _import(fresh, written.path.read_bytes(), tmp_path / "trap-in")
    assert outcome.status == "refused"
    assert outcome.reason is not None and outcome.reason.key == "roster_not_anchored"
    assert vault_digest(fresh) == before
    # the real coordinator's bundle is then taken
    team_service.add(c, team_service.my_card(fresh), "accompanier")
    send(c, [fresh], tmp_path)
    assert team_store.load_state(fresh.conn).is_coordinator(c.identity.device_id)
    for s in (c, fresh, stranger):
        s.close()


def test_the_cli_refuses_the_captured_laptop_and_the_revoked_sender_with_exit_5(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = new_session(tmp_path, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    fresh = new_session(tmp_path, "Persona Nueva", "accompanier", clock)
    stranger = new_session(
        tmp_path / "elsewhere", "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio"
    )
    team_service.join(fresh, team_service.my_card(c))
    team_service.add(stranger, team_service.my_card(c), "coordinator")
    team_service.add(stranger, team_service.my_card(fresh), "accompanier")
    trap = tmp_path / "trampa"
    exchange.export(stranger, trap, [fresh.identity.device_id])
    vault_dir = fresh.vault.paths.folder
    for s in (c, fresh, stranger):
        s.close()
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    before = _folder_digest(vault_dir)
    for lang, reason in (
        ("en", "not signed by the coordinator this device trusts"),
        ("es", "no está firmada por la coordinación en la que confía"),
    ):
        r = run_cli(make_ctx(vault_dir, clock, lang), "sync", "import", str(trap))
        assert r.code == 5, r.err
        assert reason in r.out + r.err and "Traceback" not in r.out + r.err
    assert _folder_digest(vault_dir) == before


def _folder_digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and not p.name.endswith(("-shm", ".lock"))
    }

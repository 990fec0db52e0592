"""Three real vaults exchange real bundles through folders, through the services API."""

from __future__ import annotations

import io
import os
import re

import pytest
from teamkit import SUBJECT, Team, note, send, vault_digest

from aluna_field.services import exchange, intake
from aluna_field.services import team as team_service
from aluna_field.sync.errors import TeamError


def _ids(session) -> set[str]:
    return {v.rid for v in session.list_records()}


def test_three_vaults_see_each_others_records_with_verified_authors(team: Team) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1, a2], team.root)  # the roster reaches the accompaniers
    assert {m.device_id for m in team_service.members(a1)} == {
        c.identity.device_id,
        a1.identity.device_id,
        a2.identity.device_id,
    }
    s1 = a1.add("subject", SUBJECT)[0]
    n1 = a1.add("crisis-note", note(s1, "Nota ficticia de A1"))[0]
    s2 = a2.add("subject", {**SUBJECT, "alias": "Colectivo Ficticio Roble"})[0]
    acc = c.add(
        "accompaniment",
        {
            "subject_ids": [c.add("subject", SUBJECT)[0]],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [a1.identity.device_id, a2.identity.device_id],
        },
    )[0]
    send(a1, [c], team.root)
    send(a2, [c], team.root)
    assert {s1, n1, s2, acc} <= _ids(c)
    assert c.show(n1).state.author == a1.identity.device_id
    assert c.show(s2).state.author == a2.identity.device_id
    send(c, [a1, a2], team.root)
    # each accompanier gets the shared accompaniment and its subject, not the other's notes
    assert acc in _ids(a1) and acc in _ids(a2)
    assert n1 not in _ids(a2) and s2 not in _ids(a1)
    assert a1.show(acc).state.author == c.identity.device_id


def test_entitlement_follows_the_accompaniment(team: Team) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1, a2], team.root)
    s1 = a1.add("subject", SUBJECT)[0]
    n1 = a1.add("crisis-note", note(s1, "Nota ficticia compartida"))[0]
    send(a1, [c], team.root)
    acc = c.add(
        "accompaniment",
        {
            "subject_ids": [s1],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [a1.identity.device_id],
        },
    )[0]
    fu = c.add("follow-up", {"record_id": acc, "due_on": "2026-12-01", "description": "Llamar"})[0]
    send(c, [a2], team.root)
    assert not ({acc, fu, s1, n1} & _ids(a2))
    c.edit(acc, {"accompaniers": [a1.identity.device_id, a2.identity.device_id]})
    send(c, [a2], team.root)
    got = _ids(a2)
    assert {acc, fu, s1} <= got  # the accompaniment, its follow-up, its subject
    assert n1 not in got  # a note on the subject by someone else is not part of the rule


def test_acks_travel_back_and_stop_resending(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    s1 = a1.add("subject", SUBJECT)[0]
    a1.add("crisis-note", [note(s1, f"Nota ficticia {i}") for i in range(3)])
    first = exchange.export(a1, team.root / "u1")[0]
    assert first.stats.ops == 4
    intake.import_paths(c, [team.root / "u1"])
    again = exchange.export(a1, team.root / "u2")[0]
    assert again.stats.ops == 4  # no ack has come back yet: everything again
    send(c, [a1], team.root)  # the coordinator's bundle carries its acks
    after = exchange.export(a1, team.root / "u3")[0]
    assert after.stats.ops == 0 and after.stats.changesets == 0


def test_replay_is_harmless_and_reported(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    a1.add("subject", SUBJECT)
    paths = send(a1, [c], team.root)
    before = vault_digest(c)
    outcomes = intake.import_paths(c, paths).outcomes
    assert [o.status for o in outcomes] == ["already"]
    assert vault_digest(c) == before


def test_coordinator_relays_with_the_authors_signature(team: Team) -> None:
    c, a1, a2 = team.c, team.a1, team.a2
    send(c, [a1, a2], team.root)
    s1 = a1.add("subject", SUBJECT)[0]
    send(a1, [c], team.root)
    c.add(
        "accompaniment",
        {
            "subject_ids": [s1],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [a2.identity.device_id],
        },
    )
    send(c, [a2], team.root)
    assert a2.show(s1).state.author == a1.identity.device_id
    row = a2.conn.execute(
        "SELECT c.author FROM ops o JOIN changesets c ON c.cs_id = o.cs_id WHERE o.rid = ?", (s1,)
    ).fetchone()
    assert row[0] == a1.identity.device_id


def test_attachment_travels_and_is_checked(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    s1 = a1.add("subject", SUBJECT)[0]
    data = bytes(range(256)) * 5000  # 1.2 MiB, several frames
    info = a1.attach_stream(s1, io.BytesIO(data), "foto-ficticia.jpg", "image/jpeg")
    send(a1, [c], team.root)
    got = c.show(s1).attachments
    assert got[0]["id"] == info["id"] and got[0]["size"] == len(data)


def test_export_refuses_unknown_recipient_and_nobody(team: Team, tmp_path) -> None:
    with pytest.raises(TeamError):
        exchange.export(team.c, tmp_path / "x", ["0" * 32])


def test_revoked_sender_bundles_after_revocation_are_refused(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    a1.add("subject", SUBJECT)
    send(a1, [c], team.root)  # accepted: bundle seq 1
    late = exchange.export(a1, team.root / "late")  # bundle seq 2, not yet imported
    team_service.revoke(c, a1.identity.device_id)
    listed = {m.device_id: m for m in team_service.members(c)}
    assert listed[a1.identity.device_id].revoked
    before = vault_digest(c)
    outcomes = intake.import_paths(c, [late[0].path]).outcomes
    assert outcomes[0].status == "refused"
    assert outcomes[0].reason is not None and outcomes[0].reason.key == "bundle_sender_revoked"
    assert vault_digest(c) == before
    # the revoked device is no longer sent anything
    assert all(
        a1.identity.device_id not in [m.device_id for m in w.recipients]
        for w in exchange.export(c, team.root / "after")
    )


def test_export_to_a_place_that_cannot_be_written(team: Team, tmp_path) -> None:
    blocker = tmp_path / "no-es-carpeta"
    blocker.write_bytes(b"")
    with pytest.raises(TeamError) as info:
        exchange.export(team.c, blocker)
    assert info.value.key == "not_a_folder"
    with pytest.raises(TeamError) as info:
        exchange.export(team.c, blocker / "debajo")
    assert info.value.key == "export_write_failed"
    assert list(tmp_path.glob("**/*.afb")) == []


def test_a_bundle_on_the_stick_reveals_no_name_team_or_content(team: Team) -> None:
    c, a1 = team.c, team.a1
    send(c, [a1], team.root)
    marker = "MARCA-FICTICIA-" + os.urandom(4).hex()
    sid = a1.add("subject", {**SUBJECT, "alias": marker})[0]
    a1.add("crisis-note", note(sid, "Narrativa ficticia " + marker))
    [path] = send(a1, [c], team.root)
    data = path.read_bytes()
    needles = [marker, "Persona A1", "Equipo Ficticio", "Coordinación Ficticia", sid]
    needles += [a1.identity.device_id, c.identity.device_id]
    for text in needles:
        for form in (text.encode(), text.encode("utf-16-le"), text.encode().hex().encode()):
            assert form not in data
    assert re.fullmatch(r"[0-9a-f]{24}\.afb", path.name)
    assert data.startswith(b"ALUNA-FB")

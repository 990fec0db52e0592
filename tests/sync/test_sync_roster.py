"""The roster as a set of signed entries, and the team card that starts it all."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from teamkit import Team, enrol, new_session, send

from aluna_field.services import team as team_service
from aluna_field.sync import team_store
from aluna_field.sync.card import CardInvalid, encode_card, parse_card, qr_parts
from aluna_field.sync.errors import RosterInvalid
from aluna_field.sync.identity import DeviceIdentity
from aluna_field.sync.roster import RosterEntry, device_doc, fold, make_entry


def _entries(session) -> list[RosterEntry]:
    return team_store.load_entries(session.conn)


def test_founding_add_and_list(team: Team) -> None:
    state = team_service.roster(team.c)
    assert state.team == "Equipo Ficticio"
    assert state.founder == team.c.identity.device_id
    roles = {m.name: m.role for m in team_service.members(team.c)}
    assert roles == {
        "Coordinación Ficticia": "coordinator",
        "Persona A1": "accompanier",
        "Persona A2": "accompanier",
    }


def test_an_older_roster_never_undoes_a_revocation(team: Team) -> None:
    send(team.c, [team.a1, team.a2], team.root)
    old = _entries(team.a2)  # a2 holds the roster from before the revocation
    team_service.revoke(team.c, team.a1.identity.device_id)
    send(team.c, [team.a2], team.root)
    assert team_service.roster(team.a2).members[team.a1.identity.device_id].revoked
    merged = fold(old + _entries(team.c))
    assert merged.members[team.a1.identity.device_id].revoked
    # and the coordinator, given the older roster again, still holds the revocation
    state, fresh = team_store.merged_state(team.c.conn, old, None)
    assert fresh == [] and state.members[team.a1.identity.device_id].revoked


def test_concurrent_entries_by_two_coordinators_merge(team: Team, clock) -> None:
    c2 = new_session(team.root, "Coordinación Dos", "coordinator", clock)
    try:
        enrol(team.c, c2, "coordinator")
        send(team.c, [c2], team.root)
        x = DeviceIdentity.generate()
        y = DeviceIdentity.generate()
        heads = team_service.roster(c2).heads
        e1 = make_entry(
            team.c.identity, heads, 1, "add", device=device_doc(x.public, "X", "accompanier")
        )
        e2 = make_entry(
            c2.identity, heads, 2, "add", device=device_doc(y.public, "Y", "accompanier")
        )
        state = fold([*_entries(c2), e1, e2])
        assert {x.device_id, y.device_id} <= set(state.members)
        assert len(state.heads) == 2
        e3 = make_entry(
            team.c.identity, state.heads, 3, "role", device_id=x.device_id, role="coordinator"
        )
        joined = fold([*_entries(c2), e1, e2, e3])
        assert joined.heads == [e3.hash] and joined.is_coordinator(x.device_id)
    finally:
        c2.close()


def test_entries_signed_by_an_accompanier_have_no_effect(team: Team) -> None:
    rogue = DeviceIdentity.generate()
    heads = team_service.roster(team.c).heads
    entry = make_entry(
        team.a1.identity, heads, 5, "add", device=device_doc(rogue.public, "Z", "coordinator")
    )
    state = fold([*_entries(team.c), entry])
    assert rogue.device_id not in state.members


def test_tampered_or_dangling_entries_are_refused(team: Team) -> None:
    entries = _entries(team.c)
    last = entries[-1]
    doc = dict(last.body["device"])
    doc["name"] = "Nombre Cambiado"
    tampered = RosterEntry({**last.body, "device": doc}, last.signature)
    with pytest.raises(RosterInvalid):
        fold([*entries[:-1], tampered])
    with pytest.raises(RosterInvalid):
        fold(entries[1:])  # no founding entry
    with pytest.raises(RosterInvalid):
        RosterEntry.from_json({"body": {"v": 1}, "sig": "00"})


def test_roster_of_another_team_is_refused(team: Team, clock) -> None:
    other = new_session(team.root, "Otra Coordinación", "coordinator", clock)
    try:
        with pytest.raises(RosterInvalid) as info:
            team_store.merged_state(team.c.conn, _entries(other), None)
        assert info.value.key == "roster_other_team"
    finally:
        other.close()


def test_join_requires_a_coordinator_card_and_add_a_coordinator(team: Team) -> None:
    from aluna_field.sync.errors import TeamError

    with pytest.raises(TeamError):
        team_service.join(team.a2, team_service.my_card(team.a1))
    with pytest.raises(TeamError):
        team_service.add(team.a1, team_service.my_card(team.a2), "accompanier")
    with pytest.raises(TeamError):
        team_service.join(team.c, team_service.my_card(team.c))
    team_service.revoke(team.c, team.a2.identity.device_id)
    with pytest.raises(TeamError):
        team_service.add(team.c, team_service.my_card(team.a2), "accompanier")


# -- cards -------------------------------------------------------------------------------
def test_card_round_trip_and_qr_parts(team: Team) -> None:
    text = team_service.my_card(team.c)
    card = parse_card(text)
    assert card.keys == team.c.identity.public and card.role == "coordinator"
    assert card.name == "Coordinación Ficticia"
    assert 5000 < len(text) < 6000
    parts = qr_parts(text)
    assert len(parts) == 3
    assert all(len(p) <= 1900 and p == p.upper() for p in parts)
    assert parse_card(" ".join(reversed(parts))).keys == card.keys
    assert parse_card(encode_card(card)) == card


@pytest.mark.parametrize(
    "mangle",
    [
        lambda t: "",
        lambda t: "hola",
        lambda t: t.splitlines()[0],
        lambda t: t[: len(t) // 2],
        lambda t: t.replace("CHECK-", "CHEQUE-"),
        lambda t: "\n".join(t.splitlines()[:-1]),
        lambda t: t[:100] + ("A" if t[100] != "A" else "B") + t[101:],
        lambda t: t.replace("ALUNA-FIELD-CARD-1", "ALUNA-FIELD-CARD-2"),
        lambda t: "basura " + t,
        lambda t: t * 3,
        lambda t: t.replace("\n", "\n1\n", 3),
    ],
)
def test_malformed_cards_give_the_card_error(team: Team, mangle) -> None:
    with pytest.raises(CardInvalid):
        parse_card(mangle(team_service.my_card(team.a1)))


def test_missing_qr_part(team: Team) -> None:
    parts = qr_parts(team_service.my_card(team.a1))
    with pytest.raises(CardInvalid):
        parse_card(" ".join(parts[:2]))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_a_card_or_the_card_error(text: str) -> None:
    try:
        parse_card(text)
    except CardInvalid:
        pass


# -- the safety code covers what the cards show ------------------------------------------
def test_a_card_with_a_changed_name_or_team_gives_two_different_codes(tmp_path, clock) -> None:
    from dataclasses import replace

    from aluna_field.services import enrolment

    c = new_session(tmp_path, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    m = new_session(tmp_path, "Persona Nueva", "accompanier", clock)
    try:
        card_c, card_m = team_service.my_card(c), team_service.my_card(m)
        honest = enrolment.preview_add(c, card_m).safety_code
        assert honest == enrolment.preview_join(m, card_c).safety_code
        # The same keys under a name the coordinator would trust: the code differs.
        renamed = encode_card(replace(parse_card(card_m), name="Persona de Confianza"))
        assert enrolment.preview_add(c, renamed).safety_code != honest
        # A coordinator card whose team or name was changed on its way to the new device.
        for change in ({"team": "Equipo Falso"}, {"name": "Coordinación Falsa"}):
            forged = encode_card(replace(parse_card(card_c), **change))
            assert enrolment.preview_join(m, forged).safety_code != honest
        # What the services print agrees with the previews.
        assert team_service.join(m, card_c).safety_code == honest
        assert team_service.add(c, card_m, "accompanier").safety_code == honest
    finally:
        c.close()
        m.close()

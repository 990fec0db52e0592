"""The team: founding it, cards, joining in person, adding and revoking devices.

Every roster change is a signed entry appended in one transaction; see docs/team.md.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..store import device as device_store
from ..store.db import transaction
from ..sync import ledger, team_store
from ..sync.card import Card, encode_card, parse_card
from ..sync.errors import TeamError
from ..sync.identity import safety_code
from ..sync.roster import Member, RosterState, device_doc, make_entry
from .session import Session


@dataclass(frozen=True)
class Enrolment:
    """The outcome of `join` or `add`: who the other device is and the code to compare."""

    device_id: str
    name: str
    role: str
    safety_code: str
    already: bool = False


def roster(session: Session) -> RosterState:
    return team_store.load_state(session.conn)


def found_team(session: Session) -> None:
    """Write the founding entry: this coordinator is the roster's first member."""
    dev = session.device
    doc = device_doc(session.identity.public, dev.name, "coordinator")
    entry = make_entry(
        session.identity, [], session.ctx.now_ms(), "found", team=dev.team or dev.name, device=doc
    )
    with transaction(session.conn):
        team_store.store_entries(session.conn, [entry])


def join_code(session: Session, card: Card) -> str:
    """The safety code of joining the coordinator whose card this is."""
    me = session.device
    return safety_code(card.keys, card.name, card.team, session.identity.public, me.name)


def add_code(session: Session, card: Card) -> str:
    """The safety code of adding (as this coordinator) the device whose card this is."""
    me = session.device
    return safety_code(session.identity.public, me.name, me.team, card.keys, card.name)


def my_card(session: Session) -> str:
    """This device's card as text (the QR code in the app carries the same text)."""
    dev = session.device
    return encode_card(Card(dev.name, dev.role, dev.team, session.identity.public))


@dataclass(frozen=True)
class JoinCheck:
    """What joining with a card would meet: `already` when this coordinator is trusted,
    `own_only` when this device only founded a team of its own (replaced on joining)."""

    card: Card
    already: Member | None
    own_only: bool


def check_join(session: Session, card_text: str) -> JoinCheck:
    """Every refusal `join` makes, without writing anything (the app's preview uses it)."""
    card = parse_card(card_text)
    me = session.identity.device_id
    if card.device_id == me:
        raise TeamError("card_is_self")
    if card.role != "coordinator":
        raise TeamError("card_not_coordinator")
    state = roster(session)
    known = state.member(card.device_id)
    if known is not None and known.keys == card.keys and state.is_coordinator(card.device_id):
        return JoinCheck(card, known, False)
    own_only = state.founder == me and len(state.members) == 1
    if state.members and not own_only:
        raise TeamError("already_in_team")
    return JoinCheck(card, None, own_only)


def join(session: Session, card_text: str) -> Enrolment:
    """Trust the coordinator whose card this is; the safety code must then be compared."""
    check = check_join(session, card_text)
    card = check.card
    code = join_code(session, card)
    if check.already is not None:
        known = check.already
        return Enrolment(card.device_id, known.name, known.role, code, already=True)
    with transaction(session.conn):
        if check.own_only:
            team_store.forget_roster(session.conn)
        team_store.set_anchor(session.conn, team_store.Anchor(card.name, card.keys))
        row = replace(session.device, team=card.team)
        device_store.save_device(session.conn, row)
    session.device = row
    return Enrolment(card.device_id, card.name, card.role, code)


def _require_coordinator(session: Session, state: RosterState) -> None:
    if not state.is_coordinator(session.identity.device_id):
        raise TeamError("team_not_coordinator")


@dataclass(frozen=True)
class AddCheck:
    """What adding a card would meet: the roster, the member it already is, the role."""

    card: Card
    state: RosterState
    existing: Member | None


def check_add(session: Session, card_text: str, role: str | None = None) -> AddCheck:
    """Every refusal `add` makes, without writing anything (the app's preview uses it;
    it checks the role only when one is given: the coordinator may not have chosen yet)."""
    card = parse_card(card_text)
    state = roster(session)
    _require_coordinator(session, state)
    if card.device_id == session.identity.device_id:
        raise TeamError("card_is_self")
    if role is not None and role not in device_store.ROLES:
        raise TeamError("unknown_role")
    existing = state.member(card.device_id)
    if existing is not None and existing.revoked:
        raise TeamError("device_revoked_rejoin")
    return AddCheck(card, state, existing)


def add(session: Session, card_text: str, role: str) -> Enrolment:
    """Put the card's device on the roster with `role` (coordinators only).

    The role is the coordinator's choice, never the one the card declares: a card is
    written by the device it describes, and a device must not make itself coordinator.
    """
    check = check_add(session, card_text, role)
    card, existing = check.card, check.existing
    code = add_code(session, card)
    if existing is not None:
        return Enrolment(existing.device_id, existing.name, existing.role, code, already=True)
    entry = make_entry(
        session.identity,
        check.state.heads,
        session.ctx.now_ms(),
        "add",
        device=device_doc(card.keys, card.name, role),
    )
    with transaction(session.conn):
        team_store.store_entries(session.conn, [entry])
    return Enrolment(card.device_id, card.name, role, code)


def members(session: Session) -> list[Member]:
    """Every device on the roster, revoked ones included, coordinators first."""
    state = roster(session)
    return sorted(state.members.values(), key=lambda m: (m.role != "coordinator", m.name))


def revoke(session: Session, device_id: str) -> Member:
    """Revoke a device; its bundles newer than the last one accepted here are refused."""
    state = roster(session)
    _require_coordinator(session, state)
    target = state.member(device_id)
    if target is None:
        raise TeamError("device_unknown", id=device_id)
    if device_id == session.identity.device_id:
        raise TeamError("revoke_self")
    if target.revoked:
        return target
    conn = session.conn
    entry = make_entry(
        session.identity,
        state.heads,
        session.ctx.now_ms(),
        "revoke",
        device_id=device_id,
        last_bundle_seq=ledger.last_bundle_seq(conn, device_id),
        last_cs_seq=ledger.held_vector(conn).get(device_id, 0),
    )
    with transaction(conn):
        team_store.store_entries(conn, [entry])
    return roster(session).members[device_id]


def set_role(session: Session, device_id: str, role: str) -> Member:
    """Change a device's role (coordinators only)."""
    state = roster(session)
    _require_coordinator(session, state)
    target = state.active(device_id)
    if target is None:
        raise TeamError("device_unknown", id=device_id)
    if role not in device_store.ROLES:
        raise TeamError("unknown_role")
    entry = make_entry(
        session.identity, state.heads, session.ctx.now_ms(), "role", device_id=device_id, role=role
    )
    with transaction(session.conn):
        team_store.store_entries(session.conn, [entry])
    return roster(session).members[device_id]

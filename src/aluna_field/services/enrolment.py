"""Enrolling in person, as the team screen does it: look at a card and compare the safety
code first, write the roster change only once both people said the codes match.

`services/team.py` writes at once (the CLI prints the code after the fact); here
`preview_add` / `preview_join` check everything `team.add` / `team.join` would check,
and compute the safety code, without writing anything. A "they do not match" answer
therefore leaves nothing behind: no device added, no coordinator trusted.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store.atomic import write_atomic
from ..sync import ledger, team_store
from ..sync.card import MAX_CARD_CHARS, Card, qr_parts
from ..sync.errors import CardInvalid, SyncError
from . import team
from .session import Session

CARD_FILE = "tarjeta-aluna-field-{id}.txt"
# What the team screen catches: every refusal carries its translated `message(lang)`.
TeamRefusal = SyncError


@dataclass(frozen=True)
class CardPreview:
    """Whose card this is and the code both people compare aloud."""

    card_text: str
    device_id: str
    name: str
    role: str
    fingerprint: str
    safety_code: str
    already: bool


@dataclass(frozen=True)
class MemberRow:
    """One device of the roster as the team screen lists it."""

    device_id: str
    name: str
    role: str
    fingerprint: str
    revoked: bool
    is_me: bool
    heard_from: bool  # a bundle of this device was imported here


@dataclass(frozen=True)
class TeamInfo:
    team: str | None
    is_coordinator: bool  # an active coordinator on the roster (may add and revoke)
    joined: bool  # on a roster, or trusting a coordinator whose roster is on its way
    members: list[MemberRow]


def my_card(session: Session) -> tuple[str, list[str]]:
    """This device's card as text, and the same card split for the QR codes."""
    text = team.my_card(session)
    return text, qr_parts(text)


def read_card_file(path: Path) -> str:
    """A card file's text; CardInvalid for anything that cannot be one."""
    try:
        if path.stat().st_size > MAX_CARD_CHARS * 4:
            raise CardInvalid("card_too_large")
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CardInvalid() from exc


def save_card(session: Session, folder: Path) -> Path:
    """Write this device's card (public: names and keys only) into folder."""
    target = folder / CARD_FILE.format(id=session.identity.device_id[:8])
    write_atomic(target, team.my_card(session).encode("utf-8"))
    return target


def preview_add(session: Session, card_text: str) -> CardPreview:
    """What `team.add` would do with this card, refused the same way; writes nothing."""
    check = team.check_add(session, card_text)
    code = team.add_code(session, check.card)
    return _preview(card_text, check.card, code, check.existing is not None)


def preview_join(session: Session, card_text: str) -> CardPreview:
    """What `team.join` would do with this coordinator's card; writes nothing."""
    check = team.check_join(session, card_text)
    code = team.join_code(session, check.card)
    return _preview(card_text, check.card, code, check.already is not None)


def _preview(text: str, card: Card, code: str, already: bool) -> CardPreview:
    fingerprint = card.keys.fingerprint()
    return CardPreview(text, card.device_id, card.name, card.role, fingerprint, code, already)


def team_info(session: Session) -> TeamInfo:
    conn = session.conn
    state = team_store.load_state(conn)
    me = session.identity.device_id
    rows = [
        MemberRow(
            m.device_id,
            m.name,
            m.role,
            m.keys.fingerprint(),
            m.revoked,
            m.device_id == me,
            m.device_id == me or ledger.last_bundle_seq(conn, m.device_id) > 0,
        )
        for m in team.members(session)
    ]
    joined = bool(state.members) or team_store.get_anchor(conn) is not None
    team_name = state.team or session.device.team
    return TeamInfo(team_name, state.is_coordinator(me), joined, rows)

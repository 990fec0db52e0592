"""What the home page says about sync: when the last exchange was, what waits to reach
the team, and (for coordinators) how many records have conflicts to review.

"The last exchange" is the latest moment a bundle came in or went out, whatever way it
travelled: an exchange with a USB drive or another folder (remembered by
`drive_exchange`, even when nothing moved), a bundle imported from the relay or dropped
on the window (the import ledger keeps when each bundle was imported), or a bundle this
device put on the relay that is not yet acknowledged (the relay's state keeps when). A
relay round that found nothing to move leaves no trace in the vault: the sync screen's
relay box shows the relay's last contact while the app runs.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..sync.relay import settings as relay_settings
from ..sync.relay.state import load_state
from . import conflict_inbox, drive_exchange
from .session import Session


@dataclass(frozen=True)
class SyncOverview:
    last_exchange_ms: int | None  # None: no exchange yet
    pending: int | None  # changes the team has not confirmed; None: no one to send to yet
    conflicts: int | None  # records with conflicts; None when not asked for (accompaniers)
    knows_others: bool = False  # the team list names other devices (revoked ones too)
    # Devices sent to that never answered: "everything confirmed" waits for them.
    unanswered: tuple[str, ...] = ()


def last_exchange_ms(session: Session) -> int | None:
    """The latest bundle in or out, by drive, folder or relay; None before the first."""
    conn = session.conn
    times = [drive_exchange.last_exchange_ms(session)]
    row = conn.execute("SELECT max(imported_ms) FROM seen_bundles").fetchone()
    times.append(int(row[0]) if row and row[0] is not None else None)
    relay = relay_settings.load(conn)
    if relay is not None:
        times += [p.ms for p in load_state(conn, relay.url).pushed.values()]
    known = [ms for ms in times if ms is not None]
    return max(known) if known else None


def overview(session: Session, with_conflicts: bool) -> SyncOverview:
    """The home page's sync lines; the conflict count only when with_conflicts."""
    return SyncOverview(
        last_exchange_ms(session),
        drive_exchange.pending_changes(session),
        conflict_inbox.count(session) if with_conflicts else None,
        drive_exchange.knows_others(session),
        tuple(drive_exchange.unanswered(session)),
    )

"""When to push a new file for a recipient group, and when a pushed file may go.

Acknowledgements travel inside bundles as version vectors: per author, the highest
change-set sequence number the sender holds without gaps (see sync/ledger.py). A file
this device pushed is done with once each recipient's vector covers what the file
carried; a recipient no longer on the team (revoked or gone) needs nothing. Bundles
supersede each other: each carries everything above the group's acknowledgements, so
a newer file for the same group makes the older one redundant.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...store.db import Connection
from .. import ledger
from ..roster import RosterState
from .state import Mark, Pushed

ACK_ONLY_TTL_MS = 14 * 24 * 3600 * 1000


def group_key(device_ids: Iterable[str]) -> str:
    return ",".join(sorted(device_ids))


def carried_for(conn: Connection, device_ids: list[str], held: dict[str, int]) -> dict[str, int]:
    """What a bundle for these devices carries now: per author, the top of what is sent.

    A group's bundle starts above the lowest acknowledgement among its members, as
    export does, so the content is every author whose held seq lies above that.
    """
    vectors = [ledger.peer_vector(conn, d) for d in device_ids]
    since = {a: min(v.get(a, 0) for v in vectors) for a in held}
    return {a: n for a, n in held.items() if n > since[a]}


def covers(vector: dict[str, int], carried: dict[str, int]) -> bool:
    return all(vector.get(a, 0) >= n for a, n in carried.items())


def delivered(conn: Connection, roster: RosterState, pushed: Pushed, now_ms: int) -> bool:
    """True once every recipient still on the team has acknowledged what pushed carried.

    A file that carried no change sets (acknowledgements, a roster change) cannot be
    acknowledged in turn: it stays until a newer file supersedes it, or ACK_ONLY_TTL_MS.
    """
    if not pushed.carried:
        return now_ms - pushed.ms > ACK_ONLY_TTL_MS
    for device_id in pushed.to:
        if roster.active(device_id) is None and roster.members:
            continue
        if not covers(ledger.peer_vector(conn, device_id), pushed.carried):
            return False
    return True


def needs_push(
    mark: Mark | None, held: dict[str, int], carried: dict[str, int], roster_hash: str
) -> bool:
    """True when a new file would tell the group something the last one did not.

    New change sets to carry, new acknowledgements to give (our held vector grew) or a
    changed roster do; recipients' acks catching up do not, which is what keeps two
    devices from answering each other's acknowledgements forever.
    """
    if mark is None:
        return True
    return mark.roster != roster_hash or mark.held != held or bool(set(carried) - set(mark.carried))

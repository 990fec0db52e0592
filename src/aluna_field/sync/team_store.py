"""The roster as kept in the vault, and the coordinator a joining device trusts (its anchor).

Entries are stored only after `roster.fold` has checked them, so reading them back
skips the signature checks.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from ..store.canonical import canonical_bytes
from ..store.db import Connection
from ..store.oplog import meta_get, meta_set
from .errors import RosterInvalid
from .identity import PublicIdentity
from .roster import RosterEntry, RosterState, fold

ANCHOR_KEY = "team.anchor"


@dataclass(frozen=True)
class Anchor:
    """The coordinator whose card this device accepted with `team join`."""

    name: str
    keys: PublicIdentity

    @property
    def device_id(self) -> str:
        return self.keys.device_id


def load_entries(conn: Connection) -> list[RosterEntry]:
    rows = conn.execute("SELECT body, signature FROM roster_entries ORDER BY added").fetchall()
    return [RosterEntry(json.loads(r[0]), bytes(r[1])) for r in rows]


def load_state(conn: Connection) -> RosterState:
    """The roster this vault holds (already verified when stored)."""
    entries = load_entries(conn)
    return fold(entries, verified={e.hash for e in entries})


def store_entries(conn: Connection, entries: list[RosterEntry]) -> int:
    """Insert entries not yet held; returns how many were new. Call inside a transaction."""
    row = conn.execute("SELECT coalesce(max(added), 0) FROM roster_entries").fetchone()
    added = int(row[0])
    new = 0
    for e in entries:
        cur = conn.execute(
            "INSERT OR IGNORE INTO roster_entries (hash, body, signature, added) VALUES (?,?,?,?)",
            (e.hash, canonical_bytes(e.body).decode(), e.signature, added + new + 1),
        )
        new += int(bool(cur.rowcount))
    return new


def merged_state(
    conn: Connection, received: list[RosterEntry], anchor: Anchor | None
) -> tuple[RosterState, list[RosterEntry]]:
    """The roster after adding received entries to ours, and the entries worth storing.

    Received entries that have no effect and that no effective entry names are left
    out of the second value (and of the state's heads): storing them would let any
    member fill the roster's cap. Refuses (RosterInvalid) a roster of another team, one
    with a bad entry, and, on a device that holds no roster yet, one that its anchor
    did not sign (a stranger who copied the cards could otherwise found a roster of its
    own naming the anchor, and capture the new device before its first exchange).
    """
    held = load_entries(conn)
    known = {e.hash for e in held}
    fresh = [e for e in {e.hash: e for e in received}.values() if e.hash not in known]
    if not fresh:
        return fold(held, verified=known), []
    if held:
        ours = {e.hash for e in held if e.type == "found"}
        if any(e.type == "found" and e.hash not in ours for e in fresh):
            raise RosterInvalid("roster_other_team")
        state = fold(held + fresh, verified=known)
        return state, [e for e in fresh if e.hash in state.kept]
    state = fold(fresh)
    if anchor is None:
        raise RosterInvalid("not_joined")
    m = state.member(anchor.device_id)
    if m is None or m.keys != anchor.keys or m.role != "coordinator" or m.revoked:
        raise RosterInvalid("roster_not_anchored")
    if not any(e.signer == anchor.device_id and e.hash in state.kept for e in fresh):
        # Keys alone can be copied from a card; a signature cannot.
        raise RosterInvalid("roster_not_anchored")
    return state, [e for e in fresh if e.hash in state.kept]


def forget_roster(conn: Connection) -> None:
    """Drop every entry (a coordinator's own one-entry team, before joining another)."""
    conn.execute("DELETE FROM roster_entries")


def get_anchor(conn: Connection) -> Anchor | None:
    raw = meta_get(conn, ANCHOR_KEY)
    if raw is None:
        return None
    doc: dict[str, Any] = json.loads(raw)
    return Anchor(str(doc["name"]), PublicIdentity.from_json(doc["keys"]))


def set_anchor(conn: Connection, anchor: Anchor) -> None:
    meta_set(conn, ANCHOR_KEY, json.dumps({"name": anchor.name, "keys": anchor.keys.to_json()}))

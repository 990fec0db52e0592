"""What a device remembers about one relay, kept in the vault's settings (encrypted).

- `pushed`: the files this device put on the relay, who they are for, and what they
  carried (per author, the highest change-set sequence number). A file is deleted from
  the relay once every recipient's acknowledged version vector covers what it carried,
  or once a newer file for the same recipients supersedes it.
- `marks`: per recipient group, what the last pushed file was made from; a new file is
  pushed only when something changed since (no churn on a quiet team).
- `temps`: temporary names of uploads in progress, removed next round if one died.
- `seen`: files already handled (imported, not for us, unreadable), never fetched again.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

from ...store import device as device_store
from ...store.db import Connection, transaction

# Verdicts in `seen`, besides peek.NOT_OURS and peek.NOT_A_BUNDLE.
IMPORTED = "imported"
REFUSED = "refused"


@dataclass
class Pushed:
    """One file this device put on the relay."""

    to: list[str]
    carried: dict[str, int]
    ms: int


@dataclass
class Mark:
    """What the last file pushed for one recipient group was made from."""

    held: dict[str, int]
    carried: list[str]
    roster: str


@dataclass
class RelayState:
    pushed: dict[str, Pushed] = field(default_factory=dict)
    marks: dict[str, Mark] = field(default_factory=dict)
    temps: list[str] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "pushed": {
                n: {"to": p.to, "carried": p.carried, "ms": p.ms} for n, p in self.pushed.items()
            },
            "marks": {
                k: {"held": m.held, "carried": m.carried, "roster": m.roster}
                for k, m in self.marks.items()
            },
            "temps": self.temps,
            "seen": self.seen,
        }

    @classmethod
    def from_json(cls, doc: Any) -> RelayState:
        """The state in doc; anything unreadable starts afresh (costs refetches only)."""
        try:
            return cls(
                {
                    str(n): Pushed(list(p["to"]), dict(p["carried"]), int(p["ms"]))
                    for n, p in doc["pushed"].items()
                },
                {
                    str(k): Mark(dict(m["held"]), list(m["carried"]), str(m["roster"]))
                    for k, m in doc["marks"].items()
                },
                [str(t) for t in doc["temps"]],
                {str(n): str(v) for n, v in doc["seen"].items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return cls()


def state_key(url: str) -> str:
    """The settings key of one relay's state (a hash: a setting name needs no URL)."""
    return "relay.state." + hashlib.sha256(url.encode()).hexdigest()[:16]


def load_state(conn: Connection, url: str) -> RelayState:
    return RelayState.from_json(device_store.get_setting(conn, state_key(url)))


def save_state(conn: Connection, url: str, state: RelayState) -> None:
    """Store state; nothing is written when it did not change (a refused round)."""
    doc = state.to_json()
    key = state_key(url)
    if RelayState.from_json(device_store.get_setting(conn, key)).to_json() == doc:
        return
    with transaction(conn):
        device_store.set_setting(conn, key, doc)

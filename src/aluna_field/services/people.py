"""Who wrote what, by name: device ids mapped to the names the team roster gives them.

Records, versions and ops carry the author's device id. The screens name the person
instead: this device as itself, every device on the roster (revoked ones included: what
they wrote stays theirs) by its roster name. A device the roster does not name (a
bundle from before this device joined, a roster that has not arrived yet) has no name
here; the screens then show its id shortened (`short_id`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from . import exchange
from .session import Session

SHORT_ID = 8  # characters of a device id shown when the roster does not name it


@dataclass(frozen=True)
class People:
    """The roster's names, and which device is this one."""

    own_id: str
    own_name: str
    names: Mapping[str, str] = field(default_factory=dict)

    def is_own(self, device_id: str) -> bool:
        return device_id == self.own_id

    def name(self, device_id: str) -> str | None:
        """The person's name, or None for a device the roster does not name."""
        if device_id == self.own_id:
            return self.own_name
        return self.names.get(device_id) or None


def people(session: Session) -> People:
    """The names of every device on this vault's roster (read once per call)."""
    names = exchange.author_names(session)
    own = session.identity.device_id
    return People(own, names.get(own) or session.device.name, names)


def short_id(device_id: str) -> str:
    """A device id shortened for reading aloud and comparing with the team screen."""
    return device_id[:SHORT_ID]

"""The relay a device remembers, inside the vault's settings (so encrypted at rest).

The password is remembered only when the person asks for it, and then only here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...store import device as device_store
from ...store.db import Connection, transaction

URL = "relay.url"
USER = "relay.user"
PIN = "relay.pin"
PASSWORD = "relay.password"  # noqa: S105  (a settings key, not a password)


@dataclass(frozen=True)
class RelaySettings:
    url: str
    user: str | None = None
    pin: str | None = None
    password: str | None = field(default=None, repr=False)


def load(conn: Connection) -> RelaySettings | None:
    """The remembered relay, or None when none is set."""
    url = device_store.get_setting(conn, URL)
    if not isinstance(url, str) or not url:
        return None

    def text(key: str) -> str | None:
        value = device_store.get_setting(conn, key)
        return value if isinstance(value, str) and value else None

    return RelaySettings(url, text(USER), text(PIN), text(PASSWORD))


def remember(conn: Connection, settings: RelaySettings, with_password: bool) -> None:
    """Store settings; the password only when with_password, else any old one is dropped."""
    with transaction(conn):
        device_store.set_setting(conn, URL, settings.url)
        device_store.set_setting(conn, USER, settings.user)
        device_store.set_setting(conn, PIN, settings.pin)
        device_store.set_setting(conn, PASSWORD, settings.password if with_password else None)


def forget(conn: Connection) -> None:
    """Forget the relay and its password."""
    with transaction(conn):
        for key in (URL, USER, PIN, PASSWORD):
            device_store.set_setting(conn, key, None)

"""The relay as the sync screen sets it up: what is remembered, a connection test, saving,
and the round the background runner calls.

The password is remembered in the vault only when the person ticks it; otherwise the
screen keeps what was typed in memory for as long as the vault stays open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..sync.errors import SyncError
from ..sync.relay import settings as relay_settings
from ..sync.relay.target import RelayTarget, parse_target
from ..sync.relay.tls import parse_pin
from ..sync.relay.webdav import RetryPolicy, WebDavClient
from . import relay
from .session import Call, Session

# What the screen catches: a setting that cannot be used, or a relay that said no.
RelayRefusal = SyncError
# A connection test answers quickly: one attempt, short waits.
TEST_POLICY = RetryPolicy(attempts=1, connect_timeout_s=8.0, io_timeout_s=15.0)


@dataclass(frozen=True)
class RelayForm:
    url: str
    user: str | None
    pin: str | None
    password_kept: bool


def current(session: Session) -> RelayForm | None:
    """The remembered relay (never its password), or None."""
    kept = relay_settings.load(session.conn)
    if kept is None:
        return None
    return RelayForm(kept.url, kept.user, kept.pin, kept.password is not None)


def target(url: str, user: str | None, password: str | None, pin: str | None) -> RelayTarget:
    """The relay as typed; RelayRefusal (translated) when it cannot be used."""
    return parse_target(url, user or None, password or None, parse_pin(pin) if pin else None)


def check(
    url: str,
    user: str | None,
    password: str | None,
    pin: str | None,
    policy: RetryPolicy = TEST_POLICY,
) -> int:
    """Reach the relay folder (creating it if needed); the number of files in it."""
    with WebDavClient(target(url, user, password, pin), policy) as client:
        return len(client.list())


def save(
    session: Session,
    url: str,
    user: str | None,
    password: str | None,
    pin: str | None,
    keep_password: bool,
) -> None:
    relay.remember(session, target(url, user, password, pin), pin or None, keep_password)


def forget(session: Session) -> None:
    relay.forget(session)


def pending(session: Session) -> int | None:
    """Bundles this device put on the relay that wait for acknowledgement (None: no relay)."""
    kept = relay_settings.load(session.conn)
    return None if kept is None else relay.pending_out(session.conn, kept.url)


def round_runner(
    call: Call, password: Callable[[], str | None], policy: RetryPolicy | None = None
) -> Callable[[], relay.RoundReport]:
    """One round with the remembered relay, and the password typed this session when
    none is remembered; what the background runner calls off the GUI thread."""

    def run() -> relay.RoundReport:
        chosen = call(lambda s: relay.resolve_target(s, None, password=password()))
        # The vault is lent step by step, never across a network transfer.
        return relay.run_round_with(call, chosen, policy)

    return run

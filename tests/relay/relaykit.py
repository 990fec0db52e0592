"""Helpers for relay tests: a fast retry policy, targets, and rounds between team vaults."""

from __future__ import annotations

from davserver import PASSWORD, USER

from aluna_field.services import relay
from aluna_field.services.session import Session
from aluna_field.sync.relay.target import RelayTarget, parse_target
from aluna_field.sync.relay.webdav import RetryPolicy


def no_wait(_seconds: float) -> None:
    """The injected sleep: retries in tests pause for no time."""


FAST = RetryPolicy(
    attempts=4, backoff_s=0.0, connect_timeout_s=2.0, io_timeout_s=1.0, sleep=no_wait
)


def target_for(url: str, password: str = PASSWORD) -> RelayTarget:
    return parse_target(url, USER, password)


def round_trip(session: Session, url: str, policy: RetryPolicy = FAST) -> relay.RoundReport:
    return relay.run_round(session, target_for(url), policy)

"""When the app tries the relay in the background, and the status line it shows. No Qt.

Every few minutes when all is well; after a failure, sooner at first and then less
often (doubling up to a ceiling); at once when the network comes back. Failures that
waiting will not fix (refused password, certificate, settings) wait the longest, so a
wrong password is not tried against the server every few minutes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from ..l10n import _
from ..services.messages import describe
from ..sync.relay.errors import RelayAuth, RelayConfig, RelayError, RelayOffline, RelayTls
from .intake import ImportSummary
from .relay import RoundReport

IDLE = "idle"
RUNNING = "running"
OK = "ok"
OFFLINE = "offline"
FAILED = "failed"


@dataclass(frozen=True)
class RelayStatus:
    """What the status line shows. Times are milliseconds of the app's clock."""

    state: str = IDLE
    last_success_ms: int | None = None
    last_attempt_ms: int | None = None
    next_try_ms: int | None = None
    pending_out: int = 0
    sent_last: int = 0
    received_last: int = 0
    skipped_last: int = 0
    error: RelayError | None = None
    came: ImportSummary | None = None  # what the round that just ended brought in


@dataclass(frozen=True)
class Timing:
    interval_ms: int = 5 * 60_000
    first_retry_ms: int = 30_000
    max_retry_ms: int = 30 * 60_000


class RelayScheduler:
    """Decides when a round is due and keeps the status; the caller runs the rounds."""

    def __init__(self, now_ms: Callable[[], int], timing: Timing | None = None) -> None:
        self._now = now_ms
        self.timing = timing or Timing()
        self._failures = 0
        self.status = RelayStatus(next_try_ms=now_ms())

    def due(self) -> bool:
        s = self.status
        return s.state != RUNNING and (s.next_try_ms is None or self._now() >= s.next_try_ms)

    def network_back(self) -> None:
        """The network came back: try at the next tick, whatever the back-off said."""
        if self.status.state != RUNNING:
            self.status = replace(self.status, next_try_ms=self._now())

    def started(self) -> RelayStatus:
        self.status = replace(self.status, state=RUNNING, last_attempt_ms=self._now(), came=None)
        return self.status

    def finished(self, report: RoundReport) -> RelayStatus:
        """Record a round's report (a round that stopped early carries its error)."""
        now = self._now()
        s = replace(
            self.status,
            pending_out=report.pending_out,
            sent_last=len(report.sent),
            received_last=len(report.imported),
            skipped_last=report.skipped,
            came=report.came,
        )
        if report.error is None:
            self._failures = 0
            s = replace(s, state=OK, last_success_ms=now, error=None)
            self.status = replace(s, next_try_ms=now + self.timing.interval_ms)
            return self.status
        self.status = s
        return self.failed(report.error)

    def failed(self, error: BaseException) -> RelayStatus:
        """Record a failure and push the next try back."""
        now = self._now()
        relay_error = error if isinstance(error, RelayError) else None
        self._failures += 1
        if isinstance(error, (RelayAuth, RelayTls, RelayConfig)):
            wait = self.timing.max_retry_ms
        else:
            wait = min(
                self.timing.first_retry_ms * 2 ** (self._failures - 1), self.timing.max_retry_ms
            )
        state = OFFLINE if isinstance(error, RelayOffline) else FAILED
        self.status = replace(self.status, state=state, error=relay_error, next_try_ms=now + wait)
        return self.status


def _when(ms: int | None, lang: str) -> str:
    if ms is None:
        return _(lang, "never")
    return datetime.fromtimestamp(ms / 1000, tz=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def status_line(status: RelayStatus, lang: str) -> str:
    """One translated line: last success and what is pending, or what went wrong."""
    if status.state == RUNNING:
        return _(lang, "Relay: syncing…")
    if status.state == OFFLINE:
        return _(
            lang,
            "Relay: offline (last success {when}); will retry.",
            when=_when(status.last_success_ms, lang),
        )
    if status.state == FAILED:
        reason = (
            describe(status.error, lang)
            if status.error
            else _(lang, "the last round failed; it will be retried.")
        )
        return _(lang, "Relay: {reason}", reason=reason)
    if status.last_success_ms is None:
        return _(lang, "Relay: not synced yet.")
    when = _when(status.last_success_ms, lang)
    return _(
        lang,
        "Relay: last synced {when}; {pending} awaiting acknowledgement.",
        when=when,
        pending=status.pending_out,
    )

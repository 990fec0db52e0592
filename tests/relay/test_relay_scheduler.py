"""The background schedule without Qt: intervals, back-off, and the status line."""

from __future__ import annotations

from aluna_field.services.relay import RoundReport
from aluna_field.services.relay_scheduler import FAILED, RelayScheduler, Timing, status_line
from aluna_field.sync.relay.errors import RelayAuth, RelayFull, RelayOffline
from support import FakeClock


def test_schedule_waits_backs_off_and_resets() -> None:
    clock = FakeClock()
    s = RelayScheduler(clock, Timing(interval_ms=300_000, first_retry_ms=30_000))
    assert s.due() and status_line(s.status, "en") == "Relay: not synced yet."
    s.started()
    assert not s.due() and status_line(s.status, "es") == "Relevo: sincronizando…"
    waits = []
    for _ in range(8):
        s.failed(RelayOffline("relay_offline"))
        waits.append(s.status.next_try_ms - clock.ms)
    assert waits[:4] == [30_000, 60_000, 120_000, 240_000] and max(waits) == 1_800_000
    s.finished(RoundReport(sent=[], pending_out=3))
    assert s.status.next_try_ms - clock.ms == 300_000 and not s.due()
    clock.advance(300_000)
    assert s.due()
    assert "3 awaiting acknowledgement" in status_line(s.status, "en")


def test_refusals_that_waiting_cannot_fix_wait_longest() -> None:
    clock = FakeClock()
    s = RelayScheduler(clock)
    s.finished(RoundReport(error=RelayAuth("relay_auth")))
    assert s.status.state == FAILED and s.status.next_try_ms - clock.ms == 1_800_000
    assert "401" in status_line(s.status, "en")
    s.finished(RoundReport(error=RelayFull("relay_full")))
    assert s.status.next_try_ms - clock.ms == 60_000  # the second failure in a row
    s.network_back()
    assert s.due()

"""Background sync: rounds run off the GUI thread and report their status (offscreen Qt)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from davserver import DavServer
from PySide6.QtCore import QTimer, QtMsgType
from pytestqt.qtbot import QtBot
from relaykit import FAST, target_for
from teamkit import Team

from aluna_field.services import relay
from aluna_field.services.relay_scheduler import (
    FAILED,
    OFFLINE,
    OK,
    RUNNING,
    RelayScheduler,
    Timing,
    status_line,
)
from aluna_field.sync.relay.errors import RelayOffline
from aluna_field.ui.sync_background import SyncBackground
from support import FakeClock


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    yield
    bad = [
        r.message
        for r in getattr(qtlog, "records", [])
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
    ]
    assert not bad, bad


def test_a_real_round_runs_off_the_gui_thread_and_reports(
    qtbot: QtBot, team: Team, dav: DavServer, clock: FakeClock
) -> None:
    gui = threading.get_ident()
    threads: list[int] = []
    release = threading.Event()
    target = target_for(dav.url())

    def round_fn() -> relay.RoundReport:
        threads.append(threading.get_ident())
        release.wait(timeout=30)
        return relay.run_round(team.c, target, FAST)

    bg = SyncBackground(round_fn, RelayScheduler(clock), tick_ms=50)
    seen: list[str] = []
    bg.statusChanged.connect(lambda s: seen.append(s.state))
    bg.start()
    assert bg.running and seen == [RUNNING]
    # The round is blocked in its thread; the GUI thread still runs its event loop.
    ticked: list[bool] = []
    QTimer.singleShot(0, lambda: ticked.append(True))
    qtbot.waitUntil(lambda: bool(ticked))
    with qtbot.waitSignal(bg.statusChanged, timeout=30_000) as done:
        release.set()
    status = done.args[0]
    assert status.state == OK and status.sent_last == 2 and status.pending_out == 0
    assert status.last_success_ms == clock.ms and threads and threads[0] != gui
    assert "0 awaiting acknowledgement" in status_line(status, "en")
    assert not bg.running
    clock.advance(60_000)
    qtbot.wait(120)  # a few ticks: not due yet (every five minutes), so no new round
    assert seen == [RUNNING, OK]
    bg.stop()


def test_failures_back_off_and_the_network_coming_back_retries(
    qtbot: QtBot, clock: FakeClock
) -> None:
    calls: list[int] = []

    def offline_round() -> relay.RoundReport:
        calls.append(1)
        return relay.RoundReport(error=RelayOffline("relay_offline"))

    scheduler = RelayScheduler(clock, Timing(first_retry_ms=30_000))
    bg = SyncBackground(offline_round, scheduler, tick_ms=20)
    with qtbot.waitSignal(bg.statusChanged, check_params_cb=lambda s: s.state == OFFLINE):
        bg.start()
    assert scheduler.status.next_try_ms == clock.ms + 30_000
    assert "offline" in status_line(scheduler.status, "en")
    assert "sin conexión" in status_line(scheduler.status, "es")
    with qtbot.waitSignal(bg.statusChanged, check_params_cb=lambda s: s.state == OFFLINE):
        bg.set_online(True)
    assert len(calls) == 2 and scheduler.status.next_try_ms == clock.ms + 60_000  # doubled

    def broken_round() -> relay.RoundReport:
        raise RuntimeError("a bug, not the network")

    bg2 = SyncBackground(broken_round, RelayScheduler(clock), tick_ms=20)
    with qtbot.waitSignal(bg2.statusChanged, check_params_cb=lambda s: s.state == FAILED):
        bg2.start()
    assert "failed" in status_line(bg2.status, "en")
    bg.stop()
    bg2.stop()

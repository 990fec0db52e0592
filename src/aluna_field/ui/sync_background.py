"""Background relay sync for the desktop app: rounds off the GUI thread, a status signal.

The window composes one `SyncBackground` when a relay is configured. A timer asks the
scheduler (services/relay_scheduler.py, Qt-free) whether a round is due; a due round
runs on its own thread, so the window never waits on the network. When the system
says the network came back (QNetworkInformation, where a backend exists), a round is
tried at once. The status travels on `statusChanged` for the sync screen to show.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from ..services.relay import RoundReport
from ..services.relay_scheduler import RelayScheduler, RelayStatus
from .common.handoff import Handoff

try:  # QtNetwork ships with PySide6 Essentials; the guard is for trimmed packagings.
    from PySide6.QtNetwork import QNetworkInformation
except ImportError:  # pragma: no cover - depends on the packaging
    QNetworkInformation = None  # type: ignore[assignment,misc]

RoundFn = Callable[[], RoundReport]


def _round(round_fn: RoundFn, lock: threading.Lock | None) -> tuple[object, object]:
    """(RoundReport or None, exception or None), on the worker thread."""
    try:
        if lock is not None:
            with lock:
                return round_fn(), None
        return round_fn(), None
    except Exception as exc:
        return None, exc


class SyncBackground(QObject):
    """Runs `round_fn` when the scheduler says so, one round at a time, off the GUI thread.

    `lock`, when given, is held for the length of each round: the app passes the lock
    that keeps one writer on the vault at a time.
    """

    # payload: RelayStatus (state, last success, pending count, last error)
    statusChanged = Signal(object)

    def __init__(
        self,
        round_fn: RoundFn,
        scheduler: RelayScheduler,
        tick_ms: int = 15_000,
        lock: threading.Lock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._round_fn = round_fn
        self._scheduler = scheduler
        self._lock = lock
        self._thread: threading.Thread | None = None
        # The round's outcome comes back through a Handoff: no Qt call off this thread.
        self._handoff = Handoff(lambda outcome: self._finished(*outcome), self)
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self._network: object | None = None

    @property
    def status(self) -> RelayStatus:
        return self._scheduler.status

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Start ticking (and listening for the network) and try a round if one is due."""
        self._watch_network()
        self._timer.start()
        self._tick()

    def stop(self) -> None:
        """Stop ticking and wait for a round in progress to end (locking, quitting)."""
        self._timer.stop()
        if self._thread is not None:
            self._thread.join()

    @Slot()
    def run_now(self) -> None:
        """A round as soon as none is running ("sync now" in the sync screen)."""
        self._scheduler.network_back()
        self._tick()

    @Slot(bool)
    def set_online(self, online: bool) -> None:
        """The network came back (or went): coming back makes a round due at once."""
        if online:
            self.run_now()

    def _watch_network(self) -> None:
        if QNetworkInformation is None or self._network is not None:
            return
        if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
            return  # no backend on this system: the timer alone drives the rounds
        info = QNetworkInformation.instance()
        if info is None:
            return
        info.reachabilityChanged.connect(self._reachability)
        self._network = info

    @Slot(object)
    def _reachability(self, reachability: object) -> None:
        if QNetworkInformation is not None:
            self.set_online(reachability == QNetworkInformation.Reachability.Online)

    @Slot()
    def _tick(self) -> None:
        if self._thread is not None or not self._scheduler.due():
            return
        # The thread holds no Qt object (see Handoff.mailbox).
        round_fn, lock, post = self._round_fn, self._lock, self._handoff.mailbox
        thread = threading.Thread(
            target=lambda: post(_round(round_fn, lock)), name="aluna-relay", daemon=True
        )
        self._handoff.expect()
        self._thread = thread
        self.statusChanged.emit(self._scheduler.started())
        thread.start()

    def _finished(self, report: object, error: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if isinstance(report, RoundReport):
            status = self._scheduler.finished(report)
        else:
            failure = error if isinstance(error, BaseException) else RuntimeError("round")
            status = self._scheduler.failed(failure)
        self.statusChanged.emit(status)

"""The exchange off the GUI thread: progress as it goes, cancel between two bundles.

The worker reaches the vault through `Backend.call` once per bundle, so the window can
use the vault in between (a save, a list) and never waits for a whole exchange.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from ...services import drive_exchange
from ...services.drive_exchange import ExchangeSummary
from ..common.backend import Backend, VaultLocked
from ..common.handoff import POLL_MS


class _Latest:
    """The latest progress a worker wrote (a plain object: the worker holds no Qt one)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._value: tuple[int, int] | None = None

    def put(self, done: int, total: int) -> None:
        with self._lock:
            self._value = (done, total)

    def get(self) -> tuple[int, int] | None:
        with self._lock:
            return self._value


class ExchangeJob(QObject):
    progressed = Signal(int, int)  # bundles done, bundles in all (so far)
    finished = Signal(object)  # ExchangeSummary
    failed = Signal()  # the drive stopped answering: nothing half-done, try again

    def __init__(self, backend: Backend, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.backend = backend
        self.lang = lang
        self.running = False
        self.kind = ""
        self._cancel = threading.Event()
        # The worker writes the latest progress here; a GUI-thread timer shows it, so no
        # Qt signal is emitted off the GUI thread (see ui/common/handoff.py).
        self._progress_box = _Latest()
        self._shown: tuple[int, int] | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._show_progress)

    def exchange(self, root: Path) -> bool:
        """Import from and export to the drive at root; False if one is running."""
        lang, call = self.lang, self.backend.call
        return self._start(
            "exchange",
            lambda progress, stop: drive_exchange.run_exchange(call, root, lang, progress, stop),
        )

    def import_files(self, paths: list[Path]) -> bool:
        """Import dropped bundle files (and folders of them)."""
        lang, call = self.lang, self.backend.call
        return self._start(
            "import",
            lambda progress, stop: drive_exchange.run_import(call, paths, lang, progress, stop),
        )

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def _start(
        self,
        kind: str,
        work: Callable[[Callable[[int, int], None], Callable[[], bool]], ExchangeSummary],
    ) -> bool:
        if self.running:
            return False
        self.running = True
        self.kind = kind
        self._cancel = threading.Event()
        stop = self._cancel.is_set
        self._progress_box = _Latest()
        self._shown = None
        self._poll.start()
        note = self._progress_box.put  # the worker holds no Qt object (Handoff.mailbox)
        self.backend.runner.run(lambda: work(note, stop), self._done, self._failed)
        return True

    def _show_progress(self) -> None:
        latest = self._progress_box.get()
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.progressed.emit(*latest)

    def _stopped(self) -> None:
        self._poll.stop()
        self._show_progress()
        self.running = False

    def _done(self, summary: ExchangeSummary) -> None:
        self._stopped()
        self.finished.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._stopped()
        if isinstance(exc, VaultLocked):
            return
        if not isinstance(exc, OSError):
            raise exc
        self.failed.emit()

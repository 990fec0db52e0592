"""One notification that the vault changed, whoever changed it, for every pane to obey.

A save, a delete, an exchange, a relay round, a merge in the conflicts inbox and a
redaction (here or arriving in a bundle) all write through `Backend.call`; the backend
notes that the connection changed rows and this object tells the panes, once, on the
GUI thread. Panes listening to this one signal cannot miss a write that some screen
forgot to announce (the old per-screen `records_changed` missed relay rounds in other
panes, and no one reloaded detail panes or the conflict count).

Workers only set a flag (no Qt call off the GUI thread, see handoff.py); the flag turns
into one `changed` on the GUI thread when the task's result is handed back (before its
callback runs), or on a slow timer during long work, so an exchange of many bundles
reloads the lists a few times a second at most, not once per bundle.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

# How often a worker's writes are looked for; GUI-thread writes are told at once.
WORKER_POLL_MS = 250


class VaultChanges(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pending = threading.Event()
        self._gui = threading.current_thread()
        self._timer = QTimer(self)
        self._timer.setInterval(WORKER_POLL_MS)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    def note(self) -> None:
        """From any thread: rows changed in the vault."""
        first = not self._pending.is_set()
        self._pending.set()
        if first and threading.current_thread() is self._gui:
            # After the current handler returns, so a save's own code finishes first.
            QTimer.singleShot(0, self.flush)

    def flush(self) -> None:
        if self._pending.is_set():
            self._pending.clear()
            self.changed.emit()

    def stop(self) -> None:
        self._timer.stop()
        self._pending.clear()

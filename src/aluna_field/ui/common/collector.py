"""Cyclic garbage collection on the GUI thread only, while the window is up.

Python's cycle collector runs on whichever thread happens to allocate past its
threshold. Run on a worker thread (a report, an import), it can free a cycle that holds
a Qt wrapper made on the GUI thread, and destroying a Qt object off its thread aborts or
crashes the process (seen in the suite: "Fatal Python error: Aborted" under CI). So while
the app runs automatic collection is off and a timer on the GUI thread collects, one
generation at a time as the usual thresholds say. Reference counting still frees
everything that is not in a cycle at once, on any thread.

It also waits while a worker runs (a result awaited through a Handoff): twice, here
and under CI, the process died collecting on the GUI thread while the reports worker
was building a dataset. Collecting only when no worker runs rules out the collector
and a worker ever meeting, whatever the exact mechanism; garbage in cycles waits a few
seconds at most (reference counting frees the rest at once).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

from .handoff import Handoff

# Cheap when nothing is due (three integers read); often enough that garbage from a busy
# worker does not pile up.
CHECK_MS = 200


class GuiThreadCollector(QObject):
    """Turns automatic collection off on `start` and collects from the GUI thread."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        """Call on the GUI thread, once the application exists."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more here and give collection back as it was before `start`."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, unless a worker
        is running: then at the next tick after it finished."""
        if Handoff.any_awaited():
            return
        first, second, third = self._thresholds
        young, middle, old = gc.get_count()
        if first and young > first:
            gc.collect(0)
            if second and middle > second:
                gc.collect(1)
                if third and old > third:
                    gc.collect(2)

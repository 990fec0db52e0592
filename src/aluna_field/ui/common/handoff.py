"""Results from worker threads to the GUI thread, with no Qt call made off the GUI thread.

Workers put their results in a thread-safe queue; a timer on the GUI thread, running
only while results are awaited, takes them out and hands them on. Emitting a Qt signal
with Python objects from a worker thread (what we did first) crashed now and then when
the garbage collector ran on the GUI thread at the same moment, with PySide6 6.12 on
Python 3.11 (seen in the test suite, through QThreadPool and plain threads alike).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from queue import Empty, SimpleQueue
from typing import Any, ClassVar

import shiboken6
from PySide6.QtCore import QObject, QTimer

POLL_MS = 10


class Handoff(QObject):
    # Every live Handoff, so the GUI-thread collector can tell whether a worker is running
    # (collector.py). Process-wide on purpose: threads and the garbage collector are.
    _live: ClassVar[weakref.WeakSet[Handoff]] = weakref.WeakSet()

    @classmethod
    def any_awaited(cls) -> bool:
        """True while some worker's result is still awaited (on the GUI thread)."""
        # One whose Qt side is gone delivers nothing more: its count no longer says much.
        return any(h._awaited > 0 and shiboken6.isValid(h) for h in list(cls._live))

    def __init__(self, deliver: Callable[[Any], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        Handoff._live.add(self)
        self._queue: SimpleQueue[Any] = SimpleQueue()
        self._deliver = deliver
        self._awaited = 0  # touched on the GUI thread only
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._drain)

    def expect(self) -> None:
        """On the GUI thread, when work whose result will be posted is started."""
        self._awaited += 1
        if not self._timer.isActive():
            self._timer.start()

    def post(self, item: Any) -> None:
        """From any thread: a result for the GUI thread."""
        self._queue.put(item)

    @property
    def mailbox(self) -> Callable[[Any], None]:
        """`post` without this QObject: what a worker keeps. A worker holding a Qt object
        can drop the last reference to it off the GUI thread, and its C++ side is then
        destroyed there, which Qt does not allow."""
        return self._queue.put

    def _drain(self) -> None:
        while True:
            try:
                item = self._queue.get_nowait()
            except Empty:
                break
            self._awaited -= 1
            self._deliver(item)
        if self._awaited <= 0:
            self._awaited = 0
            self._timer.stop()

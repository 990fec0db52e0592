"""Work off the GUI thread: a small thread pool whose results come back on the GUI thread.

Results travel through a queued signal of an object that lives on the GUI thread, so
callbacks always run there. `cancel_pending` drops the results of every task started
before it (the vault was locked, a newer search was typed): a late answer never lands
on a screen that has moved on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

T = TypeVar("T")

_Done = Callable[[Any], None]
_Failed = Callable[[BaseException], None]


def _job(runner: TaskRunner, task_id: int, fn: Callable[[], object]) -> Callable[[], None]:
    # A plain callable, not a QRunnable subclass: with auto-delete, the pool frees a
    # Python QRunnable's C++ half while its wrapper lives on, and the garbage collector
    # later touched freed memory (a segmentation fault seen in the reports tests).
    def run() -> None:
        try:
            result: object = fn()
            error: BaseException | None = None
        except BaseException as exc:
            result, error = None, exc
        runner.finished.emit(task_id, result, error)

    return run


class TaskRunner(QObject):
    """Runs callables on its own thread pool; `on_done`/`on_error` run on the GUI thread."""

    # (task id, result, exception or None)
    finished = Signal(int, object, object)
    # emitted when no task is running any more (tests wait on it)
    idle = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._next = 0
        self._callbacks: dict[int, tuple[_Done, _Failed | None]] = {}
        self._guard = threading.Lock()
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        with self._guard:
            self._next += 1
            task_id = self._next
        self._callbacks[task_id] = (on_done, on_error)
        self._pool.start(_job(self, task_id, fn))
        return task_id

    def cancel_pending(self) -> None:
        """Forget the callbacks of every task started so far; their results are dropped."""
        self._callbacks.clear()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self) -> None:
        """Block until every started task has finished (shutdown, lock)."""
        self._pool.waitForDone()

    @Slot(int, object, object)
    def _deliver(self, task_id: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        if callbacks is not None:
            on_done, on_error = callbacks
            if error is None:
                on_done(result)
            elif on_error is not None and isinstance(error, BaseException):
                on_error(error)
            elif isinstance(error, BaseException):
                raise error
        if not self._callbacks:
            self.idle.emit()

"""Work off the GUI thread: a small thread pool whose results come back on the GUI thread.

Results travel back through a Handoff (handoff.py), so callbacks always run on the GUI
thread and no Qt call is made off it. `cancel_pending` drops the results of every task started
before it (the vault was locked, a newer search was typed): a late answer never lands
on a screen that has moved on.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from .handoff import Handoff

T = TypeVar("T")

_Done = Callable[[Any], None]
_Failed = Callable[[BaseException], None]


def _job(post: Callable[[Any], None], task_id: int, fn: Callable[[], object]) -> Callable[[], None]:
    # Holds no Qt object (see Handoff.mailbox).
    def run() -> None:
        try:
            result: object = fn()
            error: BaseException | None = None
        except BaseException as exc:
            result, error = None, exc
        post((task_id, result, error))

    return run


class TaskRunner(QObject):
    """Runs callables on its own thread pool; `on_done`/`on_error` run on the GUI thread."""

    # emitted when no task is running any more (tests wait on it)
    idle = Signal()
    # emitted on the GUI thread before a result is handed on, so that what the task
    # wrote is announced (Backend.changes) before its caller moves on
    delivering = Signal()

    def __init__(self, parent: QObject | None = None, threads: int = 2) -> None:
        super().__init__(parent)
        # Python threads and a Handoff: no Qt call off the GUI thread (see handoff.py).
        self._pool = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="aluna-task")
        self._running: list[Future[None]] = []
        self._next = 0
        self._callbacks: dict[int, tuple[_Done, _Failed | None]] = {}
        self._guard = threading.Lock()
        # (task id, result, exception or None), taken out on the GUI thread
        self.handoff = Handoff(lambda item: self._deliver(*item), self)

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
        self.handoff.expect()
        future = self._pool.submit(_job(self.handoff.mailbox, task_id, fn))
        with self._guard:
            self._running = [f for f in self._running if not f.done()] + [future]
        return task_id

    def cancel_pending(self) -> None:
        """Forget the callbacks of every task started so far; their results are dropped."""
        self._callbacks.clear()

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def wait(self) -> None:
        """Block until every started task has finished (shutdown, lock)."""
        with self._guard:
            running = list(self._running)
        futures_wait(running)

    def _deliver(self, task_id: int, result: object, error: object) -> None:
        callbacks = self._callbacks.pop(task_id, None)
        self.delivering.emit()
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

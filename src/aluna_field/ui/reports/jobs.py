"""One background job at a time for the reports screen, results delivered on the GUI thread.

Starting a job or cancelling forgets the job before it: its result, when it comes, is
dropped (a report computed for old filters never replaces the new one, and a cancelled
export never writes its file because writing is the job's last step, checked first).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..common.handoff import Handoff


class _Ticket:
    """Which job is current, readable from the worker: a plain object, so the worker
    holds no Qt object (see Handoff.mailbox)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.current = 0
        self.wanted = False  # the current job's callbacks are still waiting

    def is_current(self, number: int) -> bool:
        with self.lock:
            return number == self.current and self.wanted


def _run(
    ticket: _Ticket,
    post: Callable[[Any], None],
    number: int,
    fn: Callable[[Callable[[], bool]], object],
) -> Callable[[], None]:
    def run() -> None:
        try:
            result, error = fn(lambda: ticket.is_current(number)), None
        except Exception as exc:
            result, error = None, exc
        post((number, result, error))

    return run


class Jobs(QObject):
    """Runs `fn(still_wanted)` on a worker thread; `still_wanted()` turns False once the job
    was cancelled or replaced, so a job can stop before its last step."""

    # emitted on the GUI thread after a job's callbacks ran or its result was dropped
    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Python threads, not QThreadPool: see ui/common/tasks.py.
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="aluna-report")
        self._ticket = _Ticket()
        self._callbacks: tuple[Callable[[Any], None], Callable[[Exception], None]] | None = None
        # (job number, result, exception or None), taken out on the GUI thread
        self.handoff = Handoff(lambda item: self._deliver(*item), self)

    def is_current(self, number: int) -> bool:
        return self._ticket.is_current(number)

    @property
    def busy(self) -> bool:
        return self._callbacks is not None

    def start(
        self,
        fn: Callable[[Callable[[], bool]], object],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        ticket = self._ticket
        with ticket.lock:
            ticket.current += 1
            number = ticket.current
            ticket.wanted = True
            self._callbacks = (on_done, on_error)
        self.handoff.expect()
        self._pool.submit(_run(ticket, self.handoff.mailbox, number, fn))

    def cancel(self) -> None:
        with self._ticket.lock:
            self._ticket.current += 1
            self._ticket.wanted = False
            self._callbacks = None

    def wait(self) -> None:
        """Block until the worker thread is free (closing the screen, locking the vault)."""
        self._pool.submit(lambda: None).result()  # one worker: the jobs before are done

    def _deliver(self, number: int, result: object, error: object) -> None:
        ticket = self._ticket
        with ticket.lock:
            wanted = number == ticket.current and self._callbacks is not None
            callbacks = self._callbacks if wanted else None
            if wanted:
                self._callbacks = None
                ticket.wanted = False
        if callbacks is not None:
            on_done, on_error = callbacks
            if isinstance(error, Exception):
                on_error(error)
            else:
                on_done(result)
        if self._callbacks is None:
            self.idle.emit()

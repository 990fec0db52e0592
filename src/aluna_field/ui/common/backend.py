"""The unlocked vault as the UI uses it: one Session, one lock around every use of it.

SQLite connections must not be used by two threads at once. Background jobs (lists,
searches, attachments) and the quick calls the GUI thread makes (save, show) all go
through `call`, which holds the lock, so there is exactly one user of the connection at
any time; the GUI thread waits at most for one search to finish.

Because every write passes through `call`, this is also where the panes learn that the
vault changed (`changes`, see changes.py).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from ...services.drafts import Drafts
from ...services.session import Session
from .changes import VaultChanges
from .tasks import TaskRunner

T = TypeVar("T")
U = TypeVar("U")


class VaultLocked(Exception):
    """The session was closed (the app locked) before the call could run."""


class Backend:
    def __init__(self, session: Session, runner: TaskRunner) -> None:
        self._session: Session | None = session
        self._lock = threading.RLock()
        self.runner = runner
        self.changes = VaultChanges(runner)
        runner.delivering.connect(self.changes.flush)
        self.device_id = session.identity.device_id
        self.device_name = session.device.name
        self.role = session.device.role
        self.fingerprint = session.identity.public.fingerprint()
        self.now_ms = session.ctx.now_ms
        self.vault_dir = session.ctx.vault_dir
        self.lang = session.ctx.lang

    @property
    def is_open(self) -> bool:
        return self._session is not None

    def call(self, fn: Callable[[Session], T], quiet: bool = False) -> T:
        """Run fn with the session, holding the lock; VaultLocked once closed.

        When fn changed rows (sqlite's own counter, no query), `changes` is told, unless
        quiet: a draft kept while typing is not news for the lists."""
        with self._lock:
            session = self._session
            if session is None:
                raise VaultLocked("the vault is locked")
            before = session.conn.total_changes
            try:
                return fn(session)
            finally:
                if not quiet and session.vault.is_open and session.conn.total_changes != before:
                    self.changes.note()

    def drafts(self, fn: Callable[[Drafts], T]) -> T:
        return self.call(lambda s: fn(Drafts(s)), quiet=True)

    def submit(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[U], None],
        on_error: Callable[[BaseException], None] | None = None,
        then: Callable[[T], U] | None = None,
    ) -> int:
        """Run fn off the GUI thread, then `then` on its result (still off the GUI thread
        but without holding the session, so a save never waits for it); on_done gets the
        outcome on the GUI thread."""

        def work() -> U:
            result = self.call(fn)
            return then(result) if then is not None else result  # type: ignore[return-value]

        return self.runner.run(work, on_done, on_error or _ignore_locked)

    def close(self) -> None:
        """Drop pending results, wait for the running call, close the session."""
        self.runner.cancel_pending()
        self.changes.stop()
        self.runner.delivering.disconnect(self.changes.flush)
        self.changes.deleteLater()
        with self._lock:
            if self._session is not None:
                self._session.close()
                self._session = None


def _ignore_locked(exc: BaseException) -> None:
    if not isinstance(exc, VaultLocked):
        raise exc

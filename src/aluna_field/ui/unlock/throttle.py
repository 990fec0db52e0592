"""The wait after too many wrong passphrases, counted down on the unlock page.

The page's inputs stay disabled until the wait is over; the seconds left are read from
the unlock guard (services/unlock_guard.py) on every tick, so the count is right even
if the window was asleep meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...l10n import _
from ...services.context import AppContext
from ...services.unlock_guard import wait_ms
from ..common.widgets import set_error
from .pages import UnlockPage

TICK_MS = 1_000


class Countdown(QObject):
    def __init__(self, ctx: AppContext, page: UnlockPage, lang: str) -> None:
        super().__init__(page)
        self.ctx = ctx
        self.page = page
        self.lang = lang
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    def start_if_needed(self) -> bool:
        """Begin counting down when a wait is due; True if one is."""
        if wait_ms(self.ctx) <= 0:
            return False
        self.tick()
        self.timer.start()
        return True

    @property
    def running(self) -> bool:
        return self.timer.isActive()

    def tick(self) -> None:
        left = wait_ms(self.ctx)
        if left <= 0:
            self.timer.stop()
            for widget in self.page.inputs:
                widget.setEnabled(True)
            set_error(self.page.error, _(self.lang, "You can try again now."))
            self.page.passphrase.setFocus()
            return
        seconds = -(-left // 1000)
        for widget in self.page.inputs:
            widget.setEnabled(widget is self.page.recovery)
        set_error(
            self.page.error,
            _(
                self.lang,
                "Too many wrong passphrases. You can try again in {seconds} s.",
                seconds=seconds,
            ),
        )

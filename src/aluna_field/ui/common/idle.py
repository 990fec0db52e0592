"""Auto-lock after a time without input, seen through an application-wide event filter.

The clock is the context's (`AppContext.now_ms`) and the check runs on a timer that
tests can fire themselves: advancing a fake clock and firing the timer locks the app
without waiting five real minutes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

DEFAULT_MINUTES = 5
CHECK_EVERY_MS = 5_000

# Input from the person, not events Qt makes itself (paints, timers, focus changes).
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleWatcher(QObject):
    idle = Signal()

    def __init__(
        self, now_ms: Callable[[], int], minutes: int, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._now_ms = now_ms
        self.timeout_ms = max(1, minutes) * 60_000
        self.last_activity = now_ms()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)

    def set_minutes(self, minutes: int) -> None:
        self.timeout_ms = max(1, minutes) * 60_000

    def start(self) -> None:
        self.last_activity = self._now_ms()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = self._now_ms()
        return False

    def check(self) -> None:
        if self.timer.isActive() and self._now_ms() - self.last_activity >= self.timeout_ms:
            self.timer.stop()
            self.idle.emit()

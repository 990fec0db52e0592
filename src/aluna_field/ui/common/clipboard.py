"""Copying to the clipboard, cleared after a while if it still holds what we put there.

If the person copied something else meanwhile, it is theirs: we leave it alone.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard

CLEAR_AFTER_MS = 30_000


class ClipboardGuard(QObject):
    def __init__(
        self, clipboard: QClipboard, parent: QObject | None = None, delay_ms: int = CLEAR_AFTER_MS
    ) -> None:
        super().__init__(parent)
        self._clipboard = clipboard
        self._ours: str | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        self._clipboard.setText(text)
        self._ours = text
        self.timer.start()

    def clear_if_ours(self) -> None:
        """Empty the clipboard if it still holds our text (on timeout and on lock)."""
        self.timer.stop()
        if self._ours is not None and self._clipboard.text() == self._ours:
            self._clipboard.clear()
        self._ours = None

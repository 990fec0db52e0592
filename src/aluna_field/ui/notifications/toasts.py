"""Notices inside the window: a small stack of toasts at the bottom right.

Never the operating system's notifications: those show on a lock screen and stay in a
notification history, out of the vault's reach. Notices say what happened in counts and
plain words, never record content; each goes away by itself, with its close button, or
when the screen that raised it is destroyed (the vault was locked).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from ...l10n import _
from ..common.widgets import is_dark, plain_label, warning_color

AREA_NAME = "aluna-notices"
SHOW_MS = 9000
MAX_SHOWN = 3
LEVELS = ("info", "success", "warning")


def level_color(widget: QWidget, level: str) -> QColor:
    """The strip's colour: it means something (warning) or stays quiet (info)."""
    if level == "warning":
        return warning_color(widget)
    if level == "success":
        return QColor("#81c784") if is_dark(widget) else QColor("#2e7d32")
    return widget.palette().color(QPalette.ColorRole.Highlight)


class Toast(QFrame):
    closed = Signal()

    def __init__(self, text: str, level: str, lang: str) -> None:
        super().__init__()
        self.level = level
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(text)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        strip = QFrame()
        strip.setFixedWidth(6)
        strip.setAutoFillBackground(True)
        palette = strip.palette()
        palette.setColor(QPalette.ColorRole.Window, level_color(self, level))
        strip.setPalette(palette)
        layout.addWidget(strip)
        self.label = plain_label(text)
        self.label.setContentsMargins(4, 8, 4, 8)
        layout.addWidget(self.label, 1)
        self.close_button = QToolButton()
        self.close_button.setText(_(lang, "×"))
        self.close_button.setAccessibleName(_(lang, "Dismiss notice"))
        self.close_button.setToolTip(_(lang, "Dismiss notice"))
        self.close_button.clicked.connect(self.dismiss)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SHOW_MS)
        self.timer.timeout.connect(self.dismiss)

    def text(self) -> str:
        return self.label.text()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self.closed.emit()
        self.deleteLater()


class NotificationArea(QWidget):
    """The stack of toasts, laid over the bottom right corner of its window."""

    def __init__(self, window: QWidget, lang: str) -> None:
        super().__init__(window)
        self.setObjectName(AREA_NAME)
        self.lang = lang
        self.setAccessibleName(_(lang, "Notices"))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(6)
        self.toasts: list[Toast] = []
        window.installEventFilter(self)
        self.hide()

    def show_message(self, text: str, level: str = "info", source: QObject | None = None) -> Toast:
        toast = Toast(text, level if level in LEVELS else "info", self.lang)
        toast.closed.connect(lambda: self._forget(toast))
        if source is not None:
            # A notice never outlives the screen that raised it (locking destroys it).
            source.destroyed.connect(toast.dismiss)
        self.toasts.append(toast)
        self.box.addWidget(toast)
        while len(self.toasts) > MAX_SHOWN:
            self.toasts[0].dismiss()
        toast.timer.start()
        self.show()
        self._place()
        self.raise_()
        QAccessible.updateAccessibility(QAccessibleEvent(toast, QAccessible.Event.Alert))
        return toast

    def messages(self) -> list[str]:
        return [toast.text() for toast in self.toasts]

    def clear(self) -> None:
        for toast in list(self.toasts):
            toast.dismiss()

    def _forget(self, toast: Toast) -> None:
        if toast in self.toasts:
            self.toasts.remove(toast)
            self.box.removeWidget(toast)
        if not self.toasts:
            self.hide()
        else:
            self._place()

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        width = min(self.fontMetrics().averageCharWidth() * 48, parent.width() - 24)
        self.setFixedWidth(max(width, 120))
        self.adjustSize()
        height = self.sizeHint().height()
        self.move(parent.width() - self.width() - 12, parent.height() - height - 12)
        self.resize(self.width(), height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.toasts:
            self._place()
        return False


def notification_area(widget: QWidget, lang: str) -> NotificationArea:
    """The notices of widget's window (created the first time it is needed)."""
    window = widget.window()
    found = window.findChild(NotificationArea, AREA_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    if isinstance(found, NotificationArea):
        found.lang = lang
        return found
    return NotificationArea(window, lang)


def notify(widget: QWidget, text: str, level: str = "info", lang: str = "es") -> Toast:
    """Show text in widget's window; it disappears with widget's screen at the latest."""
    return notification_area(widget, lang).show_message(text, level, widget)

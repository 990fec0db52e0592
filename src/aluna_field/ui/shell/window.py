"""The one top-level window. Its title is always "Aluna Field": never record content."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QWidget

from ...l10n import _
from ..common.focus_style import FOCUS_STYLE

DEFAULT_SIZE = QSize(1280, 740)


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.setWindowTitle(_(lang, "Aluna Field"))
        self.setStyleSheet(FOCUS_STYLE)
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        screen = QGuiApplication.primaryScreen()
        size = DEFAULT_SIZE
        if screen is not None:
            size = size.boundedTo(screen.availableGeometry().size() * 0.95)
        self.resize(size)

    def show_content(self, widget: QWidget) -> None:
        """Put widget in the window and destroy whatever was there before."""
        old = self.stack.currentWidget()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None and old is not widget:
            self.stack.removeWidget(old)
            old.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()

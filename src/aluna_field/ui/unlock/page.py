"""The frame every unlock page shares: a narrow centred column, an error, a progress bar."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ..common.widgets import error_label, heading, plain_label, set_error


class Page(QWidget):
    """A centred column (about 34 characters wide per side) with a title and a status area."""

    def __init__(self, title: str, intro: str = "") -> None:
        super().__init__()
        outer = QHBoxLayout(self)
        column = QWidget()
        column.setMaximumWidth(self.fontMetrics().averageCharWidth() * 80)
        outer.addStretch(1)
        outer.addWidget(column, 4)
        outer.addStretch(1)
        self.body = QVBoxLayout(column)
        self.body.addStretch(1)
        self.title = heading(title, 1.3)
        self.body.addWidget(self.title)
        if intro:
            self.body.addWidget(plain_label(intro))
        self.form = QVBoxLayout()
        self.body.addLayout(self.form)
        self.status = plain_label()
        self.status.setVisible(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate: Argon2 reports no progress
        self.progress.setTextVisible(False)
        self.progress.setVisible(False)
        self.error: QLabel = error_label()
        self.body.addWidget(self.error)
        self.body.addWidget(self.status)
        self.body.addWidget(self.progress)
        self.buttons = QHBoxLayout()
        self.body.addLayout(self.buttons)
        self.body.addStretch(2)
        self.inputs: list[QWidget] = []

    def set_busy(self, message: str) -> None:
        """Show progress with message, or (message "") go back to taking input."""
        busy = bool(message)
        self.status.setText(message)
        self.status.setVisible(busy)
        self.progress.setAccessibleName(message)
        self.progress.setVisible(busy)
        for widget in self.inputs:
            widget.setEnabled(not busy)
        if busy:
            set_error(self.error, "")

    def show_error(self, message: str, focus: QWidget | None = None) -> None:
        self.set_busy("")
        set_error(self.error, message)
        if focus is not None:
            focus.setFocus()

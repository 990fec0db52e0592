"""Small building blocks: plain-text labels, headings, a field row with its error."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def plain_label(text: str = "", *, wrap: bool = True, selectable: bool = False) -> QLabel:
    """A label that never interprets its text as rich text (record content is shown here)."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    if selectable:
        label.setTextInteractionFlags(_SELECTABLE)
    label.setText(text)
    return label


def scaled_font(factor: float, bold: bool = False) -> QFont:
    """The application font scaled, so headings follow the system font size."""
    font = QFont(QApplication.font())
    font.setPointSizeF(max(font.pointSizeF(), 6.0) * factor)
    font.setBold(bold)
    return font


def heading(text: str = "", factor: float = 1.4) -> QLabel:
    label = plain_label(text)
    label.setFont(scaled_font(factor, bold=True))
    label.setAccessibleName(text)
    return label


def is_dark(widget: QWidget) -> bool:
    return widget.palette().color(QPalette.ColorRole.Window).lightness() < 128


def warning_color(widget: QWidget) -> QColor:
    """A red that stays readable on the light and the dark theme."""
    return QColor("#ff8a80") if is_dark(widget) else QColor("#b00020")


def error_label() -> QLabel:
    """The line under a field that says what is wrong with it; hidden while empty."""
    label = plain_label()
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, warning_color(label))
    label.setPalette(palette)
    label.setVisible(False)
    return label


def set_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


class FieldRow(QWidget):
    """A label above its field, then a hint and the field's error message below it."""

    def __init__(self, title: str, field: QWidget, hint: str = "") -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.title = plain_label(title)
        self.title.setFont(scaled_font(1.0, bold=True))
        self.title.setBuddy(field)
        self.field = field
        self.hint = plain_label(hint)
        self.error = error_label()
        field.setAccessibleName(title)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(field)
        layout.addWidget(self.error)
        # Only once it has a parent: shown while parentless, it would become a window.
        self.hint.setVisible(bool(hint))

    def set_error(self, message: str) -> None:
        set_error(self.error, message)
        self.error.setAccessibleName(message)


def scroll_page(owner: QWidget, max_chars: int = 0) -> QVBoxLayout:
    """Give owner a scrolling body (pages longer than a 768-pixel screen); its layout."""
    outer = QVBoxLayout(owner)
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    outer.addWidget(scroll)
    body = QWidget()
    if max_chars:
        body.setMaximumWidth(owner.fontMetrics().averageCharWidth() * max_chars)
    scroll.setWidget(body)
    return QVBoxLayout(body)

"""Plain field widgets with the one interface forms need: value(), set_value(), changed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from ...l10n import _
from ..common.choices import Segmented


class TextLine(QLineEdit):
    changed = Signal()

    def __init__(self, secret: bool = False) -> None:
        super().__init__()
        if secret:
            self.setEchoMode(QLineEdit.EchoMode.Password)
        self.textChanged.connect(lambda _t: self.changed.emit())

    def value(self) -> str:
        return self.text()

    def set_value(self, value: object) -> None:
        self.setText(value if isinstance(value, str) else "")


class NumberLine(TextLine):
    """A number typed as text: the model reads it ("12", "3.5"); empty is no value."""

    def value(self) -> str | None:  # type: ignore[override]
        return self.text().strip() or None

    def set_value(self, value: object) -> None:
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        self.setText(str(value) if ok else "")


class TextArea(QPlainTextEdit):
    """Plain text only (no formatting, no spell-checker); Tab moves to the next field."""

    changed = Signal()

    def __init__(self, lines: int = 6) -> None:
        super().__init__()
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
        self.textChanged.connect(self.changed)

    def value(self) -> str:
        return self.toPlainText()

    def set_value(self, value: object) -> None:
        self.setPlainText(value if isinstance(value, str) else "")


class BoolField(QCheckBox):
    changed = Signal()

    def __init__(self, label: str) -> None:
        super().__init__(label)
        self.toggled.connect(lambda _b: self.changed.emit())

    def value(self) -> bool:
        return self.isChecked()

    def set_value(self, value: object) -> None:
        self.setChecked(value is True)


class IntChoice(Segmented):
    """A small scale (intensity 0-4) as exclusive buttons; value is the int."""

    def __init__(self, options: Sequence[tuple[int, str]]) -> None:
        super().__init__([(str(n), label) for n, label in options])

    def value(self) -> int | None:  # type: ignore[override]
        code = super().value()
        return int(code) if code is not None else None

    def set_value(self, value: object) -> None:
        super().set_value(str(value) if isinstance(value, int) else None)


class SecretLine(QWidget):
    """A line whose text is masked until the person chooses to see it (a real name)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = TextLine(secret=True)
        self.changed = self.line.changed
        self.toggle = QPushButton(_(lang, "Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(_(lang, "Show the real name"))
        self.toggle.toggled.connect(self._show)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.toggle)
        self.lang = lang
        self.setFocusProxy(self.line)

    def _show(self, on: bool) -> None:
        self.line.setEchoMode(TextLine.EchoMode.Normal if on else TextLine.EchoMode.Password)
        self.toggle.setText(_(self.lang, "Hide") if on else _(self.lang, "Show"))

    def value(self) -> str:
        return self.line.value()

    def set_value(self, value: object) -> None:
        self.toggle.setChecked(False)
        self.line.set_value(value)

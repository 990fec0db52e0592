"""Single choices: a combo box of codes, and a segmented row of exclusive buttons."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QPushButton, QWidget

from ...domain.coded import Coded
from .flow import FlowLayout


def coded_options(enum: type[Coded], lang: str) -> list[tuple[str, str]]:
    """(code, label) pairs of a taxonomy, in its declared order."""
    return [(member.value, member.label(lang)) for member in enum]


class CodeCombo(QComboBox):
    """A combo box whose items carry codes; "" (first item) may mean "not chosen"."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str]], empty: str | None = None) -> None:
        super().__init__()
        self.currentIndexChanged.connect(lambda _i: self.changed.emit())
        if empty is not None:
            self.addItem(empty, "")
        for code, label in options:
            self.addItem(label, code)

    def value(self) -> str | None:
        """The chosen code, or None while the "not chosen" item is current."""
        return str(self.currentData()) if self.currentData() else None

    def set_value(self, code: object) -> None:
        index = self.findData(code if isinstance(code, str) else "")
        self.setCurrentIndex(max(index, 0))


class Segmented(QWidget):
    """Exclusive buttons side by side (urgency, intensity): quick to hit, easy to see."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        layout = FlowLayout(self, spacing=4)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for code, label in options:
            button = QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(label)
            self.group.addButton(button)
            layout.addWidget(button)
            self.buttons[code] = button
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def value(self) -> str | None:
        for code, button in self.buttons.items():
            if button.isChecked():
                return code
        return None

    def set_value(self, code: object) -> None:
        button = self.buttons.get(str(code)) if code is not None else None
        if button is not None:
            button.setChecked(True)
            return
        checked = self.group.checkedButton()
        if checked is not None:
            # An exclusive group cannot be emptied by unchecking its one checked button.
            self.group.setExclusive(False)
            checked.setChecked(False)
            self.group.setExclusive(True)

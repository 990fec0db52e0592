"""Multi-select chips (categories, interventions) and large toggles with a description."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QFrame,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .flow import FlowLayout
from .widgets import plain_label, scaled_font


def checked(toggles: Mapping[str, QAbstractButton]) -> list[str]:
    return [code for code, toggle in toggles.items() if toggle.isChecked()]


def set_checked(toggles: Mapping[str, QAbstractButton], codes: object) -> None:
    wanted = set(codes) if isinstance(codes, list | tuple | set) else set()
    for code, toggle in toggles.items():
        toggle.setChecked(code in wanted)


class ChipSelector(QWidget):
    """Checkable buttons, one per code; `value()` lists the checked codes in order."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        layout = FlowLayout(self)
        self.chips: dict[str, QPushButton] = {}
        for code, label in options:
            chip = QPushButton(label)
            chip.setCheckable(True)
            chip.setAccessibleName(label)
            chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            chip.toggled.connect(self.changed)
            layout.addWidget(chip)
            self.chips[code] = chip

    def value(self) -> list[str]:
        return checked(self.chips)

    def set_value(self, codes: object) -> None:
        set_checked(self.chips, codes)


class ToggleCard(QFrame):
    """A large toggle: a check box with a bold title and a short description under it."""

    toggled = Signal(bool)

    def __init__(self, title: str, description: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.box = QCheckBox(title)
        self.box.setFont(scaled_font(1.1, bold=True))
        self.box.setAccessibleName(title)
        self.box.setAccessibleDescription(description)
        self.box.toggled.connect(self.toggled)
        self.description = plain_label(description)
        layout.addWidget(self.box)
        layout.addWidget(self.description)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, on: bool) -> None:
        self.box.setChecked(on)

    def mouseReleaseEvent(self, event: object) -> None:
        # The whole card is the target, not only the small box.
        self.box.toggle()


class ToggleCards(QWidget):
    """A column of ToggleCards, one per code; `value()` lists the checked codes."""

    changed = Signal()

    def __init__(self, options: Sequence[tuple[str, str, str]]) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards: dict[str, ToggleCard] = {}
        for code, title, description in options:
            card = ToggleCard(title, description)
            card.toggled.connect(self.changed)
            layout.addWidget(card)
            self.cards[code] = card

    def value(self) -> list[str]:
        return [code for code, card in self.cards.items() if card.isChecked()]

    def set_value(self, codes: object) -> None:
        wanted = set(codes) if isinstance(codes, list | tuple | set) else set()
        for code, card in self.cards.items():
            card.setChecked(code in wanted)

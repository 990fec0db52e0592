"""The activity: its spec's form with one hook (spec_form.py), the participants as five
counts in a row (women, men, other, not said, total).

The counts are typed, not spun: the model checks them (a negative count, a sum over the
total) and the form shows its message beside the field, as for every other field.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from ...domain import kinds as domain
from ...domain.activity import GENDERS
from ...domain.spec import FieldSpec
from ..common.widgets import plain_label
from .spec_form import SpecForm

PARTS = (*GENDERS, "total")


def _count(text: str) -> int | str:
    """A typed count as a number; anything else as typed, for the model to refuse."""
    stripped = text.strip()
    try:
        return int(stripped)
    except ValueError:
        return stripped


class CountsField(QWidget):
    """Participants by gender and in total. Empty everywhere is "not recorded" (None);
    an empty total is the sum (the model fills it in)."""

    changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit] = {}
        for column, part in enumerate(PARTS):
            label = domain.field_label("activity", f"participants.{part}", lang)
            line = QLineEdit()
            line.setAccessibleName(label)
            line.setMaxLength(7)
            line.textChanged.connect(lambda _t: self.changed.emit())
            caption = plain_label(label)
            caption.setBuddy(line)
            grid.addWidget(caption, 0, column)
            grid.addWidget(line, 1, column)
            self.lines[part] = line

    def value(self) -> dict[str, Any] | None:
        typed = {p: _count(line.text()) for p, line in self.lines.items() if line.text().strip()}
        return typed or None

    def set_value(self, value: object) -> None:
        counts = value if isinstance(value, dict) else {}
        for part, line in self.lines.items():
            count = counts.get(part)
            line.setText(str(count) if isinstance(count, int) else "")

    def setFocus(self) -> None:  # type: ignore[override]
        # The first count, so that the error beside the field is where typing goes.
        self.lines[PARTS[0]].setFocus()


class ActivityForm(SpecForm):
    kind = "activity"

    def place(self, spec: FieldSpec) -> bool:
        """The participants as a row of counts; every other field from the spec."""
        if spec.code == "participants":
            self.add("participants", CountsField(self.lang))
            return True
        return False

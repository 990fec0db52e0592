"""The safety code, side by side: this screen's groups, and what the other screen shows.

The code is derived from both devices' keys and from the names and team their cards
show, and is the same on both sides, so people compare it aloud. The right column is
optional: typing what the other screen reads lets the app point at the group that
differs, which a tired person may not hear.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QPalette, QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...l10n import _
from ..common.widgets import error_label, plain_label, set_error, warning_color
from .card_box import mono_font

COLUMNS = 4


def typed_mismatches(code: str, typed: list[str]) -> list[int]:
    """1-based numbers of the groups typed in full (five digits) that differ from code."""
    groups = code.split()
    return [
        i + 1
        for i, (mine, theirs) in enumerate(zip(groups, typed, strict=False))
        if len(theirs) == len(mine) and theirs != mine
    ]


class SafetyCodes(QWidget):
    changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.code = ""
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        mine = QGroupBox(_(lang, "On this screen"))
        theirs = QGroupBox(_(lang, "On the other screen"))
        self.mine_grid = QGridLayout(mine)
        other_box = QVBoxLayout(theirs)
        self.theirs_grid = QGridLayout()
        other_box.addLayout(self.theirs_grid)
        self.status = plain_label()
        self.error = error_label()
        other_box.addWidget(self.status)
        other_box.addWidget(self.error)
        layout.addWidget(mine, 0, 0)
        layout.addWidget(theirs, 0, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        for grid in (self.mine_grid, self.theirs_grid):
            grid.setHorizontalSpacing(self.fontMetrics().averageCharWidth() * 2)
            grid.setColumnStretch(COLUMNS, 1)
        self.groups: list[QLabel] = []
        self.typed: list[QLineEdit] = []
        digits = QRegularExpressionValidator(QRegularExpression(r"\d{0,5}"), self)
        for i in range(12):
            row, column = divmod(i, COLUMNS)
            label = plain_label(wrap=False, selectable=True)
            label.setFont(mono_font(1.5))
            self.mine_grid.addWidget(label, row, column)
            self.groups.append(label)
            edit = QLineEdit()
            edit.setValidator(digits)
            edit.setMaxLength(5)
            edit.setFont(mono_font(1.5))
            edit.setAccessibleName(_(lang, "Group {n} on the other screen", n=i + 1))
            width = edit.fontMetrics().horizontalAdvance("00000") + 16
            edit.setMaximumWidth(width)
            edit.textChanged.connect(self._compare)
            self.theirs_grid.addWidget(edit, row, column)
            self.typed.append(edit)
        self.normal = QPalette(self.typed[0].palette())
        self.wrong = QPalette(self.normal)
        self.wrong.setColor(QPalette.ColorRole.Text, warning_color(self))

    def show_code(self, code: str) -> None:
        self.code = code
        for i, (label, group) in enumerate(zip(self.groups, code.split(), strict=False)):
            label.setText(group)
            label.setAccessibleName(_(self.lang, "Group {n}", n=i + 1) + f": {group}")
        for edit in self.typed:
            edit.clear()
        self._compare()

    def _compare(self) -> None:
        typed = [edit.text() for edit in self.typed]
        wrong = typed_mismatches(self.code, typed)
        complete = all(len(x) == 5 for x in typed)
        for i, edit in enumerate(self.typed):
            # The group that differs shows in the warning colour (and is named below).
            edit.setPalette(self.wrong if i + 1 in wrong else self.normal)
        if wrong:
            groups = ", ".join(str(n) for n in wrong)
            set_error(
                self.error,
                _(
                    self.lang,
                    "What was typed does not match in group {groups}. Check those groups aloud.",
                    groups=groups,
                ),
            )
            self.status.clear()
        else:
            set_error(self.error, "")
            self.status.setText(
                _(self.lang, "What was typed matches this screen.") if complete else ""
            )
        self.changed.emit()

    def mismatches(self) -> list[int]:
        return typed_mismatches(self.code, [edit.text() for edit in self.typed])

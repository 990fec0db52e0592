"""First run: create the vault, then show the recovery words once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..common.choices import CodeCombo
from ..common.widgets import FieldRow, plain_label, scaled_font
from ..i18n import t
from .page import Page
from .passphrase import PassphraseField
from .strength_hint import StrengthHint
from .texts import TEXTS

WORDS = 12


@dataclass(frozen=True)
class NewVault:
    passphrase: str
    name: str
    role: str


class CreatePage(Page):
    submitted = Signal(object)  # NewVault

    def __init__(self, lang: str) -> None:
        super().__init__(t(TEXTS, "subtitle_create", lang))
        self.lang = lang
        self.name = QLineEdit()
        self.role = CodeCombo(
            [
                ("accompanier", t(TEXTS, "role_accompanier", lang)),
                ("coordinator", t(TEXTS, "role_coordinator", lang)),
            ]
        )
        self.first = PassphraseField(lang)
        self.second = PassphraseField(lang, "passphrase_repeat")
        self.hint = StrengthHint(lang)
        self.name_row = FieldRow(t(TEXTS, "name", lang), self.name, t(TEXTS, "name_hint", lang))
        self.form.addWidget(self.name_row)
        self.form.addWidget(FieldRow(t(TEXTS, "role", lang), self.role))
        self.form.addWidget(FieldRow(t(TEXTS, "passphrase", lang), self.first))
        self.form.addWidget(self.hint)
        self.form.addWidget(FieldRow(t(TEXTS, "passphrase_repeat", lang), self.second))
        self.create_button = QPushButton(t(TEXTS, "create", lang))
        self.create_button.setDefault(True)
        self.buttons.addWidget(self.create_button)
        self.buttons.addStretch(1)
        self.inputs = [self.name, self.role, self.first, self.second, self.create_button]
        self.first.edit.textChanged.connect(self.hint.update_for)
        self.create_button.clicked.connect(self._submit)
        self.second.returnPressed.connect(self._submit)
        self.setFocusProxy(self.name)

    def _submit(self) -> None:
        if not self.name.text().strip():
            self.show_error(t(TEXTS, "name_missing", self.lang), self.name)
            return
        problem = self.hint.problem(
            self.first.text(), self.second.text(), (self.name.text().strip(),)
        )
        if problem:
            self.show_error(problem, self.first)
            return
        self.submitted.emit(
            NewVault(
                self.first.text(), self.name.text().strip(), self.role.value() or "accompanier"
            )
        )


class WordsPage(Page):
    """The recovery words, shown once; going on needs the "I wrote them down" check."""

    confirmed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(t(TEXTS, "words_title", lang), t(TEXTS, "words_help", lang))
        # Numbered, in a grid: easier to copy onto paper without losing one's place. Not
        # selectable: they go on paper, not through the clipboard.
        box = QWidget()
        self.grid = QGridLayout(box)
        self.cells: list[QLabel] = []
        for i in range(WORDS):
            cell = plain_label(wrap=False)
            cell.setFont(scaled_font(1.3, bold=True))
            self.grid.addWidget(cell, i // 3, i % 3)
            self.cells.append(cell)
        box.setAccessibleName(t(TEXTS, "recovery_words", lang))
        self.form.addWidget(box)
        self.check = QCheckBox(t(TEXTS, "words_confirm", lang))
        self.form.addWidget(self.check)
        self.go = QPushButton(t(TEXTS, "continue", lang))
        self.go.setEnabled(False)
        self.buttons.addWidget(self.go)
        self.buttons.addStretch(1)
        self.check.toggled.connect(self.go.setEnabled)
        self.go.clicked.connect(self._confirm)
        self.setFocusProxy(self.check)

    def show_words(self, words: str) -> None:
        for i, (cell, word) in enumerate(zip(self.cells, words.split(), strict=False)):
            cell.setText(f"{i + 1}. {word}")
            cell.setAccessibleName(cell.text())

    def words(self) -> list[str]:
        return [cell.text().split(" ", 1)[1] for cell in self.cells if cell.text()]

    def _confirm(self) -> None:
        for cell in self.cells:
            cell.clear()
            cell.setAccessibleName("")
        self.confirmed.emit()

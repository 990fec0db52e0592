"""First run: create the vault, then show the recovery words once."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...l10n import _, pgettext
from ..common.choices import CodeCombo
from ..common.widgets import FieldRow, plain_label, scaled_font
from .page import Page
from .passphrase import PassphraseField
from .strength_hint import StrengthHint

WORDS = 12


@dataclass(frozen=True)
class NewVault:
    passphrase: str
    name: str
    role: str


class CreatePage(Page):
    submitted = Signal(object)  # NewVault

    def __init__(self, lang: str) -> None:
        super().__init__(_(lang, "First time on this computer: create your encrypted vault."))
        self.lang = lang
        self.name = QLineEdit()
        self.role = CodeCombo(
            [
                ("accompanier", _(lang, "Accompanier")),
                ("coordinator", _(lang, "Coordinator")),
            ]
        )
        self.first = PassphraseField(lang)
        self.second = PassphraseField(lang, "passphrase_repeat")
        self.hint = StrengthHint(lang)
        self.name_row = FieldRow(
            _(lang, "Your name or pseudonym"),
            self.name,
            _(lang, "Your team sees it when you sync. It need not be your real name."),
        )
        self.form.addWidget(self.name_row)
        self.form.addWidget(FieldRow(_(lang, "Role"), self.role))
        self.form.addWidget(FieldRow(_(lang, "Passphrase"), self.first))
        self.form.addWidget(self.hint)
        self.form.addWidget(FieldRow(_(lang, "Repeat the passphrase"), self.second))
        self.create_button = QPushButton(_(lang, "Create the vault"))
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
            self.show_error(_(self.lang, "Type a name or pseudonym."), self.name)
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
        super().__init__(
            _(lang, "Your recovery words"),
            _(
                lang,
                "Write them on paper, in order, and keep them away from the computer. "
                "They open the vault if you forget the passphrase. They are shown only "
                "this once.",
            ),
        )
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
        box.setAccessibleName(_(lang, "Recovery words"))
        self.form.addWidget(box)
        self.check = QCheckBox(pgettext(lang, "ui.unlock:words_confirm", "I wrote them down"))
        self.form.addWidget(self.check)
        self.go = QPushButton(_(lang, "Continue"))
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

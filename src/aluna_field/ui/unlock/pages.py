"""Unlocking: with the passphrase, or with the recovery words and then a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton

from ...l10n import _, pgettext
from ..common.widgets import FieldRow
from .page import Page
from .passphrase import PassphraseField
from .strength_hint import StrengthHint


class UnlockPage(Page):
    submitted = Signal(str)
    recovery_requested = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(_(lang, "The vault is locked."))
        self.lang = lang
        self.passphrase = PassphraseField(lang)
        self.form.addWidget(FieldRow(_(lang, "Passphrase"), self.passphrase))
        self.unlock = QPushButton(_(lang, "Unlock"))
        self.unlock.setDefault(True)
        self.recovery = QPushButton(_(lang, "Use recovery words"))
        self.recovery.setFlat(True)
        self.buttons.addWidget(self.unlock)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.recovery)
        self.inputs = [self.passphrase, self.unlock, self.recovery]
        self.unlock.clicked.connect(self._submit)
        self.passphrase.returnPressed.connect(self._submit)
        self.recovery.clicked.connect(self.recovery_requested)
        self.setFocusProxy(self.passphrase)

    def _submit(self) -> None:
        if self.passphrase.text():
            self.submitted.emit(self.passphrase.text())

    def wrong(self, message: str) -> None:
        """Say what went wrong and keep the passphrase field focused, its text selected."""
        self.show_error(message, self.passphrase)
        self.passphrase.edit.selectAll()


class RecoveryPage(Page):
    submitted = Signal(str)
    back = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(
            _(lang, "Open with the recovery words"),
            _(
                lang,
                "Type the twelve words you wrote down when the vault was made, "
                "separated by spaces. You will then choose a new passphrase.",
            ),
        )
        self.words = QLineEdit()
        self.words.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addWidget(FieldRow(_(lang, "Recovery words"), self.words))
        self.open = QPushButton(pgettext(lang, "ui.home:open_record", "Open"))
        self.open.setDefault(True)
        self.back_button = QPushButton(_(lang, "Back"))
        self.buttons.addWidget(self.open)
        self.buttons.addStretch(1)
        self.buttons.addWidget(self.back_button)
        self.inputs = [self.words, self.open, self.back_button]
        self.open.clicked.connect(self._submit)
        self.words.returnPressed.connect(self._submit)
        self.back_button.clicked.connect(self.back)
        self.setFocusProxy(self.words)

    def _submit(self) -> None:
        if self.words.text().strip():
            self.submitted.emit(self.words.text())


class NewPassphrasePage(Page):
    """After opening with the recovery words: the passphrase was forgotten, set a new one."""

    submitted = Signal(str)

    def __init__(self, lang: str) -> None:
        super().__init__(_(lang, "Choose a new passphrase"))
        self.lang = lang
        self.first = PassphraseField(lang, "new_passphrase")
        self.second = PassphraseField(lang, "passphrase_repeat")
        self.hint = StrengthHint(lang)
        self.form.addWidget(FieldRow(_(lang, "New passphrase"), self.first))
        self.form.addWidget(self.hint)
        self.form.addWidget(FieldRow(_(lang, "Repeat the passphrase"), self.second))
        self.save = QPushButton(_(lang, "Save the new passphrase and enter"))
        self.save.setDefault(True)
        self.buttons.addWidget(self.save)
        self.buttons.addStretch(1)
        self.inputs = [self.first, self.second, self.save]
        self.first.edit.textChanged.connect(self.hint.update_for)
        self.save.clicked.connect(self._submit)
        self.second.returnPressed.connect(self._submit)
        self.setFocusProxy(self.first)

    def _submit(self) -> None:
        problem = self.hint.problem(self.first.text(), self.second.text())
        if problem:
            self.show_error(problem, self.first)
            return
        self.submitted.emit(self.first.text())

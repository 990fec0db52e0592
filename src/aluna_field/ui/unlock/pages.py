"""Unlocking: with the passphrase, or with the recovery words and then a new passphrase."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPushButton

from ..common.widgets import FieldRow
from ..i18n import t
from .page import Page
from .passphrase import PassphraseField
from .strength_hint import StrengthHint
from .texts import TEXTS


class UnlockPage(Page):
    submitted = Signal(str)
    recovery_requested = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(t(TEXTS, "subtitle_unlock", lang))
        self.lang = lang
        self.passphrase = PassphraseField(lang)
        self.form.addWidget(FieldRow(t(TEXTS, "passphrase", lang), self.passphrase))
        self.unlock = QPushButton(t(TEXTS, "unlock", lang))
        self.unlock.setDefault(True)
        self.recovery = QPushButton(t(TEXTS, "use_recovery", lang))
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
        super().__init__(t(TEXTS, "recovery_title", lang), t(TEXTS, "recovery_help", lang))
        self.words = QLineEdit()
        self.words.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addWidget(FieldRow(t(TEXTS, "recovery_words", lang), self.words))
        self.open = QPushButton(t(TEXTS, "open", lang))
        self.open.setDefault(True)
        self.back_button = QPushButton(t(TEXTS, "back", lang))
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
        super().__init__(t(TEXTS, "set_new_title", lang))
        self.lang = lang
        self.first = PassphraseField(lang, "new_passphrase")
        self.second = PassphraseField(lang, "passphrase_repeat")
        self.hint = StrengthHint(lang)
        self.form.addWidget(FieldRow(t(TEXTS, "new_passphrase", lang), self.first))
        self.form.addWidget(self.hint)
        self.form.addWidget(FieldRow(t(TEXTS, "passphrase_repeat", lang), self.second))
        self.save = QPushButton(t(TEXTS, "set_new", lang))
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

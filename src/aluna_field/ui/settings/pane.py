"""The settings page. Everything here is kept inside the vault, never in a config file."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _, pgettext
from ...services.reports.filters import ReportInputError
from ...services.reports.words import ORGANISATION_MAX, organisation_name, set_organisation_name
from ...store.errors import WrongPassphrase
from ..common.choices import CodeCombo
from ..common.idle import DEFAULT_MINUTES
from ..common.keys import AUTOLOCK_SETTING
from ..common.nav import PaneEnv
from ..common.widgets import FieldRow, error_label, heading, plain_label, scroll_page, set_error
from ..unlock.passphrase import PassphraseField
from ..unlock.screen import LANGUAGES
from ..unlock.strength_hint import StrengthHint, refusal_text
from .erase import EraseBox
from .texts import KEYED


class SettingsPane(QWidget):
    passphrase_changed = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        layout = scroll_page(self, max_chars=100)
        layout.addWidget(heading(_(lang, "Settings"), 1.6))
        self.language = CodeCombo(LANGUAGES)
        self.language.set_value(lang)
        self.language.changed.connect(self._language)
        layout.addWidget(FieldRow(_(lang, "Language of the app"), self.language))
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 60)
        self.minutes.setSuffix(_(lang, " min"))
        self.minutes.setValue(DEFAULT_MINUTES)
        self.minutes.valueChanged.connect(self._minutes)
        layout.addWidget(FieldRow(_(lang, "Lock after this long without use"), self.minutes))
        # Named on the reports that leave the team; only coordinators make reports.
        self.organisation = QLineEdit()
        self.organisation.setMaxLength(ORGANISATION_MAX)
        self.organisation.editingFinished.connect(self._organisation)
        self.organisation_row = FieldRow(
            _(lang, "Organisation's name"),
            self.organisation,
            _(
                lang,
                "Shown on reports for outside the team (anonymised data). Empty: the team's name.",
            ),
        )
        self.organisation_row.setVisible(env.backend.role == "coordinator")
        layout.addWidget(self.organisation_row)
        device = QGroupBox(_(lang, "This device"))
        form = QFormLayout(device)
        backend = env.backend
        role = _(lang, KEYED[f"role_{backend.role}"])
        for key, value in (
            ("device_name", backend.device_name),
            ("device_role", role),
            ("fingerprint", backend.fingerprint),
        ):
            shown = plain_label(value, selectable=True)
            shown.setAccessibleName(_(lang, KEYED[key]))
            form.addRow(plain_label(_(lang, KEYED[key])), shown)
        layout.addWidget(device)
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._recovery_box())
        self.erase = EraseBox(env)
        layout.addWidget(self.erase)
        layout.addStretch(1)
        self._loading = False

    def _passphrase_box(self) -> QGroupBox:
        lang = self.env.lang
        box = QGroupBox(_(lang, "Change the passphrase"))
        layout = QVBoxLayout(box)
        self.current = PassphraseField(lang, "current_passphrase")
        layout.addWidget(FieldRow(_(lang, "Current passphrase"), self.current))
        self.first = PassphraseField(lang, "new_passphrase")
        self.second = PassphraseField(lang, "passphrase_repeat")
        self.hint = StrengthHint(lang)
        self.first.edit.textChanged.connect(self.hint.update_for)
        layout.addWidget(FieldRow(_(lang, "New passphrase"), self.first))
        layout.addWidget(self.hint)
        layout.addWidget(FieldRow(_(lang, "Repeat the new passphrase"), self.second))
        self.change = QPushButton(_(lang, "Change the passphrase"))
        self.change.clicked.connect(self._change)
        layout.addWidget(self.change)
        self.pass_status = plain_label()
        self.pass_error = error_label()
        layout.addWidget(self.pass_status)
        layout.addWidget(self.pass_error)
        return box

    def _recovery_box(self) -> QGroupBox:
        lang = self.env.lang
        box = QGroupBox(_(lang, "Recovery words"))
        layout = QVBoxLayout(box)
        layout.addWidget(
            plain_label(
                _(lang, "Make new words if you lost the old ones; the old ones stop working.")
            )
        )
        self.new_words = QPushButton(_(lang, "Make new words"))
        self.new_words.clicked.connect(self._make_words)
        layout.addWidget(self.new_words)
        self.words = plain_label()
        self.words_help = plain_label(
            _(lang, "Write them on paper now; they are wiped from the screen on lock.")
        )
        self.words_done = QPushButton(pgettext(lang, "ui.settings:words_done", "I wrote them down"))
        self.words_done.clicked.connect(self._hide_words)
        for widget in (self.words, self.words_help, self.words_done):
            layout.addWidget(widget)
        self._hide_words()
        return box

    def refresh(self) -> None:
        minutes = self.env.backend.call(lambda s: s.setting(AUTOLOCK_SETTING, DEFAULT_MINUTES))
        organisation = self.env.backend.call(organisation_name)
        self._loading = True
        self.minutes.setValue(int(minutes))
        self.organisation.setText(organisation)
        self._loading = False

    def _organisation(self) -> None:
        if self._loading or self.env.backend.role != "coordinator":
            return
        name = self.organisation.text()
        try:
            saved = self.env.backend.call(lambda s: set_organisation_name(s, name))
        except ReportInputError:
            self.organisation_row.set_error(_(self.env.lang, "Write the name on one line."))
            return
        self.organisation_row.set_error("")
        self.organisation.setText(saved or self.env.backend.call(organisation_name))

    def _language(self) -> None:
        code = self.language.value()
        if code and code != self.env.lang:
            self.env.nav.language_chosen.emit(code)

    def _minutes(self, minutes: int) -> None:
        if self._loading:
            return
        self.env.backend.call(lambda s: s.set_setting(AUTOLOCK_SETTING, minutes))
        self.env.nav.autolock_chosen.emit(minutes)

    def _change(self) -> None:
        current = self.current.text()
        if not current:
            set_error(self.pass_error, _(self.env.lang, "Type the current passphrase first."))
            self.current.setFocus()
            return
        problem = self.hint.problem(
            self.first.text(), self.second.text(), (self.env.backend.device_name,)
        )
        set_error(self.pass_error, problem)
        if problem:
            self.first.setFocus()
            return
        new = self.first.text()
        self.change.setEnabled(False)
        self.pass_status.setText(_(self.env.lang, "Changing the passphrase…"))
        # Argon2id (twice: the current one is checked first) off the GUI thread.
        self.env.backend.submit(
            lambda s: s.change_passphrase_from(current, new),
            lambda _none: self._changed(),
            self._failed,
        )

    def _changed(self) -> None:
        self.change.setEnabled(True)
        self.current.clear()
        self.first.clear()
        self.second.clear()
        self.pass_status.setText(_(self.env.lang, "Done: the new passphrase now opens the vault."))
        self.passphrase_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.change.setEnabled(True)
        self.pass_status.clear()
        if isinstance(exc, WrongPassphrase):
            self.current.clear()
            self.current.setFocus()
            set_error(
                self.pass_error,
                _(self.env.lang, "That is not the current passphrase. Nothing was changed."),
            )
            return
        refused = refusal_text(exc, self.env.lang)
        set_error(
            self.pass_error, refused or _(self.env.lang, "The passphrase could not be changed.")
        )

    def _make_words(self) -> None:
        words = self.env.backend.call(lambda s: s.add_recovery())
        self.words.setText(words)
        for widget in (self.words, self.words_help, self.words_done):
            widget.setVisible(True)

    def _hide_words(self) -> None:
        self.words.clear()
        for widget in (self.words, self.words_help, self.words_done):
            widget.setVisible(False)

    def save_drafts(self) -> None:
        """Settings hold no record draft."""

    def focus_search(self) -> None:
        self.env.nav.show_pane.emit("search")

    def clear_content(self) -> None:
        self._hide_words()
        self.current.clear()
        self.first.clear()
        self.second.clear()
        self.pass_status.clear()

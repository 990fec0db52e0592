"""Adding a device (coordinators) or joining a team: card first, codes compared, then
the roster changes, and only if both people said the codes match."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ...services import enrolment, team
from ...services.messages import describe
from ..common.choices import CodeCombo
from ..common.nav import PaneEnv
from ..common.pickers import FilePicker
from ..common.widgets import FieldRow, error_label, heading, plain_label, set_error
from ..notifications.toasts import notify
from .card_box import mono_font
from .safety import SafetyCodes
from .texts import KEYED

ROLES = ("accompanier", "coordinator")


def role_text(role: str, lang: str) -> str:
    return _(lang, KEYED[f"role_{role}"]) if role in ROLES else role


class EnrolBox(QGroupBox):
    """mode "add": a coordinator adds a device; mode "join": trust a coordinator."""

    enrolled = Signal()

    def __init__(self, env: PaneEnv, mode: str, title_key: str, help_key: str) -> None:
        super().__init__(_(env.lang, KEYED[title_key]))
        self.env = env
        self.mode = mode
        self.preview: enrolment.CardPreview | None = None
        lang = env.lang
        outer = QVBoxLayout(self)
        self.pages = QStackedWidget()
        outer.addWidget(self.pages)
        # page 1: the card
        first = QWidget()
        layout = QVBoxLayout(first)
        layout.addWidget(plain_label(_(lang, KEYED[help_key])))
        self.paste = QPlainTextEdit()
        self.paste.setFont(mono_font())
        self.paste.setTabChangesFocus(True)
        self.paste.setMinimumHeight(self.fontMetrics().height() * 5)
        layout.addWidget(FieldRow(_(lang, "Card text (paste here)"), self.paste))
        row = QHBoxLayout()
        self.open_button = QPushButton(_(lang, "Open card file…"))
        self.open_button.clicked.connect(self.choose_file)
        row.addWidget(self.open_button)
        # No role until the coordinator picks one: the card's own role is what its device
        # says of itself, and taking it would let a device make itself coordinator.
        self.role = CodeCombo(
            [(r, role_text(r, lang)) for r in ROLES], empty=_(lang, "Choose a role…")
        )
        self.role.setAccessibleName(_(lang, "Role in the team"))
        if mode == "add":
            row.addWidget(plain_label(_(lang, "Role in the team"), wrap=False))
            row.addWidget(self.role)
        row.addStretch(1)
        self.continue_button = QPushButton(_(lang, "Continue"))
        self.continue_button.clicked.connect(self.check_card)
        row.addWidget(self.continue_button)
        layout.addLayout(row)
        self.error = error_label()
        layout.addWidget(self.error)
        self.pages.addWidget(first)
        # page 2: the codes
        second = QWidget()
        layout = QVBoxLayout(second)
        layout.addWidget(heading(_(lang, "Compare the safety codes"), 1.15))
        self.who = plain_label()
        layout.addWidget(self.who)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Read the code aloud, group by group: it must be the same on both "
                    "screens. If you like, type what the other screen shows on the right "
                    "and the app compares it too.",
                )
            )
        )
        self.codes = SafetyCodes(lang)
        layout.addWidget(self.codes)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(_(lang, "Back"))
        self.no_match_button = QPushButton(_(lang, "They do not match"))
        self.match_button = QPushButton(_(lang, "They match"))
        for button in (self.no_match_button, self.match_button):
            button.setMinimumHeight(self.fontMetrics().height() * 2)
        self.back_button.clicked.connect(lambda: self.reset())
        self.no_match_button.clicked.connect(self.no_match)
        self.match_button.clicked.connect(self.match)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.no_match_button)
        buttons.addWidget(self.match_button)
        layout.addLayout(buttons)
        self.pages.addWidget(second)

    # -- the card ------------------------------------------------------------------------
    def choose_file(self) -> None:
        lang = self.env.lang
        picker = FilePicker(lang, Path.home(), self, help_key="")
        picker.setWindowTitle(_(lang, "Open card file…"))
        picker.accepted.connect(lambda: self._picked(picker.chosen))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def _picked(self, path: Path | None) -> None:
        if path is not None:
            self.open_card_file(path)

    def open_card_file(self, path: Path) -> None:
        try:
            text = enrolment.read_card_file(path)
        except enrolment.TeamRefusal as exc:
            set_error(self.error, describe(exc, self.env.lang))
            return
        self.paste.setPlainText(text)
        self.check_card()

    def check_card(self) -> None:
        lang = self.env.lang
        text = self.paste.toPlainText()
        if not text.strip():
            set_error(self.error, _(lang, "First paste the card's text or open its file."))
            return
        look = enrolment.preview_add if self.mode == "add" else enrolment.preview_join
        try:
            preview = self.env.backend.call(lambda s: look(s, text))
        except enrolment.TeamRefusal as exc:
            set_error(self.error, describe(exc, lang))
            return
        if self.mode == "add" and self.role.value() is None:
            set_error(
                self.error,
                _(lang, "Choose the role they will have on the team: you decide it, not the card."),
            )
            self.role.setFocus()
            return
        set_error(self.error, "")
        self.preview = preview
        # Adding, the role shown is the one chosen; joining, the coordinator's card's.
        chosen = self.role.value() if self.mode == "add" else None
        self.who.setText(
            _(
                lang,
                "Card of {name} · fingerprint {fingerprint} · will be added as {role}",
                name=preview.name,
                role=role_text(chosen or preview.role, lang),
                fingerprint=preview.fingerprint,
            )
            if chosen
            else _(
                lang,
                "Card of {name} ({role}) · fingerprint {fingerprint}",
                name=preview.name,
                role=role_text(chosen or preview.role, lang),
                fingerprint=preview.fingerprint,
            )
        )
        self.codes.show_code(preview.safety_code)
        self.pages.setCurrentIndex(1)
        self.match_button.setFocus()

    # -- the answer ----------------------------------------------------------------------
    def match(self) -> None:
        preview = self.preview
        if preview is None:
            return
        lang = self.env.lang
        role = self.role.value()
        try:
            if self.mode == "add":
                if role is None:
                    return
                done = self.env.backend.call(lambda s: team.add(s, preview.card_text, role))
                key = "already" if done.already else "added"
            else:
                done = self.env.backend.call(lambda s: team.join(s, preview.card_text))
                key = "joined"
        except enrolment.TeamRefusal as exc:
            set_error(self.error, describe(exc, lang))
            self.reset(keep_text=True)
            return
        notify(
            self,
            _(lang, KEYED[key], name=done.name, role=role_text(done.role, lang)),
            "success",
            lang,
        )
        self.reset()
        self.enrolled.emit()

    def no_match(self) -> None:
        notify(
            self,
            _(
                self.env.lang,
                "Nothing was added. Someone may have swapped the card on its way: "
                "exchange the cards again in person and compare again.",
            ),
            "warning",
            self.env.lang,
        )
        self.reset()

    def reset(self, keep_text: bool = False) -> None:
        self.preview = None
        if not keep_text:
            self.paste.clear()
            self.role.set_value("")
            set_error(self.error, "")
        self.codes.show_code("")
        self.who.clear()
        self.pages.setCurrentIndex(0)

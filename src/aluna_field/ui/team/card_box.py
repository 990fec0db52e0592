"""This device's card: a sequence of QR codes, the fingerprint, and the text to save.

The card is about 5,300 characters (post-quantum public keys), more than one QR code a
phone reads off a laptop screen; docs/team.md settles on three codes, each beginning
`ALUNA-FIELD-CARD-1 i/3`, that the card reader accepts in any order. One code is shown
at a time, as large as the pane allows, with Previous / Next.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from ...l10n import _
from ...services import enrolment
from ..common.folder_picker import FolderPicker
from ..common.nav import PaneEnv
from ..common.widgets import plain_label, scaled_font
from ..notifications.toasts import notify
from .qr import QrCode


def mono_font(factor: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(scaled_font(factor).pointSizeF())
    return font


class CardBox(QGroupBox):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__(_(env.lang, "This device's card"))
        self.env = env
        lang = env.lang
        self.card_text = ""
        self.parts: list[str] = []
        self.index = 0
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.qr = QrCode()
        left.addWidget(self.qr)
        nav = QHBoxLayout()
        self.previous = QPushButton(_(lang, "◀ Previous"))
        self.part_label = plain_label(wrap=False)
        self.next = QPushButton(_(lang, "Next ▶"))
        self.previous.clicked.connect(lambda: self.show_part(self.index - 1))
        self.next.clicked.connect(lambda: self.show_part(self.index + 1))
        nav.addWidget(self.previous)
        nav.addStretch(1)
        nav.addWidget(self.part_label)
        nav.addStretch(1)
        nav.addWidget(self.next)
        left.addLayout(nav)
        left.addStretch(1)
        layout.addLayout(left)
        right = QVBoxLayout()
        right.addWidget(
            plain_label(
                _(
                    lang,
                    "The card carries this device's name, role and public keys: nothing "
                    "secret. Hand it to the coordinator in person, as a file or with these "
                    "QR codes, then compare the safety codes aloud.",
                )
            )
        )
        right.addWidget(plain_label(_(lang, "This device's fingerprint")))
        self.fingerprint = plain_label(env.backend.fingerprint, selectable=True)
        self.fingerprint.setFont(mono_font(1.2))
        self.fingerprint.setAccessibleName(_(lang, "This device's fingerprint"))
        right.addWidget(self.fingerprint)
        self.save_button = QPushButton(_(lang, "Save the card to a file…"))
        self.copy_button = QPushButton(_(lang, "Copy the card's text"))
        self.text_button = QPushButton(_(lang, "Show the card's text"))
        self.text_button.setCheckable(True)
        self.save_button.clicked.connect(self.choose_folder)
        self.copy_button.clicked.connect(self.copy)
        self.text_button.toggled.connect(self._toggle_text)
        for button in (self.save_button, self.copy_button, self.text_button):
            right.addWidget(button)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setFont(mono_font())
        self.text.setAccessibleName(_(lang, "Card text"))
        self.text.setVisible(False)
        right.addWidget(self.text, 1)
        right.addStretch(0)
        layout.addLayout(right, 1)

    def load(self, card_text: str, parts: list[str]) -> None:
        self.card_text = card_text
        self.parts = parts
        self.text.setPlainText(card_text)
        self.show_part(0)

    def show_part(self, index: int) -> None:
        if not self.parts:
            return
        self.index = max(0, min(index, len(self.parts) - 1))
        n = len(self.parts)
        self.qr.set_text(self.parts[self.index])
        lang = self.env.lang
        self.part_label.setText(_(lang, "QR code {i} of {n}", i=self.index + 1, n=n))
        self.qr.setAccessibleName(
            _(lang, "QR code {i} of {n} of this device's card", i=self.index + 1, n=n)
        )
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < n - 1)

    def _toggle_text(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.text_button.setText(
            _(self.env.lang, "Hide the text") if shown else _(self.env.lang, "Show the card's text")
        )

    def copy(self) -> None:
        if self.card_text:
            self.env.clipboard.copy(self.card_text)
            notify(self, _(self.env.lang, "Card text copied."), "info", self.env.lang)

    def choose_folder(self) -> None:
        lang = self.env.lang
        title, hint = (
            _(lang, "Choose where to save the card"),
            _(
                lang,
                "The card carries this device's name, role and public keys: nothing "
                "secret. Hand it to the coordinator in person, as a file or with these "
                "QR codes, then compare the safety codes aloud.",
            ),
        )
        picker = FolderPicker(lang, title, hint, self.env.folders, self)
        picker.accepted.connect(lambda: picker.chosen is not None and self.save_to(picker.chosen))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def save_to(self, folder: Path) -> Path | None:
        """Write the card file into folder; says where, or that it could not."""
        lang = self.env.lang
        try:
            path = self.env.backend.call(lambda s: enrolment.save_card(s, folder))
        except OSError:
            notify(
                self,
                _(lang, "The card could not be saved there (read-only folder or full drive?)."),
                "warning",
                lang,
            )
            return None
        notify(self, _(lang, "Card saved to {path}.", path=str(path)), "success", lang)
        return path

    def clear_content(self) -> None:
        self.card_text = ""
        self.parts = []
        self.text.clear()

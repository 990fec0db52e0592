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

from ...services import enrolment
from ..common.folder_picker import FolderPicker
from ..common.nav import PaneEnv
from ..common.widgets import plain_label, scaled_font
from ..i18n import t
from ..notifications.toasts import notify
from .qr import QrCode
from .texts import TEXTS


def mono_font(factor: float = 1.0) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(scaled_font(factor).pointSizeF())
    return font


class CardBox(QGroupBox):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__(t(TEXTS, "card", env.lang))
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
        self.previous = QPushButton(t(TEXTS, "previous", lang))
        self.part_label = plain_label(wrap=False)
        self.next = QPushButton(t(TEXTS, "next", lang))
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
        right.addWidget(plain_label(t(TEXTS, "card_help", lang)))
        right.addWidget(plain_label(t(TEXTS, "fingerprint", lang)))
        self.fingerprint = plain_label(env.backend.fingerprint, selectable=True)
        self.fingerprint.setFont(mono_font(1.2))
        self.fingerprint.setAccessibleName(t(TEXTS, "fingerprint", lang))
        right.addWidget(self.fingerprint)
        self.save_button = QPushButton(t(TEXTS, "save_card", lang))
        self.copy_button = QPushButton(t(TEXTS, "copy_card", lang))
        self.text_button = QPushButton(t(TEXTS, "show_text", lang))
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
        self.text.setAccessibleName(t(TEXTS, "card_text", lang))
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
        self.part_label.setText(t(TEXTS, "qr_part", lang, i=self.index + 1, n=n))
        self.qr.setAccessibleName(t(TEXTS, "qr_name", lang, i=self.index + 1, n=n))
        self.previous.setEnabled(self.index > 0)
        self.next.setEnabled(self.index < n - 1)

    def _toggle_text(self, shown: bool) -> None:
        self.text.setVisible(shown)
        self.text_button.setText(t(TEXTS, "hide_text" if shown else "show_text", self.env.lang))

    def copy(self) -> None:
        if self.card_text:
            self.env.clipboard.copy(self.card_text)
            notify(self, t(TEXTS, "card_copied", self.env.lang), "info", self.env.lang)

    def choose_folder(self) -> None:
        lang = self.env.lang
        title, hint = t(TEXTS, "pick_folder", lang), t(TEXTS, "card_help", lang)
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
            notify(self, t(TEXTS, "card_not_saved", lang), "warning", lang)
            return None
        notify(self, t(TEXTS, "card_saved", lang, path=str(path)), "success", lang)
        return path

    def clear_content(self) -> None:
        self.card_text = ""
        self.parts = []
        self.text.clear()

"""Erasing the vault from the window (Settings), with the same kind of confirmation as
revoking a device: what happens, what does not, a box to tick, Cancel the default."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

from ..common.nav import PaneEnv
from ..common.widgets import plain_label
from ..i18n import t
from ..notifications.confirm import ConfirmDialog, ask
from .texts import TEXTS


class EraseBox(QGroupBox):
    def __init__(self, env: PaneEnv) -> None:
        lang = env.lang
        super().__init__(t(TEXTS, "erase_box", lang))
        self.env = env
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(t(TEXTS, "erase_help", lang)))
        self.erase_button = QPushButton(t(TEXTS, "erase", lang))
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.ask_erase)
        layout.addWidget(self.erase_button)
        self.dialog: ConfirmDialog | None = None

    def ask_erase(self) -> None:
        lang = self.env.lang
        self.dialog = ask(
            self,
            lang,
            t(TEXTS, "erase_title", lang),
            t(TEXTS, "erase_question", lang, name=self.env.backend.device_name),
            [t(TEXTS, k, lang) for k in ("erase_what", "erase_kept", "erase_final")],
            t(TEXTS, "erase_act", lang),
            self.env.nav.wipe_requested.emit,
        )

"""Erasing the vault from the window (Settings), with the same kind of confirmation as
revoking a device: what happens, what does not, a box to tick, Cancel the default."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout

from ...services.unlock_guard import MIN_WIPE_AFTER, set_wipe_after, wipe_after
from ..common.nav import PaneEnv
from ..common.widgets import plain_label
from ..i18n import t
from ..notifications.confirm import ConfirmDialog, ask
from .texts import TEXTS

AUTO_WIPE_PARAGRAPHS = ("auto_wipe_what", "auto_wipe_own", "erase_final")


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
        self.folder = env.backend.vault_dir  # the unlock guard's numbers live beside it
        row = QHBoxLayout()
        self.auto = QCheckBox(t(TEXTS, "auto_wipe", lang))
        self.auto.setAccessibleName(t(TEXTS, "auto_wipe", lang))
        self.count = QSpinBox()
        self.count.setRange(MIN_WIPE_AFTER, 99)
        self.count.setAccessibleName(t(TEXTS, "auto_wipe_count", lang))
        self.count.setSuffix(t(TEXTS, "auto_wipe_suffix", lang))
        row.addWidget(self.auto)
        row.addWidget(self.count)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(plain_label(t(TEXTS, "auto_wipe_help", lang)))
        self.dialog: ConfirmDialog | None = None
        self.load()
        self.auto.toggled.connect(self._auto_toggled)
        self.count.valueChanged.connect(self._count_changed)

    def load(self) -> None:
        """Off by default; on, with its number, once the person chose it."""
        chosen = wipe_after(self.folder)
        for widget in (self.auto, self.count):
            widget.blockSignals(True)
        self.auto.setChecked(chosen is not None)
        self.count.setValue(chosen or MIN_WIPE_AFTER)
        for widget in (self.auto, self.count):
            widget.blockSignals(False)

    def _auto_toggled(self, on: bool) -> None:
        if not on:
            set_wipe_after(self.folder, None)
            return
        self.auto.blockSignals(True)
        self.auto.setChecked(False)  # ticked only once confirmed
        self.auto.blockSignals(False)
        lang, count = self.env.lang, self.count.value()
        self.dialog = ask(
            self,
            lang,
            t(TEXTS, "auto_wipe_title", lang),
            t(TEXTS, "auto_wipe_question", lang, n=count),
            [
                t(TEXTS, k, lang, n=count)
                for k in ("auto_wipe_what", "auto_wipe_own", "erase_final")
            ],
            t(TEXTS, "auto_wipe_act", lang),
            lambda: self._turn_on(count),
        )

    def _turn_on(self, count: int) -> None:
        set_wipe_after(self.folder, count)
        self.load()

    def _count_changed(self, count: int) -> None:
        if self.auto.isChecked():
            set_wipe_after(self.folder, count)

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

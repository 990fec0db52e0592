"""Erasing the vault from the window (Settings), with the same kind of confirmation as
revoking a device: what happens, what does not, a box to tick, Cancel the default."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QSpinBox, QVBoxLayout

from ...l10n import _, ngettext
from ...services.unlock_guard import MIN_WIPE_AFTER, set_wipe_after, wipe_after
from ..common.nav import PaneEnv
from ..common.widgets import plain_label
from ..notifications.confirm import ConfirmDialog, ask
from .texts import KEYED

AUTO_WIPE_PARAGRAPHS = ("auto_wipe_what", "auto_wipe_own", "erase_final")


class EraseBox(QGroupBox):
    def __init__(self, env: PaneEnv) -> None:
        lang = env.lang
        super().__init__(_(lang, "Erase the vault"))
        self.env = env
        layout = QVBoxLayout(self)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "If this device is at risk, you can erase its vault: nothing it holds "
                    "can be read again.",
                )
            )
        )
        self.erase_button = QPushButton(_(lang, "Erase the vault…"))
        self.erase_button.setAutoDefault(False)
        self.erase_button.clicked.connect(self.ask_erase)
        layout.addWidget(self.erase_button)
        self.folder = env.backend.vault_dir  # the unlock guard's numbers live beside it
        row = QHBoxLayout()
        self.auto = QCheckBox(
            _(lang, "Erase the vault after this many wrong passphrases in a row:")
        )
        self.auto.setAccessibleName(
            _(lang, "Erase the vault after this many wrong passphrases in a row:")
        )
        self.count = QSpinBox()
        self.count.setRange(MIN_WIPE_AFTER, 99)
        self.count.setAccessibleName(_(lang, "Number of wrong passphrases"))
        self.count.setSuffix(_(lang, " attempts"))
        row.addWidget(self.auto)
        row.addWidget(self.count)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Off unless you choose it. After 5 wrong passphrases, each attempt "
                    "waits longer.",
                )
            )
        )
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
            _(lang, "Erase after wrong passphrases"),
            ngettext(
                lang,
                "Erase the vault after {n} wrong passphrase?",
                "Erase the vault after {n} wrong passphrases?",
                count,
                n=count,
            ),
            [
                _(lang, KEYED[k], n=count)
                for k in ("auto_wipe_what", "auto_wipe_own", "erase_final")
            ],
            _(lang, "Turn on the erasing"),
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
            _(lang, "Erase the vault"),
            _(lang, "Erase {name}'s vault on this device?", name=self.env.backend.device_name),
            [_(lang, KEYED[k]) for k in ("erase_what", "erase_kept", "erase_final")],
            _(lang, "Erase the vault"),
            self.env.nav.wipe_requested.emit,
        )

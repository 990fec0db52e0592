"""The line under a new passphrase that says how strong it is, as the person types."""

from __future__ import annotations

from PySide6.QtWidgets import QProgressBar, QVBoxLayout, QWidget

from ...services.vaults import MIN_PASSPHRASE
from ..common.widgets import plain_label
from ..i18n import t
from .strength import strength
from .texts import TEXTS


class StrengthHint(QWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.meter = QProgressBar()
        self.meter.setRange(0, 4)
        self.meter.setTextVisible(False)
        self.meter.setMaximumHeight(self.fontMetrics().height() // 2)
        self.label = plain_label()
        self.tip = plain_label(t(TEXTS, "strength_tip", lang))
        layout.addWidget(self.meter)
        layout.addWidget(self.label)
        layout.addWidget(self.tip)
        self.update_for("")

    def update_for(self, passphrase: str) -> None:
        level = strength(passphrase)
        self.level = level
        self.meter.setValue(level)
        # Nothing typed yet: nothing to judge.
        text = t(TEXTS, f"strength_{level}", self.lang, n=MIN_PASSPHRASE) if passphrase else ""
        self.label.setText(text)
        self.meter.setAccessibleName(text)

    def problem(self, first: str, second: str) -> str:
        """Why these two entries cannot be used, or "" when they can."""
        if strength(first) == 0:
            return t(TEXTS, "strength_0", self.lang, n=MIN_PASSPHRASE)
        if first != second:
            return t(TEXTS, "mismatch", self.lang)
        return ""

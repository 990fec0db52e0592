"""One card per plugged-in drive, with the one big button that does the whole exchange."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from ..common.widgets import heading, plain_label
from ..i18n import t
from .drives import Drive
from .texts import TEXTS


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size)


class DriveCard(QFrame):
    chosen = Signal(object)  # the Drive

    def __init__(self, drive: Drive, lang: str) -> None:
        super().__init__()
        self.drive = drive
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = heading(drive.label, 1.25)
        layout.addWidget(self.title)
        details = [str(drive.root)]
        if drive.free_bytes >= 0:
            details.append(t(TEXTS, "drive_free", lang, free=size_text(drive.free_bytes)))
        if drive.read_only:
            details.append(t(TEXTS, "drive_read_only", lang))
        layout.addWidget(plain_label(" · ".join(details)))
        self.button = QPushButton(t(TEXTS, "exchange", lang))
        self.button.setAccessibleName(t(TEXTS, "exchange_name", lang, label=drive.label))
        self.button.setFont(self.title.font())
        self.button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.button.clicked.connect(lambda: self.chosen.emit(self.drive))
        layout.addWidget(self.button)
        layout.addWidget(plain_label(t(TEXTS, "exchange_help", lang)))

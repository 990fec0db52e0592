"""One card per plugged-in drive, with the one big button that does the whole exchange."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout

from ...l10n import _
from ..common.widgets import heading, plain_label
from .drives import Drive


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
            details.append(_(lang, "{free} free", free=size_text(drive.free_bytes)))
        if drive.read_only:
            details.append(_(lang, "read-only: import only"))
        layout.addWidget(plain_label(" · ".join(details)))
        self.button = QPushButton(_(lang, "Exchange with this drive"))
        self.button.setAccessibleName(_(lang, "Exchange with the drive {label}", label=drive.label))
        self.button.setFont(self.title.font())
        self.button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.button.clicked.connect(lambda: self.chosen.emit(self.drive))
        layout.addWidget(self.button)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Imports the bundles on the drive and leaves on it, encrypted, what is "
                    "waiting to be sent. You can remove it when it is done.",
                )
            )
        )

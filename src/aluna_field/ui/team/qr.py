"""A QR code drawn with QPainter from segno's module matrix: dark on white whatever the
theme (scanners need the contrast), with the four-module quiet zone the standard asks."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET = 4
MODULE_PX = 4  # about a millimetre a module on a laptop screen: phones read it


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark (True) and light modules of text's QR code (lowest error correction, so
    that the card's parts stay at a size a phone reads off a laptop screen)."""
    code = segno.make(text, error="l", micro=False, boost_error=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


class QrCode(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.matrix: list[list[bool]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def set_text(self, text: str) -> None:
        self.matrix = qr_matrix(text) if text else []
        side = self.modules() * MODULE_PX
        self.setFixedSize(side, side)
        self.update()

    def modules(self) -> int:
        return len(self.matrix) + 2 * QUIET if self.matrix else 0

    def sizeHint(self) -> QSize:
        side = self.modules() * MODULE_PX
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        count = self.modules()
        module = max(side // count, 1)  # whole pixels: blurred edges scan badly
        full = module * count
        left = (self.width() - full) // 2
        top = (self.height() - full) // 2
        painter.fillRect(QRectF(left, top, full, full), QColor("white"))
        dark = QColor("black")
        for y, row in enumerate(self.matrix):
            for x, on in enumerate(row):
                if on:
                    painter.fillRect(
                        QRectF(
                            left + (x + QUIET) * module, top + (y + QUIET) * module, module, module
                        ),
                        dark,
                    )
        painter.end()

"""Render assets/icons/aluna-field.svg to the PNG sizes desktops and installers ask for.

Run once when the SVG changes (`.venv/bin/python packaging/make_icons.py`); the PNGs are
committed so that building needs no SVG renderer.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parents[1] / "assets" / "icons"


def main() -> int:
    app = QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "aluna-field.svg"))
    if not renderer.isValid():
        print("the SVG did not load", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(ICONS / f"aluna-field-{size}.png"))
        if size == 256:
            # Windows and macOS installers want their own containers of the same picture.
            image.save(str(ICONS / "aluna-field.ico"), "ico")
        if size == 512:
            image.save(str(ICONS / "aluna-field.icns"), "icns")
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

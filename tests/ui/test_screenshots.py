"""The screenshot script runs in the suite (into a temporary folder), so it never rots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from screenshots import capture


def test_every_screen_captured_at_1366x768(qapp: QApplication, tmp_path: Path) -> None:
    written = capture(tmp_path / "shots", "es", tmp_path / "vaults")
    names = {p.stem for p in written}
    assert {"create-es", "recovery-words-es", "unlock-es", "home-es", "settings-es"} <= names
    assert {"case-file-es", "forms-es"} <= names
    assert {
        f"form-{k}-es" for k in ("crisis-note", "risk-assessment", "impact-observation")
    } <= names
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name

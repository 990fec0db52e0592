"""The screenshot script runs in the suite (into a temporary folder), so it never rots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from screens import capture


def test_team_screens_captured_at_1366x768(qapp: QApplication, tmp_path: Path) -> None:
    written = capture(tmp_path / "shots", "en", tmp_path / "vaults")
    names = {p.stem for p in written}
    assert {"sync-en", "team-en", "team-codes-en", "conflicts-en", "redaction-en"} <= names
    for path in written:
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1366, 768), path.name

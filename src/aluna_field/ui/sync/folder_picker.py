"""Choosing a folder (a stick, where to save a card) in a dialog that leaves no trace.

Qt's own dialog remembers visited folders in a settings file and native dialogs feed
the desktop's "recent places"; the attachment picker of the record screens avoids both
with a plain view of the file system, and this is the same dialog showing folders only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QLabel, QWidget

from ..records.file_picker import FilePicker


class FolderPicker(FilePicker):
    def __init__(
        self, lang: str, title: str, hint: str, start: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, start, parent)
        self.setWindowTitle(title)
        self.view.setAccessibleName(title)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot)
        for column in range(1, self.model.columnCount()):
            self.view.hideColumn(column)
        help_label = self.findChild(QLabel)
        if help_label is not None:
            help_label.setText(hint)

    def _accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and self.model.isDir(index):
            self.chosen = Path(self.model.filePath(index))
            self.accept()


def start_folder() -> Path:
    """Where the picker opens: the mounted drives' folder when there is one, else home."""
    for candidate in (Path("/media"), Path("/run/media"), Path("/Volumes")):
        if candidate.is_dir():
            return candidate
    return Path.home()

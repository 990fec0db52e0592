"""Choosing a file to attach, in a dialog that leaves no trace behind.

Qt's own file dialog remembers visited folders in a settings file and native dialogs
add files to the desktop's "recent files" list; both would leave on disk the names of
folders a person attached evidence from. This one is a plain view of the file system.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ..common.widgets import plain_label
from ..i18n import t
from .texts import TEXTS


class FilePicker(QDialog):
    def __init__(self, lang: str, start: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(t(TEXTS, "pick_title", lang))
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(t(TEXTS, "pick_help", lang)))
        self.model = QFileSystemModel(self)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot)
        root = self.model.setRootPath(str(start.anchor or "/"))
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIndex(root)
        self.view.setCurrentIndex(self.model.index(str(start)))
        self.view.setAccessibleName(t(TEXTS, "pick_title", lang))
        self.view.doubleClicked.connect(self._double)
        layout.addWidget(self.view, 1)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.chosen: Path | None = None
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)

    def _double(self, index: QModelIndex) -> None:
        if not self.model.isDir(index):
            self._accept()

    def _accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self.model.isDir(index):
            self.chosen = Path(self.model.filePath(index))
            self.accept()

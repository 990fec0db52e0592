"""Choosing a file, a folder or where to save, in dialogs that leave no trace behind.

Qt's own QFileDialog writes the folders a person visited (`lastVisited`, `history`) to
`~/.config/QtProject.conf` when it closes, whatever options it was given, and native
dialogs add files to the desktop's recent-files list. A folder named after a case, or
the folder evidence was attached from, would then be readable on a seized laptop. These
dialogs are plain views of the file system and remember nothing once closed (the folder
picker for sticks and cards is in folder_picker.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QModelIndex
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from .texts import KEYED
from .widgets import plain_label


class FilePicker(QDialog):
    """Pick an existing file; `chosen` is its path, or None if cancelled."""

    def __init__(
        self, lang: str, start: Path, parent: QWidget | None = None, help_key: str = "pick_help"
    ) -> None:
        """`help_key`: the sentence above the files ("" for none: a card file is read, not
        attached, so "copied into the vault" would be untrue)."""
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(_(lang, "Choose a file to attach"))
        self.layout_ = QVBoxLayout(self)
        self.help = plain_label(_(lang, KEYED[help_key]) if help_key else "")
        self.help.setVisible(bool(help_key))
        self.layout_.addWidget(self.help)
        self.model = QFileSystemModel(self)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot)
        root = self.model.setRootPath(str(start.anchor or "/"))
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIndex(root)
        self.view.setAccessibleName(_(lang, "Choose a file to attach"))
        self.view.doubleClicked.connect(self._double)
        self.set_current(start)
        self.layout_.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)
        self.chosen: Path | None = None
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().height() * 30)

    def set_current(self, path: Path) -> None:
        """Select path in the tree and scroll to it."""
        index = self.model.index(str(path))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def current_folder(self) -> Path | None:
        """The folder selected in the tree, or None when a file or nothing is selected."""
        index: QModelIndex = self.view.currentIndex()
        if not index.isValid() or not self.model.isDir(index):
            return None
        return Path(self.model.filePath(index))

    def _double(self, index: QModelIndex) -> None:
        if not self.model.isDir(index):
            self._accept()

    def _accept(self) -> None:
        index = self.view.currentIndex()
        if index.isValid() and not self.model.isDir(index):
            self.chosen = Path(self.model.filePath(index))
            self.accept()


class FolderTree(FilePicker):
    """A folder in the file tree (the base of SavePicker); a stick or a card's folder is
    chosen in folder_picker.FolderPicker, which opens at the drives instead."""

    def __init__(
        self, lang: str, title: str, hint: str, start: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(lang, start, parent)
        self.setWindowTitle(title)
        self.view.setAccessibleName(title)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot)
        for column in range(1, self.model.columnCount()):
            self.view.hideColumn(column)
        self.help.setText(hint)

    def _accept(self) -> None:
        folder = self.current_folder()
        if folder is not None:
            self.chosen = folder
            self.accept()


class SavePicker(FolderTree):
    """Pick a folder and type a file name; `chosen` is the path, or None if cancelled.

    `suffix` (".pdf") is added to a name typed without it. Opens with the name field
    focused and the name selected, so Enter saves into `start` at once.
    """

    def __init__(
        self,
        lang: str,
        title: str,
        start: Path,
        name: str,
        suffix: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            lang,
            title,
            _(
                lang,
                "Choose the folder and type the file's name. This window does not "
                "remember the folders you visit.",
            ),
            start,
            parent,
        )
        self.suffix = suffix
        self.view.setHeaderHidden(True)
        self.view.setAccessibleName(_(lang, "Folder"))
        label = QLabel(_(lang, "File &name:"))
        self.name = QLineEdit(name)
        self.name.setAccessibleName(_(lang, "File &name:"))
        label.setBuddy(self.name)
        self.problem = plain_label("")
        self.problem.setVisible(False)
        at = self.layout_.indexOf(self.buttons)
        for offset, widget in enumerate((label, self.name, self.problem)):
            self.layout_.insertWidget(at + offset, widget)
        save = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        save.setText(_(lang, "Save"))
        self.buttons.removeButton(self.buttons.button(QDialogButtonBox.StandardButton.Open))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_(lang, "Cancel"))
        self.setTabOrder(self.name, self.view)
        self.name.setFocus()
        self.name.selectAll()

    def _double(self, index: QModelIndex) -> None:
        # A folder opens in the tree; saving takes the Save button or Enter.
        return

    def _accept(self) -> None:
        folder, name = self.current_folder(), self.name.text().strip()
        typed = Path(name).expanduser()
        if typed.is_absolute() and typed.parent.is_dir():
            # A whole path typed or pasted, as every file dialog takes (seen under Xvfb).
            folder, name = typed.parent, typed.name
        if folder is None or not name or "/" in name or name in (".", ".."):
            self.problem.setText(_(self.lang, "Choose a folder and type a file name."))
            self.problem.setVisible(True)
            return
        if not name.lower().endswith(self.suffix):
            name += self.suffix
        self.chosen = folder / name
        self.accept()

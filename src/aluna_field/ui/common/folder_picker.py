"""Choosing a folder (a stick to exchange with, where to save a card) without a tree from /.

The dialog opens at the drives someone plugged in or at the folder last chosen in this
session (`places.py`), lists them beside the folders inside the one shown, and has a
path field that always says which folder *Elegir* will take; a typed path is taken as
it is. Like the other pickers it remembers nothing on disk: no Qt file dialog, no settings.

Keyboard: the path field has the focus; Tab reaches the places and the folders inside.
Moving through either list puts the folder in the field, Enter chooses what the field
says, Right (or a double click) goes into a folder, Left or Backspace goes up.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir, QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileSystemModel,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from .places import LastFolder, Place, opening_folder, places
from .texts import KEYED
from .widgets import error_label, plain_label, set_error

_PLACE_KEY = {"drive": "place_drive", "last": "place_last", "home": "place_home"}


class FolderPicker(QDialog):
    """Pick a folder; `chosen` is it (also kept in `last`), or None if cancelled."""

    def __init__(
        self,
        lang: str,
        title: str,
        hint: str,
        last: LastFolder,
        parent: QWidget | None = None,
        *,
        home: Path | None = None,
        mount_parents: list[Path] | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.last = last
        self.chosen: Path | None = None
        self.setWindowTitle(title)
        home = home or Path.home()
        self.places: list[Place] = places(last, home, mount_parents)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(hint))
        self.path = QLineEdit()
        self.path.setAccessibleName(_(lang, "Chosen folder"))
        path_label = QLabel(_(lang, "&Folder:"))
        path_label.setBuddy(self.path)
        layout.addWidget(path_label)
        layout.addWidget(self.path)
        self.problem = error_label()
        layout.addWidget(self.problem)
        layout.addLayout(self._lists(lang), 1)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "You can type the path. Enter chooses the folder written; in the list, "
                    "Right goes into a folder and Left goes up. This window forgets the "
                    "folders once you lock.",
                )
            )
        )
        self.buttons = QDialogButtonBox()
        self.choose = self.buttons.addButton(
            _(lang, "&Choose this folder"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(_(lang, "Cancel"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        # Once inside the dialog (a button outside it cannot become its default): Enter
        # anywhere chooses the folder in the field, never "up".
        self.choose.setDefault(True)
        self.setTabOrder(self.path, self.place_list)
        self.setTabOrder(self.place_list, self.inside)
        self.setTabOrder(self.inside, self.up)
        opening = opening_folder(self.places, home)
        self.go(opening)
        for row, place in enumerate(self.places):
            if place.path == opening:
                self.place_list.blockSignals(True)
                self.place_list.setCurrentRow(row)
                self.place_list.blockSignals(False)
        self.path.setFocus()
        self.path.selectAll()
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 90, metrics.height() * 26)

    def _lists(self, lang: str) -> QGridLayout:
        grid = QGridLayout()
        self.place_list = QListWidget()
        self.place_list.setAccessibleName(_(lang, "Drives plugged in and recent folders"))
        for place in self.places:
            words = _(lang, KEYED[_PLACE_KEY[place.kind]], name=place.path.name or str(place.path))
            item = QListWidgetItem(words)
            item.setToolTip(str(place.path))
            self.place_list.addItem(item)
        # Selection, not the current row: tabbing into a list makes its first row current
        # without selecting it, and must not change the folder in the field.
        self.place_list.itemSelectionChanged.connect(self._place_chosen)
        self.model = QFileSystemModel(self)
        self.model.setFilter(QDir.Filter.AllDirs | QDir.Filter.NoDotAndDotDot)
        self.model.setReadOnly(True)
        self.inside = QListView()
        self.inside.setModel(self.model)
        self.inside.setAccessibleName(_(lang, "Folders inside"))
        self.inside.doubleClicked.connect(self._enter)
        self.inside.selectionModel().selectionChanged.connect(self._inside_moved)
        self.inside.installEventFilter(self)
        self.up = QPushButton(_(lang, "&Up one folder"))
        self.up.setAutoDefault(False)
        self.up.clicked.connect(self.go_up)
        places_label = QLabel(_(lang, "&Places"))
        places_label.setBuddy(self.place_list)
        self.inside_label = plain_label(wrap=False)
        grid.addWidget(places_label, 0, 0)
        grid.addWidget(self.inside_label, 0, 1)
        grid.addWidget(self.place_list, 1, 0)
        grid.addWidget(self.inside, 1, 1)
        grid.addWidget(self.up, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        return grid

    # -- moving ------------------------------------------------------------------------
    def go(self, folder: Path) -> None:
        """Show the folders inside folder and put folder in the path field."""
        self.shown = folder
        root = self.model.setRootPath(str(folder))
        self.inside.setRootIndex(root)
        self.inside.clearSelection()
        self.inside_label.setText(
            _(self.lang, "Folders inside “{name}”", name=folder.name or str(folder))
        )
        self.up.setEnabled(folder.parent != folder)
        self.path.setText(str(folder))
        set_error(self.problem, "")

    def go_up(self) -> None:
        if self.shown.parent != self.shown:
            self.go(self.shown.parent)

    def _place_chosen(self) -> None:
        rows = [index.row() for index in self.place_list.selectedIndexes()]
        if rows and rows[0] < len(self.places):
            self.go(self.places[rows[0]].path)

    def _inside_moved(self) -> None:
        selected = self.inside.selectionModel().selectedIndexes()
        if selected:
            self.path.setText(self.model.filePath(selected[0]))
            set_error(self.problem, "")

    def _enter(self, index: QModelIndex) -> None:
        if index.isValid():
            self.go(Path(self.model.filePath(index)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.inside and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Right:
                self._enter(self.inside.currentIndex())
                return True
            if event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Backspace):
                self.go_up()
                return True
        return super().eventFilter(watched, event)

    # -- choosing ----------------------------------------------------------------------
    def typed_folder(self) -> Path | None:
        """The folder the path field names (a relative path is inside the one shown),
        or None when it names no folder."""
        text = self.path.text().strip()
        if not text:
            return None
        folder = Path(text).expanduser()
        if not folder.is_absolute():
            folder = self.shown / folder
        return folder if folder.is_dir() else None

    def _accept(self) -> None:
        folder = self.typed_folder()
        if folder is None:
            set_error(
                self.problem,
                _(self.lang, "That folder does not exist or cannot be opened: check the path."),
            )
            self.path.setFocus()
            return
        self.chosen = folder
        self.last.remember(folder)
        self.accept()

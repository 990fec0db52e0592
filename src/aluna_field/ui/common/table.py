"""Read-only table views and the base of the small table models the app uses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

Index = QModelIndex | QPersistentModelIndex
TEXT_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)


class RowsTable(QTableView):
    """A table whose rows are the items: Home and End go to the first and the last row
    (QTableView's own go to the first and the last column, which a row selection hides)."""

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        model = self.model()
        action = QAbstractItemView.CursorAction
        if cursorAction in (action.MoveHome, action.MoveEnd) and model is not None:
            rows = model.rowCount(QModelIndex())
            if rows:
                row = 0 if cursorAction == action.MoveHome else rows - 1
                column = max(self.currentIndex().column(), 0)
                return model.index(row, column)
        return super().moveCursor(cursorAction, modifiers)


def table_view(model: QAbstractItemModel, name: str, fit: bool = True) -> QTableView:
    """A list of records: whole rows selected, no editing, no row numbers."""
    table = RowsTable()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    # Tab leaves the list (rows are the items; walking cells would keep Tab inside a
    # long list, a keyboard trap); arrows move through the rows.
    table.setTabKeyNavigation(False)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    # A narrow column's title ends in "…" (it was cut on both sides: "gorías de imp").
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    mode = QHeaderView.ResizeMode.ResizeToContents if fit else QHeaderView.ResizeMode.Interactive
    header.setSectionResizeMode(mode)
    header.setStretchLastSection(True)
    return table


class ColumnsModel(QAbstractTableModel):
    """A flat table with named columns; subclasses say what each cell shows."""

    columns: tuple[str, ...] = ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def row_count(self) -> int:
        return 0

    def header(self, name: str) -> str:
        return name

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.header(self.columns[section])
        return None

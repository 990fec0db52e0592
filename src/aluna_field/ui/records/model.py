"""The table model of a list of records, and the proxy that filters and sorts it.

Both are plain Qt item models, tested without any window.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ...domain import kinds as domain
from ...l10n import _
from ..values.format import Lookup, record_date
from ..values.layout import list_layout
from .rows import RecordRow
from .tabulate import Table, columns_of, tabulate
from .texts import KEYED

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RID_ROLE = Qt.ItemDataRole.UserRole + 2
_Index = QModelIndex | QPersistentModelIndex
_ALERT = {"high", "critical"}


class RecordTableModel(QAbstractTableModel):
    """Rows of one kind (or of every kind, for search results), columns from the kind's
    spec (values/layout.py).

    The model sorts itself (on the keys its `Table` holds); the proxy only filters.
    """

    def __init__(self, kind: str | None, lang: str) -> None:
        super().__init__()
        self.kind = kind
        self.lang = lang
        self.layout = list_layout(kind)
        self.columns = columns_of(kind)
        self.table = Table([], [], [], Lookup())
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        # Follow-ups due before this day and not done read as overdue (None: never).
        self.today: dt.date | None = None

    @property
    def rows(self) -> list[RecordRow]:
        return self.table.rows

    @property
    def lookup(self) -> Lookup:
        return self.table.lookup

    def set_rows(self, rows: list[RecordRow], lookup: Lookup) -> None:
        """Show rows (cells worked out here: for small lists; big ones use set_table)."""
        self.set_table(tabulate(self.kind, self.lang, rows, lookup))

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self.table = self._sorted(table)
        self.endResetModel()

    def clear(self) -> None:
        self.set_table(Table([], [], [], Lookup()))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self.set_table(self.table)

    def _sorted(self, table: Table) -> Table:
        column = self.sort_column
        if not 0 <= column < len(self.columns) or not table.rows:
            return table
        reverse = self.sort_order == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(table.rows)), key=lambda i: table.keys[i][column], reverse=reverse)
        return Table(
            [table.rows[i] for i in order],
            [table.cells[i] for i in order],
            [table.keys[i] for i in order],
            table.lookup,
        )

    def row_at(self, row: int) -> RecordRow:
        return self.table.rows[row]

    def row_of(self, rid: str) -> int:
        return next((i for i, r in enumerate(self.table.rows) if r.rid == rid), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        name = self.columns[section]
        if self.kind is None:
            return _(self.lang, KEYED[f"col_{name}"])
        return domain.field_label(self.kind, name, self.lang)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        name = self.columns[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self.table.cells[row][column]
            if name == "due_on" and self.is_overdue(row):
                return _(self.lang, "{date} · overdue", date=text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and name in self.layout.wide:
            # Long text is elided in the cell; the whole of it on hover (no real name
            # ever sits in a list model, see rows.py).
            return self.table.cells[row][column] or None
        if role == RID_ROLE:
            return self.table.rows[row].rid
        if role == SORT_ROLE:
            return self.table.keys[row][column]
        if role == Qt.ItemDataRole.ForegroundRole:
            if name == self.layout.level and self.table.rows[row].fields.get(name) in _ALERT:
                return _alert_color()
            if name == "due_on" and self.is_overdue(row):
                return _alert_color()
        return None

    def is_overdue(self, row: int) -> bool:
        """A follow-up not done whose due day has passed."""
        record = self.table.rows[row]
        if self.today is None or record.kind != "follow-up" or record.fields.get("done"):
            return False
        day = record_date(record.kind, record.fields)
        return day is not None and day < self.today


def _alert_color() -> QColor:
    dark = QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128
    return QColor("#ff8a80") if dark else QColor("#b00020")


@dataclass(frozen=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    subject: str = ""
    category: str = ""
    urgency: str = ""
    # Record ids the full-text search found; None when nothing is being searched.
    search: frozenset[str] | None = None
    # (custom field key, code) for each custom choice filter set (FilterBar.set_definitions)
    custom: tuple[tuple[str, str], ...] = ()


def matches(row: RecordRow, f: Filters) -> bool:
    """Whether row passes every filter (pure: the proxy and the tests use it)."""
    if f.search is not None and row.rid not in f.search:
        return False
    if f.date_from or f.date_to:
        day = record_date(row.kind, row.fields)
        if day is None or (f.date_from and day < f.date_from) or (f.date_to and day > f.date_to):
            return False
    if f.subject:
        refs: set[str] = {row.rid} if row.kind == "subject" else set()
        for name in domain.subject_refs(row.kind):
            value = row.fields.get(name)
            refs.update(value if isinstance(value, list) else [value] if value else [])
        if f.subject not in refs:
            return False
    layout = list_layout(row.kind)
    if f.category and not _has(row, layout.category, f.category):
        return False
    if any(not _has(row, key, code) for key, code in f.custom):
        return False
    return not f.urgency or _has(row, layout.level, f.urgency)


def _has(row: RecordRow, name: str | None, code: str) -> bool:
    if name is None:
        return False
    value = row.fields.get(name)
    return code in value if isinstance(value, list) else value == code


class RecordFilterProxy(QSortFilterProxyModel):
    """Filters the rows; sorting is handed to the source model (see RecordTableModel)."""

    def __init__(self) -> None:
        super().__init__()
        self.filters = Filters()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if isinstance(source, RecordTableModel):
            source.sort(column, order)

    def set_filters(self, filters: Filters) -> None:
        self.beginFilterChange()
        self.filters = filters
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, RecordTableModel):
            return True
        return matches(model.row_at(source_row), self.filters)

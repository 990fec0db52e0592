"""The two views of every report section: a painted chart and an accessible table."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QSplitter, QTableView, QWidget

from ...services.reports import Table
from .charts import Chart
from .painting import Style, blend, paint_chart

SORT_ROLE = Qt.ItemDataRole.UserRole
_Index = QModelIndex | QPersistentModelIndex


class ChartView(QWidget):
    """Paints one chart with the system palette (light or dark). Not focusable: the table
    that follows it carries the same data for keyboards and screen readers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self._empty = ""
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    @property
    def chart(self) -> Chart | None:
        return self._chart

    def set_chart(self, chart: Chart, empty: str, hint: str) -> None:
        self._chart = chart
        self._empty = empty
        self.setAccessibleName(chart.title)
        self.setAccessibleDescription(hint)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._chart is None:
            return
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        # Secondary text keeps a readable contrast in light and dark themes (the palette's
        # disabled colour is too faint for axis labels).
        style = Style(
            text,
            blend(text, pal.color(QPalette.ColorRole.Window), 0.35),
            pal.color(QPalette.ColorRole.Mid),
            self._empty,
        )
        painter = QPainter(self)
        try:
            margin = self.fontMetrics().height() * 0.6
            area = QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)
            paint_chart(painter, area, self._chart, style)
        finally:
            painter.end()


class TableModel(QAbstractTableModel):
    """A report Table as a read-only item model; counts sort as numbers (SORT_ROLE)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._table = Table("", "", (), ())

    @property
    def table(self) -> Table:
        return self._table

    def set_table(self, table: Table) -> None:
        self.beginResetModel()
        self._table = table
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._table.columns)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        cell = self._table.rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return str(cell)
        if role == SORT_ROLE:
            return cell
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(cell, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._table.columns[section]
        return str(section + 1)


class _Splitter(QSplitter):
    """A vertical splitter that shares its height out again whenever it is resized."""

    def __init__(self, fit: Callable[[], None]) -> None:
        super().__init__(Qt.Orientation.Vertical)
        self._fit = fit

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        self._fit()


class Section:
    """One tab of the reports screen: the chart over its table."""

    def __init__(self) -> None:
        self.chart = ChartView()
        self.model = TableModel()
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        # Rows start in the vocabulary's order; a click on a heading sorts by that column.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.widget = _Splitter(self.fit)
        self.widget.setChildrenCollapsible(False)
        self.widget.addWidget(self.chart)
        self.widget.addWidget(self.table)
        self.widget.setStretchFactor(0, 1)
        self.widget.setStretchFactor(1, 1)

    def fit(self) -> None:
        """Give the table the height of its rows (at most half), the chart the rest."""
        total = sum(self.widget.sizes())
        if total <= 0:
            return
        table = self.table
        rows = table.verticalHeader().length() + table.horizontalHeader().height()
        natural = rows + 2 * table.frameWidth() + table.horizontalScrollBar().sizeHint().height()
        wanted = min(natural, total // 2)
        self.widget.setSizes([total - wanted, wanted])

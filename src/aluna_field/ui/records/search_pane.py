"""Search everything: full-text results of every kind, grouped by kind, each with the
piece of its text where the words matched (the word marked; never a real name, see
snippets.py). Down or Enter in the search box goes to the results."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QLineEdit, QVBoxLayout, QWidget

from ...l10n import _, ngettext
from ...services.session import Session
from ..common.nav import PaneEnv
from ..common.table import table_view
from ..common.widgets import heading, plain_label
from ..values.format import Lookup
from ..values.layout import ALL_KINDS_COLUMNS
from .highlight import SPAN_ROLE, HighlightDelegate
from .model import RecordFilterProxy, RecordTableModel
from .pane import SEARCH_DELAY_MS
from .rows import RecordRow, build_lookup, row_from_view
from .snippets import snippet_of
from .tabulate import Table, tabulate

SNIPPET = len(ALL_KINDS_COLUMNS)  # the snippet's column, after those of every list


def _search(session: Session, text: str, lang: str) -> tuple[list[RecordRow], Lookup]:
    rows = [row_from_view(v) for v in session.search(text)]
    return rows, build_lookup(session, rows, lang)


Spans = dict[str, tuple[int, int]]  # record id -> where the match is in its snippet


def results_table(
    rows: list[RecordRow], lookup: Lookup, lang: str, query: str
) -> tuple[Table, Spans]:
    """The all-kinds table with one more column, the snippet, and the matches' spans."""
    base = tabulate(None, lang, rows, lookup)
    cells, keys, spans = [], [], {}
    for row, row_cells, row_keys in zip(rows, base.cells, base.keys, strict=True):
        found = snippet_of(row.kind, row.fields, query)
        text = found.text if found else ""
        cells.append((*row_cells, text))
        keys.append((*row_keys, (1, text.casefold())))
        if found is not None:
            spans[row.rid] = (found.start, found.end)
    return Table(base.rows, cells, keys, lookup), spans


class ResultsModel(RecordTableModel):
    """Search results: the columns of the all-kinds list, then where it matched."""

    def __init__(self, lang: str) -> None:
        super().__init__(None, lang)
        self.columns = (*ALL_KINDS_COLUMNS, "snippet")
        self.spans: Spans = {}

    def set_results(self, table: Table, spans: Spans) -> None:
        self.spans = spans
        self.set_table(table)

    def clear(self) -> None:
        self.spans = {}
        super().clear()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role == SPAN_ROLE and index.isValid() and index.column() == SNIPPET:
            return self.spans.get(self.table.rows[index.row()].rid)
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid() and index.column() == SNIPPET:
            return self.table.cells[index.row()][SNIPPET] or None
        return super().data(index, role)


class SearchPane(QWidget):
    searched = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        self._seq = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_(lang, "Search everything"), 1.4))
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(_(lang, "Type to search every record… (Ctrl+F)"))
        self.box.setAccessibleName(_(lang, "Search everything"))
        layout.addWidget(self.box)
        self.model = ResultsModel(lang)
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, _(lang, "Search everything"))
        self.table.setItemDelegateForColumn(SNIPPET, HighlightDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        self.table.setSortingEnabled(True)
        # Column 0 is the kind: sorted by it, results come grouped by kind.
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)
        self.count = plain_label()
        layout.addWidget(self.count)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self._to_results = False
        self.setFocusProxy(self.box)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.focus_results():
                return True
        return super().eventFilter(watched, event)

    def _enter(self) -> None:
        """Enter: search now and go to the results once they are in."""
        self._to_results = True
        self.run_search()

    def focus_results(self) -> bool:
        """Keyboard focus on the first result; False when there is none."""
        if self.proxy.rowCount() == 0:
            return False
        self.table.setFocus()
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self.table.selectRow(self.table.currentIndex().row())
        return True

    def run_search(self) -> None:
        self.timer.stop()
        text = self.box.text().strip()
        self._seq += 1
        seq = self._seq
        if not text:
            self.model.clear()
            self.count.clear()
            self.searched.emit()
            return
        lang = self.env.lang

        def done(results: tuple[Table, Spans]) -> None:
            table, spans = results
            if seq == self._seq:
                self.model.set_results(table, spans)
                self.count.setText(
                    ngettext(lang, "{n} result", "{n} results", len(table.rows), n=len(table.rows))
                )
                if self._to_results:
                    self._to_results = False
                    self.focus_results()
                self.searched.emit()

        self.env.backend.submit(
            lambda s: _search(s, text, lang),
            done,
            then=lambda found: results_table(*found, lang, text),
        )

    def _open(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            row = self.model.row_at(source.row())
            self.env.nav.open_record.emit(row.kind, row.rid)

    def refresh(self) -> None:
        if self.box.text().strip():
            self.run_search()

    def focus_search(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def save_drafts(self) -> None:
        """Search holds no form."""

    def clear_content(self) -> None:
        self.timer.stop()
        self.box.clear()
        self.model.clear()
        self.count.clear()

"""Search everything: full-text results of every kind, grouped by kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ...services.session import Session
from ..common.nav import PaneEnv
from ..common.table import table_view
from ..common.widgets import heading, plain_label
from ..i18n import t
from .format import Lookup
from .model import RecordFilterProxy, RecordTableModel
from .pane import SEARCH_DELAY_MS
from .rows import RecordRow, build_lookup, row_from_view
from .tabulate import Table, tabulate
from .texts import TEXTS


def _search(session: Session, text: str, lang: str) -> tuple[list[RecordRow], Lookup]:
    rows = [row_from_view(v) for v in session.search(text)]
    return rows, build_lookup(session, rows, lang)


class SearchPane(QWidget):
    searched = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        self._seq = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(t(TEXTS, "search_all_title", lang), 1.4))
        self.box = QLineEdit()
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(t(TEXTS, "search_all", lang))
        self.box.setAccessibleName(t(TEXTS, "search_all_title", lang))
        layout.addWidget(self.box)
        self.model = RecordTableModel(None, lang)
        self.proxy = RecordFilterProxy()
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, t(TEXTS, "search_all_title", lang))
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
        self.box.returnPressed.connect(self.run_search)
        self.setFocusProxy(self.box)

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

        def done(table: Table) -> None:
            if seq == self._seq:
                self.model.set_table(table)
                self.count.setText(t(TEXTS, "found", lang, n=len(table.rows)))
                self.searched.emit()

        self.env.backend.submit(
            lambda s: _search(s, text, lang), done, then=lambda found: tabulate(None, lang, *found)
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

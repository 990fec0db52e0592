"""Everything about one subject, in date order: notes, assessments (with the trend),
impacts, follow-ups and accompaniments; a click opens any of them.

Read on the GUI thread with the rest of the detail: one pass over the live records,
the same as a list of every kind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...services.session import Session
from ..common.table import table_view
from ..common.widgets import plain_label
from ..forms.base import RiskPoint
from ..forms.trend import RiskTrend
from ..i18n import t
from ..values.format import Lookup, format_value, record_date
from ..values.layout import ALL_KINDS_COLUMNS, list_layout
from .model import RecordTableModel
from .rows import RecordRow, build_lookup, row_from_view
from .tabulate import Table, tabulate
from .texts import TEXTS


def _about(row: RecordRow, subject: str) -> bool:
    for name in domain.subject_refs(row.kind):
        value = row.fields.get(name)
        if value == subject or (isinstance(value, list) and subject in value):
            return True
    return False


def load_about(session: Session, subject: str, lang: str) -> dict[str, Any]:
    """The subject's records (and the follow-ups of any of them, or of the subject)."""
    rows = [row_from_view(v) for v in session.list_records() if v.kind != "subject"]
    about = [r for r in rows if _about(r, subject)]
    targets = {subject, *(r.rid for r in about)}
    about += [r for r in rows if r.kind == "follow-up" and r.fields.get("record_id") in targets]
    points = [RiskPoint.of(r.rid, subject, r.fields) for r in about if r.kind == "risk-assessment"]
    return {"rows": about, "lookup": build_lookup(session, about, lang), "points": points}


def about_table(rows: list[RecordRow], lookup: Lookup, lang: str) -> Table:
    """The all-kinds columns and one more: the level or state of each record."""
    base = tabulate(None, lang, rows, lookup)
    cells, keys = [], []
    for row, row_cells, row_keys in zip(rows, base.cells, base.keys, strict=True):
        name = list_layout(row.kind).summary  # what says most at a glance (its spec)
        text = format_value(row.kind, name, row.fields.get(name), lang, lookup) if name else ""
        cells.append((*row_cells, text))
        keys.append((*row_keys, (1, text.casefold())))
    return Table(base.rows, cells, keys, lookup)


class AboutModel(RecordTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__(None, lang)
        self.columns = (*ALL_KINDS_COLUMNS, "state")


class AboutTab(QWidget):
    opened = Signal(str, str)  # kind, record id

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        self.trend = RiskTrend(lang)
        layout.addWidget(self.trend)
        self.none = plain_label(t(TEXTS, "about_none", lang))
        layout.addWidget(self.none)
        self.model = AboutModel(lang)
        self.table = table_view(self.model, t(TEXTS, "tab_about", lang), fit=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # One click (or Enter) opens the record in its own pane.
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    def show_about(self, data: dict[str, Any]) -> None:
        rows: list[RecordRow] = sorted(
            data["rows"], key=lambda r: (str(record_date(r.kind, r.fields) or ""), r.rid)
        )
        self.model.set_table(about_table(rows, data["lookup"], self.lang))
        self.trend.set_points(data["points"])
        self.trend.setVisible(bool(data["points"]))
        self.none.setVisible(not rows)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row_at(index.row())
            self.opened.emit(row.kind, row.rid)

    def clear_content(self) -> None:
        self.model.clear()
        self.trend.set_points([])

"""The case file (*expediente*) of a subject: everything about it, and for a collective
about its members too, in date order: notes, assessments (with the trend), impacts,
follow-ups and accompaniments. Filtered by kind; a click or Enter opens any entry, a
member's button opens the member's own file; exported as an internal PDF (aliases only).

Read on the GUI thread with the rest of the detail: one pass over the live records
(`services.case_file`), the same as a list of every kind.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QVBoxLayout, QWidget

from ...domain.kinds import RecordKind
from ...l10n import _
from ...services.case_file import CASE_KINDS, CaseEntry, CaseFile, case_file
from ...services.reports.exports import output_path
from ...services.reports.filters import ReportInputError
from ...services.session import Session
from ..common.choices import CodeCombo
from ..common.flow import FlowLayout
from ..common.nav import PaneEnv
from ..common.pickers import SavePicker
from ..common.table import table_view
from ..common.widgets import plain_label
from ..forms.base import RiskPoint
from ..forms.trend import RiskTrend
from ..values.format import Lookup, format_value
from ..values.layout import ALL_KINDS_COLUMNS, list_layout
from .case_pdf import write_case_pdf
from .case_words import trend_words
from .model import RecordTableModel
from .rows import RecordRow, build_lookup, row_from_view
from .tabulate import Table, tabulate
from .texts import KEYED


def load_about(session: Session, subject: str, lang: str) -> dict[str, Any]:
    """The subject's case file, its rows for the table and the risk points of the trend."""
    case = case_file(session, subject)
    rows = [row_from_view(e.view) for e in case.entries]
    members = [row_from_view(m) for m in (*case.members, *case.groups)]
    points = [
        RiskPoint.of(e.rid, subject, e.view.state.fields)
        for e in case.entries
        if e.kind == "risk-assessment" and subject in e.about
    ]
    lookup = build_lookup(session, rows + members, lang)
    return {"case": case, "rows": rows, "lookup": lookup, "points": points}


def about_table(
    rows: list[RecordRow], lookup: Lookup, lang: str, trends: dict[str, str] | None = None
) -> Table:
    """The all-kinds columns and one more: the level or state of each record (and, for an
    assessment, whether it rose or fell since the subject's previous one)."""
    base = tabulate(None, lang, rows, lookup)
    cells, keys = [], []
    for row, row_cells, row_keys in zip(rows, base.cells, base.keys, strict=True):
        name = list_layout(row.kind).summary  # what says most at a glance (its spec)
        text = format_value(row.kind, name, row.fields.get(name), lang, lookup) if name else ""
        trend = trend_words((trends or {}).get(row.rid, ""), lang)
        text = f"{text} · {trend}" if text and trend else text
        cells.append((*row_cells, text))
        keys.append((*row_keys, (1, text.casefold())))
    return Table(base.rows, cells, keys, lookup)


class AboutModel(RecordTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__(None, lang)
        self.columns = (*ALL_KINDS_COLUMNS, "state")


class AboutTab(QWidget):
    opened = Signal(str, str)  # kind, record id
    saved = Signal(str)  # the path of an exported case file
    failed = Signal(str)  # the translated reason an export was refused

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = self.lang = env.lang
        self.data: dict[str, Any] | None = None
        layout = QVBoxLayout(self)
        self.trend = RiskTrend(lang)
        layout.addWidget(self.trend)
        self.members_box = QWidget()
        self.members_layout = FlowLayout(self.members_box)
        layout.addWidget(self.members_box)
        bar = QHBoxLayout()
        self.show_label = plain_label(_(lang, "Show:"))
        options = [(k, RecordKind(k).plural(lang)) for k in CASE_KINDS]
        self.kind = CodeCombo(options, empty=_(lang, "Everything"))
        self.kind.setAccessibleName(_(lang, "Show:").rstrip(":"))
        self.show_label.setBuddy(self.kind)
        self.kind.changed.connect(self._fill)
        self.export = QPushButton(_(lang, "Export case file (PDF)…"))
        self.export.setToolTip(
            _(lang, "Internal PDF: aliases, dates and coded data; never real names or narratives.")
        )
        self.export.clicked.connect(self._ask_export)
        bar.addWidget(self.show_label)
        bar.addWidget(self.kind)
        bar.addStretch(1)
        bar.addWidget(self.export)
        layout.addLayout(bar)
        self.status = plain_label("")
        layout.addWidget(self.status)
        self.none = plain_label(_(lang, "No records about this subject yet."))
        layout.addWidget(self.none)
        self.model = AboutModel(lang)
        self.table = table_view(self.model, _(lang, "Case file"), fit=False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # One click (or Enter) opens the record in its own pane.
        self.table.clicked.connect(self._open)
        self.table.activated.connect(self._open)
        layout.addWidget(self.table, 1)

    def show_about(self, data: dict[str, Any]) -> None:
        self.data = data
        self.status.clear()
        self._members(data["case"], data["lookup"])
        self._fill()
        self.trend.set_points(data["points"])
        self.trend.setVisible(bool(data["points"]))

    def entries(self) -> list[CaseEntry]:
        """The entries shown now (the kind filter applied), in date order."""
        if self.data is None:
            return []
        case: CaseFile = self.data["case"]
        return case.of_kind(self.kind.value())

    def _fill(self) -> None:
        if self.data is None:
            return
        shown = {e.rid for e in self.entries()}
        # Rows come in the case file's date order; the filter only leaves some out.
        rows = [r for r in self.data["rows"] if r.rid in shown]
        trends = {e.rid: e.trend for e in self.data["case"].entries if e.trend}
        self.model.set_table(about_table(rows, self.data["lookup"], self.lang, trends))
        self.none.setVisible(not rows)

    def _members(self, case: CaseFile, lookup: Lookup) -> None:
        """Buttons for the members (of a collective) and the groups (of a person), each
        opening its own case file."""
        while self.members_layout.count():
            item = self.members_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # gone now, not at the next event-loop turn
                widget.deleteLater()
        self.members_box.setVisible(bool(case.members or case.groups))
        for key, subjects in (("case_members", case.members), ("case_groups", case.groups)):
            if not subjects:
                continue
            self.members_layout.addWidget(plain_label(_(self.lang, KEYED[key])))
            for subject in subjects:
                alias = lookup.alias(subject.rid, self.lang)
                button = QPushButton(alias)
                button.setToolTip(_(self.lang, "Open {alias}'s case file", alias=alias))
                rid = subject.rid
                button.clicked.connect(lambda _c=False, rid=rid: self.opened.emit("subject", rid))
                self.members_layout.addWidget(button)

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            row = self.model.row_at(index.row())
            self.opened.emit(row.kind, row.rid)

    # -- the PDF ------------------------------------------------------------------------
    def _ask_export(self) -> None:
        if self.data is None:
            return
        name = _(self.lang, "case-file") + f"-{self.env.today()}.pdf"
        # Not Qt's file dialog: it writes visited folders to QtProject.conf (common/pickers.py).
        picker = SavePicker(
            self.lang, _(self.lang, "Save the case file as PDF"), Path.home(), name, ".pdf", self
        )
        if picker.exec() and picker.chosen is not None:
            self.export_pdf(picker.chosen)

    def export_pdf(self, path: Path) -> bool:
        """Write the whole case file (every kind, whatever the filter) as an internal PDF."""
        if self.data is None:
            return False
        try:
            target = output_path(path, self.env.backend.vault_dir)
        except ReportInputError as exc:
            key = "case_in_vault" if exc.key == "report_out_in_vault" else "case_failed"
            return self._refuse(_(self.lang, KEYED[key], path=path))
        try:
            write_case_pdf(
                self.data["case"], self.lang, self.data["lookup"], self.env.today(), target
            )
        except OSError:
            return self._refuse(
                _(
                    self.lang,
                    "Could not save {path} (disk full or no permission?). No partial file "
                    "was left.",
                    path=path,
                )
            )
        self.status.setText(_(self.lang, "Case file saved to {path}.", path=path))
        self.saved.emit(str(path))
        return True

    def _refuse(self, message: str) -> bool:
        self.status.setText(message)
        self.failed.emit(message)
        return False

    def clear_content(self) -> None:
        self.data = None
        self.model.clear()
        self.trend.set_points([])
        self.members_box.setVisible(False)
        self.status.clear()

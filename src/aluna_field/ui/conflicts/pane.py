"""The conflicts inbox: records with conflicts on the left, the chosen one's versions on
the right. Coordinators decide; an accompanier sees the versions and waits."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ...services import conflict_inbox
from ..common.backend import VaultLocked
from ..common.nav import PaneEnv
from ..common.table import Index, table_view
from ..common.widgets import heading, plain_label
from ..values.format import Lookup
from .badge import show_badge
from .detail import ConflictDetail
from .model import InboxModel, load_inbox
from .route import conflict_route


class ConflictsPane(QWidget):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        self.allowed = env.backend.role == "coordinator"
        self.lookup = Lookup()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(_(lang, "Conflicts"), 1.6))
        self.count = plain_label()
        layout.addWidget(self.count)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Each version comes from someone who edited the record without seeing "
                    "the other edit. Choose which one stays, or merge them by hand. The "
                    "decision reaches the team with the next exchange, like any change.",
                )
                if self.allowed
                else _(
                    lang,
                    "The coordinator decides which version stays; their decision arrives "
                    "with the next exchange. Meanwhile every version is kept.",
                )
            )
        )
        self.model = InboxModel(lang)
        self.table = table_view(self.model, _(lang, "Records with conflicts"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.detail = ConflictDetail(env, self.allowed)
        self.detail.settled.connect(self._settled)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._current)
        self.route = conflict_route(env.nav)
        self.route.open.connect(self.show_record)
        # The sidebar's count follows every change, shown or not (a merge, an exchange),
        # and is there from the start: once the pane sits in the window, counted then
        # (a plain unlock writes nothing, and the count stayed blank; seen under Xvfb).
        env.backend.changes.changed.connect(self.recount)
        QTimer.singleShot(0, self.recount)

    # -- the pane protocol -----------------------------------------------------------------
    def refresh(self) -> None:
        current = self.detail.record.rid if self.detail.record is not None else None
        lang = self.env.lang
        rows, self.lookup = self.env.backend.call(lambda s: load_inbox(s, lang))
        self.model.set_rows(rows)
        n = len(rows)
        self.count.setText(
            _(lang, "Records with conflicting versions: {n}.", n=n)
            if n
            else _(
                lang,
                "No conflicts. When two people change the same thing apart, it shows "
                "here for the coordinator to decide; nothing is lost meanwhile.",
            )
        )
        self.route.counted.emit(n)
        show_badge(self, "conflicts", _(lang, "Conflicts"), n)
        self._select(current)

    def recount(self) -> None:
        """The badge only: cheap enough for every change, even with the pane hidden."""
        try:
            n = self.env.backend.call(conflict_inbox.count)
        except VaultLocked:
            return
        self.route.counted.emit(n)
        show_badge(self, "conflicts", _(self.env.lang, "Conflicts"), n)

    def clear_content(self) -> None:
        self.detail.show_record(None, "", Lookup())
        self.model.set_rows([])

    def save_drafts(self) -> None:
        """A merge being typed is not a record yet; nothing here is kept as a draft."""

    def focus_search(self) -> None:
        """No search here: the list takes the focus."""
        self.table.setFocus()

    # -- choosing --------------------------------------------------------------------------
    def show_record(self, rid: str) -> None:
        """Show rid's conflicts (the record detail's banner comes through here)."""
        self.env.nav.show_pane.emit("conflicts")
        self.refresh()
        self._select(rid)

    def _select(self, rid: str | None) -> None:
        row = self.model.row_of(rid) if rid else -1
        if row < 0 and rid is not None:
            row = 0 if self.model.rows else -1
        if row >= 0:
            self.table.selectRow(row)
            self._show(row)
        else:
            self.detail.show_record(None, "", self.lookup)

    def _current(self, current: Index, _previous: Index) -> None:
        if current.isValid():
            self._show(current.row())

    def _show(self, row: int) -> None:
        item = self.model.rows[row]
        shown = self.detail.record
        if shown is not None and shown == item.record:
            return
        self.detail.show_record(item.record, item.title, self.lookup)

    def _settled(self, rid: str) -> None:
        focused = QApplication.focusWidget()
        deciding = focused is None or self.detail.isAncestorOf(focused)
        self.refresh()
        if self.model.row_of(rid) < 0:
            self._select(self.model.rows[0].record.rid if self.model.rows else None)
        if deciding:
            # The button pressed went with the settled conflict: the keys go back to the
            # list (the next record is selected), not nowhere.
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

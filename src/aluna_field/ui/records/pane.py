"""One kind's pane: filter bar and search over a sortable list, detail or form beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import kinds as domain
from ...l10n import _
from ...services.drafts import Draft, draft_id_for
from ..common.nav import PaneEnv
from ..common.table import table_view
from ..common.widgets import heading, plain_label
from ..forms.host import FormHost
from ..forms.registry import FORMS, form_context
from .detail import RecordDetail
from .export import ListExport
from .filters import FilterBar
from .lazy import LazyProxy, LazyRecordModel, Snapshot, load_snapshot
from .model import RID_ROLE

SEARCH_DELAY_MS = 250
# Subjects read A→Z by alias and follow-ups soonest (overdue) first; dated records
# newest first.
ASCENDING = frozenset({"subject", "follow-up"})


class RecordsPane(QWidget):
    loaded = Signal()  # the list was (re)loaded
    searched = Signal()  # a search's results were applied

    def __init__(self, env: PaneEnv, kind: str) -> None:
        super().__init__()
        self.env = env
        self.kind = kind
        lang = env.lang
        # The words being searched for (None: no search); the list's SQL applies them.
        self.search_text: str | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        plural = domain.RecordKind(kind).plural(lang)
        top.addWidget(heading(plural, 1.4))
        top.addStretch(1)
        self.new_button = QPushButton(_(lang, "New"))
        self.new_button.setAccessibleName(_(lang, "New record in {kind}", kind=plural.lower()))
        self.new_button.clicked.connect(lambda: self.new_record({}))
        top.addWidget(self.new_button)
        self.export = ListExport(env, kind, self)
        if self.export.button is not None:
            top.addWidget(self.export.button)
        layout.addLayout(top)
        self.filters = FilterBar(kind, lang, env.today())
        layout.addWidget(self.filters)
        self.model = LazyRecordModel(kind, lang, env.backend.call)
        self.proxy = LazyProxy()
        self.proxy.setSourceModel(self.model)
        self.table = table_view(self.proxy, plural, fit=False)
        self.table.setSortingEnabled(True)
        order = Qt.SortOrder.AscendingOrder if kind in ASCENDING else Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(0, order)
        self._size_columns()
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.table.activated.connect(self._activated)
        self.count = plain_label()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.count)
        left_layout.addWidget(self.export.status)
        self.right = QStackedWidget()
        self.empty = plain_label(_(lang, "Pick a record from the list to see it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = RecordDetail(env)
        self.detail.edit_requested.connect(self._edit_requested)
        self.detail.deleted.connect(self._detail_gone)
        self.right.addWidget(self.empty)
        self.right.addWidget(self.detail)
        self.host: FormHost | None = None
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._split = False
        layout.addWidget(splitter, 1)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        self.filters.search_changed.connect(lambda _text: self.search_timer.start())
        self.filters.changed.connect(self._apply)
        # No focus proxy: Qt sends Tab into a pane straight to its proxy, so the search
        # box and the filters above the list could only be reached with Shift+Tab.

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split:
            # Half each on first show (the detail's size hint alone would leave the list
            # a third): the list needs its columns as much as the detail its text.
            self._split = True
            half = max(self.splitter.width() // 2, 1)
            self.splitter.setSizes([half, half])

    # -- loading and filtering -------------------------------------------------------------
    def refresh(self) -> None:
        """Reload the list off the GUI thread (large vaults stay responsive), and the
        detail at once: after a redaction the erased text must leave the screen now."""
        self.detail.reload()
        self.model.today = self.env.today()
        kind, lang = self.kind, self.env.lang
        self.env.backend.submit(lambda s: load_snapshot(s, kind, lang), self._loaded)

    def _loaded(self, snap: Snapshot) -> None:
        current = self.detail.rid
        self.filters.set_subjects(snap.lookup.aliases)
        self.filters.set_definitions(snap.lookup.definitions)
        self.model.filters = self.filters.filters(None)
        self.model.search = self.search_text
        self.model.load(snap)  # ordered and filtered in SQL: only row numbers so far
        self._count()
        self._fit_columns()
        if current is not None and self.model.row_of(current) >= 0:
            self._select_row(current)
        self.loaded.emit()

    def _size_columns(self) -> None:
        """Long text columns share the width left and elide; the others are never cut."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, name in enumerate(self.model.columns):
            if name in self.model.layout.wide:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    def _fit_columns(self) -> None:
        """Dates, levels and yes/no as wide as their content in the rows a screen shows,
        once per load: Qt's own sizing would read a thousand rows of a lazy list."""
        table = self.table
        header = table.horizontalHeader()
        first = max(table.rowAt(0), 0)
        shown = max(table.viewport().height(), 720) // max(
            table.verticalHeader().defaultSectionSize(), 1
        )
        grid = 1 if table.showGrid() else 0
        for column, name in enumerate(self.model.columns):
            if name in self.model.layout.wide:
                continue
            width = header.sectionSizeHint(column)
            for row in range(first, min(first + shown + 1, self.model.rowCount())):
                index = self.proxy.index(row, column)
                width = max(width, table.sizeHintForIndex(index).width() + grid)
            header.resizeSection(column, width)

    def run_search(self) -> None:
        self.search_timer.stop()
        text = self.filters.search.text().strip()
        # FTS5 joined to the list's query by row number: every match of this kind, in
        # the list's order (no cap, unlike the search pane's ranked results).
        self.search_text = text or None
        self._apply()
        self.searched.emit()

    def _apply(self) -> None:
        self.model.set_filters(self.filters.filters(None), self.search_text)
        self._count()

    def _count(self) -> None:
        self.count.setText(
            _(
                self.env.lang,
                "{shown} of {total}",
                shown=self.model.rowCount(),
                total=self.model.total,
            )
        )

    # -- selection and detail --------------------------------------------------------------
    def _selected(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if indexes:
            self.show_record(str(indexes[0].data(RID_ROLE)))

    def _activated(self, index: QModelIndex) -> None:
        # A plan item (Seguimientos) opens its assessment in the assessments' pane.
        row = self.model.row_at(self.proxy.mapToSource(index).row())
        if row.plan:
            self.env.nav.open_record.emit(row.opens, row.rid)

    def _edit_requested(self, rid: str) -> None:
        # The detail may show another kind's record (a plan item's assessment): it is
        # edited in its own pane, by its own form.
        kind = self.detail.kind
        if kind and kind != self.kind:
            self.env.nav.open_record.emit(kind, rid)
        else:
            self.edit(rid)

    def _select_row(self, rid: str) -> None:
        row = self.model.row_of(rid)
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(index.row())
            self.table.selectionModel().blockSignals(False)

    def _detail_gone(self) -> None:
        # A form being typed in stays in front, even when the record it edits went away
        # in a sync: what was typed is not hidden (it is kept as a draft).
        if self.host is None:
            self.right.setCurrentWidget(self.empty)

    def show_record(self, rid: str) -> None:
        self.close_form()
        self.detail.show_record(rid)
        self.right.setCurrentWidget(self.detail)
        self._select_row(rid)

    # -- forms -------------------------------------------------------------------------------
    def _open_form(self, rid: str | None, values: dict[str, Any], draft_id: str) -> FormHost:
        self.close_form()
        env = self.env
        ctx = env.backend.call(lambda s: form_context(s, self.kind, env.lang, env.now(), rid))
        form = FORMS[self.kind](ctx)
        before = dict(values)
        form.load(values)
        host = FormHost(env, form, rid, draft_id, before)
        host.saved.connect(self._saved)
        host.closed.connect(self._form_closed)
        self.host = host
        self.right.addWidget(host)
        self.right.setCurrentWidget(host)
        host.focus_first()
        return host

    def new_record(self, prefill: dict[str, Any]) -> FormHost:
        return self._open_form(None, prefill, draft_id_for(None))

    def edit(self, rid: str) -> FormHost:
        draft_id = draft_id_for(rid)
        draft = self.env.backend.drafts(lambda d: d.get(draft_id))
        if draft is not None:
            values = draft.values
        else:
            view = self.env.backend.call(lambda s: s.show(rid))
            values = dict(view.state.fields)
        host = self._open_form(rid, values, draft_id)
        if draft is not None:
            host.resumed()
        return host

    def open_draft(self, draft: Draft) -> FormHost:
        host = self._open_form(draft.rid, draft.values, draft.draft_id)
        host.resumed()
        return host

    def _saved(self, rid: str) -> None:
        self.close_form(keep_draft=False)
        # The list reloads on the vault's change notice (Backend.changes).
        self.detail.show_record(rid)
        self.right.setCurrentWidget(self.detail)

    def _form_closed(self) -> None:
        self.close_form(keep_draft=False)
        self.right.setCurrentWidget(self.detail if self.detail.rid else self.empty)

    def close_form(self, keep_draft: bool = True) -> None:
        host, self.host = self.host, None
        if host is None:
            return
        focused = QApplication.focusWidget()
        typing_here = focused is not None and host.isAncestorOf(focused)
        if keep_draft:
            host.save_draft()
        host.clear_content()
        self.right.removeWidget(host)
        host.deleteLater()
        if typing_here:
            # Saved or discarded: the keys go back to the list (the saved record's row is
            # the one selected), not wherever Qt's focus chain lands (the sidebar).
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- pane duties -------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def save_drafts(self) -> None:
        if self.host is not None:
            self.host.save_draft()

    def clear_content(self) -> None:
        """Empty every widget that shows record content (on lock)."""
        self.search_timer.stop()
        if self.host is not None:
            self.host.clear_content()
        self.close_form(keep_draft=False)
        self.model.clear()
        self.filters.set_subjects({})
        self.filters.search.clear()
        self.search_text = None
        self.detail.clear_content()
        self.count.clear()
        self.export.clear_content()  # it names the file the list was saved to
        self.right.setCurrentWidget(self.empty)

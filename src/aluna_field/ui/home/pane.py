"""Home: new crisis note first, drafts to finish, sync, follow-ups due, the last records
touched."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QWidget

from ...l10n import _
from ...services.drafts import Draft, Drafts
from ...services.session import Session
from ...services.sync_overview import overview
from ..common.idle import DEFAULT_MINUTES
from ..common.keys import AUTOLOCK_SETTING, quick_hide_text
from ..common.nav import PaneEnv
from ..common.table import table_view
from ..common.widgets import heading, plain_label, scroll_page
from ..notifications.confirm import ConfirmDialog, ask
from ..records.model import RecordTableModel
from ..records.rows import RecordRow, build_lookup, plan_rows, row_from_view
from ..values.format import Lookup
from .drafts_model import ID_ROLE, DraftsModel
from .sync_section import SyncSection

RECENT = 8


def _load(session: Session, lang: str, today: dt.date, coordinator: bool) -> dict[str, Any]:
    week_end = (today + dt.timedelta(days=6 - today.weekday())).isoformat()
    # Bounded queries: on unlock a large vault must not be read whole for a few rows.
    due = [
        row_from_view(v)
        for v in session.list_records("follow-up", date_until=week_end)
        if not v.state.fields.get("done")
    ]
    # The plan's measures and reviews due by then, marked and opening their assessment.
    due += plan_rows(session, lang, dt.date.fromisoformat(week_end))
    recent = [row_from_view(v) for v in session.list_records(limit=RECENT)]
    return {
        "due": due,
        "recent": recent,
        "lookup": build_lookup(session, [*due, *recent], lang),
        "drafts": Drafts(session).list(),
        "minutes": session.setting(AUTOLOCK_SETTING, DEFAULT_MINUTES),
        "sync": overview(session, with_conflicts=coordinator),
    }


class HomePane(QWidget):
    loaded = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        layout = scroll_page(self)
        layout.addWidget(heading(_(lang, "Home"), 1.6))
        self.new_note = QPushButton(_(lang, "New crisis note"))
        self.new_note.setMinimumHeight(self.fontMetrics().height() * 3)
        self.new_note.clicked.connect(lambda: env.nav.new_record.emit("crisis-note", {}))
        layout.addWidget(self.new_note)
        # Drafts
        layout.addWidget(heading(_(lang, "Unfinished drafts"), 1.15))
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "They were kept encrypted as you typed. Open them to finish them, or "
                    "discard them.",
                )
            )
        )
        self.drafts = DraftsModel(lang)
        self.drafts_table = self._table(self.drafts, _(lang, "Unfinished drafts"))
        self.drafts_table.activated.connect(self._open_draft)
        self.no_drafts = plain_label(_(lang, "No drafts waiting."))
        layout.addWidget(self.no_drafts)
        layout.addWidget(self.drafts_table)
        row = QHBoxLayout()
        self.open_draft = QPushButton(_(lang, "Continue the draft"))
        self.discard_draft = QPushButton(_(lang, "Discard the draft…"))
        self.open_draft.clicked.connect(lambda: self._open_draft(self.drafts_table.currentIndex()))
        self.discard_draft.clicked.connect(self._discard_draft)
        row.addWidget(self.open_draft)
        row.addWidget(self.discard_draft)
        row.addStretch(1)
        layout.addLayout(row)
        self.draft_buttons = (self.open_draft, self.discard_draft)
        self.confirm: ConfirmDialog | None = None
        # What waits to sync, the last exchange, conflicts to review (coordinators)
        self.sync = SyncSection(lang)
        self.sync.review.connect(lambda: env.nav.show_pane.emit("conflicts"))
        layout.addWidget(self.sync)
        # Follow-ups due and recent records
        layout.addWidget(heading(_(lang, "Follow-ups overdue and due this week"), 1.15))
        self.due = RecordTableModel("follow-up", lang)
        self.due_table = self._table(self.due, _(lang, "Follow-ups overdue and due this week"))
        self.due_table.activated.connect(lambda i: self._open(self.due, i))
        # Only what is not done is listed here: the "done" column would always say no.
        self.due_table.setColumnHidden(self.due.columns.index("done"), True)
        self.no_due = plain_label(_(lang, "Nothing due this week."))
        layout.addWidget(self.no_due)
        layout.addWidget(self.due_table)
        layout.addWidget(heading(_(lang, "Touched last"), 1.15))
        self.recent = RecordTableModel(None, lang)
        self.recent_table = self._table(self.recent, _(lang, "Touched last"))
        self.recent_table.activated.connect(lambda i: self._open(self.recent, i))
        layout.addWidget(self.recent_table)
        # Shortcuts, the quick-hide one above all
        layout.addWidget(heading(_(lang, "Keyboard shortcuts"), 1.15))
        self.quick_hide = plain_label(
            _(
                lang,
                "Hide at once: {keys}. Locks the vault and minimises the window in one "
                "go; what you were typing is kept as an encrypted draft.",
                keys=quick_hide_text(),
            )
        )
        layout.addWidget(self.quick_hide)
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Ctrl+N new record (in a list, of that kind; on the other screens, a "
                    "crisis note) · Ctrl+F search · Ctrl+S save · Ctrl+L lock · F6 back to the "
                    "list of sections",
                )
            )
        )
        self.autolock = plain_label()
        layout.addWidget(self.autolock)
        layout.addStretch(1)
        self._show_drafts([])

    @staticmethod
    def _table(model: Any, name: str) -> QTableView:
        table = table_view(model, name)
        table.setMinimumHeight(table.fontMetrics().height() * 7)
        return table

    def refresh(self) -> None:
        lang, today = self.env.lang, self.env.today()
        coordinator = self.env.backend.role == "coordinator"
        self.env.backend.submit(lambda s: _load(s, lang, today, coordinator), self._loaded)

    def _loaded(self, data: dict[str, Any]) -> None:
        lookup: Lookup = data["lookup"]
        due: list[RecordRow] = sorted(data["due"], key=lambda r: str(r.fields.get("due_on")))
        self.due.today = self.env.today()
        self.due.set_rows(due, lookup)
        self.no_due.setVisible(not due)
        self.due_table.setVisible(bool(due))
        self.recent.set_rows(data["recent"], lookup)
        self._show_drafts(data["drafts"], lookup)
        self.autolock.setText(
            _(
                self.env.lang,
                "The app locks itself after {minutes} min without use (change it in Settings).",
                minutes=data["minutes"],
            )
        )
        self.sync.show_overview(data["sync"])
        self.loaded.emit()

    def _show_drafts(self, drafts: list[Draft], lookup: Lookup | None = None) -> None:
        self.drafts.set_drafts(drafts, lookup)
        for widget in (self.drafts_table, *self.draft_buttons):
            widget.setVisible(bool(drafts))
        self.no_drafts.setVisible(not drafts)
        if drafts:
            self.drafts_table.selectRow(0)

    def _open_draft(self, index: QModelIndex) -> None:
        if index.isValid():
            self.env.nav.open_draft.emit(str(index.data(ID_ROLE)))

    def _discard_draft(self) -> None:
        """Ask first, as Descartar… in a form does: a draft is what someone typed."""
        index = self.drafts_table.currentIndex()
        if not index.isValid():
            return
        draft_id, lang = str(index.data(ID_ROLE)), self.env.lang

        def discard() -> None:
            self.env.backend.drafts(lambda d: d.discard(draft_id))
            # The draft's buttons hide with the last draft: the keys go to the first
            # button of the page, not nowhere.
            self.new_note.setFocus(Qt.FocusReason.OtherFocusReason)
            self.refresh()

        self.confirm = ask(
            self,
            lang,
            _(lang, "Discard the draft"),
            _(lang, "Discard this draft?"),
            [
                _(lang, "What you wrote in it is erased. It cannot be recovered."),
                _(lang, "To finish it later, choose Cancel: the draft stays here."),
            ],
            _(lang, "Discard"),
            discard,
            irreversible=False,
        )

    def _open(self, model: RecordTableModel, index: QModelIndex) -> None:
        if index.isValid():
            row = model.row_at(index.row())
            self.env.nav.open_record.emit(row.opens, row.rid)

    def focus_search(self) -> None:
        self.env.nav.show_pane.emit("search")

    def save_drafts(self) -> None:
        """Home holds no form."""

    def clear_content(self) -> None:
        self.due.clear()
        self.recent.clear()
        self._show_drafts([])
        self.autolock.clear()
        self.sync.show_overview(None)

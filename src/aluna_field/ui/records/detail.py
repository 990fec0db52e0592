"""The detail pane: a record's fields, attachments, history and follow-ups."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import kinds as domain
from ...l10n import _
from ...services.people import People, people
from ...services.session import Session
from ...store.errors import RecordNotFound
from ...store.materialise import RecordState
from ..common.flow import FlowLayout
from ..common.nav import PaneEnv
from ..common.table import table_view
from ..common.widgets import heading, plain_label
from ..conflicts.banner import ConflictBanner
from ..redaction.dialog import open_redaction
from ..values.format import title_of
from .about import AboutTab, load_about
from .attachments import AttachmentsTab
from .fields_view import FieldsView, record_lines
from .history import COLUMNS, HistoryModel, author_name, when_text
from .model import RecordTableModel
from .rows import build_lookup, row_from_view
from .version import VersionDialog


def _load(session: Session, rid: str, lang: str) -> dict[str, Any]:
    view = session.show(rid)
    ups = [
        row_from_view(v)
        for v in session.list_records("follow-up")
        if v.state.fields.get("record_id") == rid
    ]
    lookup = build_lookup(session, [*ups, row_from_view(view)], lang)
    return {
        "about": load_about(session, rid, lang) if view.kind == "subject" else None,
        "view": view,
        "history": session.history(rid),
        "ups": ups,
        "lookup": lookup,
        "people": people(session),
    }


def meta_text(state: RecordState, names: People, lang: str) -> str:
    """Who wrote the record and when; who edited it last, when that was someone else."""
    values = {
        "who": _by(state.author, names, lang),
        "created": when_text(state.created_ms),
        "updated": when_text(state.updated_ms),
    }
    last = state.last_author
    if last and last != state.author:
        return _(
            lang,
            "Written by {who} · created {created} · last edited {updated}, by {last}",
            last=_by(last, names, lang),
            **values,
        )
    return _(lang, "Written by {who} · created {created} · last edited {updated}", **values)


def _by(device_id: str, names: People, lang: str) -> str:
    """The author after "por": "por ti (Ana)", never "por Tú (Ana)"."""
    if names.is_own(device_id):
        return _(lang, "you ({name})", name=names.own_name)
    return author_name(device_id, names, lang)


class RecordDetail(QWidget):
    edit_requested = Signal(str)
    deleted = Signal()

    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        self.rid: str | None = None
        self.kind = ""
        self.text_for_copy = ""
        lang = env.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = heading("", 1.2)
        self.meta = plain_label()
        layout.addWidget(self.title)
        layout.addWidget(self.meta)
        self.conflict_banner = ConflictBanner(env)
        layout.addWidget(self.conflict_banner)
        # The buttons wrap rather than hold the detail wide: the list beside it needs
        # room for its columns at 1280 px.
        self.buttons_box = QWidget()
        buttons = FlowLayout(self.buttons_box)
        self.edit_button = QPushButton(_(lang, "Edit"))
        self.copy_button = QPushButton(_(lang, "Copy text"))
        self.copy_button.setToolTip(_(lang, "Cleared from the clipboard after 30 seconds."))
        self.follow_button = QPushButton(_(lang, "New follow-up"))
        self.delete_button = QPushButton(_(lang, "Delete"))
        self.target_button = QPushButton(_(lang, "Go to the record"))
        self.target_button.clicked.connect(self._open_target)
        self.target = ""
        self.done_button = QPushButton(_(lang, "Mark as done"))
        self.done_button.clicked.connect(self._toggle_done)
        self.done = False
        for button in (
            self.done_button,
            self.edit_button,
            self.copy_button,
            self.follow_button,
            self.target_button,
        ):
            buttons.addWidget(button)
        buttons.addWidget(self.delete_button)
        self.redact_button = QPushButton(_(lang, "Redact content…"))
        self.redact_button.setToolTip(
            _(
                lang,
                "Erase for good the content of this record or of one of its fields, "
                "across the team (coordinators only).",
            )
        )
        self.redact_button.setVisible(env.backend.role == "coordinator")
        self.redact_button.clicked.connect(self._redact)
        buttons.addWidget(self.redact_button)
        layout.addWidget(self.buttons_box)
        self.edit_button.clicked.connect(lambda: self.rid and self.edit_requested.emit(self.rid))
        self.copy_button.clicked.connect(self.copy)
        self.follow_button.clicked.connect(self._follow_up)
        self.delete_button.clicked.connect(self._confirm_delete)
        self.tabs = QTabWidget()
        self.fields = FieldsView(lang)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        self.tabs.addTab(scroll, _(lang, "Details"))
        self.attachments = AttachmentsTab(env)
        self.attachments.added.connect(self.reload)
        self.tabs.addTab(self.attachments, _(lang, "Attachments"))
        self.history = HistoryModel(lang, env.backend.device_id, env.backend.device_name)
        self.history_table = table_view(self.history, _(lang, "History"))
        self.history_table.setToolTip(_(lang, "Double-click a version to see it whole."))
        header = self.history_table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in (COLUMNS.index(n) for n in ("fields", "before", "after")):
            # Lists of fields and values can be long: they share the width and elide
            # (whole on hover); when, who and the change stay whole.
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # Double-click or Enter on a version opens it whole.
        self.history_table.activated.connect(lambda i: self.open_version(i.row()))
        self.version: VersionDialog | None = None
        self.tabs.addTab(self.history_table, _(lang, "History"))
        self.follow_ups = RecordTableModel("follow-up", lang)
        self.follow_table = table_view(self.follow_ups, _(lang, "Follow-ups"))
        self.tabs.addTab(self.follow_table, _(lang, "Follow-ups"))
        self.about = AboutTab(env)
        self.about.opened.connect(env.nav.open_record)
        self.tabs.addTab(self.about, _(lang, "Case file"))
        layout.addWidget(self.tabs, 1)

    def show_record(self, rid: str) -> None:
        lang = self.env.lang
        data = self.env.backend.call(lambda s: _load(s, rid, lang))
        view, lookup = data["view"], data["lookup"]
        self.rid, self.kind = rid, view.kind
        self.conflict_banner.show_for(rid, view.state.has_conflict)
        fields = view.state.fields
        title = title_of(view.kind, fields, lang, lookup)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.meta.setText(meta_text(view.state, data["people"], lang))
        sensitive = domain.sensitive_fields(view.kind)
        fetch = (lambda: self._real_name(rid)) if sensitive else None
        self.fields.show_fields(view.kind, fields, lookup, fetch)
        lines = record_lines(view.kind, fields, lang, lookup)
        self.text_for_copy = "\n".join(f"{label}: {text}" for label, text in lines)
        self.attachments.show_attachments(rid, view.attachments)
        self.history.set_history(view.kind, data["history"], data["people"], lookup)
        self.follow_ups.today = self.env.today()
        self.follow_ups.set_rows(data["ups"], lookup)
        is_follow_up = view.kind == "follow-up"
        self.follow_button.setVisible(not is_follow_up)
        self.tabs.setTabVisible(self.tabs.indexOf(self.follow_table), not is_follow_up)
        about = data["about"]
        self.tabs.setTabVisible(self.tabs.indexOf(self.about), about is not None)
        if about is not None:
            self.about.show_about(about)
        self.target = str(fields.get("record_id") or "") if is_follow_up else ""
        self.target_button.setVisible(bool(self.target))
        self.done = bool(fields.get("done"))
        self.done_button.setVisible(is_follow_up)
        self.done_button.setText(
            _(lang, "Mark as not done") if self.done else _(lang, "Mark as done")
        )

    def open_version(self, row: int) -> VersionDialog | None:
        if not 0 <= row < self.history.rowCount():
            return None
        dialog = VersionDialog(self, self.history, row)
        self.version = dialog
        dialog.open()
        return dialog

    def reload(self) -> None:
        """Show the record as the vault has it now; gone (deleted, or deleted where it
        came from), the pane empties at once rather than keep showing it."""
        if self.rid is None:
            return
        try:
            self.show_record(self.rid)
        except RecordNotFound:
            self.clear_content()
            self.deleted.emit()

    def _real_name(self, rid: str) -> str:
        view = self.env.backend.call(lambda s: s.show(rid))
        return str(view.state.fields.get("real_name") or "")

    def copy(self) -> None:
        if self.text_for_copy:
            self.env.clipboard.copy(self.text_for_copy)

    def _open_target(self) -> None:
        """A follow-up leads to the record it is about."""
        target = self.target
        if not target:
            return
        kind = self.env.backend.call(lambda s: s.show(target)).kind
        self.env.nav.open_record.emit(kind, target)

    def _toggle_done(self) -> None:
        """A follow-up is done (or not) with one click; the change notice reloads this
        detail and every list that shows it."""
        rid, done = self.rid, not self.done
        if rid is not None and self.kind == "follow-up":
            self.env.backend.call(lambda s: s.edit(rid, {"done": done}))
            self.reload()

    def _follow_up(self) -> None:
        if self.rid:
            self.env.nav.new_record.emit("follow-up", {"record_id": self.rid})

    def _confirm_delete(self) -> None:
        rid = self.rid
        if rid is None:
            return
        answer = QMessageBox.question(
            self,
            _(self.env.lang, "Delete the record"),
            _(
                self.env.lang,
                "Delete this record? Its history is kept and the deletion syncs to the team.",
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete(rid)

    def delete(self, rid: str) -> None:
        self.env.backend.call(lambda s: s.delete(rid))
        self.clear_content()
        self.deleted.emit()

    def _redact(self) -> None:
        if self.rid is not None:
            open_redaction(self, self.env, self.rid, self.kind, self.reload)

    def clear_content(self) -> None:
        self.rid = None
        self.conflict_banner.show_for(None, False)
        self.target = ""
        self.text_for_copy = ""
        self.title.clear()
        self.title.setAccessibleName("")
        self.meta.clear()
        self.fields.clear_content()
        self.attachments.clear_content()
        self.history.clear()
        self.follow_ups.clear()
        self.about.clear_content()

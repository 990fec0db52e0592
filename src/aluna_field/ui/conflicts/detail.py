"""One record's conflicts: delete-vs-edit in a sentence, then each field's versions.

Every decision is an ordinary edit whose parents are all the record's heads (see
services/merging.py), so it syncs to the team like any other change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...l10n import _
from ...services import merging
from ...services.conflict_inbox import DELETE_FIELD, ConflictRecord
from ...services.messages import describe
from ...services.session import Session
from ..common.nav import PaneEnv
from ..common.widgets import error_label, heading, plain_label, set_error
from ..notifications.toasts import notify
from ..values.format import Lookup
from .field_view import FieldConflictView


def delete_sentence(rec: ConflictRecord, lang: str) -> str:
    assert rec.delete is not None
    someone = _(lang, "someone")
    return _(
        lang,
        "{deleters} deleted this record while {editors} was editing it without "
        "knowing: keep it with that edit, or delete it?",
        deleters=", ".join(rec.delete.deleted_by) or someone,
        editors=", ".join(rec.delete.edited_by) or someone,
    )


class ConflictDetail(QWidget):
    settled = Signal(str)  # record id: a decision was saved

    def __init__(self, env: PaneEnv, allowed: bool) -> None:
        super().__init__()
        self.env = env
        self.allowed = allowed
        self.record: ConflictRecord | None = None
        lang = env.lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = heading("", 1.2)
        top.addWidget(self.title, 1)
        self.open_button = QPushButton(_(lang, "Open the record"))
        self.open_button.clicked.connect(self._open)
        top.addWidget(self.open_button)
        layout.addLayout(top)
        self.hint = plain_label(_(lang, "Pick a record from the list to see its versions."))
        layout.addWidget(self.hint)
        self.error = error_label()
        layout.addWidget(self.error)
        self.delete_box = QGroupBox(_(lang, "Deleted and edited at once"))
        box = QVBoxLayout(self.delete_box)
        self.delete_text = plain_label()
        box.addWidget(self.delete_text)
        row = QHBoxLayout()
        self.keep_record = QPushButton(_(lang, "Keep the record"))
        self.delete_record = QPushButton(_(lang, "Delete it"))
        self.keep_record.clicked.connect(lambda: self._resolve(DELETE_FIELD, False))
        self.delete_record.clicked.connect(lambda: self._resolve(DELETE_FIELD, True))
        for button in (self.keep_record, self.delete_record):
            button.setVisible(allowed)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        layout.addWidget(self.delete_box)
        self.fields_box = QVBoxLayout()
        layout.addLayout(self.fields_box)
        layout.addStretch(1)
        self.views: list[FieldConflictView] = []
        self.show_record(None, "", Lookup())

    def show_record(self, rec: ConflictRecord | None, title: str, lookup: Lookup) -> None:
        self.clear_views()
        self.record = rec
        set_error(self.error, "")
        self.hint.setVisible(rec is None)
        self.open_button.setVisible(rec is not None and rec.delete is None)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.delete_box.setVisible(rec is not None and rec.delete is not None)
        if rec is None:
            return
        lang = self.env.lang
        if rec.delete is not None:
            self.delete_text.setText(delete_sentence(rec, lang))
        own = (self.env.backend.device_id, self.env.backend.device_name)
        for conflict in rec.conflicts:
            view = FieldConflictView(rec.kind, conflict, lookup, own, self.allowed, lang)
            view.keep_value.connect(self._resolve)
            view.merged.connect(self._resolve)
            view.keep_version.connect(self._keep_version)
            self.fields_box.addWidget(view)
            self.views.append(view)

    def clear_views(self) -> None:
        for view in self.views:
            view.clear_content()
            self.fields_box.removeWidget(view)
            view.deleteLater()
        self.views = []

    def _open(self) -> None:
        if self.record is not None:
            self.env.nav.open_record.emit(self.record.kind, self.record.rid)

    # -- decisions ---------------------------------------------------------------------------
    def _resolve(self, name: str, value: Any) -> None:
        rec = self.record
        if rec is not None:
            self._act(lambda s: s.resolve(rec.rid, name, value))

    def _keep_version(self, head: str) -> None:
        rec = self.record
        if rec is not None:
            self._act(lambda s: s.keep_version(rec.rid, head))

    def _act(self, action: Callable[[Session], object]) -> None:
        rec = self.record
        if rec is None or not self.allowed:
            return
        lang = self.env.lang
        try:
            unsettled = self.env.backend.call(action)
        except merging.MergeRefused as exc:
            set_error(self.error, _(lang, "Could not apply: {reason}", reason=describe(exc, lang)))
            return
        if isinstance(unsettled, list) and unsettled:
            labels = ", ".join(self._label(rec.kind, n) for n in unsettled)
            notify(
                self,
                _(
                    lang,
                    "That version was applied; some fields it does not decide remain: {fields}.",
                    fields=labels,
                ),
                "warning",
                lang,
            )
        else:
            notify(
                self,
                _(lang, "Conflict settled. The decision reaches the team with the next exchange."),
                "success",
                lang,
            )
        self.settled.emit(rec.rid)

    def _label(self, kind: str, name: str) -> str:
        for view in self.views:
            if view.conflict.name == name:
                return view.label
        return _(self.env.lang, "deleted or edited") if name == DELETE_FIELD else name

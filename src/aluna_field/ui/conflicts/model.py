"""The records with conflicts as a table model (tested without a window)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt

from ...domain import kinds as domain
from ...l10n import _
from ...services import conflict_inbox
from ...services.conflict_inbox import ConflictRecord
from ...services.session import Session
from ..common.table import TEXT_ROLES, Index
from ..team.rows_model import RowsModel
from ..values.format import Lookup, member_names, subject_aliases, title_of
from .field_view import when_text
from .texts import KEYED

COLUMNS = ("record", "what", "when")
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class InboxRow:
    record: ConflictRecord
    title: str


def load_inbox(session: Session, lang: str) -> tuple[list[InboxRow], Lookup]:
    """Every record with a conflict, with the line that names it (no real name in it)."""
    lookup = Lookup(aliases=subject_aliases(session), members=member_names(session))
    rows = []
    for rec in conflict_inbox.inbox(session):
        hidden = set(domain.sensitive_fields(rec.kind))
        fields = {k: v for k, v in rec.fields.items() if k not in hidden}
        rows.append(InboxRow(rec, title_of(rec.kind, fields, lang, lookup)))
    return rows, lookup


def what_text(rec: ConflictRecord, lang: str) -> str:
    parts = [domain.field_label(rec.kind, c.name, lang) for c in rec.conflicts]
    if rec.delete is not None:
        parts.insert(0, _(lang, "deleted or edited"))
    return ", ".join(parts)


class InboxModel(RowsModel[InboxRow]):
    columns = COLUMNS

    def __init__(self, lang: str) -> None:
        super().__init__(lang, KEYED)

    def row_of(self, rid: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.record.rid == rid), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.record.rid
        if role not in TEXT_ROLES:
            return None
        column = COLUMNS[index.column()]
        if column == "record":
            return row.title
        if column == "what":
            return what_text(row.record, self.lang)
        return when_text(row.record.updated_ms)

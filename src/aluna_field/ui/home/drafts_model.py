"""Drafts waiting to be finished, as a table: what kind, new or an edit, when last typed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain import kinds as domain
from ...services.drafts import Draft
from ..common.table import TEXT_ROLES, ColumnsModel, Index
from ..i18n import t
from ..records.history import when_text
from .texts import TEXTS

COLUMNS = ("kind", "state", "when")
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class DraftsModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.drafts: list[Draft] = []

    def set_drafts(self, drafts: list[Draft]) -> None:
        self.beginResetModel()
        self.drafts = list(drafts)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.drafts)

    def header(self, name: str) -> str:
        return t(TEXTS, f"draft_{name}", self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        draft = self.drafts[index.row()]
        if role == ID_ROLE:
            return draft.draft_id
        if role not in TEXT_ROLES:
            return None
        column = COLUMNS[index.column()]
        if column == "kind":
            return domain.RecordKind(draft.kind).label(self.lang)
        if column == "state":
            return t(TEXTS, "draft_edit" if draft.rid else "draft_new", self.lang)
        return when_text(draft.updated_ms)

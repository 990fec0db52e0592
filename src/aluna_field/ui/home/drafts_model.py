"""Drafts waiting to be finished, as a table: what kind, new or an edit, about which
subject, its first words, when last typed (enough to tell two drafts apart).

The first words come from the kind's searchable text fields, which never include a
sensitive field: a real name typed into a draft does not reach this model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from ...domain import kinds as domain
from ...l10n import _
from ...services.drafts import Draft
from ..common.table import TEXT_ROLES, ColumnsModel, Index
from ..records.history import when_text
from ..values.format import Lookup
from .texts import KEYED

COLUMNS = ("kind", "state", "subject", "start", "when")
ID_ROLE = Qt.ItemDataRole.UserRole + 2
FIRST_WORDS = 8


def first_words(draft: Draft, limit: int = FIRST_WORDS) -> str:
    """The opening words of the draft's first non-empty free text ("…" when cut)."""
    for name in domain.text_fields(draft.kind):
        value = draft.values.get(name)
        if isinstance(value, str) and value.strip():
            words = value.split()
            return " ".join(words[:limit]) + ("…" if len(words) > limit else "")
    return ""


def subject_text(draft: Draft, lookup: Lookup, lang: str) -> str:
    """The subjects the draft is about, by alias (for a subject, its own alias)."""
    if draft.kind == "subject":
        return str(draft.values.get("alias") or "")
    names = []
    for ref in domain.subject_refs(draft.kind):
        value = draft.values.get(ref)
        ids = value if isinstance(value, list) else [value] if value else []
        names += [lookup.alias(str(rid), lang) for rid in ids]
    return ", ".join(names)


class DraftsModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.drafts: list[Draft] = []
        self.lookup = Lookup()

    def set_drafts(self, drafts: list[Draft], lookup: Lookup | None = None) -> None:
        self.beginResetModel()
        self.drafts = list(drafts)
        self.lookup = lookup or Lookup()
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.drafts)

    def header(self, name: str) -> str:
        return _(self.lang, KEYED[f"draft_{name}"])

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
            return _(self.lang, "Changes to a record") if draft.rid else _(self.lang, "New record")
        if column == "subject":
            return subject_text(draft, self.lookup, self.lang)
        if column == "start":
            return first_words(draft)
        return when_text(draft.updated_ms)

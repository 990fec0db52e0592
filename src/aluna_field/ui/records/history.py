"""A record's versions as a table: when, who, what kind of change, which fields."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from ...domain import kinds as domain
from ...services.people import People, short_id
from ..common.table import TEXT_ROLES, ColumnsModel, Index
from ..i18n import t
from .texts import TEXTS

COLUMNS = ("when", "who", "change", "fields")


def author_name(device_id: str, people: People, lang: str) -> str:
    """This device as "You (name)", a team member by the roster's name, and a device the
    roster does not name by its short id."""
    if people.is_own(device_id):
        return t(TEXTS, "you", lang, name=people.own_name)
    name = people.name(device_id)
    return name if name else t(TEXTS, "device", lang, id=short_id(device_id))


def when_text(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


class HistoryModel(ColumnsModel):
    columns = COLUMNS

    def __init__(self, lang: str, own_id: str, own_name: str) -> None:
        super().__init__()
        self.lang = lang
        # Without a roster (until set_history brings one) only this device has a name.
        self.own = People(own_id, own_name)
        self.people = self.own
        self.kind = ""
        self.versions: list[dict[str, Any]] = []

    def set_history(
        self, kind: str, versions: list[dict[str, Any]], people: People | None = None
    ) -> None:
        """Show versions; people names their authors (the roster read with them)."""
        self.beginResetModel()
        self.kind = kind
        self.versions = list(versions)
        self.people = people or self.own
        self.endResetModel()

    def clear(self) -> None:
        self.set_history("", [])

    def row_count(self) -> int:
        return len(self.versions)

    def header(self, name: str) -> str:
        return t(TEXTS, f"history_{name}", self.lang)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in TEXT_ROLES:
            return None
        version = self.versions[index.row()]
        column = COLUMNS[index.column()]
        if column == "when":
            return when_text(int(version["time_ms"]))
        if column == "who":
            return author_name(str(version["author"]), self.people, self.lang)
        if column == "change":
            first = index.row() == 0 and version["type"] == "put"
            return t(TEXTS, "change_created" if first else f"change_{version['type']}", self.lang)
        return ", ".join(self._label(name) for name in version.get("fields") or [])

    def _label(self, name: str) -> str:
        if name == "attachments":
            return t(TEXTS, "tab_attachments", self.lang)
        try:
            return domain.field_label(self.kind, name, self.lang)
        except KeyError:
            return name

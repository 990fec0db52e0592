"""A record's versions as a table: when, who, what kind of change, which fields, and
what each field held before and after.

The history lists each version's written values; the state before and after a version
is worked out here by replaying the versions in their causal order (the order the
store gives). Sensitive fields (a real name) never appear: they read "(hidden)".
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from ...domain import kinds as domain
from ...l10n import _
from ...services.people import People, short_id
from ..common.table import TEXT_ROLES, ColumnsModel, Index
from ..values.fields import field_text
from ..values.format import Lookup
from .texts import KEYED

COLUMNS = ("when", "who", "change", "fields", "before", "after")
_SET = {"add", "remove"}


def apply_version(state: dict[str, Any], version: dict[str, Any]) -> dict[str, Any]:
    """The record's fields after version, from those before it (state is not changed)."""
    after = dict(state)
    for name, value in (version.get("values") or {}).items():
        if isinstance(value, dict) and set(value) == _SET:
            # A set field's edit says what it added and removed, not the whole set.
            current = [v for v in after.get(name) or [] if v not in value["remove"]]
            after[name] = current + [v for v in value["add"] if v not in current]
        else:
            after[name] = value
    for name in version.get("redacted_fields") or []:
        after.pop(name, None)
    target = version.get("redact_target")
    if target == "*":
        after.clear()
    elif target:
        after.pop(str(target), None)
    return after


def erased_fields(versions: list[dict[str, Any]]) -> set[str] | None:
    """Fields whose content a redaction erased; None when the whole record was."""
    erased: set[str] = set()
    for version in versions:
        target = version.get("redact_target")
        if target == "*":
            return None
        if target:
            erased.add(str(target))
        erased.update(version.get("redacted_fields") or [])
    return erased


def version_states(versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The fields after each version, in the order given."""
    states: list[dict[str, Any]] = []
    state: dict[str, Any] = {}
    for version in versions:
        state = apply_version(state, version)
        states.append(state)
    return states


def author_name(device_id: str, people: People, lang: str) -> str:
    """This device as "You (name)", a team member by the roster's name, and a device the
    roster does not name by its short id."""
    if people.is_own(device_id):
        return _(lang, "You ({name})", name=people.own_name)
    name = people.name(device_id)
    return name if name else _(lang, "Device {id}", id=short_id(device_id))


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
        self.states: list[dict[str, Any]] = []
        self.erased: set[str] | None = set()
        self.lookup = Lookup()

    def set_history(
        self,
        kind: str,
        versions: list[dict[str, Any]],
        people: People | None = None,
        lookup: Lookup | None = None,
    ) -> None:
        """Show versions; people names their authors (the roster read with them), lookup
        what references read as."""
        self.beginResetModel()
        self.kind = kind
        self.versions = list(versions)
        self.states = version_states(self.versions)
        self.erased = erased_fields(self.versions)
        self.people = people or self.own
        self.lookup = lookup or Lookup()
        self.endResetModel()

    def clear(self) -> None:
        self.set_history("", [])

    def row_count(self) -> int:
        return len(self.versions)

    def header(self, name: str) -> str:
        return _(self.lang, KEYED[f"history_{name}"])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        tip = role == Qt.ItemDataRole.ToolTipRole
        if not index.isValid() or (role not in TEXT_ROLES and not tip):
            return None
        version = self.versions[index.row()]
        column = COLUMNS[index.column()]
        if column in ("before", "after"):
            return self.values_text(index.row(), column == "after", "\n" if tip else "; ")
        if tip and column != "fields":
            return None
        if column == "when":
            return when_text(int(version["time_ms"]))
        if column == "who":
            return author_name(str(version["author"]), self.people, self.lang)
        if column == "change":
            first = index.row() == 0 and version["type"] == "put"
            return (
                _(self.lang, "Created")
                if first
                else _(self.lang, KEYED[f"change_{version['type']}"])
            )
        return ", ".join(self._label(name) for name in version.get("fields") or [])

    def author(self, row: int) -> str:
        return author_name(str(self.versions[row]["author"]), self.people, self.lang)

    def values_text(self, row: int, after: bool, sep: str) -> str:
        """ "Field: value" for each field version row wrote, as it was before or after it."""
        if row == 0 and not after:
            return ""  # nothing came before the first version
        version = self.versions[row]
        before = self.states[row - 1] if row > 0 else {}
        state = self.states[row] if after else before
        names = list((version.get("values") or {}).keys())
        names += [n for n in version.get("redacted_fields") or [] if n not in names]
        target = version.get("redact_target")
        if target and target != "*" and target not in names:
            names.append(str(target))
        hidden = set(domain.sensitive_fields(self.kind)) if self.kind else set()
        parts = []
        for name in names:
            if name == "attachments":
                continue
            erased = self.erased is None or name in self.erased
            if name in hidden:
                text = _(self.lang, "(hidden)")
            elif name not in state and erased:
                text = _(self.lang, "(redacted)")
            else:
                shown = field_text(self.kind, name, state.get(name), self.lang, self.lookup)
                if not shown and row == 0:
                    continue  # a new record's empty fields say nothing
                text = shown or _(self.lang, "(empty)")
            parts.append(f"{self._label(name)}: {text}")
        return sep.join(parts)

    def _label(self, name: str) -> str:
        if name == "attachments":
            return _(self.lang, "Attachments")
        try:
            return domain.field_label(self.kind, name, self.lang)
        except KeyError:
            return name

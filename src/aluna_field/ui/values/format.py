"""How field values read on screen: enum labels, dates, subjects by alias, yes/no.

Pure functions, no widgets: the table model and the detail pane both use them. What a
field is (coded, a reference, a date and time) comes from its kind's spec.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...domain import kinds as domain
from ...domain.activity import GENDERS
from ...domain.coded import Coded, OrderedCoded
from ...domain.definitions import CUSTOM_PREFIX, Definitions, is_custom_key
from ...domain.spec import FieldSpec
from ...l10n import _
from ...services import team
from ...services.session import Session


@dataclass
class Lookup:
    """What a record's references read as: subjects by alias, other records by title."""

    aliases: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)
    # Custom fields and codes: what their values read as (labels of the definitions).
    definitions: Definitions = field(default_factory=Definitions)
    # Team members by device id (the roster): who facilitated an activity.
    members: dict[str, str] = field(default_factory=dict)

    def alias(self, rid: str, lang: str) -> str:
        return self.aliases.get(rid) or _(lang, "(unknown subject)")

    def member(self, device_id: str, lang: str) -> str:
        return self.members.get(device_id) or _(lang, "(someone not on the team list)")

    def title(self, rid: str, lang: str) -> str:
        return self.titles.get(rid) or self.aliases.get(rid) or _(lang, "(unknown record)")


def member_names(session: Session) -> dict[str, str]:
    """Device id → name of every device on the roster, and of this one even before it
    joins a team (what a facilitator's id reads as)."""
    names = {m.device_id: m.name for m in team.members(session)}
    return {session.identity.device_id: session.device.name, **names}


def field_spec(kind: str, name: str) -> FieldSpec | None:
    """The spec of a field of `kind`, None for a name the spec does not know."""
    spec = domain.spec_of(kind)
    return spec.field(name) if spec.has(name) else None


def vocab_of(kind: str, name: str) -> type[Coded] | None:
    """The vocabulary of a coded field (its spec's), None for other fields."""
    spec = field_spec(kind, name)
    return spec.vocab if spec is not None else None


def format_value(kind: str, name: str, value: Any, lang: str, lookup: Lookup) -> str:
    """The value of field `name` as a person reads it; "" for nothing."""
    if value is None or value == "" or value == []:
        return ""
    if is_custom_key(name):
        return _custom_value(kind, name, value, lang, lookup)
    spec = field_spec(kind, name)
    kind_of = spec.type if spec is not None else None
    if spec is not None and spec.vocab is not None:
        values = value if isinstance(value, list) else [value]
        return ", ".join(_label(spec.vocab, v, lang, lookup) for v in values)
    if kind_of == "counts" and isinstance(value, Mapping):
        return _counts(kind, name, value, lang)
    if kind_of in ("subject", "subjects"):
        ids = value if isinstance(value, list) else [value]
        return ", ".join(lookup.alias(rid, lang) for rid in ids)
    if kind_of == "record":
        return lookup.title(str(value), lang)
    if kind_of == "names":
        ids = value if isinstance(value, list) else [value]
        return ", ".join(lookup.member(str(d), lang) for d in ids)
    if isinstance(value, bool):
        return _(lang, "Yes") if value else _(lang, "No")
    if kind_of == "datetime" and isinstance(value, str):
        return value.replace("T", " ")[:16]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _counts(kind: str, name: str, value: Mapping[str, Any], lang: str) -> str:
    """ "18 (Mujeres 9 · Hombres 4 · Sin dato 2)": the total first, then each count given."""
    # In the model's order (women, men, other, not said), not the stored keys' order.
    parts = [
        f"{domain.field_label(kind, f'{name}.{part}', lang)} {value[part]}"
        for part in GENDERS
        if isinstance(value.get(part), int) and value[part]
    ]
    total = value.get("total")
    head = str(total) if isinstance(total, int) else ""
    return f"{head} ({' · '.join(parts)})" if parts else head


def _label(enum: type[Coded], code: object, lang: str, lookup: Lookup | None = None) -> str:
    try:
        return enum(str(code)).label(lang)
    except ValueError:
        # A code a coordinator added (or one not defined here yet: shown as its code).
        custom = lookup.definitions.code_label(enum, str(code), lang) if lookup else None
        return custom or str(code)


def _custom_value(kind: str, name: str, value: Any, lang: str, lookup: Lookup) -> str:
    spec = lookup.definitions.field(kind, name[len(CUSTOM_PREFIX) :])
    if spec is not None and spec.type in ("choice", "choices"):
        values = value if isinstance(value, list) else [value]
        return ", ".join(spec.choice_label(str(v), lang) for v in values)
    if isinstance(value, bool):
        return _(lang, "Yes") if value else _(lang, "No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def custom_label(kind: str, name: str, lang: str, lookup: Lookup) -> str | None:
    """The label of custom field `name` (an `x_` key); None while its definition has not
    arrived (the caller says so: "campo no definido aún")."""
    spec = lookup.definitions.field(kind, name[len(CUSTOM_PREFIX) :])
    return spec.label(lang) if spec is not None else None


def sort_key(kind: str, name: str, value: Any, display: str) -> Any:
    """What the column sorts by: scales by rank, everything else by its text."""
    enum = vocab_of(kind, name)
    if enum is not None and issubclass(enum, OrderedCoded) and isinstance(value, str):
        try:
            return enum(value).order
        except ValueError:
            return -1
    if isinstance(value, bool | int) and not isinstance(value, str):
        return int(value)
    return display.casefold()


def record_date(kind: str, fields: Mapping[str, Any]) -> dt.date | None:
    """The record's main date (see domain.date_field), or None."""
    name = domain.date_field(kind)
    value = fields.get(name) if name else None
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def title_of(
    kind: str,
    fields: Mapping[str, Any],
    lang: str,
    lookup: Lookup,
    with_kind: bool = True,
    with_date: bool = True,
) -> str:
    """A short line naming a record: "Nota de crisis · 2025-03-02 · Colectivo Ficticio".

    Without the kind or the date where a column beside it already says it.
    """
    kind_label = domain.RecordKind(kind).label(lang)
    if kind == "subject":
        return str(fields.get("alias") or kind_label)
    parts = [kind_label] if with_kind else []
    day = record_date(kind, fields) if with_date else None
    if day is not None:
        parts.append(day.isoformat())
    for ref in domain.subject_refs(kind):
        shown = format_value(kind, ref, fields.get(ref), lang, lookup)
        if shown:
            parts.append(shown)
    if kind == "accompaniment" and fields.get("title"):
        parts.append(str(fields["title"]))
    if kind == "follow-up" and fields.get("description"):
        parts.append(str(fields["description"]))
    return " · ".join(parts) or kind_label


def subject_aliases(session: Session) -> dict[str, str]:
    """Every subject's alias by id (what references to subjects read as)."""
    return {v.rid: str(v.state.fields.get("alias") or "") for v in session.list_records("subject")}

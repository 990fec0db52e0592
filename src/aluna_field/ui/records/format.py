"""How field values read on screen: enum labels, dates, subjects by alias, yes/no.

Pure functions, no widgets: the table model and the detail pane both use them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ...domain import kinds as domain
from ...domain.coded import Coded, OrderedCoded
from ...domain.taxonomy import (
    AccompanimentArea,
    AccompanimentStatus,
    EventType,
    FieldOfWork,
    ImpactCategory,
    Intervention,
    MourningAlteration,
    MourningLoss,
    PerpetratorType,
    RiskLevel,
    Sphere,
    SubjectType,
    Urgency,
)
from ..i18n import t
from .texts import TEXTS

ENUMS: Mapping[tuple[str, str], type[Coded]] = {
    ("subject", "type"): SubjectType,
    ("subject", "field_of_work"): FieldOfWork,
    ("accompaniment", "area"): AccompanimentArea,
    ("accompaniment", "status"): AccompanimentStatus,
    ("crisis-note", "event"): EventType,
    ("crisis-note", "perpetrator"): PerpetratorType,
    ("crisis-note", "interventions"): Intervention,
    ("crisis-note", "urgency"): Urgency,
    ("risk-assessment", "risk_level"): RiskLevel,
    ("impact-observation", "sphere"): Sphere,
    ("impact-observation", "categories"): ImpactCategory,
    ("impact-observation", "mourning_losses"): MourningLoss,
    ("impact-observation", "mourning_alterations"): MourningAlteration,
}

# The columns of each list, in order: the date (the alias for subjects) first, then the
# subject and the level or state that decides what to look at first, so that these fit
# at 1280 px; free text comes last.
COLUMNS: Mapping[str, tuple[str, ...]] = {
    "subject": ("alias", "type", "region", "field_of_work"),
    "accompaniment": ("started_on", "subject_ids", "status", "area", "title"),
    "crisis-note": ("occurred_at", "subject_ids", "event", "urgency"),
    "risk-assessment": ("assessed_on", "subject_id", "risk_level", "next_review_on"),
    "impact-observation": ("observed_on", "subject_ids", "sphere", "intensity", "categories"),
    "follow-up": ("due_on", "done", "record_id", "description"),
}

# Columns whose text has no natural length (names, titles, lists): they share what is
# left of the width and elide. Dates, levels and yes/no are always shown whole.
LONG_TEXT = frozenset(
    {
        "alias",
        "region",
        "field_of_work",
        "subject_ids",
        "subject_id",
        "title",
        "area",
        "event",
        # "Ámbito organizativo o colectivo": whole, it left the subject four letters.
        "sphere",
        "categories",
        "record_id",
        "description",
    }
)

# Which field the "category" and the "urgency" filters look at, per kind.
CATEGORY_FIELD: Mapping[str, str] = {
    "subject": "field_of_work",
    "accompaniment": "area",
    "crisis-note": "event",
    "impact-observation": "categories",
}
URGENCY_FIELD: Mapping[str, str] = {"crisis-note": "urgency", "risk-assessment": "risk_level"}


@dataclass
class Lookup:
    """What a record's references read as: subjects by alias, other records by title."""

    aliases: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)

    def alias(self, rid: str, lang: str) -> str:
        return self.aliases.get(rid) or t(TEXTS, "unknown_subject", lang)

    def title(self, rid: str, lang: str) -> str:
        return self.titles.get(rid) or self.aliases.get(rid) or t(TEXTS, "unknown_record", lang)


def enum_for(kind: str, name: str) -> type[Coded] | None:
    return ENUMS.get((kind, name))


def format_value(kind: str, name: str, value: Any, lang: str, lookup: Lookup) -> str:
    """The value of field `name` as a person reads it; "" for nothing."""
    if value is None or value == "" or value == []:
        return ""
    enum = enum_for(kind, name)
    if enum is not None:
        values = value if isinstance(value, list) else [value]
        return ", ".join(_label(enum, v, lang) for v in values)
    if name in domain.subject_refs(kind):
        ids = value if isinstance(value, list) else [value]
        return ", ".join(lookup.alias(rid, lang) for rid in ids)
    if name == "record_id":
        return lookup.title(str(value), lang)
    if isinstance(value, bool):
        return t(TEXTS, "yes" if value else "no", lang)
    if name.endswith("_at") and isinstance(value, str):
        return value.replace("T", " ")[:16]
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _label(enum: type[Coded], code: object, lang: str) -> str:
    try:
        return enum(str(code)).label(lang)
    except ValueError:
        return str(code)


def sort_key(kind: str, name: str, value: Any, display: str) -> Any:
    """What the column sorts by: scales by rank, everything else by its text."""
    enum = enum_for(kind, name)
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

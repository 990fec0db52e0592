"""A case-file entry in a few coded words, for the screen's last column and the PDF.

Coded fields only (event, perpetrator, urgency, level and trend, sphere, categories,
status…): never a narrative, a description or a title, which could name someone and
which the PDF would carry out of the vault.
"""

from __future__ import annotations

from ...l10n import _
from ...services.case_file import CaseEntry
from ..values.format import Lookup, format_value

# The coded fields each kind shows, in order (a kind not here shows only its kind and date).
DETAIL_FIELDS = {
    "crisis-note": ("event", "perpetrator", "urgency"),
    "risk-assessment": ("risk_level",),
    "impact-observation": ("sphere", "categories", "intensity"),
    "activity": ("type", "area"),
    "follow-up": ("done",),
    "accompaniment": ("area", "status"),
}


def trend_words(trend: str, lang: str) -> str:
    """ "sube" / "baja" / "igual" / "primer análisis" ("" for none)."""
    return {
        "first": _(lang, "first assessment"),
        "up": _(lang, "rising"),
        "down": _(lang, "falling"),
        "same": _(lang, "unchanged"),
    }.get(trend, "")


def detail_words(entry: CaseEntry, lang: str, lookup: Lookup) -> str:
    """The entry's coded fields joined by " · " (with the trend after a level)."""
    fields = entry.view.state.fields
    parts = []
    for name in DETAIL_FIELDS.get(entry.kind, ()):
        shown = format_value(entry.kind, name, fields.get(name), lang, lookup)
        if name == "intensity" and shown:
            shown = _(lang, "intensity {n}", n=shown)
        elif name == "done":
            shown = _(lang, "done") if fields.get("done") else _(lang, "pending")
        if shown:
            parts.append(shown)
    if entry.trend:
        parts.append(trend_words(entry.trend, lang))
    return " · ".join(parts)


def about_words(entry: CaseEntry, lookup: Lookup, lang: str) -> str:
    """The aliases of the case's subjects the entry is about."""
    return ", ".join(lookup.alias(sid, lang) for sid in entry.about)

"""How a list column orders and filters, said in the terms `store.listing` runs as SQL.

The same order the small in-memory lists give (values.format.sort_key): levels by severity,
other coded values by their label in the reader's language, subjects by alias and
follow-up targets by title, dates as dates, yes/no as a number, text case-folded.
"""

from __future__ import annotations

from typing import Any

from ...domain import kinds as domain
from ...domain.coded import OrderedCoded
from ...store.listing import How, ListQuery, python_key
from ..values.format import Lookup, vocab_of
from ..values.layout import list_layout
from .model import Filters


def column_order(kind: str, name: str, lang: str, lookup: Lookup) -> tuple[How, dict[str, int]]:
    """How column `name` of kind's list orders: (how, ranks for "rank")."""
    enum = vocab_of(kind, name)
    if enum is not None:
        if issubclass(enum, OrderedCoded):
            return "rank", {m.value: m.order for m in enum}
        labels = sorted(enum, key=lambda m: m.label(lang).casefold())
        return "rank", {m.value: i for i, m in enumerate(labels)}
    if name in domain.subject_refs(kind):
        return "rank", _ranked({rid: lookup.alias(rid, lang) for rid in lookup.aliases})
    if name == "record_id":
        titles = {rid: lookup.title(rid, lang) for rid in {*lookup.titles, *lookup.aliases}}
        return "rank", _ranked(titles)
    if name == domain.date_field(kind) or name.endswith(("_on", "_at")):
        return "date", {}
    annotation = domain.model_for(kind).model_fields.get(name)
    if annotation is not None and annotation.annotation in (bool, int, bool | None, int | None):
        return "int", {}
    return "text", {}


def _ranked(shown: dict[str, str]) -> dict[str, int]:
    order = sorted(shown, key=lambda rid: (shown[rid].casefold(), rid))
    return {rid: i for i, rid in enumerate(order)}


def list_query(
    kind: str,
    lang: str,
    lookup: Lookup,
    column: str | None,
    descending: bool,
    filters: Filters,
    search: str | None,
) -> ListQuery:
    """The SQL list of kind: filters from the bar, ordered by column (None: recent first)."""
    how: How = "text"
    ranks: dict[str, int] = {}
    if column is not None:
        how, ranks = column_order(kind, column, lang, lookup)
    equals: list[tuple[str, str]] = []
    layout = list_layout(kind)
    for name, code in ((layout.category, filters.category), (layout.level, filters.urgency)):
        if code:
            # A kind without that filter's field keeps nothing, as `matches` does: no
            # record has a field named `rid` among its fields.
            equals.append((name, code) if name else ("rid", ""))
    equals.extend(filters.custom)  # custom choice fields (stored under their x_ key)
    return ListQuery(
        kind,
        column,
        how,
        ranks,
        descending,
        filters.date_from.isoformat() if filters.date_from else None,
        filters.date_to.isoformat() if filters.date_to else None,
        filters.subject or None,
        tuple(equals),
        search,
    )


def plan_key(query: ListQuery, fields: dict[str, Any]) -> tuple[bool, Any]:
    """A sort key comparable with those of `listing.ordered` (empty first)."""
    key = python_key(query, fields)
    return (key is not None, key)

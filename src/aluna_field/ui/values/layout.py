"""Where a list's columns and filters come from: the kind's spec, through one accessor.

The list model, the filter bar and the pane ask `list_layout(kind)`; nothing about a
kind's columns is written anywhere else.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ...domain import kinds as domain

# The columns of the all-kinds list (search results, a subject's records).
ALL_KINDS_COLUMNS = ("kind", "date", "title")


@dataclass(frozen=True)
class ListLayout:
    """A list's columns in order, which of them are wide, and what its filters look at."""

    columns: tuple[str, ...]
    # Columns whose text has no natural length (names, titles, lists): they share what is
    # left of the width and elide. The others (dates, levels, yes/no) are shown whole.
    wide: frozenset[str]
    category: str | None = None  # the field the "category" filter looks at
    level: str | None = None  # the field the urgency / level filter looks at
    summary: str | None = None  # what says most about a record at a glance


@functools.lru_cache(maxsize=32)
def _layout(spec: domain.KindSpec) -> ListLayout:
    columns = spec.columns()
    return ListLayout(
        columns=tuple(f.code for f in columns),
        wide=frozenset(f.code for f in columns if f.wide),
        category=spec.filter_field("category"),
        level=spec.filter_field("level"),
        summary=next((f.code for f in spec.fields if f.summary), None),
    )


def list_layout(kind: str | None) -> ListLayout:
    """The layout of `kind`'s list; None gives the all-kinds list."""
    if kind is None:
        return ListLayout(ALL_KINDS_COLUMNS, frozenset({"title"}))
    return _layout(domain.spec_of(kind))

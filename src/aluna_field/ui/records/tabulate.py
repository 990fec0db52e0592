"""A list's cells and sort keys, worked out once (off the GUI thread) instead of per paint.

With tens of thousands of records, asking Python for a cell on every paint and every
sort comparison froze the window for seconds; a `Table` holds the text of every cell
and the key of every column, so painting is a lookup and sorting a plain Python sort.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ...domain import kinds as domain
from ..values.format import Lookup, format_value, record_date, sort_key, title_of
from ..values.layout import list_layout
from .rows import RecordRow


def columns_of(kind: str | None) -> tuple[str, ...]:
    return list_layout(kind).columns


@dataclass(frozen=True)
class Table:
    rows: list[RecordRow]
    cells: list[tuple[str, ...]]
    keys: list[tuple[Any, ...]]
    lookup: Lookup


def cell(kind: str | None, name: str, row: RecordRow, lang: str, lookup: Lookup) -> str:
    """The text of one cell: a field of kind's list, or a column of the all-kinds list."""
    if kind is not None:
        return format_value(row.kind, name, row.fields.get(name), lang, lookup)
    if name == "kind":
        return domain.RecordKind(row.kind).label(lang)
    if name == "title":
        return title_of(row.kind, row.fields, lang, lookup, with_kind=False, with_date=False)
    day = record_date(row.kind, row.fields)
    return day.isoformat() if day else ""


def _key(kind: str | None, name: str, row: RecordRow, text: str) -> tuple[int, Any]:
    key = sort_key(row.kind, name, row.fields.get(name), text) if kind else text.casefold()
    # Numbers before text, so a column never compares an int with a str.
    return (0, key) if isinstance(key, int) else (1, str(key))


def tabulate(kind: str | None, lang: str, rows: Sequence[RecordRow], lookup: Lookup) -> Table:
    names = columns_of(kind)
    cells, keys = [], []
    for row in rows:
        texts = tuple(cell(kind, name, row, lang, lookup) for name in names)
        cells.append(texts)
        keys.append(tuple(_key(kind, n, row, t) for n, t in zip(names, texts, strict=True)))
    return Table(list(rows), cells, keys, lookup)

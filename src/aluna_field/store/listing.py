"""Lists read in SQL: the row numbers of one kind's live records, filtered and ordered,
and the state of a few of them at a time.

A list of 100,000 records used to be read whole (every state parsed, every cell
formatted) before the first row was painted. Here the list is the ordered row numbers
alone; the screen asks for the state of the ~30 rows it shows (`states_of`). Ordering
is SQL: dates on the `date_key` index, levels and aliases on the partial indexes of
migration v6, whose indexed expression SQLite reads without opening the state.

Which order and which filters is the caller's business (the UI knows what a column
shows); this module only turns them into SQL. Nothing here holds content past a call.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

from ..domain import kinds as domain
from ..domain.definitions import is_custom_key
from .db import Connection
from .search import fts_query

# How a column orders: `date` as ISO text, `rank` by a caller's code → position map
# (levels by severity, enums by label, references by what they read as), `int` as a
# number (yes/no), `text` case-folded.
How = Literal["date", "rank", "int", "text"]
_NAME = re.compile(r"[a-z_][a-z0-9_]{0,63}")
_CHUNK = 500


@dataclass(frozen=True)
class ListQuery:
    """What one list shows: live records of `kind`, filtered, in the order of `field`.

    `ranks` maps values of `field` to their position for `how == "rank"` (values not in
    it come first, like an empty cell). `equals` are (field, code) pairs every record
    must have (a list field containing the code counts). `subject` keeps records that
    name that subject (or are it); `search` keeps those whose text matches.
    """

    kind: str
    field: str | None = None
    how: How = "text"
    ranks: Mapping[str, int] = dataclasses.field(default_factory=dict)
    descending: bool = False
    date_from: str | None = None
    date_to: str | None = None
    subject: str | None = None
    equals: tuple[tuple[str, str], ...] = ()
    search: str | None = None


def _fold(value: object) -> str:
    return "" if value is None else str(value).casefold()


def _install(conn: Connection) -> None:
    # A per-row function for the sort key only (never in an index or a stored value,
    # so a vault never depends on it to be read).
    conn.create_function("aluna_fold", 1, _fold, deterministic=True)


def _value(kind: str, name: str) -> str:
    """The SQL of a field's value (its first element for a list field): the same text as
    the partial indexes of migration v6, so SQLite reads it from them."""
    if not _NAME.fullmatch(name):
        raise ValueError("bad field name")
    if name == domain.date_field(kind):
        return "date_key"
    first = "[0]" if name in domain.set_fields(kind) else ""
    return f"json_extract(state, '$.fields.{name}{first}')"


def _contains(kind: str, name: str) -> str:
    if not _NAME.fullmatch(name):
        raise ValueError("bad field name")
    # A custom field may hold one code or several: json_each reads a single value as one.
    if name in domain.set_fields(kind) or is_custom_key(name):
        return f"EXISTS (SELECT 1 FROM json_each(state, '$.fields.{name}') WHERE value = ?)"
    return f"json_extract(state, '$.fields.{name}') = ?"


def _where(q: ListQuery) -> tuple[str, list[Any]]:
    if q.kind not in domain.KIND_CODES:
        raise ValueError("unknown record kind")
    # The kind is one of our own constants, written out so that SQLite can use the
    # partial indexes (it cannot match a bound parameter against their WHERE).
    parts = [f"kind = '{q.kind}'", "deleted = 0"]
    args: list[Any] = []
    if q.date_from or q.date_to:
        parts.append("date_key IS NOT NULL AND length(date_key) >= 10")
    if q.date_from:
        parts.append("substr(date_key, 1, 10) >= ?")
        args.append(q.date_from)
    if q.date_to:
        parts.append("substr(date_key, 1, 10) <= ?")
        args.append(q.date_to)
    if q.subject:
        refs = [_contains(q.kind, name) for name in domain.subject_refs(q.kind)]
        args.extend([q.subject] * len(refs))
        if q.kind == "subject":
            refs.append("rid = ?")
            args.append(q.subject)
        parts.append("(" + (" OR ".join(refs) or "0") + ")")
    for name, code in q.equals:
        parts.append(_contains(q.kind, name))
        args.append(code)
    if q.search is not None:
        match = fts_query(q.search)
        if match is None:
            parts.append("0")  # no word to look for: nothing matches, as in search_rowids
        else:
            parts.append("num IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)")
            args.append(match)
    return " AND ".join(parts), args


# The partial indexes of migration v6: (kind, field) whose value SQLite keeps in an
# index, so that each level is one range of it (tests/store/test_listing.py checks
# that these indexes exist).
INDEXED: Mapping[tuple[str, str], str] = {
    ("crisis-note", "urgency"): "records_list_urgency",
    ("risk-assessment", "risk_level"): "records_list_risk_level",
    ("subject", "alias"): "records_list_alias",
}
# At most this many ranks are read as one indexed range each; more (aliases) sort once.
_RANGES_AT_MOST = 16


def _key_sql(q: ListQuery) -> tuple[str, str, list[Any]]:
    """(sort key SQL, the WITH clause it needs, that clause's arguments)."""
    if q.field is None:
        return "NULL", "", []
    value = _value(q.kind, q.field)
    if q.how == "rank":
        # The ranks as one JSON argument, materialised once per query (SQLite indexes
        # it for the lookups): a list read writes nothing, so it never reads as a change
        # of the vault, on which the lists reload.
        ranks = json.dumps({str(k): int(v) for k, v in q.ranks.items()})
        with_ = "WITH list_rank(key, rank) AS MATERIALIZED (SELECT key, value FROM json_each(?)) "
        return f"(SELECT rank FROM list_rank WHERE key = {value})", with_, [ranks]
    if q.how == "text":
        return f"aluna_fold({value})", "", []
    if q.how == "int":
        return f"CAST({value} AS INTEGER)", "", []
    return value, "", []


def ordered(conn: Connection, q: ListQuery) -> list[int]:
    """The row numbers of every record the query keeps, in its order; ties by row
    number, the same way as the column (so the date index alone gives the order)."""
    _install(conn)
    where, args = _where(q)
    direction = "DESC" if q.descending else "ASC"
    if (
        q.how == "rank"
        and q.field is not None
        and (q.kind, q.field) in INDEXED
        and len(q.ranks) <= _RANGES_AT_MOST
    ):
        return _by_ranges(conn, q, where, args, direction)
    key, with_, before = _key_sql(q)
    sql = (
        f"{with_}SELECT group_concat(num) FROM (SELECT num FROM records WHERE {where}"
        f" ORDER BY {key} {direction}, num {direction})"
    )
    return _nums(conn.execute(sql, [*before, *args]).fetchone()[0])


def _nums(joined: str | None) -> list[int]:
    # One string for the whole list: 100,000 one-column rows cost more to fetch.
    return [int(n) for n in joined.split(",")] if joined else []


def _by_ranges(
    conn: Connection, q: ListQuery, where: str, args: list[Any], direction: str
) -> list[int]:
    """A level column as one index range per level, in the order of the levels;
    values without a rank (none, or unknown) come first, as an empty cell does."""
    assert q.field is not None
    value = _value(q.kind, q.field)
    # Named, or the planner takes the date index for the range of the unranked values.
    index = INDEXED[(q.kind, q.field)]
    codes = sorted(q.ranks, key=lambda c: q.ranks[c])
    marks = ",".join("?" * len(codes))
    parts: list[tuple[str, list[Any]]] = [
        (f"({value} IS NULL OR {value} NOT IN ({marks}))", list(codes))
    ]
    parts += [(f"{value} = ?", [code]) for code in codes]
    if q.descending:
        parts.reverse()
    out: list[int] = []
    for cond, extra in parts:
        sql = (
            f"SELECT group_concat(num) FROM (SELECT num FROM records INDEXED BY {index}"
            f" WHERE {where} AND {cond}"
            f" ORDER BY num {direction})"
        )
        out += _nums(conn.execute(sql, [*args, *extra]).fetchone()[0])
    return out


def keyed(conn: Connection, q: ListQuery) -> list[tuple[int, Any]]:
    """(row number, sort key) in the order of `ordered` (to merge rows that are not
    records, such as a protection plan's items, into a list)."""
    _install(conn)
    where, args = _where(q)
    direction = "DESC" if q.descending else "ASC"
    key, with_, before = _key_sql(q)
    sql = (
        f"{with_}SELECT num, {key} AS k FROM records WHERE {where}"
        f" ORDER BY k {direction}, num {direction}"
    )
    return [(int(n), k) for n, k in conn.execute(sql, [*before, *args])]


def count(conn: Connection, kind: str) -> int:
    """How many live records of kind there are (the list's total, before filters)."""
    where, args = _where(ListQuery(kind))
    return int(conn.execute(f"SELECT count(*) FROM records WHERE {where}", args).fetchone()[0])


def states_of(conn: Connection, nums: list[int]) -> dict[int, dict[str, Any]]:
    """The stored state (as JSON data) of the given row numbers that still exist."""
    out: dict[int, dict[str, Any]] = {}
    for start in range(0, len(nums), _CHUNK):
        chunk = nums[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for num, state in conn.execute(
            f"SELECT num, state FROM records WHERE num IN ({marks})", chunk
        ):
            out[int(num)] = json.loads(state)
    return out


def num_of(conn: Connection, rid: str) -> int | None:
    row = conn.execute("SELECT num FROM records WHERE rid = ?", (rid,)).fetchone()
    return int(row[0]) if row else None


def values_of(conn: Connection, kind: str, name: str) -> set[str]:
    """The distinct values of a field over the live records of kind (e.g. the records
    follow-ups point at), without reading whole states into Python."""
    where, args = _where(ListQuery(kind))
    rows = conn.execute(f"SELECT DISTINCT {_value(kind, name)} FROM records WHERE {where}", args)
    return {str(r[0]) for r in rows if r[0] is not None}


def python_key(q: ListQuery, fields: Mapping[str, Any]) -> Any:
    """The sort key `ordered` gives a record with these fields (for rows that are not
    records, such as a protection plan's items shown among follow-ups)."""
    if q.field is None:
        return None
    value = fields.get(q.field)
    if isinstance(value, list):
        value = value[0] if value else None
    if q.how == "rank":
        return q.ranks.get(str(value)) if value is not None else None
    if q.how == "text":
        return _fold(value)
    if q.how == "int":
        return int(value) if value is not None else None
    return value


def search_among(conn: Connection, rids: list[str], text: str) -> set[str]:
    """The records among rids whose text matches (as a list's search keeps them)."""
    match = fts_query(text)
    if match is None or not rids:
        return set()
    found: set[str] = set()
    for start in range(0, len(rids), _CHUNK):
        chunk = rids[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        found.update(
            str(r[0])
            for r in conn.execute(
                f"SELECT rid FROM records WHERE rid IN ({marks}) AND deleted = 0 AND num IN"
                " (SELECT rowid FROM records_fts WHERE records_fts MATCH ?)",
                [*chunk, match],
            )
        )
    return found

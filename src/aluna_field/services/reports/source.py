"""Reading what reports need straight from the materialised `records` table.

One query per kind pulls only the coded fields out of each record's JSON state with
SQLite's json_extract, so 100,000 records are read without building a Python object
per record state. The state's `fields` already hold the visible value of a field in
conflict (the newest candidate), and deleted records are left out by `deleted = 0`.
Free text (narratives, descriptions) is never selected.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ...domain.taxonomy import PerpetratorType
from ...store.db import Connection
from .filters import ReportFilter
from .states import display_names

# Named tuples rather than dataclasses: a report builds one per record, 100,000 at a time.


class SubjectRow(NamedTuple):
    rid: str
    alias: str
    region: str


class AccompanimentRow(NamedTuple):
    subjects: tuple[str, ...]
    area: str


class CrisisRow(NamedTuple):
    day: str
    subjects: tuple[str, ...]
    event: str
    # Several per event since schema 3; empty when none was recorded.
    perpetrators: tuple[str, ...]
    urgency: str


_PERPETRATORS = frozenset(PerpetratorType.codes())


def perpetrators_of(crisis: CrisisRow, codes: frozenset[str] = _PERPETRATORS) -> tuple[str, ...]:
    """The perpetrator codes of a note among `codes` (the built-in ones unless the
    vault's custom codes are added), or ("unknown",) when it names none: an event
    counts once under each of its perpetrators."""
    # "Unknown" beside a known code says nothing more (a merge of two devices' edits can
    # leave both; the model drops it on the next save).
    unknown = PerpetratorType.UNKNOWN.value
    known = tuple(p for p in crisis.perpetrators if p in codes and p != unknown)
    return known or (unknown,)


class ImpactRow(NamedTuple):
    day: str
    subjects: tuple[str, ...]
    sphere: str
    categories: tuple[str, ...]


class RiskRow(NamedTuple):
    day: str
    subject: str
    level: str
    rid: str = ""
    review: str = ""  # next_review_on


class MeasureRow(NamedTuple):
    """The coded fields of one protection-plan measure (never `what`, `who` or notes)."""

    type: str  # "" when not given
    state: str
    by: str


class FollowUpRow(NamedTuple):
    due: str
    target: str
    done: bool


@dataclass(frozen=True)
class Snapshot:
    """The coded content of every live record a report may use (dated kinds in range)."""

    subjects: list[SubjectRow]
    accompaniments: list[AccompanimentRow]
    crises: list[CrisisRow]
    impacts: list[ImpactRow]
    risks: list[RiskRow]
    follow_ups: list[FollowUpRow]
    # Subject ids of every live record, for follow-ups that point at any kind of record.
    record_subjects: dict[str, tuple[str, ...]]
    # The measures of each assessment read (by record id).
    measures: dict[str, list[MeasureRow]] = field(default_factory=dict)


def _codes(value: Any) -> tuple[str, ...]:
    """A set of codes, or the single code a schema-2 row held (vault migration 5 rewrites
    those; read alike anyway, so no reader depends on when it ran)."""
    if isinstance(value, str) and value and not value.startswith("["):
        return (value,)
    return _list(value)


def _list(value: Any) -> tuple[str, ...]:
    """A JSON array of strings from json_extract (minified), as a tuple."""
    if not isinstance(value, str) or value == "[]":
        return ()
    # Record ids and codes never hold quotes or escapes: split instead of parsing.
    if value.startswith('["') and value.endswith('"]') and "\\" not in value:
        return tuple(value[2:-2].split('","'))
    try:
        items = json.loads(value)
    except ValueError:
        return ()
    return tuple(i for i in items if isinstance(i, str)) if isinstance(items, list) else ()


def _rows(
    conn: Connection, kind: str, paths: tuple[str, ...], flt: ReportFilter | None = None
) -> Iterator[tuple[Any, ...]]:
    """rid, the day of the record's main date, then one value per field path.

    Missing values (a redacted field) come out as "" so that no caller meets NULL.
    """
    columns = ", ".join(f"ifnull(json_extract(state, '$.fields.{p}'), '')" for p in paths)
    sql = f"SELECT rid, ifnull(substr(date_key, 1, 10), ''), {columns} FROM records"
    sql += " WHERE kind = ? AND deleted = 0"
    args: list[Any] = [kind]
    if flt is not None and (flt.date_from or flt.date_to):
        sql += " AND substr(date_key, 1, 10) BETWEEN ? AND ?"
        args.extend(flt.day_bounds())
    yield from conn.execute(sql, args)


def read_snapshot(conn: Connection, flt: ReportFilter) -> Snapshot:
    """Everything a report counts, with dated kinds limited to the date range."""
    follow_ups = [
        FollowUpRow(day, target, done == 1)
        for _rid, day, target, done in _rows(conn, "follow-up", ("record_id", "done"), flt)
    ]
    wanted = {f.target for f in follow_ups}
    record_subjects: dict[str, tuple[str, ...]] = {}
    # Lists recur (the same subjects, the same categories): parse each distinct one once.
    parsed: dict[str, tuple[str, ...]] = {}

    def parse(value: Any) -> tuple[str, ...]:
        found = parsed.get(value)
        if found is None:
            found = parsed[value] = _list(value)
        return found

    def ids(rid: str, value: Any) -> tuple[str, ...]:
        subs = parse(value)
        if rid in wanted:
            record_subjects[rid] = subs
        return subs

    subjects = []
    for rid, _day, alias, region in _rows(conn, "subject", ("alias", "region")):
        subjects.append(SubjectRow(rid, str(alias), str(region)))
        if rid in wanted:
            record_subjects[rid] = (rid,)
    accompaniments = [
        AccompanimentRow(ids(rid, value), area)
        for rid, _day, value, area in _rows(conn, "accompaniment", ("subject_ids", "area"))
    ]
    crisis_paths = ("subject_ids", "event", "perpetrator", "urgency")
    crises = [
        CrisisRow(day, ids(rid, value), event, _codes(perpetrator), urgency)
        for rid, day, value, event, perpetrator, urgency in _rows(
            conn, "crisis-note", crisis_paths, flt
        )
    ]
    impact_paths = ("subject_ids", "sphere", "categories")
    impacts = [
        ImpactRow(day, ids(rid, value), sphere, parse(categories))
        for rid, day, value, sphere, categories in _rows(
            conn, "impact-observation", impact_paths, flt
        )
    ]
    risks = []
    for rid, day, subject, level, review in _rows(
        conn, "risk-assessment", ("subject_id", "risk_level", "next_review_on"), flt
    ):
        risks.append(RiskRow(day, subject, level, rid, str(review)))
        if rid in wanted:
            record_subjects[rid] = (subject,)
    # Follow-ups about records outside the date range: fetch just those records' subjects.
    missing = sorted(wanted - record_subjects.keys())
    for start in range(0, len(missing), 500):
        chunk = missing[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for rid, many, one in conn.execute(
            "SELECT rid, json_extract(state, '$.fields.subject_ids'),"
            f" json_extract(state, '$.fields.subject_id') FROM records WHERE rid IN ({marks})"
            " AND deleted = 0",
            chunk,
        ):
            record_subjects[rid] = (one,) if isinstance(one, str) else _list(many)
    measures = _measures(conn, {r.rid for r in risks})
    return Snapshot(
        subjects, accompaniments, crises, impacts, risks, follow_ups, record_subjects, measures
    )


def _measures(conn: Connection, rids: set[str]) -> dict[str, list[MeasureRow]]:
    """Each assessment's measures: only their type, state and date, through json_each."""
    out: dict[str, list[MeasureRow]] = {}
    sql = (
        "SELECT r.rid, ifnull(json_extract(m.value, '$.type'), ''),"
        " ifnull(json_extract(m.value, '$.state'), 'pending'),"
        " ifnull(json_extract(m.value, '$.by'), '')"
        " FROM records r, json_each(r.state, '$.fields.measures') m"
        " WHERE r.kind = 'risk-assessment' AND r.deleted = 0"
        " AND json_type(r.state, '$.fields.measures') = 'array'"
    )
    for rid, kind, state, by in conn.execute(sql):
        if rid in rids:
            out.setdefault(rid, []).append(MeasureRow(str(kind), str(state), str(by)))
    return out


def region_names(conn: Connection) -> list[str]:
    """The region of every live subject (for the region picker)."""
    return [str(r[2]) for r in _rows(conn, "subject", ("region",))]


def has_region(conn: Connection, flt: ReportFilter) -> bool:
    """True when the filter asks for no region or some live subject is in the one asked for."""
    return flt.region is None or any(flt.matches_region(r) for r in region_names(conn))


def state_choices(conn: Connection) -> list[str]:
    """The states of live subjects, one spelling each, in alphabetical order."""
    names = display_names(r for r in region_names(conn) if r)
    return sorted(names.values(), key=str.casefold)

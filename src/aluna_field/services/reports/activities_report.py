"""The *Informe de actividades* (for funders): what the team did in a period, counted.

Read straight from the materialised records, coded fields only (source.py's reader):
subjects' type, field of work and region; accompaniments' area, status and start;
crisis notes' interventions; activities' area, type and participants by gender;
follow-ups' due date and whether (and when) they were done. Never an alias, a name or
any free text. Counting rules are in docs/reports.md ("Informe de actividades").
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from typing import Any

from ...domain.taxonomy import (
    AccompanimentArea,
    AccompanimentStatus,
    ActivityArea,
    ActivityType,
    FieldOfWork,
    Intervention,
    SubjectType,
)
from ...store.db import Connection
from ..session import Session
from .filters import ReportFilter
from .outside import (
    OutsideReport,
    header_of,
    place_code,
    place_label,
    place_order,
    require_coordinator,
)
from .outside_texts import text
from .source import _list, _rows
from .tables import Cell, Table

GENDERS = ("women", "men", "other", "not_said")
TEAM_CARE = ActivityArea.TEAM_CARE.value


def _in_scope(day: str, status: str, flt: ReportFilter) -> bool:
    """An accompaniment counts when it started in the period, or is still open (active or
    paused) and started before the period ended (or has no start date)."""
    low, high = flt.day_bounds()
    if day and low <= day <= high:
        return True
    return status != AccompanimentStatus.CLOSED.value and (not day or day <= high)


def _participants(value: Any) -> dict[str, int]:
    """Counts by gender and the total (the sum when none was given) from the stored JSON."""
    try:
        found = json.loads(value) if isinstance(value, str) and value else {}
    except ValueError:
        found = {}
    if not isinstance(found, dict):
        found = {}
    out = {g: n if isinstance(n := found.get(g), int) and n >= 0 else 0 for g in GENDERS}
    total = found.get("total")
    counted = sum(out.values())
    out["total"] = total if isinstance(total, int) and total >= counted else counted
    return out


def _done_days(conn: Connection, rids: list[str]) -> dict[str, str]:
    """The day each follow-up was last marked done (from its ops' clocks)."""
    out: dict[str, str] = {}
    for start in range(0, len(rids), 500):
        chunk = rids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        sql = (
            "SELECT rid, max(wall) FROM ops WHERE rid IN (" + marks + ")"
            " AND json_valid(body) AND json_extract(body, '$.done.v') = 1 GROUP BY rid"
        )
        for rid, wall in conn.execute(sql, chunk):
            if isinstance(wall, int):
                out[rid] = dt.datetime.fromtimestamp(wall / 1000).date().isoformat()
    return out


def _rows_of(counter: Counter[str], labels: list[tuple[str, str]]) -> tuple[tuple[Cell, ...], ...]:
    return tuple((label, counter[code]) for code, label in labels)


def build_activities(
    session: Session,
    flt: ReportFilter,
    lang: str,
    today: dt.date,
    organisation: str | None = None,
) -> OutsideReport:
    """The *Informe de actividades* for the period of `flt` (coordinators only)."""
    require_coordinator(session)
    conn = session.conn
    subjects = {
        rid: (str(kind), str(region), _list(fields))
        for rid, _d, kind, region, fields in _rows(
            conn, "subject", ("type", "region", "field_of_work")
        )
    }
    accompaniments = [
        (str(area), str(status) or AccompanimentStatus.ACTIVE.value, _list(ids))
        for _rid, day, ids, area, status in _rows(
            conn, "accompaniment", ("subject_ids", "area", "status")
        )
        if _in_scope(day, str(status) or AccompanimentStatus.ACTIVE.value, flt)
    ]
    by_area: dict[str, set[str]] = {}
    status_area: Counter[tuple[str, str]] = Counter()
    for area, status, ids in accompaniments:
        status_area[(area, status)] += 1
        by_area.setdefault(area, set()).update(s for s in ids if s in subjects)
    accompanied = set().union(*by_area.values()) if by_area else set()

    kinds: Counter[str] = Counter(subjects[s][0] for s in accompanied)
    fields: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for s in accompanied:
        fields.update(set(subjects[s][2]) or {""})
        places[place_code(subjects[s][1])] += 1
    names = {place_code(subjects[s][1]): place_label(subjects[s][1], lang) for s in accompanied}

    notes = [_list(value) for _r, _d, value in _rows(conn, "crisis-note", ("interventions",), flt)]
    interventions: Counter[str] = Counter(i for note in notes for i in set(note))
    referred = sum(1 for note in notes if any(i.startswith("referral_") for i in note))

    act_count: Counter[str] = Counter()
    act_type: Counter[str] = Counter()
    people: dict[str, Counter[str]] = {}
    for _r, _d, area, kind, parts in _rows(conn, "activity", ("area", "type", "participants"), flt):
        act_count[str(area)] += 1
        act_type[str(kind)] += 1
        people.setdefault(str(area), Counter()).update(_participants(parts))

    follow = list(_rows(conn, "follow-up", ("done",), flt))
    done_on = _done_days(conn, [rid for rid, _d, done in follow if done == 1])
    fu: Counter[str] = Counter()
    for rid, due, done in follow:
        if done == 1:
            met = done_on.get(rid, "")
            fu["on_time" if met and met <= due else "late" if met else "done_unknown"] += 1
        else:
            fu["overdue" if due < today.isoformat() else "pending"] += 1

    fu_labels = {
        "on_time": text("out_fu_on_time", lang),
        "late": text("out_fu_late", lang),
        "done_unknown": text("out_fu_done_unknown", lang),
        "overdue": text("out_fu_overdue", lang),
        "pending": text("out_fu_pending", lang),
    }
    tables = (
        _count_table(
            "subjects_type",
            (text("act_subjects_type_title", lang), text("act_subjects_type_head", lang)),
            "",
            kinds,
            [(c.value, c.label(lang)) for c in SubjectType],
            lang,
        ),
        _count_table(
            "subjects_field",
            (text("act_subjects_field_title", lang), text("act_subjects_field_head", lang)),
            text("act_subjects_field_note", lang),
            fields,
            [(c.value, c.label(lang)) for c in FieldOfWork]
            + [("", text("out_not_recorded", lang))],
            lang,
        ),
        _count_table(
            "subjects_region",
            (text("act_subjects_region_title", lang), text("act_subjects_region_head", lang)),
            text("act_subjects_region_note", lang),
            places,
            sorted(names.items(), key=place_order),
            lang,
        ),
        _count_table(
            "subjects_area",
            (text("act_subjects_area_title", lang), text("act_subjects_area_head", lang)),
            text("act_subjects_area_note", lang),
            Counter({a: len(s) for a, s in by_area.items()}),
            [(c.value, c.label(lang)) for c in AccompanimentArea],
            lang,
        ),
        _status_table(status_area, lang),
        _count_table(
            "interventions",
            (text("act_interventions_title", lang), text("act_interventions_head", lang)),
            text("act_interventions_note", lang),
            interventions,
            [(c.value, c.label(lang)) for c in Intervention],
            lang,
        ),
        _activities_table(act_count, people, lang),
        _count_table(
            "activity_types",
            (text("act_activity_types_title", lang), text("act_activity_types_head", lang)),
            "",
            act_type,
            [(c.value, c.label(lang)) for c in ActivityType],
            lang,
        ),
        _count_table(
            "follow_ups",
            (text("act_follow_ups_title", lang), text("act_follow_ups_head", lang)),
            text("act_follow_ups_note", lang, day=today.isoformat()),
            fu,
            list(fu_labels.items()),
            lang,
        ),
    )
    participants = sum(c["total"] for c in people.values())
    summary = (
        (text("out_sum_subjects", lang), len(accompanied)),
        (text("out_sum_accompaniments", lang), len(accompaniments)),
        (text("out_sum_referred", lang), referred),
        (text("out_sum_activities", lang), sum(act_count.values())),
        (text("out_sum_participants", lang), participants),
        (text("out_sum_fu_on_time", lang, n=sum(fu.values())), fu["on_time"]),
    )
    org, period = header_of(session, flt, lang, organisation)
    codes: dict[str, Any] = {
        "subjects": len(accompanied),
        "subjects_by_type": _codes(kinds),
        "subjects_by_field_of_work": _codes(fields, empty="not_recorded"),
        "subjects_by_state": _codes(places),
        "subjects_by_area": {a: len(s) for a, s in sorted(by_area.items()) if s},
        "accompaniments": [
            {"area": a, "status": s, "count": n} for (a, s), n in sorted(status_area.items())
        ],
        "crisis_notes_with_referral": referred,
        "interventions": _codes(interventions),
        "activities_by_area": _codes(act_count),
        "activities_by_type": _codes(act_type),
        "participants_by_area": {a: dict(sorted(c.items())) for a, c in sorted(people.items())},
        "follow_ups": _codes(fu),
    }
    return OutsideReport(
        "activities",
        lang,
        text("act_title", lang),
        org,
        period,
        today,
        (text("act_method", lang), text("out_small_counts", lang)),
        summary,
        tables,
        codes,
        flt,
    )


def _codes(counter: Counter[str], empty: str = "") -> dict[str, int]:
    return {(k or empty): n for k, n in sorted(counter.items()) if n}


def _count_table(
    key: str,
    words: tuple[str, str],
    note: str,
    counter: Counter[str],
    labels: list[tuple[str, str]],
    lang: str,
) -> Table:
    """A table of (label, count), zero rows left out; `words` are its title and head."""
    rows = tuple(r for r in _rows_of(counter, labels) if r[1])
    return Table(key, words[0], (words[1], text("out_count", lang)), rows, note)


def _status_table(counts: Counter[tuple[str, str]], lang: str) -> Table:
    statuses = list(AccompanimentStatus)
    rows: list[tuple[Cell, ...]] = []
    for area in AccompanimentArea:
        cells = [counts[(area.value, s.value)] for s in statuses]
        if sum(cells):
            rows.append((area.label(lang), *cells, sum(cells)))
    return Table(
        "accompaniments",
        text("act_accompaniments_title", lang),
        (text("out_area", lang), *(s.label(lang) for s in statuses), text("out_total", lang)),
        tuple(rows),
        text("act_accompaniments_note", lang),
    )


def _activities_table(count: Counter[str], people: dict[str, Counter[str]], lang: str) -> Table:
    rows: list[tuple[Cell, ...]] = []
    for area in ActivityArea:
        if count[area.value]:
            p = people.get(area.value, Counter())
            rows.append((area.label(lang), count[area.value], *(p[g] for g in GENDERS), p["total"]))
    return Table(
        "activities",
        text("act_activities_title", lang),
        (
            text("out_area", lang),
            text("act_activities_head", lang),
            text("out_gender_women", lang),
            text("out_gender_men", lang),
            text("out_gender_other", lang),
            text("out_gender_not_said", lang),
            text("act_participants_total", lang),
        ),
        tuple(rows),
        text("act_activities_note", lang),
    )

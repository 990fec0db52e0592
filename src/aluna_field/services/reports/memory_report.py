"""The *Memoria* (for historical memory): the violence the team documented in a period.

Crisis notes give the events (type, perpetrators, the State's role, justice status,
where and when); impact observations give the impacts by sphere and the coded
mechanisms of resistance. Coded fields only, never a narrative, an alias or a name.
Counting rules are in docs/reports.md ("Memoria").
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from ...domain.taxonomy import (
    EventType,
    ImpactCategory,
    JusticeStatus,
    PerpetratorType,
    ResistanceMechanism,
    Sphere,
    StateRole,
)
from ..session import Session
from .filters import ReportFilter
from .outside import (
    OutsideReport,
    header_of,
    place_code,
    place_label,
    place_order,
    quarter_label,
    quarter_of,
    require_coordinator,
)
from .outside_texts import text
from .source import CrisisRow, _codes, _list, _rows, perpetrators_of
from .tables import Cell, Table

# Every recorded status but a sentence: the event has not (yet) met justice.
IMPUNITY = (
    JusticeStatus.NO_COMPLAINT.value,
    JusticeStatus.COMPLAINT_FILED.value,
    JusticeStatus.UNDER_INVESTIGATION.value,
    JusticeStatus.CLOSED_WITHOUT_RESULT.value,
)
# More quarters than this in a period: columns by year instead.
MAX_QUARTERS = 8


def time_axis(flt: ReportFilter, days: list[str]) -> tuple[str, list[str]]:
    """("quarter" or "year", the columns): every quarter of the period, or of the data
    when the period is open; years when that makes more than MAX_QUARTERS columns."""
    low = flt.date_from.isoformat() if flt.date_from else min(days, default="")
    high = flt.date_to.isoformat() if flt.date_to else max(days, default="")
    if not low or not high:
        return "quarter", []
    quarters = []
    year, q = int(low[:4]), (int(low[5:7]) - 1) // 3 + 1
    last = quarter_of(high)
    while True:
        quarters.append(f"{year:04d}-Q{q}")
        if quarters[-1] >= last:
            break
        year, q = (year + 1, 1) if q == 4 else (year, q + 1)
    if len(quarters) <= MAX_QUARTERS:
        return "quarter", quarters
    return "year", [str(y) for y in range(int(low[:4]), int(high[:4]) + 1)]


def build_memory(
    session: Session,
    flt: ReportFilter,
    lang: str,
    today: dt.date,
    organisation: str | None = None,
) -> OutsideReport:
    """The *Memoria* for the period of `flt` (coordinators only)."""
    require_coordinator(session)
    conn = session.conn
    region = {rid: str(r) for rid, _d, r in _rows(conn, "subject", ("region",))}
    paths = ("subject_ids", "event", "perpetrator", "state_role", "justice_status")
    notes = []
    roles: Counter[str] = Counter()
    justice: Counter[str] = Counter()
    for _rid, day, ids, event, perp, role, status in _rows(conn, "crisis-note", paths, flt):
        notes.append(CrisisRow(day, _list(ids), str(event), _codes(perp), ""))
        found = set(_codes(role)) & set(StateRole.codes())
        roles.update(found or {""})
        justice[str(status) if status in JusticeStatus.codes() else ""] += 1
    axis_by, axis = time_axis(flt, [n.day for n in notes if n.day])

    def when(day: str) -> str:
        return "" if not day else quarter_of(day) if axis_by == "quarter" else day[:4]

    by_event: Counter[str] = Counter()
    event_perp: Counter[tuple[str, str]] = Counter()
    event_time: Counter[tuple[str, str]] = Counter()
    perp_time: Counter[tuple[str, str]] = Counter()
    place_time: Counter[tuple[str, str]] = Counter()
    names: dict[str, str] = {}
    # The organisation's own event and perpetrator codes (Formularios) are counted and
    # named as the coordinator's report does; the shared vocabulary comes first.
    defs = session.records.definitions()
    events = [(e.value, e.label(lang)) for e in EventType] + [
        (c.code, c.label(lang)) for c in defs.codes_of("event")
    ]
    perps = [(p.value, p.label(lang)) for p in PerpetratorType] + [
        (c.code, c.label(lang)) for c in defs.codes_of("perpetrator")
    ]
    perp_codes = frozenset(code for code, _label in perps)
    for n in notes:
        t = when(n.day)
        by_event[n.event] += 1
        event_time[(n.event, t)] += 1
        for p in perpetrators_of(n, perp_codes):
            event_perp[(n.event, p)] += 1
            perp_time[(p, t)] += 1
        for sid in n.subjects or ("",):
            names[place_code(region.get(sid, ""))] = place_label(region.get(sid, ""), lang)
        for code in {place_code(region.get(sid, "")) for sid in n.subjects or ("",)}:
            place_time[(code, t)] += 1

    spheres: Counter[str] = Counter()
    cat_sphere: Counter[tuple[str, str]] = Counter()
    resistance: Counter[str] = Counter()
    obs = list(
        _rows(conn, "impact-observation", ("sphere", "categories", "resistance_mechanisms"), flt)
    )
    for _rid, _day, sphere, cats, mechs in obs:
        spheres[str(sphere)] += 1
        cat_sphere.update((c, str(sphere)) for c in set(_list(cats)))
        resistance.update(set(_list(mechs)) & set(ResistanceMechanism.codes()))

    recorded = sum(justice[c] for c in JusticeStatus.codes())
    unpunished = sum(justice[c] for c in IMPUNITY)
    share = round(100 * unpunished / recorded) if recorded else None
    places = sorted(names.items(), key=place_order)
    times = [(t, quarter_label(t, lang) if axis_by == "quarter" else t) for t in axis]
    tables = (
        _event_perp_table(event_perp, by_event, events, perps, lang),
        _over_time(
            "events_time",
            (text("mem_events_time_title", lang), text("mem_event", lang)),
            "",
            event_time,
            events,
            times,
            lang,
        ),
        _over_time(
            "perpetrators_time",
            (text("mem_perpetrators_time_title", lang), text("mem_perpetrator", lang)),
            text("mem_perpetrators_time_note", lang),
            perp_time,
            perps,
            times,
            lang,
        ),
        _over_time(
            "regions_time",
            (text("mem_regions_time_title", lang), text("mem_region", lang)),
            text("mem_regions_time_note", lang),
            place_time,
            places,
            times,
            lang,
        ),
        _shares(
            "state_role",
            (text("mem_state_role_title", lang), text("mem_state_role", lang)),
            text("mem_state_role_note", lang),
            roles,
            [(r.value, r.label(lang)) for r in StateRole] + [("", text("mem_no_role", lang))],
            len(notes),
            lang,
        ),
        _shares(
            "justice",
            (text("mem_justice_title", lang), text("mem_justice", lang)),
            text("mem_justice_note", lang),
            justice,
            [(j.value, j.label(lang)) for j in JusticeStatus]
            + [("", text("out_not_recorded", lang))],
            len(notes),
            lang,
        ),
        _shares(
            "spheres",
            (text("mem_spheres_title", lang), text("mem_sphere", lang)),
            "",
            spheres,
            [(s.value, s.label(lang)) for s in Sphere],
            len(obs),
            lang,
        ),
        _category_sphere(cat_sphere, lang),
        _shares(
            "resistance",
            (text("mem_resistance_title", lang), text("mem_mechanism", lang)),
            text("mem_resistance_note", lang),
            resistance,
            [(m.value, m.label(lang)) for m in ResistanceMechanism],
            len(obs),
            lang,
        ),
    )
    impunity = (
        text("mem_impunity", lang, share=share, n=unpunished, of=recorded)
        if share is not None
        else text("mem_impunity_none", lang)
    )
    summary: tuple[tuple[str, Cell], ...] = (
        (text("mem_sum_events", lang), len(notes)),
        (text("mem_sum_observations", lang), len(obs)),
        (text("mem_sum_impunity", lang), impunity),
    )
    org, period = header_of(session, flt, lang, organisation)
    codes: dict[str, Any] = {
        "events": len(notes),
        "impact_observations": len(obs),
        "time_axis": axis_by,
        "events_by_type": _flat(by_event),
        "events_by_type_and_perpetrator": [
            {"event": e, "perpetrator": p, "count": n} for (e, p), n in sorted(event_perp.items())
        ],
        "events_by_type_over_time": _pairs(event_time, "event"),
        "events_by_perpetrator_over_time": _pairs(perp_time, "perpetrator"),
        "events_by_state_over_time": _pairs(place_time, "state"),
        "state_role": _flat(roles, "not_recorded"),
        "justice_status": _flat(justice, "not_recorded"),
        "impunity": {"statuses": list(IMPUNITY), "count": unpunished, "of": recorded},
        "impacts_by_sphere": _flat(spheres),
        "impacts_by_category_and_sphere": [
            {"category": c, "sphere": s, "count": n} for (c, s), n in sorted(cat_sphere.items())
        ],
        "resistance_mechanisms": _flat(resistance),
    }
    return OutsideReport(
        "memory",
        lang,
        text("mem_title", lang),
        org,
        period,
        today,
        (
            text("mem_method", lang),
            text("mem_method_perpetrators", lang),
            text("mem_method_impunity", lang),
            text("out_small_counts", lang),
        ),
        summary,
        tables,
        codes,
        flt,
    )


def _flat(counter: Counter[str], empty: str = "") -> dict[str, int]:
    return {(k or empty): n for k, n in sorted(counter.items()) if n}


def _pairs(counter: Counter[tuple[str, str]], name: str) -> list[dict[str, Any]]:
    return [{name: k, "period": t, "count": n} for (k, t), n in sorted(counter.items())]


def _event_perp_table(
    counts: Counter[tuple[str, str]],
    events: Counter[str],
    rows: list[tuple[str, str]],
    columns: list[tuple[str, str]],
    lang: str,
) -> Table:
    used = [c for c in columns if any(counts[(r, c[0])] for r, _l in rows)]
    body: list[tuple[Cell, ...]] = []
    for code, label in rows:
        if events[code]:
            body.append((label, *(counts[(code, c)] for c, _l in used), events[code]))
    return Table(
        "events_perpetrators",
        text("mem_events_perpetrators_title", lang),
        (text("mem_event", lang), *(label for _c, label in used), text("mem_events", lang)),
        tuple(body),
        text("mem_events_perpetrators_note", lang),
    )


def _over_time(
    key: str,
    words: tuple[str, str],
    note: str,
    counts: Counter[tuple[str, str]],
    rows: list[tuple[str, str]],
    times: list[tuple[str, str]],
    lang: str,
) -> Table:
    """Rows × the time axis, with a total; rows with no count left out."""
    body: list[tuple[Cell, ...]] = []
    for code, label in rows:
        cells = [counts[(code, t)] for t, _l in times]
        if sum(cells):
            body.append((label, *cells, sum(cells)))
    return Table(
        key,
        words[0],
        (words[1], *(label for _t, label in times), text("out_total", lang)),
        tuple(body),
        note,
    )


def _shares(
    key: str,
    words: tuple[str, str],
    note: str,
    counts: Counter[str],
    rows: list[tuple[str, str]],
    whole: int,
    lang: str,
) -> Table:
    """(label, count, share of `whole` in %), rows with no count left out."""
    body = tuple(
        (label, counts[code], f"{round(100 * counts[code] / whole)} %")
        for code, label in rows
        if counts[code] and whole
    )
    return Table(
        key, words[0], (words[1], text("out_count", lang), text("out_share", lang)), body, note
    )


def _category_sphere(counts: Counter[tuple[str, str]], lang: str) -> Table:
    spheres = list(Sphere)
    body: list[tuple[Cell, ...]] = []
    for cat in ImpactCategory:
        cells = [counts[(cat.value, s.value)] for s in spheres]
        if sum(cells):
            body.append((cat.label(lang), *cells))
    return Table(
        "impacts",
        text("mem_impacts_title", lang),
        (text("mem_category", lang), *(s.label(lang) for s in spheres)),
        tuple(body),
        text("mem_impacts_note", lang),
    )

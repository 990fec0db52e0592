"""The aggregates as labelled tables: what the screen, the CSV and the PDF all show.

One function builds them so that a number means the same thing in every place it
appears. Labels come in the report's language; cells hold labels (str) or counts (int).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ...domain.kinds import RecordKind
from ...domain.risk_codes import MeasureState, MeasureType
from ...domain.taxonomy import (
    AccompanimentArea,
    Coded,
    EventType,
    ImpactCategory,
    PerpetratorType,
    Sphere,
    Urgency,
)
from .aggregate import AGE_BUCKETS, DATED_KINDS, DUE_SOON_DAYS, ReportData, RiskPoint
from .filters import ReportFilter
from .plan_data import TYPES
from .texts import TEXTS, text

Cell = str | int

TABLE_KEYS = (
    "impacts",
    "events",
    "urgency",
    "regions",
    "risk",
    "follow_ups",
    "plan",
    "reviews",
    "custom",
)


@dataclass(frozen=True)
class Table:
    """A titled grid; the first `label_columns` columns are labels, the others counts."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    note: str = ""
    label_columns: int = 1


def state_label(state: str, lang: str) -> str:
    return state or text("no_region", lang)


def subject_label(alias: str, lang: str) -> str:
    return alias or text("unknown_subject", lang)


def period_text(flt: ReportFilter, lang: str) -> str:
    """The period in words: all, from a day, until a day, or from one to another."""
    start, end = flt.date_from, flt.date_to
    if start and end:
        return text("period_value", lang, start=start.isoformat(), end=end.isoformat())
    if start:
        return text("period_from", lang, start=start.isoformat())
    if end:
        return text("period_until", lang, end=end.isoformat())
    return text("period_all", lang)


def filter_lines(flt: ReportFilter, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs that say which filters a report used, for headings and files."""
    area = area_label(flt.area, lang)
    return [
        (text("period", lang), period_text(flt, lang)),
        (text("region", lang), flt.region or text("all_regions", lang)),
        (text("area", lang), area),
    ]


def summary_lines(data: ReportData, lang: str) -> list[tuple[str, int]]:
    return [
        (text(f"count_{kind}", lang), data.counts[kind]) for kind in (*DATED_KINDS, "follow-up")
    ]


Axis = list[tuple[str, str]]  # (code, label) in order


def axis(data: ReportData, vocab: type[Coded], name: str, lang: str) -> Axis:
    """A vocabulary's codes and labels in order, then the codes coordinators added."""
    en = lang == "en"
    custom = [(c, e if en else s) for c, s, e in data.extra_codes.get(name, ())]
    return [(m.value, m.label(lang)) for m in vocab] + custom


def cross_tab(counts: Counter[tuple[str, str]], rows: Axis, columns: Axis) -> list[list[int]]:
    """counts[(row code, column code)] as a grid, in the axes' order."""
    return [[counts[(r, c)] for c, _l in columns] for r, _m in rows]


def _matrix(
    key: str,
    counts: Counter[tuple[str, str]],
    rows: Axis,
    columns: Axis,
    head: str,
    lang: str,
) -> Table:
    grid = cross_tab(counts, rows, columns)
    body: tuple[tuple[Cell, ...], ...] = tuple(
        (label, *cells, sum(cells)) for (_c, label), cells in zip(rows, grid, strict=True)
    )
    return Table(
        key,
        text(f"{key}_title", lang),
        (text(head, lang), *(label for _c, label in columns), text("total", lang)),
        body,
        text(f"{key}_note", lang) if f"{key}_note" in TEXTS else "",
    )


def impacts_axes(data: ReportData, lang: str) -> tuple[Axis, Axis]:
    return axis(data, ImpactCategory, "impact_category", lang), axis(data, Sphere, "", lang)


def events_axes(data: ReportData, lang: str) -> tuple[Axis, Axis]:
    return axis(data, EventType, "event", lang), axis(data, PerpetratorType, "perpetrator", lang)


def impacts_table(data: ReportData, lang: str) -> Table:
    return _matrix("impacts", data.impacts, *impacts_axes(data, lang), "category", lang)


def events_table(data: ReportData, lang: str) -> Table:
    return _matrix("events", data.events, *events_axes(data, lang), "event", lang)


def urgency_table(data: ReportData, lang: str) -> Table:
    levels = list(Urgency)
    rows: list[tuple[Cell, ...]] = []
    for month in data.months:
        cells = [data.urgency_month[(month, u.value)] for u in levels]
        rows.append((month, *cells, sum(cells)))
    return Table(
        "urgency",
        text("urgency_title", lang),
        (text("month", lang), *(u.label(lang) for u in levels), text("total", lang)),
        tuple(rows),
    )


def region_rows(data: ReportData) -> list[tuple[str, str, list[int]]]:
    """(state, month, counts per dated kind) for every state and month with records."""
    keys = sorted({(s, m) for s, m, _k in data.region_month}, key=lambda k: (k[0] == "", k))
    return [(s, m, [data.region_month[(s, m, kind)] for kind in DATED_KINDS]) for s, m in keys]


def regions_table(data: ReportData, lang: str) -> Table:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (state_label(s, lang), m, *cells, sum(cells)) for s, m, cells in region_rows(data)
    )
    return Table(
        "regions",
        text("regions_title", lang),
        (
            text("region", lang),
            text("month", lang),
            *(text(f"count_{kind}", lang) for kind in DATED_KINDS),
            text("total", lang),
        ),
        rows,
        text("regions_note", lang),
        label_columns=2,
    )


def _prior(p: RiskPoint) -> tuple[Cell, Cell]:
    return ("—", "—") if p.prior is None else (p.prior.measures, p.prior.done)


def risk_table(data: ReportData, lang: str) -> Table:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (subject_label(t.alias, lang), p.day, p.level.label(lang), *_prior(p))
        for t in data.risk
        for p in t.points
    )
    return Table(
        "risk",
        text("risk_title", lang),
        (
            text("subject", lang),
            text("date", lang),
            text("risk_level", lang),
            text("prior_measures", lang),
            text("prior_done", lang),
        ),
        rows,
        text("risk_note", lang),
        label_columns=3,
    )


def type_label(code: str, lang: str) -> str:
    return MeasureType(code).label(lang) if code else text("no_type", lang)


def plan_table(data: ReportData, lang: str) -> Table:
    p = data.plan
    rows: list[tuple[Cell, ...]] = []
    for code in TYPES:
        cells = [p.by_type_state[(code, s.value)] for s in MeasureState]
        if code or sum(cells):  # "no type" only when some measure has none
            rows.append((type_label(code, lang), *cells, sum(cells), p.overdue[code]))
    return Table(
        "plan",
        text("plan_title", lang),
        (
            text("measure_type", lang),
            *(s.label(lang) for s in MeasureState),
            text("total", lang),
            text("plan_overdue", lang),
        ),
        tuple(rows),
        text("plan_note", lang, day=data.today.isoformat()),
    )


def reviews_table(data: ReportData, lang: str) -> Table:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (subject_label(r.alias, lang), r.due, r.days) for r in data.plan.reviews
    )
    return Table(
        "reviews",
        text("reviews_title", lang),
        (text("subject", lang), text("review_on", lang), text("days_late", lang)),
        rows,
        text("reviews_note", lang, day=data.today.isoformat()),
        label_columns=2,
    )


def follow_ups_table(data: ReportData, lang: str) -> Table:
    f = data.follow_ups
    rows: list[tuple[Cell, ...]] = [
        (text("fu_open", lang), f.open),
        (text("fu_due_soon", lang), f.due_soon),
        (text("fu_overdue", lang), f.overdue),
        (text("fu_done", lang), f.done),
    ]
    rows += [(text(f"age_{code}", lang), f.overdue_by_age[code]) for code, _a, _b in AGE_BUCKETS]
    note = text("follow_ups_note", lang, days=DUE_SOON_DAYS, day=data.today.isoformat())
    return Table(
        "follow_ups",
        text("follow_ups_title", lang),
        (text("status", lang), text("count", lang)),
        tuple(rows),
        note,
    )


def custom_rows(data: ReportData, lang: str) -> list[tuple[str, str, int]]:
    """(kind: field label, choice label, records) of every custom choice field."""
    en = lang == "en"
    rows = []
    for tally in data.custom:
        name = f"{RecordKind(tally.kind).plural(lang)}: {tally.en if en else tally.es}"
        for code, es, label_en in tally.choices:
            rows.append((name, label_en if en else es, tally.counts[code]))
    return rows


def custom_table(data: ReportData, lang: str) -> Table:
    head = (text("custom_field", lang), text("custom_choice", lang), text("custom_records", lang))
    rows: tuple[tuple[Cell, ...], ...] = tuple(custom_rows(data, lang))
    return Table("custom", text("custom_title", lang), head, rows, text("custom_note", lang), 2)


def report_tables(data: ReportData, lang: str) -> list[Table]:
    """Every table of the report, in the order of TABLE_KEYS."""
    return [
        impacts_table(data, lang),
        events_table(data, lang),
        urgency_table(data, lang),
        regions_table(data, lang),
        risk_table(data, lang),
        follow_ups_table(data, lang),
        plan_table(data, lang),
        reviews_table(data, lang),
        custom_table(data, lang),
    ]


def area_label(area: AccompanimentArea | None, lang: str) -> str:
    return area.label(lang) if area else text("all_areas", lang)

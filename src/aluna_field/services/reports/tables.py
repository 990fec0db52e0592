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
from ...l10n import _, pgettext
from ...services.reports.texts import KEYED as REPORT_KEYED
from .aggregate import AGE_BUCKETS, DATED_KINDS, DUE_SOON_DAYS, ReportData, RiskPoint
from .filters import ReportFilter
from .plan_data import TYPES
from .texts import KEYED

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
    return state or _(lang, "No region")


def subject_label(alias: str, lang: str) -> str:
    return alias or _(lang, "Unknown subject")


def period_text(flt: ReportFilter, lang: str) -> str:
    """The period in words: all, from a day, until a day, or from one to another."""
    start, end = flt.date_from, flt.date_to
    if start and end:
        return _(lang, "from {start} to {end}", start=start.isoformat(), end=end.isoformat())
    if start:
        return _(lang, "from {start}", start=start.isoformat())
    if end:
        return _(lang, "until {end}", end=end.isoformat())
    return _(lang, "all")


def filter_lines(flt: ReportFilter, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs that say which filters a report used, for headings and files."""
    area = area_label(flt.area, lang)
    return [
        (_(lang, "Period"), period_text(flt, lang)),
        (_(lang, "Region"), flt.region or _(lang, "All regions")),
        (_(lang, "Accompaniment area"), area),
    ]


def summary_lines(data: ReportData, lang: str) -> list[tuple[str, int]]:
    return [
        (_(lang, REPORT_KEYED[f"count_{kind}"]), data.counts[kind])
        for kind in (*DATED_KINDS, "follow-up")
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
        _(lang, REPORT_KEYED[f"{key}_title"]),
        (_(lang, REPORT_KEYED[head]), *(label for _c, label in columns), _(lang, "Total")),
        body,
        _(lang, REPORT_KEYED[f"{key}_note"]) if f"{key}_note" in KEYED else "",
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
        _(lang, "Crisis notes by month and urgency"),
        (_(lang, "Month"), *(u.label(lang) for u in levels), _(lang, "Total")),
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
        _(lang, "Records by region and month"),
        (
            _(lang, "Region"),
            _(lang, "Month"),
            *(_(lang, REPORT_KEYED[f"count_{kind}"]) for kind in DATED_KINDS),
            _(lang, "Total"),
        ),
        rows,
        _(lang, "A record about subjects in several states counts once in each state."),
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
        _(lang, "Risk level by subject"),
        (
            _(lang, "Subject"),
            _(lang, "Date"),
            _(lang, "Risk level"),
            _(lang, "Measures of the previous analysis"),
            pgettext(lang, "reports:prior_done", "Done"),
        ),
        rows,
        _(
            lang,
            "Every risk assessment in the period with its derived level; the "
            "subjects at the highest level first. Beside the level: how many "
            "measures the subject's previous analysis planned and how many are "
            "done.",
        ),
        label_columns=3,
    )


def type_label(code: str, lang: str) -> str:
    return MeasureType(code).label(lang) if code else _(lang, "No type")


def plan_table(data: ReportData, lang: str) -> Table:
    p = data.plan
    rows: list[tuple[Cell, ...]] = []
    for code in TYPES:
        cells = [p.by_type_state[(code, s.value)] for s in MeasureState]
        if code or sum(cells):  # "no type" only when some measure has none
            rows.append((type_label(code, lang), *cells, sum(cells), p.overdue[code]))
    return Table(
        "plan",
        _(lang, "Protection plan measures"),
        (
            _(lang, "Measure type"),
            *(s.label(lang) for s in MeasureState),
            _(lang, "Total"),
            pgettext(lang, "reports:plan_overdue", "Overdue"),
        ),
        tuple(rows),
        _(
            lang,
            "The measures of the period's assessments by type and state; overdue: "
            "pending or in progress, dated before {day}.",
            day=data.today.isoformat(),
        ),
    )


def reviews_table(data: ReportData, lang: str) -> Table:
    rows: tuple[tuple[Cell, ...], ...] = tuple(
        (subject_label(r.alias, lang), r.due, r.days) for r in data.plan.reviews
    )
    return Table(
        "reviews",
        _(lang, "Overdue reviews of the analysis"),
        (_(lang, "Subject"), _(lang, "Review on"), _(lang, "Days late")),
        rows,
        _(
            lang,
            "The review date of each subject's latest assessment in the period, passed on {day}.",
            day=data.today.isoformat(),
        ),
        label_columns=2,
    )


def follow_ups_table(data: ReportData, lang: str) -> Table:
    f = data.follow_ups
    rows: list[tuple[Cell, ...]] = [
        (pgettext(lang, "reports:fu_open", "Open"), f.open),
        (_(lang, "Due soon"), f.due_soon),
        (pgettext(lang, "reports:fu_overdue", "Overdue"), f.overdue),
        (pgettext(lang, "reports:fu_done", "Done"), f.done),
    ]
    rows += [
        (_(lang, REPORT_KEYED[f"age_{code}"]), f.overdue_by_age[code])
        for code, _a, _b in AGE_BUCKETS
    ]
    note = _(
        lang,
        "Open, due (next {days} days) and overdue on {day}.",
        days=DUE_SOON_DAYS,
        day=data.today.isoformat(),
    )
    return Table(
        "follow_ups",
        _(lang, "Follow-ups"),
        (pgettext(lang, "reports:status", "Status"), _(lang, "Count")),
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
    head = (_(lang, "Field"), _(lang, "Choice"), _(lang, "Records"))
    rows: tuple[tuple[Cell, ...], ...] = tuple(custom_rows(data, lang))
    return Table(
        "custom",
        _(lang, "The team's custom fields"),
        head,
        rows,
        _(
            lang,
            "How many records of the period hold each choice of the choice fields "
            "the coordinators added. A record with several choices counts in each.",
        ),
        2,
    )


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
    return area.label(lang) if area else _(lang, "All areas")

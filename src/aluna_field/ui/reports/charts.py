"""What each chart shows, as plain data built from a report (painted by `painting.py`).

Colour only where it carries meaning: the heat map's shade is the count, urgency runs
from pale to dark, and categorical colours (Okabe-Ito, safe for colour-blind readers)
tell series apart.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from ...domain.risk_codes import MeasureState
from ...domain.taxonomy import (
    RiskLevel,
)
from ...domain.taxonomy import Urgency as UrgencyLevel
from ...l10n import _, pgettext
from ...services.reports import ReportData
from ...services.reports.aggregate import AGE_BUCKETS, DATED_KINDS
from ...services.reports.plan_data import TYPES
from ...services.reports.tables import (
    Axis,
    cross_tab,
    custom_rows,
    events_axes,
    impacts_axes,
    region_rows,
    state_label,
    subject_label,
    type_label,
)
from ...services.reports.texts import KEYED as REPORT_KEYED
from .texts import KEYED

URGENCY_COLOURS = ("#fed976", "#fd8d3c", "#e31a1c", "#800026")  # ColorBrewer YlOrRd
CATEGORICAL = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#999999")
SINGLE = "#0072B2"
MAX_LINES = 7
MAX_REGIONS = 12


@dataclass(frozen=True)
class HeatMap:
    title: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: tuple[tuple[int, ...], ...]


@dataclass(frozen=True)
class Series:
    label: str
    values: tuple[int, ...]
    colour: str


@dataclass(frozen=True)
class Bars:
    """Stacked bars, one per category; horizontal bars put the categories on the left."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    horizontal: bool = False


@dataclass(frozen=True)
class Line:
    label: str
    points: tuple[tuple[dt.date, int], ...]  # (day, level order 0..3)
    colour: str


@dataclass(frozen=True)
class Lines:
    title: str
    levels: tuple[str, ...]  # labels of the y axis, lowest first
    lines: tuple[Line, ...]


Chart = HeatMap | Bars | Lines


def impacts_chart(data: ReportData, lang: str) -> HeatMap:
    return _heat_map("impacts_title", data.impacts, *impacts_axes(data, lang), lang)


def events_chart(data: ReportData, lang: str) -> HeatMap:
    return _heat_map("events_title", data.events, *events_axes(data, lang), lang)


def _heat_map(
    title: str,
    counts: Counter[tuple[str, str]],
    rows: Axis,
    columns: Axis,
    lang: str,
) -> HeatMap:
    return HeatMap(
        _(lang, REPORT_KEYED[title]),
        tuple(label for _c, label in rows),
        tuple(label for _c, label in columns),
        tuple(tuple(row) for row in cross_tab(counts, rows, columns)),
    )


def urgency_chart(data: ReportData, lang: str) -> Bars:
    series = tuple(
        Series(u.label(lang), tuple(data.urgency_month[(m, u.value)] for m in data.months), colour)
        for u, colour in zip(UrgencyLevel, URGENCY_COLOURS, strict=True)
    )
    return Bars(_(lang, "Crisis notes by month and urgency"), data.months, series)


def regions_chart(data: ReportData, lang: str) -> Bars:
    totals: dict[str, list[int]] = {}
    for state, _month, cells in region_rows(data):
        acc = totals.setdefault(state, [0] * len(DATED_KINDS))
        for i, n in enumerate(cells):
            acc[i] += n
    top = sorted(totals, key=lambda s: (-sum(totals[s]), s))[:MAX_REGIONS]
    title = _(lang, "Records by region")
    if len(totals) > MAX_REGIONS:
        title = _(
            lang,
            "Records by region (the {n} with the most records; all in the table)",
            n=MAX_REGIONS,
        )
    series = tuple(
        Series(
            _(lang, REPORT_KEYED[f"count_{kind}"]),
            tuple(totals[s][i] for s in top),
            CATEGORICAL[i],
        )
        for i, kind in enumerate(DATED_KINDS)
    )
    return Bars(title, tuple(state_label(s, lang) for s in top), series, horizontal=True)


def risk_chart(data: ReportData, lang: str) -> Lines:
    shown = data.risk[:MAX_LINES]
    title = _(lang, "Risk level by subject")
    if len(data.risk) > MAX_LINES:
        title = _(
            lang, "Risk level by subject (the {n} at highest risk; all in the table)", n=MAX_LINES
        )
    lines = tuple(
        Line(
            subject_label(trend.alias, lang),
            tuple((dt.date.fromisoformat(p.day), p.level.order) for p in trend.points),
            CATEGORICAL[i % len(CATEGORICAL)],
        )
        for i, trend in enumerate(shown)
    )
    return Lines(title, tuple(level.label(lang) for level in RiskLevel), lines)


def overdue_chart(data: ReportData, lang: str) -> Bars:
    ages = data.follow_ups.overdue_by_age
    values = tuple(ages[code] for code, _a, _b in AGE_BUCKETS)
    labels = tuple(_(lang, KEYED[f"age_short_{code}"]) for code, _a, _b in AGE_BUCKETS)
    series = (Series(pgettext(lang, "reports:fu_overdue", "Overdue"), values, SINGLE),)
    return Bars(_(lang, "Overdue follow-ups by age"), labels, series)


def plan_chart(data: ReportData, lang: str) -> Bars:
    """Measures per type, stacked by state."""
    p = data.plan
    types = [c for c in TYPES if c or any(p.by_type_state[(c, s.value)] for s in MeasureState)]
    series = tuple(
        Series(s.label(lang), tuple(p.by_type_state[(c, s.value)] for c in types), colour)
        for s, colour in zip(MeasureState, CATEGORICAL, strict=False)
    )
    labels = tuple(type_label(c, lang) for c in types)
    return Bars(_(lang, "Protection plan measures"), labels, series, horizontal=True)


def reviews_chart(data: ReportData, lang: str) -> Bars:
    """Days past the review date, per subject (the longest first, a few at most)."""
    shown = sorted(data.plan.reviews, key=lambda r: -r.days)[:MAX_REGIONS]
    labels = tuple(subject_label(r.alias, lang) for r in shown)
    series = (Series(_(lang, "Days late"), tuple(r.days for r in shown), SINGLE),)
    return Bars(_(lang, "Overdue reviews of the analysis"), labels, series, horizontal=True)


def custom_chart(data: ReportData, lang: str) -> Bars:
    """Records per choice of each custom choice field, one bar each."""
    rows = custom_rows(data, lang)
    labels = tuple(f"{name} · {choice}" for name, choice, _n in rows)
    series = (Series(_(lang, "Records"), tuple(n for _a, _b, n in rows), SINGLE),)
    return Bars(_(lang, "The team's custom fields"), labels, series, horizontal=True)


def report_charts(data: ReportData, lang: str) -> dict[str, Chart]:
    """One chart per report table, keyed like the tables (services.reports.TABLE_KEYS)."""
    return {
        "impacts": impacts_chart(data, lang),
        "events": events_chart(data, lang),
        "urgency": urgency_chart(data, lang),
        "regions": regions_chart(data, lang),
        "risk": risk_chart(data, lang),
        "follow_ups": overdue_chart(data, lang),
        "plan": plan_chart(data, lang),
        "reviews": reviews_chart(data, lang),
        "custom": custom_chart(data, lang),
    }

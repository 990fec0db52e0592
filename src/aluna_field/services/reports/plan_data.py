"""The protection plan in reports: measures by type and state, overdue reviews, and for
each assessment how much of the subject's previous plan is done (docs/reports.md).

Only coded fields are read (`source.MeasureRow`): a measure's what, who and notes never
reach a report. Reviews follow services/plan.py: only a subject's latest assessment (in
the period) asks for one.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ...domain.risk_codes import MeasureState, MeasureType
from ..plan import plan_items_of
from .source import MeasureRow, RiskRow

STATES = tuple(s.value for s in MeasureState)
TYPES = (*(t.value for t in MeasureType), "")  # "" : no type given


@dataclass(frozen=True)
class OverdueReview:
    subject_id: str
    alias: str
    due: str
    days: int  # days past the review date


@dataclass(frozen=True)
class PlanSummary:
    by_type_state: Counter[tuple[str, str]] = field(default_factory=Counter)
    # Pending or in progress, dated before today, by type.
    overdue: Counter[str] = field(default_factory=Counter)
    reviews: tuple[OverdueReview, ...] = ()


@dataclass(frozen=True)
class PriorPlan:
    """The measures of the subject's previous assessment, and how many of them are done."""

    measures: int
    done: int


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def plan_summary(
    risks: Sequence[RiskRow],
    measures: dict[str, list[MeasureRow]],
    alias: dict[str, str],
    today: dt.date,
) -> PlanSummary:
    """The plan of the assessments in scope (`risks`), judged against `today`."""
    counts: Counter[tuple[str, str]] = Counter()
    overdue: Counter[str] = Counter()
    for r in risks:
        for m in measures.get(r.rid, ()):
            kind = m.type if m.type in TYPES else ""
            if m.state not in STATES:
                continue  # a state this build does not know
            counts[(kind, m.state)] += 1
            due = _day(m.by)
            if MeasureState(m.state).open and due is not None and due < today:
                overdue[kind] += 1
    items = plan_items_of(
        (r.rid, {"subject_id": r.subject, "assessed_on": r.day, "next_review_on": r.review})
        for r in risks
    )
    reviews = tuple(
        OverdueReview(i.subject_id, alias.get(i.subject_id, ""), i.due_on.isoformat(), days)
        for i in items
        if i.review and (days := (today - i.due_on).days) > 0
    )
    return PlanSummary(counts, overdue, reviews)


def prior_plans(
    risks: Sequence[RiskRow], measures: dict[str, list[MeasureRow]]
) -> dict[str, PriorPlan]:
    """For each assessment (by record id) after a subject's first: its previous plan."""
    by_subject: dict[str, list[RiskRow]] = {}
    for r in risks:
        by_subject.setdefault(r.subject, []).append(r)
    out: dict[str, PriorPlan] = {}
    for rows in by_subject.values():
        rows.sort(key=lambda r: (r.day, r.rid))
        for before, after in itertools.pairwise(rows):
            plan = measures.get(before.rid, [])
            done = sum(1 for m in plan if m.state == MeasureState.DONE.value)
            out[after.rid] = PriorPlan(len(plan), done)
    return out

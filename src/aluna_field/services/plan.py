"""The protection plan's follow-ups, derived read-only from the assessments a device holds.

A measure with a date (`by`) and someone responsible (`who`) that is pending or in
progress is due on that date; the `next_review_on` of a subject's latest assessment is
a "review the analysis" item. Nothing is written: the items come and go with the
assessments (which merge item by item), so no follow-up record duplicates a measure
(docs/risk.md, "The plan on Inicio and in Seguimientos").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..domain.risk_codes import MeasureState
from .session import Session

__all__ = ["PlanItem", "plan_items", "plan_items_of"]


@dataclass(frozen=True)
class PlanItem:
    """One measure due, or one review of an analysis (measure_id None)."""

    assessment_id: str
    subject_id: str
    due_on: dt.date
    measure_id: str | None = None
    what: str = ""
    who: str = ""
    state: MeasureState | None = None

    @property
    def review(self) -> bool:
        return self.measure_id is None

    def overdue(self, today: dt.date) -> bool:
        return self.due_on < today


def _day(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _state(value: Any) -> MeasureState | None:
    try:
        return MeasureState(value or MeasureState.PENDING.value)
    except ValueError:
        return None  # a state this build does not know: not shown as open


def _measures(rid: str, subject: str, fields: Mapping[str, Any]) -> Iterable[PlanItem]:
    for m in fields.get("measures") or []:
        if not isinstance(m, Mapping):
            continue
        day, who, state = _day(m.get("by")), str(m.get("who") or "").strip(), _state(m.get("state"))
        if day is None or not who or state is None or not state.open:
            continue
        what = str(m.get("what") or "")
        yield PlanItem(rid, subject, day, str(m.get("id") or ""), what, who, state)


def plan_items_of(
    assessments: Iterable[tuple[str, Mapping[str, Any]]], until: dt.date | None = None
) -> list[PlanItem]:
    """The plan items of (record id, fields) of assessments, due on or before `until`
    (every one for None), soonest first. Reviews come only from each subject's latest
    assessment: a newer analysis is the review of the older one."""
    items: list[PlanItem] = []
    latest: dict[str, tuple[str, str, dt.date | None]] = {}
    for rid, fields in assessments:
        subject = str(fields.get("subject_id") or "")
        items.extend(_measures(rid, subject, fields))
        key = (str(fields.get("assessed_on") or ""), rid)
        if subject not in latest or key > latest[subject][:2]:
            latest[subject] = (*key, _day(fields.get("next_review_on")))
    for subject, (_on, rid, review) in latest.items():
        if review is not None:
            items.append(PlanItem(rid, subject, review))
    kept = [i for i in items if until is None or i.due_on <= until]
    return sorted(kept, key=lambda i: (i.due_on, i.review, i.assessment_id, i.measure_id or ""))


def plan_items(session: Session, until: dt.date | None = None) -> list[PlanItem]:
    """The plan items of every live assessment this device holds (see plan_items_of)."""
    views = session.list_records("risk-assessment")
    return plan_items_of(((v.rid, v.state.fields) for v in views), until)

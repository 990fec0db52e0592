"""The protection plan's follow-ups (services/plan.py) on a real vault: open measures
with a date and someone responsible, and the review of each subject's latest analysis;
derived, so nothing is written and a measure marked done in its assessment leaves."""

from __future__ import annotations

import datetime as dt
from typing import Any

from aluna_field.domain.risk_codes import MeasureState
from aluna_field.services.context import AppContext
from aluna_field.services.plan import plan_items
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE

WHO = "Acompañante Ficticia Lila"


def _measure(mid: str, state: str, by: str | None, who: str = WHO) -> dict[str, Any]:
    m: dict[str, Any] = {"id": mid, "what": f"Medida inventada {mid}", "who": who, "state": state}
    if by:
        m["by"] = by
    return m


def _assessment(subject: str, on: str, review: str | None, measures: list[Any]) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "subject_id": subject,
        "assessed_on": on,
        "threats": [{"id": "t1", "description": "Amenaza inventada", "score": 4}],
        "vulnerabilities": [],
        "capacities": [],
        "measures": measures,
    }
    if review:
        rec["next_review_on"] = review
    return rec


def _fill(s: Session) -> tuple[str, str, str]:
    subject = s.add("subject", {"type": "person", "alias": "Garza Ficticia", "region": "Chiapas"})
    old = _assessment(
        subject[0],
        "2026-08-01",
        "2026-09-01",  # superseded by the newer analysis below
        [
            _measure("m1", "pending", "2026-09-10"),
            _measure("m2", "in_progress", "2026-08-20"),
            _measure("m3", "done", "2026-08-15"),
            _measure("m4", "dropped", "2026-08-15"),
            _measure("m5", "pending", "2026-08-15", who=""),  # no one responsible
            _measure("m6", "pending", None),  # no date
        ],
    )
    a1 = s.add("risk-assessment", old)[0]
    a2 = s.add("risk-assessment", _assessment(subject[0], "2026-09-05", "2026-10-01", []))[0]
    return subject[0], a1, a2


def test_open_measures_with_date_and_who_and_the_latest_review(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Persona Ficticia", "coordinator", "Equipo Ficticio") as s:
        subject, a1, a2 = _fill(s)
        items = plan_items(s)
        assert [(i.assessment_id, i.measure_id, i.due_on.isoformat()) for i in items] == [
            (a1, "m2", "2026-08-20"),
            (a1, "m1", "2026-09-10"),
            (a2, None, "2026-10-01"),
        ]
        assert all(i.subject_id == subject for i in items)
        assert items[0].state is MeasureState.IN_PROGRESS and items[0].who == WHO
        assert items[2].review and not items[0].review
        today = dt.date(2026, 9, 1)
        assert [i.overdue(today) for i in items] == [True, False, False]
        # Bounded (Inicio asks until the end of the week).
        assert [i.measure_id for i in plan_items(s, dt.date(2026, 9, 10))] == ["m2", "m1"]
        # Derived: no follow-up record was written.
        assert s.list_records("follow-up") == []


def test_done_in_the_assessment_leaves_the_follow_ups(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Persona Ficticia", "coordinator", "Equipo Ficticio") as s:
        _subject, a1, _a2 = _fill(s)
        measures = [dict(m) for m in s.show(a1).state.fields["measures"]]
        for m in measures:
            if m["id"] in ("m1", "m2"):
                m["state"] = "done"
        s.edit(a1, {"measures": measures})
        assert [i.measure_id for i in plan_items(s)] == [None]
        # Deleting the newest analysis brings back the older one's review.
        s.delete(_a2)
        assert [(i.assessment_id, i.due_on.isoformat()) for i in plan_items(s)] == [
            (a1, "2026-09-01")
        ]

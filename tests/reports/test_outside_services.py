"""The outside reports' services on a real vault: when a follow-up counts as met on time,
the time axis of the *Memoria*, and the coordinator-only rule."""

from __future__ import annotations

import datetime as dt

import pytest
from reports_sample import coordinator_vault

from aluna_field.services.context import AppContext
from aluna_field.services.errors import NotAllowed
from aluna_field.services.reports import ReportFilter
from aluna_field.services.reports.activities_report import build_activities
from aluna_field.services.reports.memory_report import build_memory, time_axis
from aluna_field.services.vaults import create_vault, open_vault
from support import PASSPHRASE, FakeClock

YEAR = ReportFilter(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
DAY_MS = 86_400_000


def test_follow_ups_met_on_time_late_open_and_overdue(ctx: AppContext, clock: FakeClock) -> None:
    # The clock starts on 2026-09-21.
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator", "Equipo") as s:
        sid = s.add("subject", {"type": "person", "alias": "Alias Inventado", "region": "Oaxaca"})[
            0
        ]
        ids = {
            due: s.add("follow-up", {"record_id": sid, "due_on": due, "description": "Inventado"})[
                0
            ]
            for due in ("2026-09-25", "2026-09-10", "2026-09-30", "2026-09-01", "2026-09-22")
        }
        s.edit(ids["2026-09-25"], {"done": True})  # on the 21st: on time
        s.edit(ids["2026-09-10"], {"done": True})  # on the 21st: late
        clock.advance(2 * DAY_MS)
        s.edit(ids["2026-09-22"], {"done": True})  # on the 23rd: a day late
        today = dt.date(2026, 9, 23)
        codes = build_activities(s, YEAR, "en", today).codes
        assert codes["follow_ups"] == {"on_time": 1, "late": 2, "pending": 1, "overdue": 1}


def test_time_axis_is_quarters_then_years() -> None:
    assert time_axis(YEAR, []) == ("quarter", ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
    two = ReportFilter(dt.date(2025, 11, 15), dt.date(2026, 2, 1))
    assert time_axis(two, []) == ("quarter", ["2025-Q4", "2026-Q1"])
    long = ReportFilter(dt.date(2020, 1, 1), dt.date(2026, 12, 31))
    assert time_axis(long, []) == ("year", [str(y) for y in range(2020, 2027)])
    # An open period follows the data.
    assert time_axis(ReportFilter(), ["2026-05-01", "2026-08-09"]) == (
        "quarter",
        ["2026-Q2", "2026-Q3"],
    )
    assert time_axis(ReportFilter(), []) == ("quarter", [])


def test_an_accompanier_gets_neither(ctx: AppContext) -> None:
    coordinator_vault(ctx, role="accompanier")
    with open_vault(ctx, PASSPHRASE) as s:
        for build in (build_activities, build_memory):
            with pytest.raises(NotAllowed):
                build(s, YEAR, "es", dt.date(2026, 1, 1))


def test_a_region_typed_by_mistake_never_gets_out(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator", "Equipo") as s:
        sid = s.add(
            "subject",
            {"type": "person", "alias": "Alias Inventado", "region": "Casa de Nombre Inventado"},
        )[0]
        s.add("accompaniment", {"subject_ids": [sid], "area": "crisis_support"})
        s.add(
            "crisis-note",
            {
                "occurred_at": "2026-03-01T10:00:00",
                "subject_ids": [sid],
                "event": "threat",
                "perpetrator": ["state_police", "paramilitary"],
                "urgency": "high",
                "narrative": "Relato inventado",
                "justice_status": "sentence",
            },
        )
        today = dt.date(2026, 9, 23)
        act = build_activities(s, YEAR, "es", today)
        mem = build_memory(s, YEAR, "es", today)
        for report in (act, mem):
            cells = [str(c) for table in report.tables for row in table.rows for c in row]
            assert "Otro lugar" in cells and not [c for c in cells if "Inventad" in c]
        assert act.codes["subjects_by_state"] == {"other": 1}
        assert mem.codes["events_by_state_over_time"] == [
            {"state": "other", "period": "2026-Q1", "count": 1}
        ]
        pairs = mem.codes["events_by_type_and_perpetrator"]
        assert [p["perpetrator"] for p in pairs] == ["paramilitary", "state_police"]
        assert mem.codes["impunity"]["count"] == 0 and mem.codes["impunity"]["of"] == 1

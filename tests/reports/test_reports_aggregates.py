"""Aggregates on a vault of known fictional records give the counts worked out by hand."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from reports_sample import TODAY, Sample, coordinator_vault

from aluna_field.domain.taxonomy import AccompanimentArea, RiskLevel
from aluna_field.services.context import AppContext
from aluna_field.services.errors import NotAllowed
from aluna_field.services.reports import ReportFilter, ReportInputError, build_report
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store import oplog
from aluna_field.store.db import transaction
from support import PASSPHRASE, FakeClock, make_ctx

YEAR = ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))


@pytest.fixture
def sample(ctx: AppContext) -> Sample:
    return coordinator_vault(ctx)


@pytest.fixture
def session(ctx: AppContext, sample: Sample) -> Iterator[Session]:
    with open_vault(ctx, PASSPHRASE) as s:
        yield s


def test_whole_vault_counts(session: Session) -> None:
    data = build_report(session, ReportFilter(), TODAY)
    # C7 was deleted; C6 and I5 are from 2024 and count without a date filter.
    assert data.counts == {
        "crisis-note": 6,
        "impact-observation": 5,
        "risk-assessment": 4,
        "follow-up": 5,
    }
    assert data.events[("raid", "state_military")] == 1
    assert data.events[("torture", "state_military")] == 0
    assert data.impacts[("fear", "individual")] == 2
    assert data.months[0] == "2024-12" and data.months[-1] == "2025-03"
    f = data.follow_ups
    assert (f.open, f.due_soon, f.overdue, f.done) == (4, 1, 2, 1)
    assert f.overdue_by_age == {"1-7": 1, "8-30": 0, "31-90": 1, "91+": 0}


def test_year_filter_counts(session: Session) -> None:
    data = build_report(session, YEAR, TODAY)
    assert data.counts["crisis-note"] == 5
    assert data.counts["impact-observation"] == 4
    assert {k: v for k, v in data.events.items() if v} == {
        ("threat", "state_police"): 2,
        ("harassment", "organized_crime"): 1,
        ("surveillance", "unknown"): 1,
        ("attack", "paramilitary"): 1,
    }
    assert {k: v for k, v in data.impacts.items() if v} == {
        ("fear", "individual"): 1,
        ("stress_weariness", "individual"): 1,
        ("fear", "organizational"): 1,
        ("breaking_of_bonds", "organizational"): 1,
        ("stigmatization_guilt", "social"): 1,
        ("mourning", "family"): 1,
    }
    assert {k: v for k, v in data.urgency_month.items() if v} == {
        ("2025-01", "high"): 1,
        ("2025-01", "medium"): 1,
        ("2025-02", "critical"): 1,
        ("2025-03", "low"): 1,
        ("2025-03", "critical"): 1,
    }
    # Both ends given: the axis is the whole year, empty months included.
    assert data.months == tuple(f"2025-{m:02d}" for m in range(1, 13))


def test_region_month_counts_a_record_in_each_state(session: Session) -> None:
    data = build_report(session, YEAR, TODAY)
    table = {k: v for k, v in data.region_month.items() if v}
    # "Oaxaca / Juchitán" and "oaxaca" are one state; C5 is about subjects in two states.
    assert table == {
        ("Oaxaca", "2025-01", "crisis-note"): 2,
        ("Oaxaca", "2025-01", "impact-observation"): 1,
        ("Oaxaca", "2025-01", "risk-assessment"): 1,
        ("Oaxaca", "2025-03", "crisis-note"): 1,
        ("Oaxaca", "2025-03", "impact-observation"): 1,
        ("Oaxaca", "2025-03", "risk-assessment"): 1,
        ("Guerrero", "2025-02", "crisis-note"): 1,
        ("Guerrero", "2025-02", "impact-observation"): 1,
        ("Guerrero", "2025-02", "risk-assessment"): 1,
        ("Cauca", "2025-03", "crisis-note"): 2,
        ("Cauca", "2025-03", "impact-observation"): 1,
        ("Cauca", "2025-03", "risk-assessment"): 1,
    }


def test_risk_trend_per_subject_most_at_risk_first(session: Session, sample: Sample) -> None:
    data = build_report(session, YEAR, TODAY)
    trends = [(t.alias, [(p.day, p.level) for p in t.points]) for t in data.risk]
    assert trends == [
        ("Red Prueba Jacaranda", [("2025-03-25", RiskLevel.CRITICAL)]),
        (
            "Colibrí Ficticio",
            [("2025-01-05", RiskLevel.MEDIUM), ("2025-03-05", RiskLevel.HIGH)],
        ),
        ("Colectivo Ceiba Imaginaria", [("2025-02-10", RiskLevel.LOW)]),
    ]
    assert data.risk[1].subject_id == sample.subjects["S1"]


def test_region_filter_ignores_case_and_accents(session: Session) -> None:
    flt = ReportFilter(YEAR.date_from, YEAR.date_to, region="OAXACA")
    data = build_report(session, flt, TODAY)
    assert data.counts == {
        "crisis-note": 3,
        "impact-observation": 2,
        "risk-assessment": 2,
        "follow-up": 2,
    }
    assert {s for s, _m, _k in data.region_month} == {"Oaxaca"}
    assert data.region_month[("Oaxaca", "2025-03", "crisis-note")] == 1
    f = data.follow_ups
    assert (f.open, f.overdue, f.done) == (1, 1, 1)
    assert [t.alias for t in data.risk] == ["Colibrí Ficticio"]


def test_municipality_filter(session: Session) -> None:
    data = build_report(session, ReportFilter(region="Oaxaca / Juchitan"), TODAY)
    # Only S1 lives in that municipality; S4 is "oaxaca" with no municipality.
    assert data.counts["crisis-note"] == 3 and data.counts["impact-observation"] == 2


def test_area_filter_goes_through_accompaniments(session: Session) -> None:
    flt = ReportFilter(YEAR.date_from, YEAR.date_to, area=AccompanimentArea.RESEARCH_ANALYSIS)
    data = build_report(session, flt, TODAY)
    assert data.counts == {
        "crisis-note": 2,
        "impact-observation": 1,
        "risk-assessment": 1,
        "follow-up": 2,
    }
    # No region filter: C5 still counts in both of its states.
    assert data.region_month[("Oaxaca", "2025-03", "crisis-note")] == 1
    assert data.region_month[("Cauca", "2025-03", "crisis-note")] == 2
    f = data.follow_ups
    assert (f.open, f.due_soon, f.overdue) == (2, 1, 0)


def test_area_and_region_together(session: Session) -> None:
    flt = ReportFilter(region="Guerrero", area=AccompanimentArea.CRISIS_SUPPORT)
    data = build_report(session, flt, TODAY)
    assert data.counts == {
        "crisis-note": 1,
        "impact-observation": 1,
        "risk-assessment": 1,
        "follow-up": 1,
    }
    assert data.follow_ups.overdue == 1


def test_area_with_no_accompaniment_is_empty(session: Session) -> None:
    data = build_report(session, ReportFilter(area=AccompanimentArea.SYSTEMATIZATION), TODAY)
    assert set(data.counts.values()) == {0}
    assert data.months == () and data.risk == ()


def test_follow_ups_follow_today(session: Session) -> None:
    later = build_report(session, ReportFilter(), dt.date(2025, 7, 1))
    f = later.follow_ups
    # Days late: F5 30, F3 87, F1 93, F2 136.
    assert (f.open, f.due_soon, f.overdue) == (4, 0, 4)
    assert f.overdue_by_age == {"1-7": 0, "8-30": 1, "31-90": 1, "91+": 2}


def test_edits_change_the_counts(session: Session, sample: Sample) -> None:
    session.edit(sample.records["C1"], {"urgency": "low", "perpetrator": "business"})
    session.delete(sample.records["I1"])
    data = build_report(session, YEAR, TODAY)
    assert data.events[("threat", "state_police")] == 1
    assert data.events[("threat", "business")] == 1
    assert data.urgency_month[("2025-01", "low")] == 1
    assert data.counts["impact-observation"] == 3


def test_an_event_counts_under_each_of_its_perpetrators(session: Session, sample: Sample) -> None:
    before = build_report(session, YEAR, TODAY)
    session.edit(sample.records["C1"], {"perpetrator": ["state_police", "paramilitary"]})
    data = build_report(session, YEAR, TODAY)
    assert data.events[("threat", "paramilitary")] == before.events[("threat", "paramilitary")] + 1
    assert data.events[("threat", "state_police")] == before.events[("threat", "state_police")]
    assert data.counts["crisis-note"] == before.counts["crisis-note"]


def test_accompanier_is_refused(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    ctx = make_ctx(tmp_path / "acomp", clock)
    coordinator_vault(ctx, role="accompanier")
    with open_vault(ctx, PASSPHRASE) as s, pytest.raises(NotAllowed):
        build_report(s, ReportFilter(), TODAY)


def test_reversed_dates_are_refused() -> None:
    with pytest.raises(ReportInputError) as err:
        ReportFilter(dt.date(2025, 2, 1), dt.date(2025, 1, 1))
    assert err.value.key == "report_dates_reversed"


def test_conflicting_edit_counts_its_visible_value(tmp_path, clock) -> None:  # type: ignore[no-untyped-def]
    def copy(src: Session, dst: Session, rids: list[str]) -> None:
        ops = [op for rid in rids for op in oplog.ops_for(src.conn, rid)]
        with transaction(dst.conn):
            dst.records.ingest(oplog.changesets(src.conn), ops)

    clock_b = FakeClock(clock.ms)
    a = create_vault(make_ctx(tmp_path / "a", clock), PASSPHRASE, "Ficticia A", "accompanier")
    b = create_vault(make_ctx(tmp_path / "b", clock_b), PASSPHRASE, "Ficticia B", "coordinator")
    with a, b:
        sid = a.add("subject", {"type": "person", "alias": "Alias Ficticio", "region": "Chiapas"})[
            0
        ]
        note = {
            "subject_ids": [sid],
            "occurred_at": "2025-05-02T10:00:00",
            "event": "threat",
            "narrative": "Relato inventado del conflicto",
            "urgency": "medium",
        }
        nid = a.add("crisis-note", note)[0]
        copy(a, b, [sid, nid])
        clock_b.advance(1_000)
        b.edit(nid, {"urgency": "low"})
        clock.advance(5_000)  # A's edit is the newer one: it is the visible value
        a.edit(nid, {"urgency": "critical"})
        copy(a, b, [nid])
        assert b.show(nid).state.conflicts  # a real, unresolved conflict
        data = build_report(b, ReportFilter(), TODAY)
    assert {k: v for k, v in data.urgency_month.items() if v} == {("2025-05", "critical"): 1}
    assert data.counts["crisis-note"] == 1

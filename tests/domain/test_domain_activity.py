"""The activity's model and the crisis note's new fields, as pure validation."""

from __future__ import annotations

import datetime as dt

import pytest
from fixtures_domain import SUBJECT_ID, good_records

from aluna_field.domain import kinds
from aluna_field.domain.spec import SaveFacts
from aluna_field.domain.specs import SPECS
from aluna_field.services.messages import describe
from aluna_field.services.reports.source import CrisisRow, perpetrators_of


def _activity(**patch: object) -> dict[str, object]:
    return kinds.validate_record("activity", {**good_records()["activity"], **patch})


def test_a_total_is_the_sum_when_not_given_and_may_exceed_it() -> None:
    assert _activity(participants={"women": 4, "not_said": 3})["participants"] == {
        "women": 4,
        "men": 0,
        "other": 0,
        "not_said": 3,
        "total": 7,
    }
    assert _activity(participants={"women": 4, "total": 30})["participants"]["total"] == 30
    assert _activity(participants=None)["participants"] is None  # not recorded


@pytest.mark.parametrize(
    ("patch", "field", "code"),
    [
        ({"participants": {"men": 6, "total": 5}}, "participants.total", "participants_over_total"),
        ({"participants": {"other": -1}}, "participants.other", "greater_than_equal"),
        ({"participants": {"women": True}}, "participants.women", "int_type"),
        ({"duration_minutes": 0}, "duration_minutes", "greater_than"),
        ({"area": "team_care"}, "subject_ids", "team_care_names_subjects"),
        ({"type": "containment_session"}, "area", "containment_not_team_care"),
    ],
)
def test_bad_activities_name_their_field(patch: dict, field: str, code: str) -> None:
    with pytest.raises(kinds.RecordInvalid) as caught:
        _activity(**patch)
    assert [(e.field, e.code) for e in caught.value.errors] == [(field, code)]
    for e in caught.value.errors:
        assert describe(e, "es") != describe(e, "en")


def test_a_team_care_session_without_subjects_is_fine() -> None:
    care = _activity(area="team_care", type="containment_session", subject_ids=[])
    assert care["subject_ids"] == []


def test_an_activity_brings_its_follow_up_in_its_own_words() -> None:
    [rule] = SPECS["activity"].brings
    now = dt.datetime(2026, 9, 1, 10, 0)
    facts = SaveFacts("activity", {}, {"follow_up_on": "2026-09-10"}, now, "es", "a" * 32)
    [(kind, values)] = rule(facts)
    assert kind == "follow-up" and values["record_id"] == "a" * 32
    assert "actividad" in values["description"]


def test_perpetrators_are_a_set_and_unknown_beside_a_known_one_is_dropped() -> None:
    note = {**good_records()["crisis-note"], "perpetrator": ["unknown", "business", "business"]}
    assert kinds.validate_record("crisis-note", note)["perpetrator"] == ["business"]
    note["perpetrator"] = "unknown"  # one code, as schema 2 wrote it
    assert kinds.validate_record("crisis-note", note)["perpetrator"] == ["unknown"]
    row = CrisisRow("2026-01-01", (SUBJECT_ID,), "threat", ("unknown", "state_police"), "low")
    assert perpetrators_of(row) == ("state_police",)
    assert perpetrators_of(row._replace(perpetrators=())) == ("unknown",)

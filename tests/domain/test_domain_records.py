import datetime as dt

import pytest
from fixtures_domain import OTHER_ID, SUBJECT_ID, good_records
from pydantic import ValidationError

from aluna_field.domain.records import (
    CrisisNote,
    FollowUp,
    ImpactObservation,
    RiskAssessment,
    Subject,
    region_state,
)
from aluna_field.domain.taxonomy import FieldOfWork, RiskLevel


def test_subject_defaults_and_stripping() -> None:
    s = Subject.model_validate({"type": "person", "alias": "  Ana X  ", "region": "Guerrero"})
    assert s.alias == "Ana X"
    assert s.real_name is None
    assert s.field_of_work == [] and s.member_of == [] and s.notes == ""


def test_region_is_coarse_and_normalised() -> None:
    s = Subject.model_validate({"type": "person", "alias": "A", "region": "Chiapas/Ocosingo"})
    assert s.region == "Chiapas / Ocosingo"
    assert region_state(s.region) == "Chiapas"
    for bad in ("Chiapas / Ocosingo / Calle 5", " / Ocosingo", "Chiapas /"):
        with pytest.raises(ValidationError):
            Subject.model_validate({"type": "person", "alias": "A", "region": bad})


def test_blank_real_name_is_none() -> None:
    s = Subject.model_validate({"type": "person", "alias": "A", "region": "X", "real_name": " "})
    assert s.real_name is None


def test_sets_are_deduplicated_and_sorted() -> None:
    s = Subject.model_validate(
        {
            "type": "organization",
            "alias": "Org",
            "region": "Sonora",
            "field_of_work": ["other", "journalism", "other", "labour"],
            "member_of": [OTHER_ID, SUBJECT_ID, OTHER_ID],
        }
    )
    assert s.field_of_work == [FieldOfWork.JOURNALISM, FieldOfWork.LABOUR, FieldOfWork.OTHER]
    assert s.member_of == [SUBJECT_ID, OTHER_ID]


def test_record_ids_are_32_lowercase_hex() -> None:
    data = good_records()["follow-up"]
    for bad in ("ABCDEF0123456789ABCDEF0123456789", "abc", "g" * 32, "a" * 33):
        with pytest.raises(ValidationError):
            FollowUp.model_validate({**data, "record_id": bad})
    assert FollowUp.model_validate(data).record_id == data["record_id"]


def test_risk_level_is_computed_and_dumped() -> None:
    r = RiskAssessment.model_validate(good_records()["risk-assessment"])
    # Threat by threat (docs/risk.md): the most serious threat, 4 × 3 ÷ 2 = 6, is "high".
    assert r.risk_level is RiskLevel.HIGH
    assert r.assessment().basis is not None and r.assessment().basis.score == 6
    assert r.model_dump(mode="json")["risk_level"] == "high"
    assert r.assessed_on == dt.date(2024, 3, 10)


def test_risk_level_refused_as_input() -> None:
    data = {**good_records()["risk-assessment"], "risk_level": "low"}
    with pytest.raises(ValidationError) as info:
        RiskAssessment.model_validate(data)
    (err,) = info.value.errors()
    assert err["type"] == "derived_field"
    assert err["ctx"]["field"] == "risk_level"
    assert "derived" in err["msg"]


def test_mourning_fields_need_the_mourning_category() -> None:
    base = good_records()["impact-observation"]
    with pytest.raises(ValidationError) as info:
        ImpactObservation.model_validate({**base, "mourning_losses": ["income"]})
    assert info.value.errors()[0]["ctx"]["field"] == "mourning_losses"
    with pytest.raises(ValidationError) as info:
        ImpactObservation.model_validate({**base, "mourning_alterations": ["other"]})
    assert info.value.errors()[0]["ctx"]["field"] == "mourning_alterations"
    ok = ImpactObservation.model_validate(
        {
            **base,
            "categories": ["mourning", "fear"],
            "mourning_losses": ["way_of_living", "income", "income"],
            "mourning_alterations": ["rituals_interrupted"],
        }
    )
    assert [c.value for c in ok.categories] == ["fear", "mourning"]
    assert [x.value for x in ok.mourning_losses] == ["income", "way_of_living"]


def test_naive_and_aware_datetimes_accepted() -> None:
    data = good_records()["crisis-note"]
    naive = CrisisNote.model_validate(data)
    assert naive.occurred_at == dt.datetime(2024, 3, 5, 18, 30)
    aware = CrisisNote.model_validate({**data, "occurred_at": "2024-03-05T18:30:00-06:00"})
    assert aware.occurred_at.utcoffset() == dt.timedelta(hours=-6)


def test_scores_and_intensity_are_whole_numbers_not_booleans() -> None:
    data = good_records()["risk-assessment"]
    for bad in (True, 4.5, "3"):
        data["threats"][0]["score"] = bad
        with pytest.raises(ValidationError):
            RiskAssessment.model_validate(data)
    obs = good_records()["impact-observation"]
    for bad in (True, 5, -1):
        with pytest.raises(ValidationError):
            ImpactObservation.model_validate({**obs, "intensity": bad})
    assert ImpactObservation.model_validate({**obs, "intensity": 0}).intensity == 0

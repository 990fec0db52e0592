"""Risk threat by threat: the issue's examples, the monotone properties and bad input."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from aluna_field.domain import kinds
from aluna_field.domain.kinds import RecordInvalid
from aluna_field.domain.records import RiskAssessment
from aluna_field.domain.risk import explain_assessment
from aluna_field.domain.risk_codes import SCALES, anchor
from aluna_field.domain.risk_model import threat_describer
from aluna_field.domain.taxonomy import RiskLevel
from aluna_field.services.messages import describe

SID = "0123456789abcdef0123456789abcdef"


def _record(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "subject_id": SID,
        "assessed_on": "2026-02-01",
        "threats": [],
        "vulnerabilities": [],
        "capacities": [],
    }
    return {**base, **over}


def _level(data: dict[str, Any]) -> RiskLevel:
    return RiskAssessment.model_validate(data).risk_level


def _t(score: int | None, **over: Any) -> dict[str, Any]:
    return {"description": "Mensajes anónimos (ficticio)", "score": score, **over}


def _f(score: int, threats: list[str] | None = None) -> dict[str, Any]:
    return {"description": "Factor de prueba", "score": score, "threats": threats or []}


def test_one_serious_threat_plus_two_minor_stays_high() -> None:
    # Under the means rule this read "medio" (3.5); threat by threat it stays "alto".
    alone = _record(threats=[_t(5)], vulnerabilities=[_f(3)], capacities=[_f(2)])
    more = {**alone, "threats": [_t(5), _t(1), _t(1)]}
    assert _level(alone) is RiskLevel.HIGH
    assert _level(more) is RiskLevel.HIGH
    out = kinds.validate_record("risk-assessment", more)
    assert out["risk_threat"] == "t1"
    assert [t["score"] for t in out["threat_levels"]] == [7.5, 1.5, 1.5]
    model = RiskAssessment.model_validate(more)
    text = explain_assessment(model.assessment(), "es", threat_describer(more))
    assert text == (
        "La amenaza más grave: «Mensajes anónimos (ficticio)» — amenaza 5 ×"
        " vulnerabilidades 3 ÷ capacidades 2 = 7.5 → alto"
    )
    assert explain_assessment(model.assessment(), "en").startswith("The most serious threat")


def test_declared_credible_threat_is_never_below_high() -> None:
    # T5 V5 C5 is 5 ("medio") by the product; declared and credible, it is "alto".
    data = _record(threats=[_t(5, kind="declared")], vulnerabilities=[_f(5)], capacities=[_f(5)])
    assert _level(data) is RiskLevel.HIGH
    out = kinds.validate_record("risk-assessment", data)
    assert out["threat_levels"][0]["floor"] is True
    # Judged not credible (2), the floor does not apply; possible, neither.
    assert _level({**data, "threats": [_t(5, kind="declared", credibility=2)]}) is (
        RiskLevel.MEDIUM
    )
    assert _level({**data, "threats": [_t(5)]}) is RiskLevel.MEDIUM


def test_nothing_scored_is_not_assessed() -> None:
    assert _level(_record()) is RiskLevel.NOT_ASSESSED
    assert _level(_record(threats=[_t(None)], vulnerabilities=[_f(4)])) is (RiskLevel.NOT_ASSESSED)
    assert RiskLevel.NOT_ASSESSED.label("es") == "Sin evaluar"


def test_a_factor_bears_only_on_the_threats_it_names() -> None:
    data = _record(
        threats=[_t(4, id="a"), _t(4, id="b")],
        vulnerabilities=[_f(5, ["a"])],
        capacities=[_f(1)],
    )
    levels = {
        t["threat"]: t["level"]
        for t in kinds.validate_record("risk-assessment", data)["threat_levels"]
    }
    assert levels == {"a": "critical", "b": "medium"}


def test_scale_anchors_in_both_languages() -> None:
    for scale in ("threat", "vulnerability", "capacity", "credibility"):
        assert len(SCALES[scale]) == 5
        assert anchor(scale, 1, "es") != anchor(scale, 1, "en")
    with pytest.raises(IndexError):
        anchor("threat", 6)


# -- properties on the real model ------------------------------------------------------
SCORE = st.integers(1, 5)
IDS = ["t1", "t2", "t3"]


@st.composite
def assessments(draw: st.DrawFn) -> dict[str, Any]:
    n = draw(st.integers(1, 3))
    threats = [
        {
            "id": IDS[i],
            "description": "Amenaza ficticia",
            "score": draw(st.none() | SCORE),
            "kind": draw(st.sampled_from(["possible", "declared"])),
            "credibility": draw(st.none() | SCORE),
        }
        for i in range(n)
    ]
    links = st.lists(st.sampled_from(IDS[:n]), max_size=2)

    def factors() -> list[dict[str, Any]]:
        return draw(st.lists(st.builds(lambda s, ts: _f(s, ts), SCORE, links), max_size=3))

    return _record(threats=threats, vulnerabilities=factors(), capacities=factors())


def _order(data: dict[str, Any]) -> int:
    return _level(data).order


@given(assessments(), st.none() | SCORE)
def test_adding_a_threat_never_lowers_the_level(data: dict[str, Any], score: int | None) -> None:
    more = {**data, "threats": [*data["threats"], _t(score, id="extra")]}
    assert _order(more) >= _order(data)


@given(assessments(), st.data())
def test_raising_a_threat_or_vulnerability_never_lowers(
    data: dict[str, Any], pick: st.DataObject
) -> None:
    name = pick.draw(st.sampled_from(["threats", "vulnerabilities"]))
    items = data[name]
    if not items:
        return
    i = pick.draw(st.integers(0, len(items) - 1))
    raised = [dict(x) for x in items]
    raised[i]["score"] = min(5, (raised[i]["score"] or 0) + 1)
    assert _order({**data, name: raised}) >= _order(data)


@given(assessments(), st.data())
def test_raising_a_capacity_never_raises(data: dict[str, Any], pick: st.DataObject) -> None:
    if not data["capacities"]:
        return
    i = pick.draw(st.integers(0, len(data["capacities"]) - 1))
    raised = [dict(x) for x in data["capacities"]]
    raised[i]["score"] = min(5, raised[i]["score"] + 1)
    assert _order({**data, "capacities": raised}) <= _order(data)


@given(assessments(), SCORE)
def test_a_capacity_linked_elsewhere_changes_nothing_here(data: dict[str, Any], score: int) -> None:
    data = {**data, "threats": [*data["threats"], _t(4, id="other")]}
    more = {**data, "capacities": [*data["capacities"], _f(score, ["other"])]}
    before = kinds.validate_record("risk-assessment", data)["threat_levels"]
    after = kinds.validate_record("risk-assessment", more)["threat_levels"]
    assert [t for t in after if t["threat"] != "other"] == [
        t for t in before if t["threat"] != "other"
    ]


@given(assessments())
def test_nothing_scored_is_never_low(data: dict[str, Any]) -> None:
    blank = {
        **data,
        "threats": [{**t, "score": None, "credibility": None} for t in data["threats"]],
    }
    assert _level(blank) is RiskLevel.NOT_ASSESSED


# -- bad input: the field is named, nothing validates ----------------------------------
BAD = [
    ({"threats": [_t(3)], "capacities": [_f(2, ["t9"])]}, "capacities.0.threats", "unknown_threat"),
    (
        {"threats": [_t(3)], "measures": [{"what": "Ruta segura", "factor": "zz"}]},
        "measures.0.factor",
        "unknown_factor",
    ),
    ({"threats": [_t(3, credibility=7)]}, "threats.0.credibility", "less_than_equal"),
    ({"threats": [_t(3)], "risk_level": "low"}, "risk_level", "derived_field"),
    (
        {"threats": [_t(3)], "measures": [{"what": "Ruta segura", "state": "later"}]},
        "measures.0.state",
        "enum",
    ),
    (
        {
            "threats": [_t(3)],
            "vulnerabilities": [_f(2)],
            "measures": [{"what": "Ruta", "type": "reduce_threat", "factor": "v1"}],
        },
        "measures.0.factor",
        "factor_type_mismatch",
    ),
]


@pytest.mark.parametrize(("over", "field", "code"), BAD)
def test_bad_input_names_the_field(over: dict[str, Any], field: str, code: str) -> None:
    with pytest.raises(RecordInvalid) as info:
        kinds.validate_record("risk-assessment", _record(**over))
    assert [(e.field, e.code) for e in info.value.errors] == [(field, code)]
    for e in info.value.errors:
        assert describe(e, "es") and describe(e, "en")
        assert "Mensajes" not in describe(e, "es")


def test_schema1_shape_maps_onto_the_new_model() -> None:
    old = _record(
        threats=[{"description": "Vigilancia (ficticia)", "score": 4, "credibility": "alta"}],
        vulnerabilities=[{"description": "Sin protocolo", "score": 3}],
        capacities=[{"description": "Red de apoyo", "score": 2}],
        measures=[{"what": "Cambiar rutas", "who": "Equipo", "by": "2026-03-01"}],
    )
    out = kinds.validate_record("risk-assessment", old)
    assert out["threats"][0]["id"] == "t1"
    assert out["threats"][0]["credibility"] is None
    assert out["threats"][0]["credibility_note"] == "alta"
    (m,) = out["measures"]
    assert m["state"] == "pending" and m["id"].startswith("m-")
    # The same old record maps to the same ids every time (every device agrees).
    assert kinds.validate_record("risk-assessment", old)["measures"][0]["id"] == m["id"]
    assert out["risk_level"] == "high"  # 4 × 3 ÷ 2 = 6

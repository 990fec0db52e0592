import pytest
from hypothesis import given
from hypothesis import strategies as st

from aluna_field.domain.risk_legacy import derive_risk, explain, level_for_score
from aluna_field.domain.taxonomy import RiskLevel


def test_brief_example_threats_4_3_vulns_3_caps_2() -> None:
    d = derive_risk([4, 3], [3], [2])
    assert d.threat_mean == 3.5
    assert d.vulnerability_mean == 3
    assert d.capacity_mean == 2
    assert d.score == 5.25
    assert d.level is RiskLevel.MEDIUM


def test_explain_in_both_languages() -> None:
    d = derive_risk([4, 3], [3], [2])
    assert explain(d, "es") == "Amenazas 3.5 × vulnerabilidades 3 ÷ capacidades 2 = 5.25 → medio"
    assert explain(d, "en") == "Threats 3.5 × vulnerabilities 3 ÷ capacities 2 = 5.25 → medium"
    assert explain(d, "de") == explain(d, "es")
    assert explain(derive_risk([5], [5], [1]), "es").endswith("= 25 → crítico")


@pytest.mark.parametrize(
    ("score", "level"),
    [
        (0, RiskLevel.LOW),
        (2.49, RiskLevel.LOW),
        (2.5, RiskLevel.MEDIUM),
        (5.99, RiskLevel.MEDIUM),
        (6, RiskLevel.HIGH),
        (11.99, RiskLevel.HIGH),
        (12, RiskLevel.CRITICAL),
        (25, RiskLevel.CRITICAL),
    ],
)
def test_thresholds(score: float, level: RiskLevel) -> None:
    assert level_for_score(score) is level


def test_empty_lists() -> None:
    # No threats or no vulnerabilities: nothing to fear from, risk 0.
    assert derive_risk([], [3], [1]).score == 0
    assert derive_risk([5], [], []).score == 0
    # No capacities: C = 1, risk is just T × V.
    d = derive_risk([3], [4], [])
    assert (d.capacity_mean, d.score, d.level) == (1, 12, RiskLevel.CRITICAL)


def test_means_not_sums() -> None:
    # Listing the same threat three times does not triple the risk.
    assert derive_risk([3, 3, 3], [2], [1]).score == derive_risk([3], [2], [1]).score


def test_rounding_is_half_up_and_exact() -> None:
    # 1 × 5 ÷ 3 = 1.666… → 1.67; 1/8 = 0.125 → 0.13 (not banker's 0.12).
    assert derive_risk([1], [5], [3]).score == 1.67
    assert derive_risk([1], [1], [4, 4]).score == 0.25
    assert derive_risk([1], [1], [8]).score == 0.13
    # 5 × 3 ÷ 6 = 2.5 exactly: medium, not low.
    assert derive_risk([5], [3], [6]).level is RiskLevel.MEDIUM


def test_invalid_scores_refused() -> None:
    with pytest.raises(ValueError):
        derive_risk([-1], [1], [1])
    with pytest.raises(ValueError):
        derive_risk([1], [1], [0])


scores = st.lists(st.integers(min_value=1, max_value=5), max_size=8)
nonempty = st.lists(st.integers(min_value=1, max_value=5), min_size=1, max_size=8)


def _bump(values: list[int], index: int) -> list[int]:
    out = list(values)
    i = index % len(out)
    out[i] = min(5, out[i] + 1)
    return out


def _order(t: list[int], v: list[int], c: list[int]) -> int:
    return derive_risk(t, v, c).level.order


@given(nonempty, scores, scores, st.integers(min_value=0))
def test_more_threat_never_lowers_the_level(
    t: list[int], v: list[int], c: list[int], i: int
) -> None:
    assert _order(_bump(t, i), v, c) >= _order(t, v, c)
    # Adding a threat at least as serious as the current ones never lowers it either.
    assert _order([*t, max(t)], v, c) >= _order(t, v, c)


@given(scores, nonempty, scores, st.integers(min_value=0))
def test_more_vulnerability_never_lowers_the_level(
    t: list[int], v: list[int], c: list[int], i: int
) -> None:
    assert _order(t, _bump(v, i), c) >= _order(t, v, c)


@given(scores, scores, nonempty, st.integers(min_value=0))
def test_more_capacity_never_raises_the_level(
    t: list[int], v: list[int], c: list[int], i: int
) -> None:
    assert _order(t, v, _bump(c, i)) <= _order(t, v, c)
    assert _order(t, v, [*c, max(c)]) <= _order(t, v, c)


@given(scores, scores, scores)
def test_score_matches_level_and_range(t: list[int], v: list[int], c: list[int]) -> None:
    d = derive_risk(t, v, c)
    assert 0 <= d.score <= 25
    assert d.level is level_for_score(d.score)
    assert round(d.score, 2) == d.score

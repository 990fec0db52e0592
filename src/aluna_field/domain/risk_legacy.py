"""The schema-1 rule ("means-v1"): risk on the means of every list (see docs/risk.md).

Kept only to show, in a record's history, the level each schema-1 version had when it was
written: the current level of every assessment comes from `domain.risk` (threat by
threat). Nothing re-scores an old version silently.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from aluna_field.domain.coded import normalize_lang
from aluna_field.domain.taxonomy import RiskLevel

__all__ = [
    "LEVEL_THRESHOLDS",
    "RULE_MEANS",
    "RiskDerivation",
    "derive_risk",
    "explain",
    "level_for_score",
]

RULE_MEANS = "means-v1"

# Upper bounds (exclusive) of each level; a score at or above the last bound is critical.
LEVEL_THRESHOLDS: tuple[tuple[float, RiskLevel], ...] = (
    (2.5, RiskLevel.LOW),
    (6.0, RiskLevel.MEDIUM),
    (12.0, RiskLevel.HIGH),
)


@dataclass(frozen=True, slots=True)
class RiskDerivation:
    """The outcome of `derive_risk`: the score, its level and the three means used."""

    score: float
    level: RiskLevel
    threat_mean: float
    vulnerability_mean: float
    capacity_mean: float


def _mean(scores: Iterable[float], empty: Fraction) -> Fraction:
    # Fractions keep the arithmetic exact, so the rounding below (and thus the level at
    # a threshold) never depends on binary floating point.
    values = [Fraction(s) for s in scores]
    if any(v < 0 for v in values):
        raise ValueError("risk scores must not be negative")
    if not values:
        return empty
    return sum(values, Fraction(0)) / len(values)


def round2(value: Fraction) -> Fraction:
    """Half-up to 2 decimals, exactly: 1/8 → 0.13, as a person would round by hand."""
    # Half-up to 2 decimals: 0.125 -> 0.13, as a person would round by hand.
    return Fraction(math.floor(value * 100 + Fraction(1, 2)), 100)


def level_for_score(score: float) -> RiskLevel:
    """The risk level of a score: < 2.5 low, < 6 medium, < 12 high, otherwise critical."""
    for bound, level in LEVEL_THRESHOLDS:
        if score < bound:
            return level
    return RiskLevel.CRITICAL


def derive_risk(
    threat_scores: Iterable[float],
    vulnerability_scores: Iterable[float],
    capacity_scores: Iterable[float],
) -> RiskDerivation:
    """Derive the risk score and level from the three lists of scores.

    T and V are the mean threat and vulnerability scores (0 when the list is empty); C is
    the mean capacity score (1 when empty, i.e. capacities neither raise nor lower risk).
    score = T × V ÷ C rounded half-up to 2 decimals; the level comes from
    `level_for_score`. Raises ValueError for a negative score or a capacity mean of 0.
    """
    t = _mean(threat_scores, Fraction(0))
    v = _mean(vulnerability_scores, Fraction(0))
    c = _mean(capacity_scores, Fraction(1))
    if c == 0:
        raise ValueError("the mean capacity score must be positive")
    score = float(round2(t * v / c))
    return RiskDerivation(
        score=score,
        level=level_for_score(score),
        threat_mean=float(t),
        vulnerability_mean=float(v),
        capacity_mean=float(c),
    )


def _num(value: float) -> str:
    # "3", "3.5", "5.25": at most 2 decimals, no trailing zeros. es-MX also writes
    # decimals with a point, so one format serves both languages.
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def explain(derivation: RiskDerivation, lang: str = "es") -> str:
    """One plain line showing the computation, in Spanish ("es") or English ("en").

    Example: "Amenazas 3.5 × vulnerabilidades 3 ÷ capacidades 2 = 5.25 → medio".
    """
    d = derivation
    level = d.level.label(lang).lower()
    t, v, c, s = (
        _num(d.threat_mean),
        _num(d.vulnerability_mean),
        _num(d.capacity_mean),
        _num(d.score),
    )
    if normalize_lang(lang) == "en":
        return f"Threats {t} × vulnerabilities {v} ÷ capacities {c} = {s} → {level}"
    return f"Amenazas {t} × vulnerabilidades {v} ÷ capacidades {c} = {s} → {level}"

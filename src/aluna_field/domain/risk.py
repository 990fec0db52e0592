"""Risk derived threat by threat (rule "threat-by-threat-v2"; see docs/risk.md).

Each threat is scored with the vulnerabilities and capacities that bear on it (an
unlinked factor bears on every threat): score = T × V ÷ C, V and C the means of the
scored factors that bear on it (1, the neutral value, when there are none). A declared
threat judged credible is never below "high". The assessment's level is that of its most
serious threat; with no threat scored it is "not assessed", never "low".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from aluna_field.domain.coded import normalize_lang
from aluna_field.domain.risk_legacy import LEVEL_THRESHOLDS, level_for_score, round2
from aluna_field.domain.taxonomy import RiskLevel

__all__ = [
    "CREDIBLE_FROM",
    "DECLARED_FLOOR",
    "LEVEL_THRESHOLDS",
    "RULE_THREATS",
    "Assessment",
    "ThreatFacts",
    "ThreatLevel",
    "assess",
    "explain_assessment",
    "explain_threat",
    "level_for_score",
    "threat_level",
]

RULE_THREATS = "threat-by-threat-v2"
# A credibility of 3 ("whoever threatens can do it") or more makes a threat credible.
CREDIBLE_FROM = 3
DECLARED_FLOOR = RiskLevel.HIGH


@dataclass(frozen=True, slots=True)
class ThreatFacts:
    """What the rule needs of one threat: its scores and those of the factors on it."""

    threat_id: str
    score: int | None
    declared: bool = False
    credibility: int | None = None
    vulnerabilities: Sequence[int] = ()
    capacities: Sequence[int] = ()


@dataclass(frozen=True, slots=True)
class ThreatLevel:
    """One threat's outcome. `score` is None when the threat is not scored; `floor` says
    the declared-and-credible rule set the level (the product alone was lower)."""

    threat_id: str
    level: RiskLevel
    score: float | None
    threat_score: int | None
    vulnerability_mean: float
    capacity_mean: float
    floor: bool


@dataclass(frozen=True, slots=True)
class Assessment:
    """The assessment's level, the rule that derived it and each threat's outcome."""

    level: RiskLevel
    rule: str
    basis: ThreatLevel | None  # the most serious threat; None when nothing is scored
    threats: tuple[ThreatLevel, ...]


def _mean(scores: Sequence[int]) -> Fraction:
    # No factor bearing on the threat: 1, neutral for the product and the division.
    if not scores:
        return Fraction(1)
    return Fraction(sum(scores), len(scores))


def threat_level(facts: ThreatFacts) -> ThreatLevel:
    """The level of one threat from its own score and the factors that bear on it."""
    v = _mean(facts.vulnerabilities)
    c = _mean(facts.capacities)
    credible = facts.declared and (
        (facts.credibility is not None and facts.credibility >= CREDIBLE_FROM)
        # A declared threat not yet judged for credibility is taken as credible.
        or (facts.credibility is None and facts.score is not None)
    )
    score = None if facts.score is None else float(round2(facts.score * v / c))
    level = RiskLevel.NOT_ASSESSED if score is None else level_for_score(score)
    floor = credible and level.order < DECLARED_FLOOR.order
    return ThreatLevel(
        threat_id=facts.threat_id,
        level=DECLARED_FLOOR if floor else level,
        score=score,
        threat_score=facts.score,
        vulnerability_mean=float(v),
        capacity_mean=float(c),
        floor=floor,
    )


def _gravity(t: ThreatLevel) -> tuple[int, float]:
    return (t.level.order, -1.0 if t.score is None else t.score)


def assess(threats: Iterable[ThreatFacts]) -> Assessment:
    """The assessment's level: that of its most serious threat (level, then score; the
    first listed wins a tie). "Not assessed" when no threat has a level."""
    levels = tuple(threat_level(f) for f in threats)
    basis: ThreatLevel | None = None
    for t in levels:
        if t.level is not RiskLevel.NOT_ASSESSED and (
            basis is None or _gravity(t) > _gravity(basis)
        ):
            basis = t
    level = RiskLevel.NOT_ASSESSED if basis is None else basis.level
    return Assessment(level=level, rule=RULE_THREATS, basis=basis, threats=levels)


def _num(value: float) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def explain_threat(t: ThreatLevel, lang: str = "es") -> str:
    """One threat's computation: "amenaza 5 × vulnerabilidades 3 ÷ capacidades 2 = 7.5 → alto"."""
    en = normalize_lang(lang) == "en"
    level = t.level.label(lang).lower()
    if t.score is None:
        if t.floor or t.level is not RiskLevel.NOT_ASSESSED:
            return f"declared and credible → {level}" if en else f"declarada y creíble → {level}"
        return "not scored" if en else "sin puntuar"
    nums = (str(t.threat_score), _num(t.vulnerability_mean), _num(t.capacity_mean), _num(t.score))
    if en:
        text = "threat {} × vulnerabilities {} ÷ capacities {} = {}".format(*nums)
        floor = ", declared and credible: never below high" if t.floor else ""
    else:
        text = "amenaza {} × vulnerabilidades {} ÷ capacidades {} = {}".format(*nums)
        floor = ", declarada y creíble: nunca menos que alto" if t.floor else ""
    return f"{text}{floor} → {level}"


def explain_assessment(
    a: Assessment, lang: str = "es", describe: Callable[[str], str] | None = None
) -> str:
    """The level's derivation in one line, naming the most serious threat.

    `describe` turns a threat id into the text shown for it (its description); without it
    the id is shown. Example: "La amenaza más grave: «Mensajes» — amenaza 5 × ... → alto".
    """
    en = normalize_lang(lang) == "en"
    if a.basis is None:
        return (
            "No threat scored yet: not assessed" if en else "Ninguna amenaza puntuada: sin evaluar"
        )
    name = describe(a.basis.threat_id) if describe else a.basis.threat_id
    head = f"The most serious threat: “{name}”" if en else f"La amenaza más grave: «{name}»"
    return f"{head} — {explain_threat(a.basis, lang)}"

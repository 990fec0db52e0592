"""Codes of the threat-by-threat risk model and the meaning of each score (es-MX, en).

Threat kinds, measure types and states are coded like the rest of the taxonomy; the
scale anchors say what 1-5 means for threats, vulnerabilities, capacities and
credibility, so two accompaniers score the same situation alike (docs/risk.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from aluna_field.domain.coded import Coded, Label, define_labels, translate_label
from aluna_field.l10n import N_, NP_

__all__ = ["SCALES", "MeasureState", "MeasureType", "ThreatKind", "anchor", "anchors"]


class ThreatKind(Coded):
    POSSIBLE = "possible"
    DECLARED = "declared"


define_labels(
    ThreatKind,
    {
        "possible": N_("Possible"),
        "declared": N_("Declared"),
    },
    {
        "possible": N_("Feared from the context or from what happened to others."),
        "declared": N_("It was delivered: a message, a visit, a pamphlet, a call."),
    },
)


class MeasureType(Coded):
    REDUCE_THREAT = "reduce_threat"
    REDUCE_VULNERABILITY = "reduce_vulnerability"
    STRENGTHEN_CAPACITY = "strengthen_capacity"


define_labels(
    MeasureType,
    {
        "reduce_threat": N_("Reduce a threat"),
        "reduce_vulnerability": N_("Reduce a vulnerability"),
        "strengthen_capacity": N_("Strengthen a capacity"),
    },
)


class MeasureState(Coded):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"

    @property
    def open(self) -> bool:
        """Pending or in progress: still a follow-up for someone."""
        return self in (MeasureState.PENDING, MeasureState.IN_PROGRESS)


define_labels(
    MeasureState,
    {
        "pending": N_("Pending"),
        "in_progress": N_("In progress"),
        "done": NP_("risk_codes.MeasureState:done", "Done"),
        "dropped": N_("Dropped"),
    },
)

# What each score means, 1 to 5, per scale: {scale: ((es, en) for 1, ..., for 5)}.
SCALES: Mapping[str, tuple[Label, ...]] = {
    "threat": (
        N_("Remote: nothing points it at you"),
        N_("Possible: the context makes it thinkable"),
        N_("Serious: signs or close precedents"),
        N_("Grave: targeted, able to be carried out"),
        N_("Extreme: imminent or already under way"),
    ),
    "vulnerability": (
        N_("Minimal: hardly exposes you"),
        N_("Slight: exposes you in few situations"),
        N_("Moderate: exposes you often"),
        N_("High: makes harm much easier"),
        N_("Critical: puts harm within easy reach"),
    ),
    "capacity": (
        N_("Barely exists"),
        N_("Weak: exists but is not used"),
        N_("Medium: used at times"),
        N_("Strong: used and working"),
        N_("Very strong: proven in a crisis"),
    ),
    "credibility": (
        N_("Not credible: no one able, no means"),
        N_("Hardly credible: serious doubts"),
        N_("Credible: whoever threatens can do it"),
        N_("Very credible: has done it before"),
        N_("Confirmed: preparations are visible"),
    ),
}


def anchor(scale: str, score: int, lang: str = "es") -> str:
    """What `score` (1-5) means on `scale` ("threat", "vulnerability", "capacity",
    "credibility"). KeyError for an unknown scale, IndexError outside 1-5."""
    if not 1 <= score <= 5:
        raise IndexError("scores go from 1 to 5")
    return translate_label(SCALES[scale][score - 1], lang)


def anchors(scale: str, lang: str = "es") -> tuple[str, ...]:
    """The five meanings of `scale`, for 1 to 5."""
    return tuple(anchor(scale, n, lang) for n in range(1, 6))

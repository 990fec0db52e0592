"""Codes of the threat-by-threat risk model and the meaning of each score (es-MX, en).

Threat kinds, measure types and states are coded like the rest of the taxonomy; the
scale anchors say what 1-5 means for threats, vulnerabilities, capacities and
credibility, so two accompaniers score the same situation alike (docs/risk.md).
"""

from __future__ import annotations

from collections.abc import Mapping

from aluna_field.domain.coded import Coded, Label, define_labels, translate_label

__all__ = ["SCALES", "MeasureState", "MeasureType", "ThreatKind", "anchor", "anchors"]


class ThreatKind(Coded):
    POSSIBLE = "possible"
    DECLARED = "declared"


define_labels(
    ThreatKind,
    {
        "possible": ("Posible", "Possible"),
        "declared": ("Declarada", "Declared"),
    },
    {
        "possible": (
            "Se teme por el contexto o por lo que les pasó a otras personas.",
            "Feared from the context or from what happened to others.",
        ),
        "declared": (
            "Se hizo llegar: un mensaje, una visita, un panfleto, una llamada.",
            "It was delivered: a message, a visit, a pamphlet, a call.",
        ),
    },
)


class MeasureType(Coded):
    REDUCE_THREAT = "reduce_threat"
    REDUCE_VULNERABILITY = "reduce_vulnerability"
    STRENGTHEN_CAPACITY = "strengthen_capacity"


define_labels(
    MeasureType,
    {
        "reduce_threat": ("Reducir una amenaza", "Reduce a threat"),
        "reduce_vulnerability": ("Reducir una vulnerabilidad", "Reduce a vulnerability"),
        "strengthen_capacity": ("Fortalecer una capacidad", "Strengthen a capacity"),
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
        "pending": ("Pendiente", "Pending"),
        "in_progress": ("En curso", "In progress"),
        "done": ("Hecha", "Done"),
        "dropped": ("Descartada", "Dropped"),
    },
)

# What each score means, 1 to 5, per scale: {scale: ((es, en) for 1, ..., for 5)}.
SCALES: Mapping[str, tuple[Label, ...]] = {
    "threat": (
        ("Remota: nada la señala contra ti", "Remote: nothing points it at you"),
        ("Posible: el contexto la hace pensable", "Possible: the context makes it thinkable"),
        ("Seria: hay señales o antecedentes cercanos", "Serious: signs or close precedents"),
        ("Grave: dirigida, con capacidad de cumplirse", "Grave: targeted, able to be carried out"),
        ("Extrema: inminente o ya en marcha", "Extreme: imminent or already under way"),
    ),
    "vulnerability": (
        ("Mínima: casi no te expone", "Minimal: hardly exposes you"),
        ("Leve: te expone en pocas situaciones", "Slight: exposes you in few situations"),
        ("Moderada: te expone a menudo", "Moderate: exposes you often"),
        ("Alta: facilita mucho el daño", "High: makes harm much easier"),
        ("Crítica: deja el daño al alcance", "Critical: puts harm within easy reach"),
    ),
    "capacity": (
        ("Apenas existe", "Barely exists"),
        ("Débil: existe pero no se usa", "Weak: exists but is not used"),
        ("Media: se usa a veces", "Medium: used at times"),
        ("Fuerte: se usa y funciona", "Strong: used and working"),
        ("Muy fuerte: probada en una crisis", "Very strong: proven in a crisis"),
    ),
    "credibility": (
        ("Nada creíble: no hay quién ni cómo", "Not credible: no one able, no means"),
        ("Poco creíble: dudas serias", "Hardly credible: serious doubts"),
        ("Creíble: quien amenaza puede hacerlo", "Credible: whoever threatens can do it"),
        ("Muy creíble: lo ha hecho antes", "Very credible: has done it before"),
        ("Confirmada: hay preparativos a la vista", "Confirmed: preparations are visible"),
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

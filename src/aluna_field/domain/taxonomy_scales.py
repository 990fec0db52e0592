"""Ordered scales (urgency, risk level), declared from lowest to highest.

Import them from `aluna_field.domain.taxonomy`. Rank members with `.order`, never with
`<`, which compares the codes as strings.
"""

from __future__ import annotations

from aluna_field.domain.coded import OrderedCoded, define_labels


class Urgency(OrderedCoded):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


define_labels(
    Urgency,
    {
        "low": ("Baja", "Low"),
        "medium": ("Media", "Medium"),
        "high": ("Alta", "High"),
        "critical": ("Crítica", "Critical"),
    },
)


class RiskLevel(OrderedCoded):
    # Lowest on the scale, but not a level of risk: nothing was scored yet. Shown in
    # neutral styling, never as a reassuring "low".
    NOT_ASSESSED = "not_assessed"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


define_labels(
    RiskLevel,
    {
        "not_assessed": ("Sin evaluar", "Not assessed"),
        "low": ("Bajo", "Low"),
        "medium": ("Medio", "Medium"),
        "high": ("Alto", "High"),
        "critical": ("Crítico", "Critical"),
    },
)

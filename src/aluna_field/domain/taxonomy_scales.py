"""Ordered scales (urgency, risk level), declared from lowest to highest.

Import them from `aluna_field.domain.taxonomy`. Rank members with `.order`, never with
`<`, which compares the codes as strings.
"""

from __future__ import annotations

from aluna_field.domain.coded import OrderedCoded, define_labels
from aluna_field.l10n import N_, NP_


class Urgency(OrderedCoded):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


define_labels(
    Urgency,
    {
        "low": NP_("taxonomy_scales.Urgency:low", "Low"),
        "medium": NP_("taxonomy_scales.Urgency:medium", "Medium"),
        "high": NP_("taxonomy_scales.Urgency:high", "High"),
        "critical": NP_("taxonomy_scales.Urgency:critical", "Critical"),
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
        "not_assessed": N_("Not assessed"),
        "low": NP_("taxonomy_scales.RiskLevel:low", "Low"),
        "medium": NP_("taxonomy_scales.RiskLevel:medium", "Medium"),
        "high": NP_("taxonomy_scales.RiskLevel:high", "High"),
        "critical": NP_("taxonomy_scales.RiskLevel:critical", "Critical"),
    },
)

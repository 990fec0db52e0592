"""Which rule derived each version's risk level, for a record's history.

A version written under schema 1 had its level from the means rule ("means-v1"); from
schema 2 on, threat by threat. The history shows each version with the level its own
rule gave, so moving to the new rule re-scores nothing silently (docs/risk.md).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from aluna_field.domain.risk import RULE_THREATS
from aluna_field.domain.risk_legacy import RULE_MEANS, derive_risk
from aluna_field.domain.risk_model import DERIVED, RiskAssessment

__all__ = ["RULE_FOR_SCHEMA", "rule_for_schema", "version_level"]

RULE_FOR_SCHEMA: Mapping[int, str] = {1: RULE_MEANS, 2: RULE_THREATS}


def rule_for_schema(schema: int) -> str:
    """The rule that derived levels under record schema `schema` (newest for later ones)."""
    return RULE_FOR_SCHEMA.get(schema, RULE_THREATS)


def _scores(fields: Mapping[str, Any], name: str) -> list[int]:
    items = fields.get(name)
    if not isinstance(items, list):
        return []
    return [
        int(i["score"])
        for i in items
        if isinstance(i, Mapping) and isinstance(i.get("score"), int) and i["score"] > 0
    ]


def version_level(schema: int, fields: Mapping[str, Any]) -> dict[str, str | None]:
    """{"risk_rule", "risk_level"} of one version of an assessment under its own rule;
    the level is None when that version does not validate (an incomplete merge)."""
    rule = rule_for_schema(schema)
    if rule == RULE_MEANS:
        level = derive_risk(
            _scores(fields, "threats"),
            _scores(fields, "vulnerabilities"),
            _scores(fields, "capacities"),
        ).level.value
        return {"risk_rule": rule, "risk_level": level}
    data = {k: v for k, v in fields.items() if k not in DERIVED and k != "attachments"}
    try:
        model = RiskAssessment.model_validate(data)
    except ValidationError:
        return {"risk_rule": rule, "risk_level": None}
    return {"risk_rule": rule, "risk_level": model.risk_level.value}

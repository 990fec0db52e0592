"""The training vault's assessments use threats with linked factors and measures in every
state, and every one validates under the threat-by-threat model."""

from __future__ import annotations

import datetime as dt
import random

from aluna_field.domain import kinds
from aluna_field.services.demo import _Maker

SID = "0123456789abcdef0123456789abcdef"


def test_demo_assessments_link_factors_and_cover_every_measure_state() -> None:
    make = _Maker(random.Random(7), dt.date(2026, 11, 1))
    records = [
        kinds.validate_record("risk-assessment", make.risk_assessment(SID)) for _ in range(30)
    ]
    states = {m["state"] for r in records for m in r["measures"]}
    assert states == {"pending", "in_progress", "done", "dropped"}
    assert any(f["threats"] for r in records for f in r["vulnerabilities"] + r["capacities"])
    assert all(r["risk_level"] != "not_assessed" for r in records)

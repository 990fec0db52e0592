"""The risk assessment record: threats, the factors linked to them, and the protection plan.

Import the models from `domain.records`. Every threat, vulnerability, capacity and
measure has a short id, unique in its assessment, so factors can name the threats they
bear on and measures the factor they address. Items without an id (records written under
schema 1, or new input) get one here, deterministically, so every device maps an old
record the same way (docs/risk.md, "Old records").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Mapping
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    computed_field,
    model_validator,
)
from pydantic_core import PydanticCustomError

from aluna_field.domain.risk import Assessment, ThreatFacts, assess
from aluna_field.domain.risk_codes import MeasureState, MeasureType, ThreatKind
from aluna_field.domain.taxonomy import PerpetratorType, RiskLevel

ERR_DERIVED = "derived_field"
ERR_UNKNOWN_THREAT = "unknown_threat"
ERR_UNKNOWN_FACTOR = "unknown_factor"
ERR_FACTOR_TYPE = "factor_type_mismatch"
ERR_DUPLICATE_ID = "duplicate_item_id"

# Fields computed from the rest: in every output, refused as input.
DERIVED = ("risk_level", "risk_rule", "risk_threat", "threat_levels")
ITEM_ID_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,39}$"
_LISTS = (("threats", "t"), ("vulnerabilities", "v"), ("capacities", "c"))
_FACTOR_LIST = {
    MeasureType.REDUCE_THREAT: "threats",
    MeasureType.REDUCE_VULNERABILITY: "vulnerabilities",
    MeasureType.STRENGTHEN_CAPACITY: "capacities",
}

ItemId = Annotated[str, StringConstraints(pattern=ITEM_ID_PATTERN)]
Score = Annotated[int, Field(strict=True, ge=1, le=5)]
Description = Annotated[str, StringConstraints(min_length=1, max_length=2_000)]
MediumText = Annotated[str, StringConstraints(max_length=2_000)]
ShortText = Annotated[str, StringConstraints(max_length=200)]
LongText = Annotated[str, StringConstraints(max_length=100_000)]


def _unique_sorted(values: list[Any]) -> list[Any]:
    return sorted(set(values))


ItemIdSet = Annotated[list[ItemId], AfterValidator(_unique_sorted)]
PerpetratorSet = Annotated[list[PerpetratorType], AfterValidator(_unique_sorted)]


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Threat(_Part):
    """One threat: what, kind, by whom, when, source, credibility, pattern, score (1-5)."""

    id: ItemId | None = None
    description: Description
    kind: ThreatKind = ThreatKind.POSSIBLE
    score: Score | None = None
    perpetrators: PerpetratorSet = Field(default_factory=list)
    who: MediumText = ""  # free text beside the perpetrator codes
    when: ShortText = ""
    source: MediumText = ""
    credibility: Score | None = None
    credibility_note: MediumText = ""
    pattern: bool = False  # repeats a pattern seen before

    @model_validator(mode="before")
    @classmethod
    def _schema1_credibility(cls, data: Any) -> Any:
        # Schema 1 wrote credibility as free text; it becomes the note, unscored.
        if isinstance(data, dict) and isinstance(data.get("credibility"), str):
            data = dict(data)
            note = data.pop("credibility")
            data.setdefault("credibility_note", note)
        return data


class RiskFactor(_Part):
    """A vulnerability or a capacity, scored 1-5, bearing on the threats it names
    (none named: on every threat)."""

    id: ItemId | None = None
    description: Description
    score: Score | None = None
    threats: ItemIdSet = Field(default_factory=list)


class ProtectionMeasure(_Part):
    """An item of the protection plan: what, its type, the factor it addresses, who, by
    when, its state and notes."""

    id: ItemId | None = None
    what: Description
    type: MeasureType | None = None
    factor: ItemId | None = None
    who: MediumText = ""
    by: dt.date | None = None
    state: MeasureState = MeasureState.PENDING
    notes: MediumText = ""


def _measure_order(item: ProtectionMeasure) -> tuple[str, str]:
    return (item.id or "", item.model_dump_json())


def _sorted_measures(items: list[ProtectionMeasure]) -> list[ProtectionMeasure]:
    # A set, merged item by item by the store: order carries no meaning, so sort.
    unique = {m.model_dump_json(): m for m in items}
    return sorted(unique.values(), key=_measure_order)


MeasureSet = Annotated[list[ProtectionMeasure], AfterValidator(_sorted_measures)]


def _assign_ids(data: dict[str, Any]) -> dict[str, Any]:
    """Give each threat, factor and measure without an id one, the same on every device."""
    data = dict(data)
    taken = {
        str(item["id"])
        for name in ("threats", "vulnerabilities", "capacities", "measures")
        for item in data.get(name) or []
        if isinstance(item, dict) and item.get("id")
    }
    for name, prefix in _LISTS:
        items = data.get(name)
        if not isinstance(items, list):
            continue
        out = []
        n = 0
        for item in items:
            if isinstance(item, dict) and not item.get("id"):
                # Positional ("t1", "t2"...): an old record's lists have no other identity.
                n += 1
                while f"{prefix}{n}" in taken:
                    n += 1
                item = {**item, "id": f"{prefix}{n}"}
                taken.add(item["id"])
            out.append(item)
        data[name] = out
    measures = data.get("measures")
    if isinstance(measures, list):
        data["measures"] = [
            {**m, "id": _content_id(m)} if isinstance(m, dict) and not m.get("id") else m
            for m in measures
        ]
    return data


def _content_id(item: dict[str, Any]) -> str:
    # From the content, so a schema-1 measure maps to the same id in every vault and a
    # later edit of it replaces it rather than adding a twin.
    text = json.dumps(item, sort_keys=True, ensure_ascii=False, default=str)
    return "m-" + hashlib.sha256(text.encode()).hexdigest()[:12]


class RiskAssessmentBase(_Part):
    """The input fields and cross-checks of a risk assessment (see `RiskAssessment`)."""

    subject_id: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
    assessed_on: dt.date
    threats: list[Threat]
    vulnerabilities: list[RiskFactor]
    capacities: list[RiskFactor]
    measures: MeasureSet = Field(default_factory=list)
    next_review_on: dt.date | None = None
    notes: LongText = ""

    @model_validator(mode="before")
    @classmethod
    def _refuse_derived_and_assign_ids(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            return data
        for name in DERIVED:
            if name in data:
                # The ctx names the field, so the error is reported on it.
                raise PydanticCustomError(
                    ERR_DERIVED,
                    "{field} is derived from the threats and their factors; it cannot be given",
                    {"field": name},
                )
        return _assign_ids(data)

    @model_validator(mode="after")
    def _links_resolve(self) -> RiskAssessmentBase:
        ids: dict[str, str] = {}
        for name in ("threats", "vulnerabilities", "capacities"):
            for i, item in enumerate(getattr(self, name)):
                if item.id in ids:
                    raise _item_error(ERR_DUPLICATE_ID, f"{name}.{i}.id", "id used twice")
                ids[str(item.id)] = name
        for name in ("vulnerabilities", "capacities"):
            for i, factor in enumerate(getattr(self, name)):
                if any(ids.get(t) != "threats" for t in factor.threats):
                    raise _item_error(
                        ERR_UNKNOWN_THREAT, f"{name}.{i}.threats", "links an unknown threat"
                    )
        for i, m in enumerate(self.measures):
            if m.factor is None:
                continue
            if m.factor not in ids:
                raise _item_error(ERR_UNKNOWN_FACTOR, f"measures.{i}.factor", "unknown factor")
            if m.type is not None and ids[m.factor] != _FACTOR_LIST[m.type]:
                raise _item_error(ERR_FACTOR_TYPE, f"measures.{i}.factor", "factor of another type")
        return self


def _item_error(code: str, field: str, message: str) -> PydanticCustomError:
    return PydanticCustomError(code, message, {"field": field})


class RiskAssessment(RiskAssessmentBase):
    """A risk assessment; its level and the derivation are computed, never given."""

    def assessment(self) -> Assessment:
        """Each threat's level and the assessment's (docs/risk.md)."""
        dumped = self.model_dump(mode="json", include={"threats", "vulnerabilities", "capacities"})
        return assess_items(dumped["threats"], dumped["vulnerabilities"], dumped["capacities"])

    @computed_field  # type: ignore[prop-decorator]
    @property
    def risk_level(self) -> RiskLevel:
        """Derived: the level of the most serious threat (see domain/risk.py)."""
        return self.assessment().level

    @computed_field  # type: ignore[prop-decorator]
    @property
    def risk_rule(self) -> str:
        """The rule that derived the level ("threat-by-threat-v2")."""
        return self.assessment().rule

    @computed_field  # type: ignore[prop-decorator]
    @property
    def risk_threat(self) -> str | None:
        """The id of the most serious threat (None when nothing is scored)."""
        basis = self.assessment().basis
        return basis.threat_id if basis else None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def threat_levels(self) -> list[dict[str, Any]]:
        """Each threat's id, score, level and whether the declared-credible floor set it."""
        return [
            {"threat": t.threat_id, "score": t.score, "level": t.level.value, "floor": t.floor}
            for t in self.assessment().threats
        ]


def _score(item: Mapping[str, Any], key: str = "score") -> int | None:
    value = item.get(key)
    # bool is an int in Python, never a score.
    if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5:
        return value
    return None


def assess_items(threats: Any, vulnerabilities: Any, capacities: Any) -> Assessment:
    """The assessment of the three lists as dicts, tolerant of half-filled items (the
    form while it is typed): unscored or malformed parts simply do not count."""
    data = _assign_ids(
        {
            "threats": [t for t in threats or [] if isinstance(t, Mapping)],
            "vulnerabilities": [f for f in vulnerabilities or [] if isinstance(f, Mapping)],
            "capacities": [f for f in capacities or [] if isinstance(f, Mapping)],
        }
    )

    def bearing(name: str, tid: str) -> list[int]:
        # A factor linked to no threat bears on every threat.
        return [
            s
            for f in data[name]
            if (s := _score(f)) is not None and (not f.get("threats") or tid in f["threats"])
        ]

    facts = [
        ThreatFacts(
            threat_id=str(t["id"]),
            score=_score(t),
            declared=t.get("kind") == ThreatKind.DECLARED.value,
            credibility=_score(t, "credibility"),
            vulnerabilities=bearing("vulnerabilities", str(t["id"])),
            capacities=bearing("capacities", str(t["id"])),
        )
        for t in data["threats"]
    ]
    return assess(facts)


def assessment_of(fields: Mapping[str, Any]) -> Assessment:
    """The assessment of stored fields (derived ones ignored); "not assessed" when they
    do not validate, as a merged or redacted record may not."""
    data = {k: v for k, v in fields.items() if k not in DERIVED and k != "attachments"}
    try:
        return RiskAssessment.model_validate(data).assessment()
    except ValidationError:
        return assess([])


def threat_describer(fields: Mapping[str, Any]) -> Callable[[str], str]:
    """id → description of the threats of stored fields, positional ids included."""
    try:
        data = _assign_ids({"threats": list(fields.get("threats") or [])})
    except TypeError:
        return str
    names = {
        str(t.get("id")): str(t.get("description") or "")
        for t in data["threats"]
        if isinstance(t, dict)
    }
    return lambda tid: names.get(tid, tid)

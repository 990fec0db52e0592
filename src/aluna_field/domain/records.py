"""Pydantic models of the record kinds, one per kind (see kinds.py for the registry).

Inputs are strict about shape (unknown fields refused) and lenient about form (ISO
strings parsed, surrounding whitespace stripped). Set-valued lists come out
de-duplicated and sorted so that they behave as sets when records are merged.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

# Re-exported: the risk assessment's models live in risk_model.py (its own module, for size).
from aluna_field.domain.risk_model import ProtectionMeasure as ProtectionMeasure
from aluna_field.domain.risk_model import RiskAssessment as RiskAssessment
from aluna_field.domain.risk_model import RiskFactor as RiskFactor
from aluna_field.domain.risk_model import Threat as Threat
from aluna_field.domain.taxonomy import (
    AccompanimentArea,
    AccompanimentStatus,
    EventType,
    FieldOfWork,
    ImpactCategory,
    InformationSource,
    Intervention,
    JusticeStatus,
    MourningAlteration,
    MourningLoss,
    PerpetratorType,
    ResistanceMechanism,
    Sphere,
    StateRole,
    SubjectType,
    Urgency,
)

ID_PATTERN = r"^[0-9a-f]{32}$"
LONG_TEXT_MAX = 100_000
SHORT_TEXT_MAX = 2_000
NAME_MAX = 200

# Error types raised by this module's own validators; kinds.py holds their messages.
ERR_MOURNING = "mourning_without_category"
ERR_REGION = "region_format"

_S = TypeVar("_S", bound=str)


def _unique_sorted(values: list[_S]) -> list[_S]:
    return sorted(set(values))


RecordId = Annotated[str, StringConstraints(pattern=ID_PATTERN)]
Name = Annotated[str, StringConstraints(min_length=1, max_length=NAME_MAX)]
ShortText = Annotated[str, StringConstraints(max_length=NAME_MAX)]
Description = Annotated[str, StringConstraints(min_length=1, max_length=SHORT_TEXT_MAX)]
MediumText = Annotated[str, StringConstraints(max_length=SHORT_TEXT_MAX)]
LongText = Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)]
# Strict: in lax mode pydantic would take `true` as a score of 1.
Score = Annotated[int, Field(strict=True, ge=1, le=5)]

# Set-valued fields: merged element-wise by the store, so order and repeats carry no meaning.
IdSet = Annotated[list[RecordId], AfterValidator(_unique_sorted)]
NonEmptyIdSet = Annotated[list[RecordId], Field(min_length=1), AfterValidator(_unique_sorted)]
NameSet = Annotated[list[Name], AfterValidator(_unique_sorted)]
FieldOfWorkSet = Annotated[list[FieldOfWork], AfterValidator(_unique_sorted)]
InterventionSet = Annotated[list[Intervention], AfterValidator(_unique_sorted)]
CategorySet = Annotated[list[ImpactCategory], Field(min_length=1), AfterValidator(_unique_sorted)]
StateRoleSet = Annotated[list[StateRole], AfterValidator(_unique_sorted)]
ResistanceSet = Annotated[list[ResistanceMechanism], AfterValidator(_unique_sorted)]
LossSet = Annotated[list[MourningLoss], AfterValidator(_unique_sorted)]
AlterationSet = Annotated[list[MourningAlteration], AfterValidator(_unique_sorted)]


def _known_perpetrators(values: list[PerpetratorType]) -> list[PerpetratorType]:
    # "Unknown" says no one is known: beside a known perpetrator it says nothing more.
    chosen = sorted(set(values))
    known: list[PerpetratorType] = [v for v in chosen if v is not PerpetratorType.UNKNOWN]
    return known or chosen


def _one_or_many(value: object) -> object:
    # Schema 2 and older wrote a single code; a script written then may still send one.
    return [value] if isinstance(value, str) else value


PerpetratorSet = Annotated[
    list[PerpetratorType], BeforeValidator(_one_or_many), AfterValidator(_known_perpetrators)
]


def region_state(region: str) -> str:
    """The state part of a region ("Oaxaca / Juchitán" → "Oaxaca")."""
    return region.split("/", 1)[0].strip()


class DomainModel(BaseModel):
    """Base of every record model and nested part: unknown fields refused, text stripped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Subject(DomainModel):
    """A political subject: person, collective, organization or community."""

    type: SubjectType
    alias: Name
    # Shown only on demand and never indexed for search (see kinds.sensitive_fields).
    real_name: ShortText | None = None
    region: Annotated[str, StringConstraints(min_length=1, max_length=120)]
    field_of_work: FieldOfWorkSet = Field(default_factory=list)
    member_of: IdSet = Field(default_factory=list)
    notes: LongText = ""

    @field_validator("real_name")
    @classmethod
    def _blank_name_is_none(cls, value: str | None) -> str | None:
        return value or None

    @field_validator("region")
    @classmethod
    def _coarse_region(cls, value: str) -> str:
        # Kept coarse on purpose (state, or state / municipality): a finer place could
        # point at someone's home.
        parts = [p.strip() for p in value.split("/")]
        if len(parts) > 2 or not all(parts):
            raise PydanticCustomError(
                ERR_REGION, "Region must be 'State' or 'State / Municipality'", {}
            )
        return " / ".join(parts)


class Accompaniment(DomainModel):
    """A psychosocial accompaniment process with one or more subjects over time."""

    subject_ids: NonEmptyIdSet
    area: AccompanimentArea
    status: AccompanimentStatus = AccompanimentStatus.ACTIVE
    accompaniers: NameSet = Field(default_factory=list)
    started_on: dt.date | None = None
    title: ShortText = ""
    notes: LongText = ""


class CrisisNote(DomainModel):
    """A crisis-support note: an event, what was observed and done, and what was agreed."""

    subject_ids: NonEmptyIdSet
    occurred_at: dt.datetime
    event: EventType
    # Several per event (schema 3; a schema-2 note's single code reads as a set of one,
    # store/materialise.py). Empty: not recorded.
    perpetrator: PerpetratorSet = Field(default_factory=list)
    state_role: StateRoleSet = Field(default_factory=list)
    source: InformationSource | None = None
    justice_status: JusticeStatus | None = None
    narrative: Annotated[str, StringConstraints(min_length=1, max_length=LONG_TEXT_MAX)]
    state_observed: LongText = ""
    interventions: InterventionSet = Field(default_factory=list)
    urgency: Urgency
    agreements: LongText = ""
    follow_up_on: dt.date | None = None


class ImpactObservation(DomainModel):
    """An observation of psychosocial impacts, including mourning and resistance."""

    subject_ids: NonEmptyIdSet
    observed_on: dt.date
    sphere: Sphere
    categories: CategorySet
    intensity: Annotated[int, Field(strict=True, ge=0, le=4)]
    narrative: LongText = ""
    mourning_losses: LossSet = Field(default_factory=list)
    mourning_alterations: AlterationSet = Field(default_factory=list)
    resistance_mechanisms: ResistanceSet = Field(default_factory=list)
    resistance: LongText = ""

    @model_validator(mode="after")
    def _mourning_needs_category(self) -> ImpactObservation:
        if ImpactCategory.MOURNING in self.categories:
            return self
        field = next(
            (f for f in ("mourning_losses", "mourning_alterations") if getattr(self, f)), None
        )
        if field is not None:
            raise PydanticCustomError(
                ERR_MOURNING,
                "mourning losses and alterations need the 'mourning' category",
                {"field": field},
            )
        return self


class FollowUp(DomainModel):
    """Something to do about any record, by a due date."""

    record_id: RecordId
    due_on: dt.date
    description: Description
    done: bool = False
    assignee: ShortText = ""

"""The activity (*actividad*): a workshop, a strengthening session, a meeting, a session of
the team's own care, a systematisation session (issue 17; docs/design.md, "Activities").

Its spec is in specs.py; this model holds what plain field types cannot say: the
participants as counts by gender that may not add up to more than the total, and that a
team-care session names no one outside the team.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import Field, StringConstraints, model_validator
from pydantic_core import PydanticCustomError

from aluna_field.domain.records import (
    LONG_TEXT_MAX,
    DomainModel,
    IdSet,
    LongText,
    NameSet,
)
from aluna_field.domain.taxonomy_activity import ActivityArea, ActivityType

# Error types raised here; errors.py holds their messages.
ERR_OVER_TOTAL = "participants_over_total"
ERR_TEAM_CARE_SUBJECTS = "team_care_names_subjects"
ERR_CONTAINMENT_AREA = "containment_not_team_care"

GENDERS = ("women", "men", "other", "not_said")
# Strict: in lax mode pydantic would take `true` as one person.
Count = Annotated[int, Field(strict=True, ge=0, le=1_000_000)]


class Participants(DomainModel):
    """Who took part, counted by gender; the total may be larger (people not counted by
    gender), never smaller. Without a total, the total is the sum."""

    women: Count = 0
    men: Count = 0
    other: Count = 0
    not_said: Count = 0
    total: Count | None = None

    @model_validator(mode="after")
    def _total(self) -> Participants:
        counted = self.women + self.men + self.other + self.not_said
        if self.total is None:
            self.total = counted
        elif counted > self.total:
            raise PydanticCustomError(
                ERR_OVER_TOTAL,
                "participants by gender add up to more than the total",
                {"field": "total"},
            )
        return self


class Activity(DomainModel):
    """An activity of one of the areas of work, or of the team's own care."""

    held_on: dt.date
    area: ActivityArea
    type: ActivityType
    # Whole minutes: ops are hashed float-free (store/canonical.py). A month at most.
    # Lax, so the form's typed "90" reads as 90.
    duration_minutes: Annotated[int, Field(gt=0, le=43_200)] | None = None
    subject_ids: IdSet = Field(default_factory=list)
    facilitators: NameSet = Field(default_factory=list)
    participants: Participants | None = None
    topics: Annotated[str, StringConstraints(max_length=LONG_TEXT_MAX)] = ""
    method: LongText = ""
    agreements: LongText = ""
    evaluation: LongText = ""
    lessons: LongText = ""
    follow_up_on: dt.date | None = None

    @model_validator(mode="after")
    def _team_care_stays_in_the_team(self) -> Activity:
        # A team-care session is about the team itself: it is seen by its author and the
        # coordinators only (sync/entitlement.py), and it names no one outside the team.
        if self.area is ActivityArea.TEAM_CARE and self.subject_ids:
            raise PydanticCustomError(
                ERR_TEAM_CARE_SUBJECTS,
                "a team-care session names no one outside the team",
                {"field": "subject_ids"},
            )
        if self.type is ActivityType.CONTAINMENT_SESSION and self.area is not (
            ActivityArea.TEAM_CARE
        ):
            raise PydanticCustomError(
                ERR_CONTAINMENT_AREA,
                "a containment or supervision session of the team is team care",
                {"field": "area"},
            )
        return self

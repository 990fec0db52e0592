"""Vocabularies of activities and of "who did what to whom" (issue 17).

Import them from `aluna_field.domain.taxonomy`. Codes are a public contract (cli.md,
"Activities and reports for outside readers"): never rename one; add new ones.
"""

from __future__ import annotations

from aluna_field.domain.coded import Coded, define_labels
from aluna_field.l10n import N_, NP_


class ActivityArea(Coded):
    """The five areas of Aluna's work (seed, "Areas of Work") plus the team's own care."""

    CRISIS_SUPPORT = "crisis_support"
    ORGANIZATIONAL_STRENGTHENING = "organizational_strengthening"
    EDUCATION_TRAINING = "education_training"
    RESEARCH_ANALYSIS = "research_analysis"
    SYSTEMATIZATION = "systematization"
    TEAM_CARE = "team_care"


define_labels(
    ActivityArea,
    {
        "crisis_support": N_("Crisis support"),
        "organizational_strengthening": N_("Organizational strengthening"),
        "education_training": N_("Education and training"),
        "research_analysis": N_("Research and analysis"),
        "systematization": N_("Systematization of the model"),
        "team_care": N_("Team care"),
    },
)


class ActivityType(Coded):
    WORKSHOP = "workshop"
    STRENGTHENING_SESSION = "strengthening_session"
    MEETING = "meeting"
    CONTAINMENT_SESSION = "containment_session"
    SYSTEMATIZATION_SESSION = "systematization_session"


define_labels(
    ActivityType,
    {
        "workshop": N_("Workshop or training"),
        "strengthening_session": N_("Strengthening session"),
        "meeting": N_("Accompaniment meeting"),
        "containment_session": N_("Team containment or supervision"),
        "systematization_session": N_("Systematization or research session"),
    },
)


class StateRole(Coded):
    """How the State took part in an event: by acting, by failing to act, by letting
    others act (the seed's Iguala example: police acting, armed civilians let through)."""

    ACTION = "action"
    OMISSION = "omission"
    ACQUIESCENCE = "acquiescence"


define_labels(
    StateRole,
    {
        "action": N_("Action"),
        "omission": N_("Omission"),
        "acquiescence": N_("Acquiescence"),
    },
)


class InformationSource(Coded):
    """Where what the note says about the event comes from (never who said it)."""

    DIRECT_TESTIMONY = "direct_testimony"
    WITNESS = "witness"
    FAMILY = "family"
    ORGANIZATION = "organization"
    MEDIA = "media"
    OFFICIAL_RECORD = "official_record"
    OTHER = "other"


define_labels(
    InformationSource,
    {
        "direct_testimony": N_("Direct testimony"),
        "witness": N_("Witness"),
        "family": N_("Family"),
        "organization": N_("Accompanying organization"),
        "media": N_("Media"),
        "official_record": N_("Official record"),
        "other": NP_("taxonomy_impacts.MourningAlteration:other", "Other"),
    },
)


class JusticeStatus(Coded):
    """Where the event stands before the justice system: what lets impunity be counted."""

    NO_COMPLAINT = "no_complaint"
    COMPLAINT_FILED = "complaint_filed"
    UNDER_INVESTIGATION = "under_investigation"
    CLOSED_WITHOUT_RESULT = "closed_without_result"
    SENTENCE = "sentence"


define_labels(
    JusticeStatus,
    {
        "no_complaint": N_("No complaint"),
        "complaint_filed": N_("Complaint filed"),
        "under_investigation": N_("Under investigation"),
        "closed_without_result": N_("Closed without result"),
        "sentence": N_("Sentence"),
    },
)

"""Vocabularies of activities and of "who did what to whom" (issue 17).

Import them from `aluna_field.domain.taxonomy`. Codes are a public contract (cli.md,
"Activities and reports for outside readers"): never rename one; add new ones.
"""

from __future__ import annotations

from aluna_field.domain.coded import Coded, define_labels


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
        "crisis_support": ("Atención psicosocial en crisis", "Crisis support"),
        "organizational_strengthening": (
            "Fortalecimiento organizativo",
            "Organizational strengthening",
        ),
        "education_training": ("Educación y formación", "Education and training"),
        "research_analysis": ("Investigación y análisis", "Research and analysis"),
        "systematization": ("Sistematización del modelo", "Systematization of the model"),
        "team_care": ("Cuidado del equipo", "Team care"),
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
        "workshop": ("Taller o formación", "Workshop or training"),
        "strengthening_session": ("Sesión de fortalecimiento", "Strengthening session"),
        "meeting": ("Reunión de acompañamiento", "Accompaniment meeting"),
        "containment_session": (
            "Contención o supervisión del equipo",
            "Team containment or supervision",
        ),
        "systematization_session": (
            "Sesión de sistematización o investigación",
            "Systematization or research session",
        ),
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
        "action": ("Acción", "Action"),
        "omission": ("Omisión", "Omission"),
        "acquiescence": ("Aquiescencia", "Acquiescence"),
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
        "direct_testimony": ("Testimonio directo", "Direct testimony"),
        "witness": ("Testigo", "Witness"),
        "family": ("Familiares", "Family"),
        "organization": ("Organización acompañante", "Accompanying organization"),
        "media": ("Medios de comunicación", "Media"),
        "official_record": ("Documento oficial", "Official record"),
        "other": ("Otra", "Other"),
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
        "no_complaint": ("Sin denuncia", "No complaint"),
        "complaint_filed": ("Denuncia presentada", "Complaint filed"),
        "under_investigation": ("En investigación", "Under investigation"),
        "closed_without_result": ("Cerrada sin resultado", "Closed without result"),
        "sentence": ("Sentencia", "Sentence"),
    },
)

"""The coded vocabularies of Aluna Field, from the organisation's own account of its work.

Every enum's values are the stable codes used in JSON (a public contract: never rename a
code; add new ones). Labels are es-MX first, English second.
"""

from __future__ import annotations

from aluna_field.domain.coded import Coded, Lang, OrderedCoded, define_labels, normalize_lang
from aluna_field.domain.taxonomy_activity import (
    ActivityArea,
    ActivityType,
    InformationSource,
    JusticeStatus,
    StateRole,
)
from aluna_field.domain.taxonomy_impacts import (
    ImpactCategory,
    MourningAlteration,
    MourningLoss,
    ResistanceMechanism,
    Sphere,
)
from aluna_field.domain.taxonomy_scales import RiskLevel, Urgency
from aluna_field.l10n import N_, NP_

__all__ = [
    "AccompanimentArea",
    "AccompanimentStatus",
    "ActivityArea",
    "ActivityType",
    "Coded",
    "EventType",
    "FieldOfWork",
    "ImpactCategory",
    "InformationSource",
    "Intervention",
    "JusticeStatus",
    "Lang",
    "MourningAlteration",
    "MourningLoss",
    "OrderedCoded",
    "PerpetratorType",
    "ResistanceMechanism",
    "RiskLevel",
    "Sphere",
    "StateRole",
    "SubjectType",
    "Urgency",
    "all_taxonomies",
    "normalize_lang",
]


class SubjectType(Coded):
    PERSON = "person"
    COLLECTIVE = "collective"
    ORGANIZATION = "organization"
    COMMUNITY = "community"


define_labels(
    SubjectType,
    {
        "person": N_("Person"),
        "collective": N_("Collective"),
        "organization": N_("Organization"),
        "community": N_("Community"),
    },
)


class FieldOfWork(Coded):
    JOURNALISM = "journalism"
    LAND_TERRITORY = "land_territory"
    RELATIVES_OF_DISAPPEARED = "relatives_of_disappeared"
    INDIGENOUS_RIGHTS = "indigenous_rights"
    WOMENS_RIGHTS = "womens_rights"
    LGBTI = "lgbti"
    LABOUR = "labour"
    OTHER = "other"


define_labels(
    FieldOfWork,
    {
        "journalism": N_("Journalism"),
        "land_territory": N_("Land and territory"),
        "relatives_of_disappeared": N_("Relatives of the disappeared"),
        "indigenous_rights": N_("Indigenous rights"),
        "womens_rights": N_("Women's rights"),
        "lgbti": N_("LGBTI rights"),
        "labour": N_("Labor rights"),
        "other": NP_("taxonomy.FieldOfWork:other", "Other"),
    },
)


class AccompanimentArea(Coded):
    CRISIS_SUPPORT = "crisis_support"
    ORGANIZATIONAL_STRENGTHENING = "organizational_strengthening"
    EDUCATION_TRAINING = "education_training"
    RESEARCH_ANALYSIS = "research_analysis"
    SYSTEMATIZATION = "systematization"


define_labels(
    AccompanimentArea,
    {
        "crisis_support": N_("Crisis support"),
        "organizational_strengthening": N_("Organizational strengthening"),
        "education_training": N_("Education and training"),
        "research_analysis": N_("Research and analysis"),
        "systematization": N_("Systematization of the model"),
    },
    descriptions={
        "crisis_support": N_(
            "Psychosocial support to persons or groups whose physical and "
            "emotional integrity is at risk because of their work, the context and "
            "the violence they face."
        ),
        "organizational_strengthening": N_(
            "Strengthening organizations to recognize the impact of political "
            "violence and create together strategies of resistance, security and "
            "well-being."
        ),
        "education_training": N_(
            "Training so that organizations and movements integrate the "
            "psychosocial perspective and security, and in turn accompany others."
        ),
        "research_analysis": N_(
            "Documenting the causes and impacts of sociopolitical violence to make "
            "them visible and contribute to historical memory."
        ),
        "systematization": N_(
            "Systematizing the psychosocial accompaniment model so that other "
            "organizations can share and apply it."
        ),
    },
)


class AccompanimentStatus(Coded):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


define_labels(
    AccompanimentStatus,
    {
        "active": N_("Active"),
        "paused": N_("Paused"),
        "closed": N_("Closed"),
    },
)


class EventType(Coded):
    THREAT = "threat"
    HARASSMENT = "harassment"
    SURVEILLANCE = "surveillance"
    ATTACK = "attack"
    ARBITRARY_DETENTION = "arbitrary_detention"
    TORTURE = "torture"
    FORCED_DISAPPEARANCE = "forced_disappearance"
    EXTRAJUDICIAL_EXECUTION = "extrajudicial_execution"
    RAID = "raid"
    CRIMINALIZATION = "criminalization"
    STIGMATIZATION_CAMPAIGN = "stigmatization_campaign"
    FORCED_DISPLACEMENT = "forced_displacement"
    OTHER = "other"


define_labels(
    EventType,
    {
        "threat": N_("Threat"),
        "harassment": N_("Harassment"),
        "surveillance": N_("Surveillance"),
        "attack": N_("Attack"),
        "arbitrary_detention": N_("Arbitrary detention"),
        "torture": N_("Torture"),
        "forced_disappearance": N_("Forced disappearance"),
        "extrajudicial_execution": N_("Extrajudicial execution"),
        "raid": N_("Raid"),
        "criminalization": N_("Criminalization"),
        "stigmatization_campaign": N_("Smear or stigmatization campaign"),
        "forced_displacement": N_("Forced displacement"),
        "other": NP_("taxonomy.FieldOfWork:other", "Other"),
    },
)


class PerpetratorType(Coded):
    STATE_MILITARY = "state_military"
    STATE_POLICE = "state_police"
    STATE_OFFICIALS = "state_officials"
    ORGANIZED_CRIME = "organized_crime"
    PARAMILITARY = "paramilitary"
    BUSINESS = "business"
    UNKNOWN = "unknown"


define_labels(
    PerpetratorType,
    {
        "state_military": N_("State: military"),
        "state_police": N_("State: police"),
        "state_officials": N_("State: public officials"),
        "organized_crime": N_("Organized crime"),
        "paramilitary": N_("Paramilitary or armed civilians"),
        "business": N_("Business"),
        "unknown": N_("Unknown"),
    },
)


class Intervention(Coded):
    EMOTIONAL_CONTAINMENT = "emotional_containment"
    GROUNDING = "grounding"
    PSYCHOEDUCATION = "psychoeducation"
    SAFETY_PLANNING = "safety_planning"
    REFERRAL_MEDICAL = "referral_medical"
    REFERRAL_LEGAL = "referral_legal"
    REFERRAL_SHELTER = "referral_shelter"


define_labels(
    Intervention,
    {
        "emotional_containment": N_("Emotional containment"),
        "grounding": N_("Grounding"),
        "psychoeducation": N_("Psychoeducation"),
        "safety_planning": N_("Safety planning"),
        "referral_medical": N_("Referral: medical"),
        "referral_legal": N_("Referral: legal"),
        "referral_shelter": N_("Referral: shelter"),
    },
)


def all_taxonomies() -> dict[str, type[Coded]]:
    """Every coded vocabulary, keyed by a stable snake_case name ("subject_type", ...).

    The record kinds (`kinds.RecordKind`) are not included: they name record types,
    not values of a field.
    """
    return {
        "subject_type": SubjectType,
        "field_of_work": FieldOfWork,
        "accompaniment_area": AccompanimentArea,
        "accompaniment_status": AccompanimentStatus,
        "event_type": EventType,
        "perpetrator_type": PerpetratorType,
        "intervention": Intervention,
        "urgency": Urgency,
        "sphere": Sphere,
        "impact_category": ImpactCategory,
        "mourning_loss": MourningLoss,
        "mourning_alteration": MourningAlteration,
        "risk_level": RiskLevel,
        "activity_area": ActivityArea,
        "activity_type": ActivityType,
        "state_role": StateRole,
        "information_source": InformationSource,
        "justice_status": JusticeStatus,
        "resistance_mechanism": ResistanceMechanism,
    }

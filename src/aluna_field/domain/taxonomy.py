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
        "person": ("Persona", "Person"),
        "collective": ("Colectivo", "Collective"),
        "organization": ("Organización", "Organization"),
        "community": ("Comunidad", "Community"),
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
        "journalism": ("Periodismo", "Journalism"),
        "land_territory": ("Defensa de la tierra y el territorio", "Land and territory"),
        "relatives_of_disappeared": (
            "Familiares de personas desaparecidas",
            "Relatives of the disappeared",
        ),
        "indigenous_rights": ("Derechos de los pueblos indígenas", "Indigenous rights"),
        "womens_rights": ("Derechos de las mujeres", "Women's rights"),
        "lgbti": ("Derechos LGBTI", "LGBTI rights"),
        "labour": ("Derechos laborales", "Labor rights"),
        "other": ("Otro", "Other"),
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
        "crisis_support": ("Atención psicosocial en crisis", "Crisis support"),
        "organizational_strengthening": (
            "Fortalecimiento organizativo",
            "Organizational strengthening",
        ),
        "education_training": ("Educación y formación", "Education and training"),
        "research_analysis": ("Investigación y análisis", "Research and analysis"),
        "systematization": ("Sistematización del modelo", "Systematization of the model"),
    },
    descriptions={
        "crisis_support": (
            "Apoyo psicosocial a personas o grupos cuya integridad física y emocional está en"
            " riesgo por su trabajo, el contexto y la violencia que enfrentan.",
            "Psychosocial support to persons or groups whose physical and emotional integrity"
            " is at risk because of their work, the context and the violence they face.",
        ),
        "organizational_strengthening": (
            "Fortalecer a las organizaciones para reconocer el impacto de la violencia política"
            " y crear juntas estrategias de resistencia, seguridad y bienestar.",
            "Strengthening organizations to recognize the impact of political violence and"
            " create together strategies of resistance, security and well-being.",
        ),
        "education_training": (
            "Formación para que organizaciones y movimientos integren la perspectiva"
            " psicosocial y la seguridad, y acompañen a su vez a otras personas.",
            "Training so that organizations and movements integrate the psychosocial"
            " perspective and security, and in turn accompany others.",
        ),
        "research_analysis": (
            "Documentar las causas e impactos de la violencia sociopolítica para darles"
            " visibilidad y contribuir a la memoria histórica.",
            "Documenting the causes and impacts of sociopolitical violence to make them visible"
            " and contribute to historical memory.",
        ),
        "systematization": (
            "Sistematizar el modelo de acompañamiento psicosocial para que otras"
            " organizaciones lo compartan y apliquen.",
            "Systematizing the psychosocial accompaniment model so that other organizations can"
            " share and apply it.",
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
        "active": ("Activo", "Active"),
        "paused": ("En pausa", "Paused"),
        "closed": ("Cerrado", "Closed"),
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
        "threat": ("Amenaza", "Threat"),
        "harassment": ("Hostigamiento", "Harassment"),
        "surveillance": ("Vigilancia", "Surveillance"),
        "attack": ("Agresión", "Attack"),
        "arbitrary_detention": ("Detención arbitraria", "Arbitrary detention"),
        "torture": ("Tortura", "Torture"),
        "forced_disappearance": ("Desaparición forzada", "Forced disappearance"),
        "extrajudicial_execution": ("Ejecución extrajudicial", "Extrajudicial execution"),
        "raid": ("Allanamiento", "Raid"),
        "criminalization": ("Criminalización", "Criminalization"),
        "stigmatization_campaign": (
            "Campaña de estigmatización o desprestigio",
            "Smear or stigmatization campaign",
        ),
        "forced_displacement": ("Desplazamiento forzado", "Forced displacement"),
        "other": ("Otro", "Other"),
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
        "state_military": ("Estado: fuerzas militares", "State: military"),
        "state_police": ("Estado: policía", "State: police"),
        "state_officials": ("Estado: funcionarios públicos", "State: public officials"),
        "organized_crime": ("Crimen organizado", "Organized crime"),
        "paramilitary": ("Paramilitares o civiles armados", "Paramilitary or armed civilians"),
        "business": ("Empresas", "Business"),
        "unknown": ("Desconocido", "Unknown"),
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
        "emotional_containment": ("Contención emocional", "Emotional containment"),
        "grounding": ("Técnicas de anclaje", "Grounding"),
        "psychoeducation": ("Psicoeducación", "Psychoeducation"),
        "safety_planning": ("Plan de seguridad", "Safety planning"),
        "referral_medical": ("Canalización médica", "Referral: medical"),
        "referral_legal": ("Canalización jurídica", "Referral: legal"),
        "referral_shelter": ("Canalización a refugio", "Referral: shelter"),
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

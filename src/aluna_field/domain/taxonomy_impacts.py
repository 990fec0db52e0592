"""Vocabularies of psychosocial impact (spheres, impact categories, mourning).

The categories and their descriptions follow Aluna's account of the impacts of
sociopolitical violence. Import them from `aluna_field.domain.taxonomy`.
"""

from __future__ import annotations

from aluna_field.domain.coded import Coded, define_labels


class Sphere(Coded):
    INDIVIDUAL = "individual"
    FAMILY = "family"
    ORGANIZATIONAL = "organizational"
    SOCIAL = "social"


# "Ámbito"/"sphere" in both languages: "Individual" and "Social" are spelled alike in
# Spanish and English, and a label identical in both would hide a missing translation.
define_labels(
    Sphere,
    {
        "individual": ("Ámbito individual", "Individual sphere"),
        "family": ("Ámbito familiar", "Family sphere"),
        "organizational": (
            "Ámbito organizativo o colectivo",
            "Organizational or collective sphere",
        ),
        "social": ("Ámbito social", "Social sphere"),
    },
)


class ImpactCategory(Coded):
    FEAR = "fear"
    IMPUNITY = "impunity"
    BREAKING_OF_BONDS = "breaking_of_bonds"
    STRESS_WEARINESS = "stress_weariness"
    MOURNING = "mourning"
    STIGMATIZATION_GUILT = "stigmatization_guilt"


define_labels(
    ImpactCategory,
    {
        "fear": ("Miedo", "Fear"),
        "impunity": ("Impunidad", "Impunity"),
        "breaking_of_bonds": ("Ruptura de vínculos", "Breaking of bonds"),
        "stress_weariness": ("Estrés y desgaste", "Stress and weariness"),
        "mourning": ("Duelo", "Mourning"),
        "stigmatization_guilt": (
            "Estigmatización y culpa social",
            "Stigmatization and social guilt",
        ),
    },
    descriptions={
        "fear": (
            "Sensación constante de amenaza y riesgo que distorsiona los límites de la realidad"
            " y lleva a negar los riesgos o a la sobreprotección y la inmovilidad política.",
            "A constant feeling of threat and risk that distorts the limits of reality and"
            " leads either to denial of risks or to over-protection and political immobility.",
        ),
        "impunity": (
            "La negación de la justicia produce frustración, impotencia y desesperanza, y lleva"
            " a normalizar y aceptar la realidad que impuso quien agrede.",
            "Denying justice causes frustration, impotence and hopelessness, and leads to"
            " normalizing and accepting the reality the perpetrator imposed.",
        ),
        "breaking_of_bonds": (
            "Afectación de los vínculos con seres queridos, proyectos y espacios, de lo familiar"
            " a lo organizativo y social, incluida la polarización y la desconfianza mutua.",
            "Damage to the bonds with loved ones, projects and spaces, from the family to the"
            " organization and society, including polarization and mutual distrust.",
        ),
        "stress_weariness": (
            "Cargas de trabajo muy estresantes por emergencias constantes, que dejan poco tiempo"
            " para el cuidado personal y colectivo y obligan a reaccionar sin planear.",
            "Highly stressful workloads of constant emergencies that leave little time for"
            " personal and collective care and force reactive rather than planned responses.",
        ),
        "mourning": (
            "Pérdidas múltiples (seres queridos, proyecto de vida, ingresos, forma de vida,"
            " territorio) cuyo duelo se altera por el hostigamiento o los rituales impedidos.",
            "Multiple losses (loved ones, life project, income, way of living, home) whose"
            " mourning is altered by continued harassment or rituals that cannot be held.",
        ),
        "stigmatization_guilt": (
            "Estigma social que aísla a las víctimas y cuestiona su dignidad, y culpa inducida"
            " socialmente que las responsabiliza de la violencia que sufren.",
            "A social stigma that isolates victims and questions their dignity, and socially"
            " induced guilt that blames them for the violence they suffer.",
        ),
    },
)


class MourningLoss(Coded):
    LOVED_ONE = "loved_one"
    LIFE_PROJECT = "life_project"
    INCOME = "income"
    HOME_TERRITORY = "home_territory"
    WAY_OF_LIVING = "way_of_living"


define_labels(
    MourningLoss,
    {
        "loved_one": ("Ser querido", "Loved one"),
        "life_project": ("Proyecto de vida", "Life project"),
        "income": ("Fuentes de ingreso", "Income"),
        "home_territory": ("Hogar o territorio", "Home or territory"),
        "way_of_living": ("Forma de vida", "Way of living"),
    },
)


class MourningAlteration(Coded):
    DISAPPEARANCE_NO_BODY = "disappearance_no_body"
    RITUALS_INTERRUPTED = "rituals_interrupted"
    REPEATED_HARASSMENT = "repeated_harassment"
    OTHER = "other"


define_labels(
    MourningAlteration,
    {
        "disappearance_no_body": ("Desaparición sin cuerpo", "Disappearance with no body"),
        "rituals_interrupted": ("Rituales interrumpidos", "Rituals interrupted"),
        "repeated_harassment": ("Hostigamiento reiterado", "Repeated harassment"),
        "other": ("Otra", "Other"),
    },
)


class ResistanceMechanism(Coded):
    """The confrontation and resistance mechanisms a subject puts to work (seed: "a joint
    construction of confrontation and resistance mechanisms"); free text says the rest."""

    SUPPORT_NETWORKS = "support_networks"
    COLLECTIVE_RITUALS = "collective_rituals"
    PUBLIC_DENUNCIATION = "public_denunciation"
    SELF_PROTECTION = "self_protection"
    LEGAL_ACTION = "legal_action"
    ORGANIZING = "organizing"
    MEMORY_WORK = "memory_work"
    SELF_CARE = "self_care"
    SPIRITUALITY = "spirituality"
    OTHER = "other"


define_labels(
    ResistanceMechanism,
    {
        "support_networks": ("Redes de apoyo", "Support networks"),
        "collective_rituals": ("Rituales colectivos", "Collective rituals"),
        "public_denunciation": ("Denuncia pública", "Public denunciation"),
        "self_protection": ("Medidas de autoprotección", "Self-protection"),
        "legal_action": ("Acción legal", "Legal action"),
        "organizing": ("Organización colectiva", "Collective organizing"),
        "memory_work": ("Memoria histórica", "Memory work"),
        "self_care": ("Autocuidado", "Self-care"),
        "spirituality": ("Espiritualidad", "Spirituality"),
        "other": ("Otro", "Other"),
    },
)

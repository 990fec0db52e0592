"""Vocabularies of psychosocial impact (spheres, impact categories, mourning).

The categories and their descriptions follow Aluna's account of the impacts of
sociopolitical violence. Import them from `aluna_field.domain.taxonomy`.
"""

from __future__ import annotations

from aluna_field.domain.coded import Coded, define_labels
from aluna_field.l10n import N_, NP_


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
        "individual": N_("Individual sphere"),
        "family": N_("Family sphere"),
        "organizational": N_("Organizational or collective sphere"),
        "social": N_("Social sphere"),
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
        "fear": N_("Fear"),
        "impunity": N_("Impunity"),
        "breaking_of_bonds": N_("Breaking of bonds"),
        "stress_weariness": N_("Stress and weariness"),
        "mourning": N_("Mourning"),
        "stigmatization_guilt": N_("Stigmatization and social guilt"),
    },
    descriptions={
        "fear": N_(
            "A constant feeling of threat and risk that distorts the limits of "
            "reality and leads either to denial of risks or to over-protection and "
            "political immobility."
        ),
        "impunity": N_(
            "Denying justice causes frustration, impotence and hopelessness, and "
            "leads to normalizing and accepting the reality the perpetrator "
            "imposed."
        ),
        "breaking_of_bonds": N_(
            "Damage to the bonds with loved ones, projects and spaces, from the "
            "family to the organization and society, including polarization and "
            "mutual distrust."
        ),
        "stress_weariness": N_(
            "Highly stressful workloads of constant emergencies that leave little "
            "time for personal and collective care and force reactive rather than "
            "planned responses."
        ),
        "mourning": N_(
            "Multiple losses (loved ones, life project, income, way of living, "
            "home) whose mourning is altered by continued harassment or rituals "
            "that cannot be held."
        ),
        "stigmatization_guilt": N_(
            "A social stigma that isolates victims and questions their dignity, "
            "and socially induced guilt that blames them for the violence they "
            "suffer."
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
        "loved_one": N_("Loved one"),
        "life_project": N_("Life project"),
        "income": N_("Income"),
        "home_territory": N_("Home or territory"),
        "way_of_living": N_("Way of living"),
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
        "disappearance_no_body": N_("Disappearance with no body"),
        "rituals_interrupted": N_("Rituals interrupted"),
        "repeated_harassment": N_("Repeated harassment"),
        "other": NP_("taxonomy_impacts.MourningAlteration:other", "Other"),
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
        "support_networks": N_("Support networks"),
        "collective_rituals": N_("Collective rituals"),
        "public_denunciation": N_("Public denunciation"),
        "self_protection": N_("Self-protection"),
        "legal_action": N_("Legal action"),
        "organizing": N_("Collective organizing"),
        "memory_work": N_("Memory work"),
        "self_care": N_("Self-care"),
        "spirituality": N_("Spirituality"),
        "other": NP_("taxonomy.FieldOfWork:other", "Other"),
    },
)

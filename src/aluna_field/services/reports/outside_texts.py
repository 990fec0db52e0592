"""Words of the reports for outside readers (*Informe de actividades*, *Memoria*),
looked up by key and marked for the gettext catalogue (l10n.py)."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, _

KEYED: Mapping[str, str] = {
    "out_organisation": N_("Organisation: {name}"),
    "out_period": N_("Period: {period}"),
    "out_made": N_("Made on {day}"),
    "out_method": N_("Method note"),
    "out_summary": N_("Summary"),
    "out_count": N_("Count"),
    "out_share": N_("Share"),
    "out_total": N_("Total"),
    "out_area": N_("Area"),
    "out_no_region": N_("No region"),
    "out_other_place": N_("Other place"),
    "out_no_data": N_("No data in this period."),
    "out_not_recorded": N_("Not recorded"),
    "out_quarter": N_("{year}-Q{n}"),
    "out_gender_women": N_("Women"),
    "out_gender_men": N_("Men"),
    "out_gender_other": N_("Other"),
    "out_gender_not_said": N_("Not said"),
    "out_small_counts": N_(
        "Counts are exact and none is suppressed: they are records of a small team, and a "
        "count of 1 or 2 in a state, a quarter or a type can be enough for someone to "
        "recognise a person or a collective. Review every table before handing this report "
        "over and do not publish it as it is; for research use the anonymised data."
    ),
    "out_fu_on_time": N_("Met on time"),
    "out_fu_late": N_("Met late"),
    "out_fu_done_unknown": N_("Met (date unknown)"),
    "out_fu_overdue": N_("Open and overdue"),
    "out_fu_pending": N_("Open, not yet due"),
    "out_sum_subjects": N_("Subjects accompanied"),
    "out_sum_accompaniments": N_("Accompaniments"),
    "out_sum_referred": N_("Crisis notes with a referral"),
    "out_sum_activities": N_("Activities"),
    "out_sum_participants": N_("Participants in activities"),
    "out_sum_fu_on_time": N_("Follow-ups met on time (of {n} due in the period)"),
    # Informe de actividades
    "act_title": N_("Activity report"),
    "act_method": N_(
        "Counts the team's records by their coded fields only: never names, aliases or "
        "narratives. A subject (person, collective, organisation or community) is "
        "accompanied when an accompaniment names it that started in the period, or that is "
        "still active or paused and started before the period ended; it counts once in "
        "each field of work and in each area of its accompaniments. Interventions and "
        "referrals are those of the period's crisis notes. Team-care sessions count as "
        "team care, naming no one. A follow-up was met on time when it was marked done on "
        "or before its due day (by the clock of the device that marked it)."
    ),
    "act_subjects_type_title": N_("Subjects accompanied by type"),
    "act_subjects_type_head": N_("Type"),
    "act_subjects_field_title": N_("Subjects accompanied by field of work"),
    "act_subjects_field_head": N_("Field of work"),
    "act_subjects_field_note": N_("A subject counts once in each of its fields of work."),
    "act_subjects_region_title": N_("Subjects accompanied by state or department"),
    "act_subjects_region_head": N_("State or department"),
    "act_subjects_region_note": N_(
        "Official names of states and departments only; any other place typed counts as "
        "“Other place”."
    ),
    "act_subjects_area_title": N_("Subjects accompanied by area of work"),
    "act_subjects_area_head": N_("Area"),
    "act_subjects_area_note": N_("A subject counts once in each area of its accompaniments."),
    "act_accompaniments_title": N_("Accompaniments by area and status"),
    "act_accompaniments_note": N_("The status is today's, not the one at the end of the period."),
    "act_interventions_title": N_("Interventions and referrals"),
    "act_interventions_head": N_("Intervention"),
    "act_interventions_note": N_("Crisis notes of the period that record each intervention."),
    "act_activities_title": N_("Activities and participants by area"),
    "act_activities_head": N_("Activities"),
    "act_participants_total": N_("Participants"),
    "act_activities_note": N_(
        "The total of participants may be larger than the sum by gender (people not "
        "counted by gender)."
    ),
    "act_activity_types_title": N_("Activities by type"),
    "act_activity_types_head": N_("Activity type"),
    "act_follow_ups_title": N_("Follow-ups"),
    "act_follow_ups_head": N_("Follow-ups due in the period"),
    "act_follow_ups_note": N_("Open and overdue: not met on {day}."),
    # Memoria
    "mem_title": N_("Memory report"),
    "mem_method": N_(
        "Counts the team's crisis notes (events) and impact observations of the period by "
        "their coded fields only: never names, aliases or narratives. An event counts once "
        "in each state or department of the subjects it affected; an observation once in "
        "each category and each mechanism of resistance it names."
    ),
    "mem_method_perpetrators": N_(
        "An event with several perpetrators counts once under each of them: the sum by "
        "perpetrator is larger than the number of events, given in the last column."
    ),
    "mem_method_impunity": N_(
        "Impunity: the share of events with a recorded justice status that have no "
        "complaint, a complaint filed, are under investigation or were closed without "
        "result, that is, all but those with a sentence. Events with no recorded status "
        "are left out of the share."
    ),
    "mem_sum_events": N_("Events (crisis notes)"),
    "mem_sum_observations": N_("Impact observations"),
    "mem_sum_impunity": N_("Impunity"),
    "mem_impunity": N_("{share} % ({n} of {of} events)"),
    "mem_impunity_none": N_("no justice status recorded"),
    "mem_event": N_("Event type"),
    "mem_events": N_("Events"),
    "mem_perpetrator": N_("Perpetrator"),
    "mem_region": N_("State or department"),
    "mem_events_perpetrators_title": N_("Events by type and perpetrator"),
    "mem_events_perpetrators_note": N_(
        "An event with several perpetrators counts under each; “Events” counts each event once."
    ),
    "mem_events_time_title": N_("Events by type over time"),
    "mem_perpetrators_time_title": N_("Events by perpetrator over time"),
    "mem_perpetrators_time_note": N_("An event with several perpetrators counts under each."),
    "mem_regions_time_title": N_("Events by state or department over time"),
    "mem_regions_time_note": N_(
        "An event counts once in each state of the subjects affected; official names only."
    ),
    "mem_state_role_title": N_("The State's role"),
    "mem_state_role": N_("Role"),
    "mem_no_role": N_("No State role recorded"),
    "mem_state_role_note": N_("An event counts once in each role; share of all events."),
    "mem_justice_title": N_("Justice status"),
    "mem_justice": N_("Status"),
    "mem_justice_note": N_("Share of all events."),
    "mem_spheres_title": N_("Impact observations by sphere"),
    "mem_sphere": N_("Sphere"),
    "mem_impacts_title": N_("Impacts by category and sphere"),
    "mem_category": N_("Category"),
    "mem_impacts_note": N_("An observation counts once in each category it names."),
    "mem_resistance_title": N_("Mechanisms of resistance"),
    "mem_mechanism": N_("Mechanism"),
    "mem_resistance_note": N_(
        "Observations naming each coded mechanism (free text is not counted); share of all "
        "observations."
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    """The text `key` in lang ("en" → English, anything else → Spanish), filled in."""
    return _(lang, KEYED[key], **values)

"""Spanish and English labels of every record field, including nested parts.

Use `kinds.field_label`; this module only holds the tables. Keys are field names, or
"list.field" for the fields of list items ("threats.score").
"""

from __future__ import annotations

from collections.abc import Mapping

from aluna_field.domain.coded import Label
from aluna_field.l10n import N_, NP_

# Fields spelled alike in several kinds share a label unless the kind overrides it.
COMMON: Mapping[str, Label] = {
    "subject_ids": N_("Subjects"),
    "notes": N_("Notes"),
    "narrative": N_("What happened"),
}

BY_KIND: Mapping[str, Mapping[str, Label]] = {
    "subject": {
        "type": N_("Subject type"),
        "alias": N_("Alias or code"),
        "real_name": N_("Real name"),
        "region": N_("Region (state / municipality)"),
        "field_of_work": N_("Field of work"),
        "member_of": N_("Member of"),
    },
    "accompaniment": {
        "area": N_("Area of work"),
        "status": NP_("field_labels.BY_KIND.accompaniment:status", "Status"),
        "accompaniers": N_("Accompaniers"),
        "started_on": N_("Start date"),
        "title": N_("Title"),
    },
    "crisis-note": {
        "occurred_at": N_("When it happened"),
        "event": NP_("field_labels.BY_KIND.crisis-note:event", "Event"),
        "perpetrator": N_("Presumed perpetrators"),
        "state_role": N_("The State's role"),
        "source": N_("Source of the information"),
        "justice_status": N_("Justice status"),
        "state_observed": N_("State observed"),
        "interventions": N_("Interventions made"),
        "urgency": N_("Urgency"),
        "agreements": N_("Agreements"),
        "follow_up_on": N_("Follow-up date"),
    },
    "risk-assessment": {
        "subject_id": N_("Subject"),
        "assessed_on": N_("Assessment date"),
        "threats": N_("Threats"),
        "threats.id": N_("Id"),
        "threats.description": N_("Threat"),
        "threats.kind": N_("Kind of threat"),
        "threats.score": N_("Score (1-5)"),
        "threats.perpetrators": N_("Perpetrators"),
        "threats.who": NP_("ui.forms:measure_who", "Who"),
        "threats.when": N_("When"),
        "threats.source": N_("Source"),
        "threats.credibility": N_("Credibility (1-5)"),
        "threats.credibility_note": N_("Why it is credible"),
        "threats.pattern": N_("Repeats a pattern"),
        "vulnerabilities": N_("Vulnerabilities"),
        "vulnerabilities.id": N_("Id"),
        "vulnerabilities.description": N_("Vulnerability"),
        "vulnerabilities.score": N_("Score (1-5)"),
        "vulnerabilities.threats": N_("Threats it bears on"),
        "capacities": N_("Capacities"),
        "capacities.id": N_("Id"),
        "capacities.description": N_("Capacity"),
        "capacities.score": N_("Score (1-5)"),
        "capacities.threats": N_("Threats it bears on"),
        "measures": N_("Protection plan"),
        "measures.id": N_("Id"),
        "measures.what": N_("Measure"),
        "measures.type": N_("Type of measure"),
        "measures.factor": N_("Factor addressed"),
        "measures.who": NP_("field_labels.BY_KIND.risk-assessment:measures.who", "Who"),
        "measures.by": N_("By when"),
        "measures.state": N_("State"),
        "measures.notes": N_("Notes"),
        "next_review_on": N_("Next review"),
        "risk_level": N_("Risk level"),
        "risk_rule": N_("Level rule"),
        "risk_threat": N_("Most serious threat"),
        "threat_levels": N_("Level per threat"),
    },
    "impact-observation": {
        "observed_on": N_("Observation date"),
        "sphere": N_("Sphere"),
        "categories": N_("Impact categories"),
        "intensity": N_("Intensity (0-4)"),
        "narrative": N_("Narrative"),
        "mourning_losses": N_("Losses (mourning)"),
        "mourning_alterations": N_("What alters the mourning"),
        "resistance_mechanisms": N_("Resistance mechanisms"),
        "resistance": N_("Confrontation and resistance mechanisms"),
    },
    "activity": {
        "held_on": N_("Date"),
        "type": N_("Type of activity"),
        "area": N_("Area of work"),
        "duration_minutes": N_("Duration (minutes)"),
        "subject_ids": N_("Subjects and organizations"),
        "facilitators": N_("Facilitators (team)"),
        "participants": N_("Participants"),
        "participants.women": N_("Women"),
        "participants.men": N_("Men"),
        "participants.other": NP_("field_labels.BY_KIND.activity:participants.other", "Other"),
        "participants.not_said": N_("Not said"),
        "participants.total": N_("Total participants"),
        "topics": N_("Topics"),
        "method": N_("Method"),
        "agreements": N_("What was agreed"),
        "evaluation": N_("Evaluation"),
        "lessons": N_("Lessons learned"),
        "follow_up_on": N_("Follow-up date"),
    },
    "follow-up": {
        "record_id": N_("Record"),
        "due_on": N_("Due date"),
        "description": N_("What to do"),
        "done": NP_("field_labels.BY_KIND.follow-up:done", "Done"),
        "assignee": N_("Assignee"),
    },
}


def lookup(kind: str, field: str) -> Label | None:
    """The label (a marked msgid) of `field` in `kind`, or None if there is none."""
    return BY_KIND.get(kind, {}).get(field) or COMMON.get(field)

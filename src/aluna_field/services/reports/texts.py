"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "report_title": N_("Coordination report"),
    "filters": N_("Filters"),
    "period": N_("Period"),
    "region": N_("Region"),
    "area": N_("Accompaniment area"),
    "count_crisis-note": N_("Crisis notes"),
    "count_impact-observation": N_("Impact observations"),
    "count_risk-assessment": N_("Risk assessments"),
    "count_follow-up": N_("Follow-ups"),
    "total": N_("Total"),
    "impacts_title": N_("Impacts by category and sphere"),
    "impacts_note": N_("An observation counts once in each category it names."),
    "category": N_("Impact category"),
    "events_title": N_("Events by perpetrator type"),
    "custom_title": N_("The team's custom fields"),
    "custom_note": N_(
        "How many records of the period hold each choice of the choice fields "
        "the coordinators added. A record with several choices counts in each."
    ),
    "event": NP_("reports:event", "Event"),
    "urgency_title": N_("Crisis notes by month and urgency"),
    "month": N_("Month"),
    "regions_title": N_("Records by region and month"),
    "regions_note": N_("A record about subjects in several states counts once in each state."),
    "risk_title": N_("Risk level by subject"),
    "risk_note": N_(
        "Every risk assessment in the period with its derived level; the "
        "subjects at the highest level first. Beside the level: how many "
        "measures the subject's previous analysis planned and how many are "
        "done."
    ),
    "subject": N_("Subject"),
    "date": N_("Date"),
    "risk_level": N_("Risk level"),
    "follow_ups_title": N_("Follow-ups"),
    "follow_ups_note": N_("Open, due (next {days} days) and overdue on {day}."),
    "status": NP_("reports:status", "Status"),
    "count": N_("Count"),
    "age_1-7": N_("Overdue by 1 to 7 days"),
    "age_8-30": N_("Overdue by 8 to 30 days"),
    "age_31-90": N_("Overdue by 31 to 90 days"),
    "age_91+": N_("Overdue by more than 90 days"),
    "overdue_title": N_("Overdue follow-ups by age"),
    "prior_measures": N_("Measures of the previous analysis"),
    "prior_done": NP_("reports:prior_done", "Done"),
    "plan_title": N_("Protection plan measures"),
    "plan_note": N_(
        "The measures of the period's assessments by type and state; overdue: "
        "pending or in progress, dated before {day}."
    ),
    "reviews_title": N_("Overdue reviews of the analysis"),
    "reviews_note": N_(
        "The review date of each subject's latest assessment in the period, passed on {day}."
    ),
    "review_on": N_("Review on"),
    "empty": N_("No data for these filters."),
    "anon_title": N_("Anonymised data"),
}

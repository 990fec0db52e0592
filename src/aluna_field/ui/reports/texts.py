"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "filters": N_("Report filters"),
    "period": N_("Period"),
    "period_all": N_("All time"),
    "period_this_year": N_("This year"),
    "period_last_year": N_("Last year"),
    "period_12_months": N_("Last 12 months"),
    "period_custom": N_("Chosen dates"),
    "from": N_("From"),
    "to": N_("To"),
    "region": N_("Region"),
    "area": N_("Area"),
    "dates_reversed": N_("The From date is after the To date."),
    "pdf_dialog": N_("Save the report as PDF"),
    "csv_dialog": N_("Save the report as CSV"),
    "anonymised_dialog": N_("Save the anonymised dataset"),
    "working": N_("Computing the report…"),
    "saving": N_("Saving…"),
    "write_failed": N_(
        "Could not save {path} (disk full or no permission?). No partial file was left."
    ),
    "out_in_vault": N_("Reports are not saved inside the vault's folder."),
    "failed": N_("The report could not be computed. Nothing changed in the vault."),
    "not_coordinator": N_("Reports are for coordinators only."),
    "locked": N_("The vault is locked."),
    "cancelled": N_("Cancelled: nothing was saved."),
    "tab_impacts": N_("Impacts"),
    "tab_events": NP_("ui.reports:tab_events", "Events"),
    "tab_urgency": N_("Crises by month"),
    "tab_regions": N_("Regions"),
    "tab_risk": N_("Risk"),
    "tab_follow_ups": N_("Follow-ups"),
    "tab_plan": N_("Protection plan"),
    "tab_reviews": N_("Reviews"),
    "tab_custom": N_("Custom fields"),
    "age_short_1-7": N_("1 to 7 days"),
    "age_short_8-30": N_("8 to 30 days"),
    "age_short_31-90": N_("31 to 90 days"),
    "age_short_91+": N_("Over 90 days"),
}

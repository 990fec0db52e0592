"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "new": N_("New"),
    "csv_dialog": N_("Save the list as CSV"),
    "found": N_("{n} results"),
    "count": N_("{shown} of {total}"),
    "search": N_("Search"),
    "from": N_("From"),
    "to": N_("To"),
    "all_categories": N_("{what}: all"),
    "all_levels": N_("{what}: any"),
    "overdue": N_("{date} · overdue"),
    "col_kind": N_("Kind"),
    "col_title": N_("Record"),
    "col_date": N_("Date"),
    "col_snippet": N_("Where it matched"),
    "device": N_("Device {id}"),
    "meta": N_("Written by {who} · created {created} · last edited {updated}"),
    "edit": N_("Edit"),
    "delete": N_("Delete"),
    "tab_follow_ups": N_("Follow-ups"),
    "case_members": N_("Members:"),
    "case_groups": N_("Member of:"),
    "case_failed": N_(
        "Could not save {path} (disk full or no permission?). No partial file was left."
    ),
    "case_in_vault": N_("The case file is not saved inside the vault's folder."),
    "pdf_col_date": N_("Date"),
    "pdf_col_kind": N_("Record"),
    "pdf_col_about": N_("About"),
    "pdf_col_detail": N_("Detail"),
    "col_state": N_("Level or state"),
    "history_when": N_("When"),
    "history_who": NP_("ui.forms:measure_who", "Who"),
    "history_change": N_("Change"),
    "history_fields": N_("Fields"),
    "history_before": N_("Before"),
    "history_after": N_("After"),
    "history_help": N_("Double-click a version to see it whole."),
    "change_created": N_("Created"),
    "change_put": N_("Edited"),
    "change_delete": N_("Deleted"),
    "change_redact": N_("Content redacted"),
}

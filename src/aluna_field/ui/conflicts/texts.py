"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "title": N_("Conflicts"),
    "count": N_("Records with conflicting versions: {n}."),
    "none": N_(
        "No conflicts. When two people change the same thing apart, it shows "
        "here for the coordinator to decide; nothing is lost meanwhile."
    ),
    "col_record": N_("Record"),
    "col_what": N_("In conflict"),
    "col_when": N_("Last edited"),
    "device": N_("device {id}"),
    "merge": N_("Merge by hand…"),
    "refused": N_("Could not apply: {reason}"),
    "gone": N_("This record has no conflicts any more (another decision came first)."),
}

"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "title_new": N_("New record: {kind}"),
    "title_edit": N_("Edit: {kind}"),
    "show": N_("Show"),
    "score_prefix": N_("Score: "),
    "noun_threat": N_("Threat"),
    "add_threat": N_("Add threat"),
    "noun_vulnerability": N_("Vulnerability"),
    "add_vulnerability": N_("Add vulnerability"),
    "noun_capacity": N_("Capacity"),
    "add_capacity": N_("Add capacity"),
    "measure_who": NP_("ui.forms:measure_who", "Who"),
    "measure_by": N_("By when"),
    "threat_when": N_("Date or period"),
    "threat_level": N_("This threat's level: {text}"),
}

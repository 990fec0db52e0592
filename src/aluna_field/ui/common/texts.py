"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "add": N_("Add"),
    "remove": N_("Remove"),
    "edit": N_("Edit"),
    "delete": N_("Delete"),
    "no_date": N_("No date"),
    "all": N_("All"),
    "none_selected": N_("None"),
    "yes": N_("Yes"),
    "no": N_("No"),
    "you": N_("You ({name})"),
    "device": N_("Device {id}"),
    "required": N_("(required)"),
    "pick_help": N_(
        "The file is copied, encrypted, into the vault; the original stays where it is."
    ),
    "place_drive": N_("Drive “{name}”"),
    "place_last": N_("Last used: {name}"),
    "place_home": N_("Home folder"),
}

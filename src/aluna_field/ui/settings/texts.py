"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "title": N_("Settings"),
    "language": N_("Language of the app"),
    "minutes": N_(" min"),
    "device": N_("This device"),
    "organisation": N_("Organisation's name"),
    "device_name": N_("Name"),
    "device_role": N_("Role"),
    "fingerprint": N_("Fingerprint (to compare in person)"),
    "role_accompanier": N_("Accompanier"),
    "role_coordinator": N_("Coordinator"),
    "passphrase": N_("Change the passphrase"),
    "erase_what": N_(
        "The vault's key is destroyed, then its files: what you kept here can "
        "no longer be read, neither with the passphrase nor with the recovery "
        "words."
    ),
    "erase_kept": N_("What you already sent to the team in bundles stays on their devices."),
    "erase_final": N_("It cannot be undone."),
    "auto_wipe_what": N_(
        "If someone types a wrong passphrase {n} times in a row, this device's "
        "vault is erased without asking: nothing it holds can be read again."
    ),
    "auto_wipe_own": N_(
        "Your own mistakes count too, and the recovery words cannot bring it back afterwards."
    ),
    "current_passphrase": N_("Current passphrase"),
    "new_passphrase": N_("New passphrase"),
    "repeat": N_("Repeat the new passphrase"),
    "change": N_("Change the passphrase"),
    "changed": N_("Done: the new passphrase now opens the vault."),
    "recovery": N_("Recovery words"),
}

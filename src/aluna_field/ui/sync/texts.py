"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "title": NP_("ui.sync:title", "Sync"),
    "pending": N_("Changes the team has not yet confirmed receiving: {n}."),
    "exchange": N_("Exchange with this drive"),
    "working": N_("Exchanging… bundle {done} of {total}"),
    "importing": N_("Importing… bundle {done} of {total}"),
    "failed": N_(
        "The exchange stopped: the drive stopped answering (was it removed?). "
        "What came in stays saved; plug it in and try again."
    ),
    "only_revoked": N_(
        "No one active is left to exchange with: the team's other devices were revoked."
    ),
    "drop": N_("You can also drag bundles (.afb) or a folder holding them here to import them."),
    "relay": N_("Internet relay (WebDAV)"),
    "relay_url": N_("Folder address (https://…/)"),
    "relay_user": N_("User"),
    "relay_password": N_("Password (app password)"),
}

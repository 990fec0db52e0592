"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "action": N_("Redact content…"),
    "title": N_("Redact content"),
    "question": N_("What do you want to redact?"),
    "erases": N_(
        "What it erases: the chosen content in every version saved so far, in "
        "this vault and on every team device that receives the redaction with "
        "its next exchanges. Only the traces remain: that the record existed, "
        "who wrote it and when."
    ),
    "cannot": N_(
        "What it cannot erase: copies already sent in bundles (on USB drives "
        "or the relay) until whoever receives them syncs; vaults that never "
        "sync again, such as a lost or revoked laptop; and whatever someone "
        "copied or wrote down outside the app."
    ),
    "after": N_("What is written in the record after the redaction is kept."),
    "done": N_(
        "Content redacted. It will be erased on the rest of the team with the next exchanges."
    ),
    "attachments": N_("Attachments"),
}

"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "title": N_("Home"),
    "drafts": N_("Unfinished drafts"),
    "draft_kind": N_("Kind"),
    "draft_state": N_("What"),
    "draft_when": N_("Last edited"),
    "draft_subject": N_("Subject"),
    "draft_start": N_("Begins with"),
    "draft_new": N_("New record"),
    "draft_edit": N_("Changes to a record"),
    "due": N_("Follow-ups overdue and due this week"),
    "recent": N_("Touched last"),
    "open_record": NP_("ui.home:open_record", "Open"),
    "sync": NP_("ui.home:sync", "Sync"),
    "pending": N_("Changes waiting to sync (the team has not confirmed receiving them): {n}."),
    "only_revoked": N_(
        "No one active is left to sync with: the team's other devices were revoked."
    ),
    "no_team": N_("This device has no one to sync with yet: go to Team first."),
    "conflicts": N_("Records with conflicts to review: {n}."),
}

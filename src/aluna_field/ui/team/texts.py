"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "title": N_("Team"),
    "no_team": N_("This device does not belong to a team yet."),
    "card": N_("This device's card"),
    "fingerprint": N_("This device's fingerprint"),
    "add_title": N_("Add a device"),
    "add_help": N_(
        "With the person beside you: paste their card's text here or open "
        "their card file. Nothing is added until both of you say the safety "
        "codes match."
    ),
    "join_title": N_("Join a team"),
    "join_help": N_(
        "With the coordinator beside you: paste their card's text here or open "
        "their card file. Give them this device's card too (above)."
    ),
    "join_other": N_("Join another team"),
    "join_other_help": N_(
        "This vault founded its own team, which has no one else yet. If "
        "another coordinator already has a team, you can join it with their "
        "card."
    ),
    "role": N_("Role in the team"),
    "role_choose": N_("Choose a role…"),
    "role_required": N_("Choose the role they will have on the team: you decide it, not the card."),
    "role_accompanier": N_("Accompanier"),
    "role_coordinator": N_("Coordinator"),
    "added": N_(
        "{name} was added to the team as {role}. Now run an exchange (Sync) so "
        "that their device receives the team list."
    ),
    "already": N_("{name} was already on the team."),
    "joined": N_(
        "This device now trusts {name}. Once the coordinator has added you, "
        "run an exchange to receive the team list."
    ),
    "members": N_("Members"),
    "col_name": N_("Name"),
    "col_role": N_("Role"),
    "col_fingerprint": N_("Fingerprint"),
    "col_state": N_("State"),
    "make_coordinator": N_("Make coordinator…"),
    "make_accompanier": N_("Make accompanier…"),
    "revoke": N_("Revoke…"),
    "revoke_future": N_(
        "From now on, every bundle that device makes will be refused: here at "
        "once, and on the rest of the team as soon as this revocation reaches "
        "them with your next exchanges. Nothing more will be sent to it either."
    ),
    "revoke_past": N_(
        "What it sent before is kept. What it already holds in its vault is "
        "not erased: if the laptop was lost or seized, think first of the "
        "people's safety."
    ),
    "revoke_final": N_(
        "This cannot be undone: to come back, that person must create a new vault and join again."
    ),
    "revoked": N_(
        "{name}'s device was revoked. Run an exchange so that the rest of the team learns it."
    ),
    "role_title": N_("Change the role"),
    "role_question": N_("Give {name} the role {role}?"),
    "role_coordinator_means": N_(
        "A coordinator receives every record, can add and revoke devices and redact content."
    ),
    "role_accompanier_means": N_(
        "An accompanier receives only their own records and those of the "
        "accompaniments they are assigned to. What they already received stays "
        "in their vault."
    ),
    "role_act": N_("Change the role"),
    "role_done": N_("{name} now has the role {role}."),
}

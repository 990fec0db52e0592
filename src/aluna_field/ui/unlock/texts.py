"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_, NP_

KEYED: Mapping[str, str] = {
    "title": N_("Aluna Field"),
    "language": N_("Language"),
    "passphrase": N_("Passphrase"),
    "passphrase_repeat": N_("Repeat the passphrase"),
    "new_passphrase": N_("New passphrase"),
    "current_passphrase": N_("Current passphrase"),
    "show": N_("Show"),
    "unlocking": N_("Opening the vault…"),
    "open": NP_("ui.home:open_record", "Open"),
    "saving_passphrase": N_("Saving the new passphrase…"),
    "name": N_("Your name or pseudonym"),
    "role": N_("Role"),
    "creating": N_("Creating the vault…"),
    "strength_0": N_("Too short: use at least {n} characters."),
    "strength_3": N_("Good."),
    "strength_4": N_("Strong."),
    "weak_common": N_(
        "Weak: it is one of the most common passphrases. Use four or five random words."
    ),
    "weak_pattern": N_(
        "Weak: it follows a pattern that is easy to guess (repeats, sequences, keyboard or dates)."
    ),
    "weak_word": N_("Weak: it is a known word or name and is guessed in little time."),
    "weak_personal": N_("Weak: it is built on your name, the first thing a guesser tries."),
    "weak_guessable": N_("Weak: it is guessed in little time. Make it longer."),
    "strength_tip": N_("Tip: five or more random words are easy to remember and hard to guess."),
}

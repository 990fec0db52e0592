"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "title": N_("Forms"),
    "kind": N_("Kind of record"),
    "fields": N_("Fields"),
    "custom": N_("custom"),
    "retired": N_("retired"),
    "up": N_("Move up"),
    "down": N_("Move down"),
    "retire": N_("Retire"),
    "code": N_("Code"),
    "label_es": N_("Label in Spanish"),
    "label_en": N_("Label in English"),
    "type": N_("Kind of field"),
    "choices": N_("Choices"),
    "required": N_("Required"),
    "sensitive": N_("Sensitive (not searched, not in reports)"),
    "vocabulary": N_("Vocabulary"),
    "added": N_("Added. It reaches the team at the next exchange."),
}

"""Strings this feature looks up by a computed key (a column name, a state
code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""

from __future__ import annotations

from collections.abc import Mapping

from ...l10n import N_

KEYED: Mapping[str, str] = {
    "area": N_("Notices"),
}

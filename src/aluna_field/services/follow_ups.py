"""The records a save brings with it: a crisis note's agreed follow-up.

One rule, used by every save (the window's forms and the CLI's `add` and `edit` both
go through Session): when a crisis note is saved with a follow-up date it did not have
before, a follow-up for that day is created in the same transaction as the note.
"""

from __future__ import annotations

from typing import Any

from ..i18n import tr
from ..store.records import Linked


def crisis_follow_up(kind: str, lang: str) -> Linked | None:
    """The `linked` rule for a save of `kind` (None when that kind brings nothing)."""
    if kind != "crisis-note":
        return None

    def linked(
        rid: str, before: dict[str, Any], after: dict[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        due = after.get("follow_up_on")
        if not due or str(due) == str(before.get("follow_up_on") or ""):
            return []
        data = {"record_id": rid, "due_on": due, "description": tr("follow_up_from_note", lang)}
        return [("follow-up", data)]

    return linked

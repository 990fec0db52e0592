"""The rules a kind applies when a record is saved (named by its spec, run by
services/saving.py): checks that refuse a save, and records a save brings along.

Pure functions of `SaveFacts`: the clock and the language come in, nothing is read here.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from aluna_field.domain.errors import FieldError
from aluna_field.domain.spec import SaveFacts
from aluna_field.l10n import _

# Clocks drift: a note written "now" on a device a few minutes ahead is not refused.
FUTURE_GRACE = dt.timedelta(minutes=5)


def _local_naive(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


def _moment(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None  # the model already says it is not a date and time


def event_not_in_future(facts: SaveFacts) -> list[FieldError]:
    """A crisis note is about something that happened: an event in the future is refused.

    Only when the time is new or changed, so that a note another device wrote with its
    clock ahead can still be edited here.
    """
    after, before = facts.after.get("occurred_at"), facts.before.get("occurred_at")
    if after is None or str(after) == str(before or ""):
        return []
    moment = _moment(after)
    if moment is None or _local_naive(moment) <= _local_naive(facts.now) + FUTURE_GRACE:
        return []
    es, en = (
        _("es", "It is in the future: a crisis note is about something that already happened"),
        _("en", "It is in the future: a crisis note is about something that already happened"),
    )
    return [FieldError("occurred_at", "in_future", en, es)]


def follow_up_from_date(facts: SaveFacts) -> list[tuple[str, dict[str, Any]]]:
    """A crisis note or an activity saved with a follow-up date it did not have before
    brings a follow-up for that day, about the record."""
    due = facts.after.get("follow_up_on")
    if facts.rid is None or not due or str(due) == str(facts.before.get("follow_up_on") or ""):
        return []
    if facts.kind == "activity":
        description = _(facts.lang, "Follow-up agreed in the activity")
    else:
        description = _(facts.lang, "Follow-up agreed in the crisis note")
    return [("follow-up", {"record_id": facts.rid, "due_on": due, "description": description})]

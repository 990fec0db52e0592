"""Saving a record: the one use case the CLI and the window both go through.

`save_records` validates once, applies the kind's on-save rules from its spec (checks
that refuse the save, records it brings along: a crisis note's follow-up) and writes
everything in one transaction. No rule lives in a widget or a command.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ..domain import kinds as domain
from ..domain.custom_values import from_input
from ..domain.definitions import DEFINITION
from ..domain.spec import SaveFacts
from ..store.records import RecordStore


@dataclass(frozen=True)
class SaveRules:
    """A kind's on-save rules, bound to the clock reading and language of one save."""

    kind: str
    now: dt.datetime
    lang: str

    def check(self, before: dict[str, Any], after: dict[str, Any]) -> list[domain.FieldError]:
        facts = SaveFacts(self.kind, before, after, self.now, self.lang)
        return [e for rule in domain.spec_of(self.kind).checks for e in rule(facts)]

    def linked(
        self, rid: str, before: dict[str, Any], after: dict[str, Any]
    ) -> list[tuple[str, dict[str, Any]]]:
        facts = SaveFacts(self.kind, before, after, self.now, self.lang, rid)
        return [x for rule in domain.spec_of(self.kind).brings for x in rule(facts)]


def save_records(
    store: RecordStore,
    kind: str,
    items: list[dict[str, Any]],
    *,
    now: dt.datetime,
    lang: str,
) -> list[str]:
    """Create records of `kind` (all or none); returns their ids in order.

    RecordInvalid (every problem, each naming its field) when an item does not validate
    or a rule refuses it; UnknownKindError for an unknown kind. Nothing is written then.
    """
    rules = SaveRules(_record_kind(kind), now, lang)
    clean = [from_input(kind, item) for item in items]
    return store.create_many(kind, clean, rules.linked, rules.check)


def save_record(
    store: RecordStore,
    kind: str,
    values: dict[str, Any],
    rid: str | None = None,
    *,
    now: dt.datetime,
    lang: str,
) -> tuple[str, bool]:
    """Create a record (`rid` None) or change the given fields of record `rid`.

    Custom values come under "custom" ({code: value}, cli.md), checked against the
    vault's definitions. Returns (id, whether anything was written). The same refusals
    as `save_records`; on an edit, ValueError when `rid` is a record of another kind,
    RecordNotFound when there is none.
    """
    if rid is None:
        return save_records(store, kind, [values], now=now, lang=lang)[0], True
    actual = store.state(rid).kind
    if actual != _record_kind(kind):
        raise ValueError("the record is of another kind")
    rules = SaveRules(kind, now, lang)
    return rid, store.edit(rid, from_input(kind, values), rules.linked, rules.check)


def _record_kind(kind: str) -> str:
    """`kind` if it is a record kind; definitions are written by services/forms.py only."""
    if kind == DEFINITION:
        raise domain.UnknownKindError(kind)
    return domain.spec_of(kind).code

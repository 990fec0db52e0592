"""Records as the lists hold them, and the job that loads them (runs off the GUI thread)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from ...domain import kinds as domain
from ...domain.definitions import is_custom_key
from ...l10n import _
from ...services.plan import PlanItem, plan_items
from ...services.session import Session
from ...store.errors import RecordNotFound
from ...store.views import RecordView
from ..values.format import Lookup, member_names, subject_aliases, title_of


@dataclass(frozen=True)
class RecordRow:
    rid: str
    kind: str
    # Without sensitive fields: a real name never sits in a list model.
    fields: dict[str, Any]
    updated_ms: int
    author: str
    conflict: bool
    # A protection plan's item shown as a follow-up: rid is its assessment's (opened
    # when activated); nothing of it is stored as a follow-up (services/plan.py).
    plan: bool = False

    @property
    def opens(self) -> str:
        """The kind of the record activating this row opens."""
        return "risk-assessment" if self.plan else self.kind


def row_from_view(view: RecordView, custom: frozenset[str] = frozenset()) -> RecordRow:
    """The row of a list. Custom values stay out unless named in `custom` (the keys of
    defined, non-sensitive custom choice fields, which the filters look at): one whose
    definition has not arrived might be sensitive."""
    hidden = set(domain.sensitive_fields(view.kind))
    fields = {
        k: v
        for k, v in view.state.fields.items()
        if k not in hidden and (not is_custom_key(k) or k in custom)
    }
    return RecordRow(
        view.rid,
        view.kind,
        fields,
        view.state.updated_ms,
        view.state.author,
        view.state.has_conflict,
    )


def build_lookup(session: Session, rows: list[RecordRow], lang: str) -> Lookup:
    """Aliases of every subject, and titles of the records follow-ups point at."""
    lookup = Lookup(
        aliases=subject_aliases(session),
        definitions=session.records.definitions(),
        members=member_names(session),
    )
    targets = {str(r.fields["record_id"]) for r in rows if r.fields.get("record_id")}
    for rid in sorted(targets):
        try:
            view = session.show(rid)
        except RecordNotFound:
            # A deleted or not yet synced target reads as "(unknown record)".
            lookup.titles.pop(rid, None)
        else:
            lookup.titles[rid] = title_of(view.kind, view.state.fields, lang, lookup)
    return lookup


def plan_row(item: PlanItem, lang: str) -> RecordRow:
    """A plan item as a follow-up row: due on its date, about its assessment."""
    if item.review:
        description = _(lang, "Plan · review the risk analysis")
    else:
        description = _(lang, "Plan · measure: {what} — {who}", what=item.what, who=item.who)
    fields = {
        "record_id": item.assessment_id,
        "due_on": item.due_on.isoformat(),
        "description": description,
        "done": False,
        "assignee": item.who,
    }
    return RecordRow(item.assessment_id, "follow-up", fields, 0, "", False, plan=True)


def plan_rows(session: Session, lang: str, until: dt.date | None = None) -> list[RecordRow]:
    return [plan_row(i, lang) for i in plan_items(session, until)]

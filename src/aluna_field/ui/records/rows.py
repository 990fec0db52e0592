"""Records as the lists hold them, and the job that loads them (runs off the GUI thread)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...domain import kinds as domain
from ...services.session import Session
from ...store.errors import RecordNotFound
from ...store.views import RecordView
from .format import Lookup, title_of


@dataclass(frozen=True)
class RecordRow:
    rid: str
    kind: str
    # Without sensitive fields: a real name never sits in a list model.
    fields: dict[str, Any]
    updated_ms: int
    author: str
    conflict: bool


def row_from_view(view: RecordView) -> RecordRow:
    hidden = set(domain.sensitive_fields(view.kind))
    fields = {k: v for k, v in view.state.fields.items() if k not in hidden}
    return RecordRow(
        view.rid,
        view.kind,
        fields,
        view.state.updated_ms,
        view.state.author,
        view.state.has_conflict,
    )


def subject_aliases(session: Session) -> dict[str, str]:
    return {v.rid: str(v.state.fields.get("alias") or "") for v in session.list_records("subject")}


def build_lookup(session: Session, rows: list[RecordRow], lang: str) -> Lookup:
    """Aliases of every subject, and titles of the records follow-ups point at."""
    lookup = Lookup(aliases=subject_aliases(session))
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


def load_rows(session: Session, kind: str | None, lang: str) -> tuple[list[RecordRow], Lookup]:
    """Every live record of kind (all kinds for None), with what their references read as."""
    rows = [row_from_view(v) for v in session.list_records(kind)]
    return rows, build_lookup(session, rows, lang)


def search_rids(session: Session, text: str) -> set[str]:
    return {v.rid for v in session.search(text)}

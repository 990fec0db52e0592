"""Drafts of records being written, as the app keeps them while a person types.

A draft is keyed by the form it comes from: a new record gets a fresh draft id, an edit
uses the record's id, so reopening the same record offers its draft back.
"""

from __future__ import annotations

import secrets
from typing import Any

from ..domain import kinds as domain
from ..store import drafts as store
from .session import Session

# A draft as the app sees it: what the vault keeps, unchanged.
Draft = store.DraftRow


def new_draft_id() -> str:
    return secrets.token_hex(16)


def draft_id_for(rid: str | None) -> str:
    """The draft id of an edit of `rid`, or a fresh one for a new record."""
    return f"edit-{rid}" if rid else new_draft_id()


class Drafts:
    """The drafts of one unlocked vault."""

    def __init__(self, session: Session) -> None:
        self._session = session

    def save(self, draft_id: str, kind: str, rid: str | None, values: dict[str, Any]) -> None:
        domain.model_for(kind)  # an unknown kind is a bug, not a draft
        row = Draft(draft_id, kind, rid, values, self._session.ctx.now_ms())
        store.save(self._session.conn, row)

    def get(self, draft_id: str) -> Draft | None:
        return store.load(self._session.conn, draft_id)

    def list(self) -> list[Draft]:
        return store.all_drafts(self._session.conn)

    def discard(self, draft_id: str) -> None:
        store.delete(self._session.conn, draft_id)

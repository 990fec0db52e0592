"""Half-written records kept inside the encrypted vault (the `drafts` table of migration v2).

A draft is the raw content of a form, as JSON: it has not been validated, so it is never
an op and never syncs. It lives only as long as nobody saves or discards it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .db import Connection, transaction


@dataclass(frozen=True)
class DraftRow:
    draft_id: str
    kind: str
    rid: str | None
    values: dict[str, Any]  # the form's fields as typed, not validated
    updated_ms: int


def save(conn: Connection, row: DraftRow) -> None:
    """Insert or replace one draft, in its own transaction."""
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts (draft_id, kind, rid, body, updated_ms) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (draft_id) DO UPDATE SET kind = excluded.kind, rid = excluded.rid,"
            " body = excluded.body, updated_ms = excluded.updated_ms",
            (
                row.draft_id,
                row.kind,
                row.rid,
                json.dumps(row.values, ensure_ascii=False, sort_keys=True),
                row.updated_ms,
            ),
        )


def _row(values: tuple[Any, ...]) -> DraftRow:
    return DraftRow(values[0], values[1], values[2], json.loads(values[3]), int(values[4]))


def load(conn: Connection, draft_id: str) -> DraftRow | None:
    found = conn.execute(
        "SELECT draft_id, kind, rid, body, updated_ms FROM drafts WHERE draft_id = ?",
        (draft_id,),
    ).fetchone()
    return _row(found) if found else None


def all_drafts(conn: Connection) -> list[DraftRow]:
    """Every draft, most recently edited first."""
    rows = conn.execute(
        "SELECT draft_id, kind, rid, body, updated_ms FROM drafts"
        " ORDER BY updated_ms DESC, draft_id"
    ).fetchall()
    return [_row(r) for r in rows]


def delete(conn: Connection, draft_id: str) -> None:
    # secure_delete is on for the whole database, so the freed pages are zeroed.
    with transaction(conn):
        conn.execute("DELETE FROM drafts WHERE draft_id = ?", (draft_id,))

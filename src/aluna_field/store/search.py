"""Full-text search inside the encrypted database (FTS5, secure-delete on)."""

from __future__ import annotations

import re

from .db import Connection

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_TOKENS = 16


def fts_query(text: str) -> str | None:
    """An FTS5 query matching every word of text as a prefix; None when text has no words.

    User text never reaches FTS5's query syntax: each word becomes a quoted phrase.
    """
    tokens = _TOKEN.findall(text)[:MAX_TOKENS]
    if not tokens:
        return None
    return " ".join('"' + t.replace('"', '""') + '"*' for t in tokens)


def index_record(conn: Connection, num: int, text: str | None) -> None:
    """Replace the indexed text of the record with rowid num (None: not searchable)."""
    conn.execute("DELETE FROM records_fts WHERE rowid = ?", (num,))
    if text:
        conn.execute("INSERT INTO records_fts (rowid, body) VALUES (?, ?)", (num, text))


def search_rowids(conn: Connection, text: str, limit: int) -> list[int]:
    """Rowids of records whose text matches, best first."""
    query = fts_query(text)
    if query is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    ).fetchall()
    return [int(r[0]) for r in rows]

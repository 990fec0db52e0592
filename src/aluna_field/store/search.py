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


SearchUpdate = tuple[int, str | None, bool]  # (rowid, text, whether a row may exist)


def index_records(conn: Connection, updates: list[SearchUpdate]) -> None:
    """Replace the indexed text of records (text None: not searchable), as one batch:
    every removal first, then every insertion; a record whose text is unchanged is skipped.

    FTS5 writes its pending terms out as a new segment whenever another statement opens a
    statement savepoint (any upsert does) and before every delete, and with secure-delete
    each delete probes every segment. Indexing a batch after the rows it indexes, removals
    before insertions, keeps that to one segment per batch (measured on a 20-device merge:
    the row upserts fell from ~200 to ~20 µs each, the deletes from ~1.1 to ~0.8 ms).
    """
    changed = []
    for num, text, replace in updates:
        if replace:
            row = conn.execute("SELECT body FROM records_fts WHERE rowid = ?", (num,)).fetchone()
            if (row[0] if row else None) == (text or None):
                continue  # a secure delete is costly: skip it when the text is the same
            conn.execute("DELETE FROM records_fts WHERE rowid = ?", (num,))
        changed.append((num, text))
    conn.executemany(
        "INSERT INTO records_fts (rowid, body) VALUES (?, ?)",
        ((num, text) for num, text in changed if text),
    )


# Ranking every match by relevance (bm25) costs ~1 ms per thousand matches; past this
# many, a query is too broad for relevance to help and the newest records come first.
RANK_AT_MOST = 5000


def search_rowids(
    conn: Connection, text: str, limit: int, rank_at_most: int = RANK_AT_MOST
) -> list[int]:
    """Rowids of records whose text matches: by relevance when there are at most
    rank_at_most matches, else the most recently created first."""
    query = fts_query(text)
    if query is None:
        return []
    matches = conn.execute(
        "SELECT count(*) FROM (SELECT 1 FROM records_fts WHERE records_fts MATCH ? LIMIT ?)",
        (query, rank_at_most + 1),
    ).fetchone()[0]
    order = "rank" if int(matches) <= rank_at_most else "rowid DESC"
    rows = conn.execute(
        # `order` is one of two constants above, never user text.
        f"SELECT rowid FROM records_fts WHERE records_fts MATCH ? ORDER BY {order} LIMIT ?",
        (query, limit),
    ).fetchall()
    return [int(r[0]) for r in rows]

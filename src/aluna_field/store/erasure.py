"""Making redacted content unrecoverable inside this vault file.

`secure_delete` (on for every connection) zeroes the bytes SQLite frees when an op body,
a materialised row or a full-text entry is rewritten. Two places it does not reach are
handled here: attachments that only a redacted op listed, and old page images in the
write-ahead log, which stay readable with the vault key until the log is reset.
"""

from __future__ import annotations

from collections.abc import Iterable

from .db import Connection
from .ops import is_hash


def erase_orphan_attachments(conn: Connection, att_ids: Iterable[str]) -> int:
    """Delete the bytes of each attachment no op body lists any more; returns how many."""
    erased = 0
    for att_id in sorted(set(att_ids)):
        if not is_hash(att_id):
            continue  # never an attachment id of ours; and never put in a LIKE pattern
        still_listed = conn.execute(
            "SELECT 1 FROM ops WHERE body LIKE ? LIMIT 1", (f'%"{att_id}"%',)
        ).fetchone()
        if still_listed:
            continue
        conn.execute("DELETE FROM blob_chunks WHERE att_id = ?", (att_id,))
        erased += conn.execute("DELETE FROM attachments WHERE att_id = ?", (att_id,)).rowcount
    return erased


def scrub_wal(conn: Connection) -> None:
    """Copy the write-ahead log into the database and truncate it to zero bytes.

    Call outside any transaction after content was redacted: until then the log still
    holds the pages as they were before the redaction.
    """
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()

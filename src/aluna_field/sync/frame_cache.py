"""Ops frames kept deflated in the vault, so an export re-sends unchanged change sets
without reading and compressing their ops again.

A stored frame holds exactly the bytes the exporter would write for the change set's
ops as the vault holds them now: the `cs_frames` triggers (store/migrations.py, v4)
drop it whenever an op of that change set is added or has its body rewritten. It lives
inside the encrypted vault like the ops it copies, and `secure_delete` zeroes it when a
redaction drops it. A filtered bundle uses a stored frame only when every record in it
is one the recipient is entitled to.
"""

from __future__ import annotations

import json
from concurrent.futures import Future
from dataclasses import dataclass, field

from ..store.db import Connection

# Frames wait in memory until the bundle is safely written (a failed export changes
# nothing in the vault); past this many deflated bytes held, the rest is stored by a
# later export. Counted as deflated, which is what is held: counted as ops text, a
# 100,000-note vault (84 MB of frames, 150 MB of text) kept only part of its frames and
# its next export deflated the rest again (3.2 s instead of 0.7 s, issue 18).
MAX_KEPT = 128 * 1024 * 1024


@dataclass(frozen=True)
class StoredFrame:
    ops: int
    rids: frozenset[str]
    attachments: list[str]
    frame: bytes


def load(conn: Connection, cs_id: str) -> StoredFrame | None:
    """The stored frame of cs_id, or None when there is none (or it went stale)."""
    row = conn.execute(
        "SELECT ops, rids, attachments, frame FROM cs_frames WHERE cs_id = ?", (cs_id,)
    ).fetchone()
    if row is None:
        return None
    return StoredFrame(
        int(row[0]), frozenset(json.loads(row[1])), list(json.loads(row[2])), bytes(row[3])
    )


@dataclass
class Keeper:
    """Collects the ops frames an export is compressing, to be stored once the bundle
    is safely written. Only frames holding every op of their change set are given."""

    limit: int = MAX_KEPT
    # (cs_id, ops, rids, attachments, job, size of its ops text)
    _pending: list[tuple[str, int, list[str], list[str], Future[bytes], int]] = field(
        default_factory=list
    )

    def add(
        self,
        cs_id: str,
        ops: int,
        rids: set[str],
        attachments: set[str],
        job: Future[bytes],
        size: int,
    ) -> None:
        """Keep the frame job will deflate (size: its ops text) unless that would hold
        more than `limit` deflated bytes (frames still deflating count as their text)."""
        if self.held() + size > self.limit:
            return
        self._pending.append((cs_id, ops, sorted(rids), sorted(attachments), job, size))

    def held(self) -> int:
        """The bytes the kept frames hold (or will at most: those still deflating)."""
        return sum(
            len(job.result()) if job.done() and job.exception() is None else size
            for *_, job, size in self._pending
        )

    def store(self, conn: Connection) -> int:
        """Write the kept frames; call inside the caller's transaction. Returns how many."""
        rows = [
            (cs_id, ops, json.dumps(rids), json.dumps(atts), job.result())
            for cs_id, ops, rids, atts, job, _size in self._pending
        ]
        self._pending.clear()
        conn.executemany(
            "INSERT OR REPLACE INTO cs_frames (cs_id, ops, rids, attachments, frame)"
            " VALUES (?, ?, ?, ?, ?)",
            rows,
        )
        return len(rows)

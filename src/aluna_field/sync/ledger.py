"""What sync remembers, inside the vault: acks from peers, bundles seen, sequence numbers.

Change sets of one author have contiguous sequence numbers, so "everything of author A
up to seq n" is one number and a device's holdings are a version vector. A peer's acks
are the vector it sent in its last bundle; export sends what lies above it.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..store.db import Connection
from ..store.oplog import meta_get, meta_set

BUNDLE_SEQ_KEY = "sync.bundle_seq"
RECENT_BUNDLES = 256


def held_vector(conn: Connection) -> dict[str, int]:
    """Per author, the highest seq n such that this vault holds change sets 1..n."""
    out: dict[str, int] = {}
    rows = conn.execute("SELECT author, max(seq), count(*) FROM changesets GROUP BY author")
    for author, top, count in rows.fetchall():
        if int(top) == int(count):
            out[str(author)] = int(top)
            continue
        n = 0
        for (seq,) in conn.execute(
            "SELECT seq FROM changesets WHERE author = ? ORDER BY seq", (author,)
        ).fetchall():
            if int(seq) != n + 1:
                break
            n += 1
        if n:
            out[str(author)] = n
    return out


def peer_vector(conn: Connection, peer: str) -> dict[str, int]:
    rows = conn.execute("SELECT author, seq FROM peer_acks WHERE peer = ?", (peer,)).fetchall()
    return {str(a): int(s) for a, s in rows}


def record_peer_vector(conn: Connection, peer: str, vector: dict[str, int]) -> None:
    """Raise the stored acks of peer to vector (acks only ever grow)."""
    for author, seq in vector.items():
        conn.execute(
            "INSERT INTO peer_acks (peer, author, seq) VALUES (?, ?, ?)"
            " ON CONFLICT (peer, author) DO UPDATE SET seq = max(seq, excluded.seq)",
            (peer, author, seq),
        )


def set_peer_mode(conn: Connection, peer: str, mode: str) -> None:
    """Remember whether peer gets everything ("full") or its share ("filtered").

    A peer that was filtered and now gets everything has acked change sets whose ops it
    never received, so its acks are forgotten and the next bundle carries everything.
    """
    row = conn.execute("SELECT mode FROM peers WHERE device_id = ?", (peer,)).fetchone()
    if row is not None and row[0] == "filtered" and mode == "full":
        conn.execute("DELETE FROM peer_acks WHERE peer = ?", (peer,))
    conn.execute(
        "INSERT INTO peers (device_id, mode) VALUES (?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET mode = excluded.mode",
        (peer, mode),
    )


def last_bundle_seq(conn: Connection, sender: str) -> int:
    row = conn.execute(
        "SELECT last_bundle_seq FROM peers WHERE device_id = ?", (sender,)
    ).fetchone()
    return int(row[0]) if row else 0


def is_seen(conn: Connection, bundle_id: str) -> bool:
    row = conn.execute("SELECT 1 FROM seen_bundles WHERE bundle_id = ?", (bundle_id,)).fetchone()
    return row is not None


def heard_from(conn: Connection, device_id: str) -> bool:
    """Whether a bundle from device_id was ever imported here (each carries its acks)."""
    row = conn.execute("SELECT 1 FROM seen_bundles WHERE sender = ? LIMIT 1", (device_id,))
    return row.fetchone() is not None


def record_seen(conn: Connection, bundle_id: str, sender: str, seq: int, now_ms: int) -> None:
    conn.execute(
        "INSERT OR IGNORE INTO seen_bundles (bundle_id, sender, seq, imported_ms)"
        " VALUES (?, ?, ?, ?)",
        (bundle_id, sender, seq, now_ms),
    )
    conn.execute(
        "INSERT INTO peers (device_id, last_bundle_seq) VALUES (?, ?)"
        " ON CONFLICT (device_id) DO UPDATE SET"
        " last_bundle_seq = max(last_bundle_seq, excluded.last_bundle_seq)",
        (sender, seq),
    )


def recent_from(conn: Connection, senders: Iterable[str]) -> list[str]:
    """Ids of the latest bundles imported from any of senders (carried back as acks)."""
    out: list[str] = []
    for sender in sorted(set(senders)):
        rows = conn.execute(
            "SELECT bundle_id FROM seen_bundles WHERE sender = ?"
            " ORDER BY imported_ms DESC, bundle_id LIMIT ?",
            (sender, RECENT_BUNDLES),
        ).fetchall()
        out.extend(str(r[0]) for r in rows)
    return sorted(out)


def next_bundle_seq(conn: Connection) -> int:
    """The sequence number for the next bundle this device writes (call in a transaction)."""
    seq = int(meta_get(conn, BUNDLE_SEQ_KEY) or 0) + 1
    meta_set(conn, BUNDLE_SEQ_KEY, str(seq))
    return seq


def confirmed_records(conn: Connection, peer: str) -> set[str]:
    rows = conn.execute(
        "SELECT rid FROM peer_records WHERE peer = ? AND confirmed = 1", (peer,)
    ).fetchall()
    return {str(r[0]) for r in rows}


def mark_records_sent(conn: Connection, peer: str, rids: Iterable[str], bundle_id: str) -> None:
    for rid in rids:
        conn.execute(
            "INSERT INTO peer_records (peer, rid, bundle_id, confirmed) VALUES (?, ?, ?, 0)"
            " ON CONFLICT (peer, rid) DO UPDATE SET bundle_id = excluded.bundle_id"
            " WHERE confirmed = 0",
            (peer, rid, bundle_id),
        )


def confirm_bundles(conn: Connection, peer: str, bundle_ids: Iterable[str]) -> None:
    """Peer says it imported these bundles: the records sent in them are now held there."""
    for bid in bundle_ids:
        conn.execute(
            "UPDATE peer_records SET confirmed = 1 WHERE peer = ? AND bundle_id = ?",
            (peer, bid),
        )

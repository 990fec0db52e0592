"""Attachments stored inside the encrypted database, in 1 MiB chunks, addressed by SHA-256."""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from .db import Connection

CHUNK = 1024 * 1024
MAX_NAME = 255


@dataclass(frozen=True)
class AttachmentInfo:
    att_id: str
    name: str
    mime: str
    size: int

    def to_json(self) -> dict[str, object]:
        return {"id": self.att_id, "name": self.name, "mime": self.mime, "size": self.size}


def store_stream(conn: Connection, stream: BinaryIO, name: str, mime: str) -> AttachmentInfo:
    """Copy stream into the vault; call inside a transaction. Same bytes → same id.

    A seekable stream (a file) is hashed first and then written once under its final id,
    so memory stays flat however large the file; anything else is staged and renamed.
    """
    if stream.seekable():
        start = stream.tell()
        digest = hashlib.sha256()
        while chunk := stream.read(CHUNK):
            digest.update(chunk)
        stream.seek(start)
        return store_expected(conn, stream, digest.hexdigest(), name, mime)
    return _store_staged(conn, stream, name, mime)


def _store_staged(conn: Connection, stream: BinaryIO, name: str, mime: str) -> AttachmentInfo:
    staging = "tmp-" + secrets.token_hex(16)
    digest = hashlib.sha256()
    size = 0
    idx = 0
    conn.execute(
        "INSERT INTO attachments (att_id, size, mime, name) VALUES (?, 0, ?, ?)",
        (staging, mime, name[:MAX_NAME]),
    )
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        conn.execute(
            "INSERT INTO blob_chunks (att_id, idx, data) VALUES (?, ?, ?)", (staging, idx, chunk)
        )
        idx += 1
    att_id = digest.hexdigest()
    exists = conn.execute("SELECT 1 FROM attachments WHERE att_id = ?", (att_id,)).fetchone()
    if exists:
        conn.execute("DELETE FROM blob_chunks WHERE att_id = ?", (staging,))
        conn.execute("DELETE FROM attachments WHERE att_id = ?", (staging,))
    else:
        # Final row first: the chunks' foreign key must always point at an existing row.
        conn.execute(
            "INSERT INTO attachments (att_id, size, mime, name) VALUES (?, ?, ?, ?)",
            (att_id, size, mime, name[:MAX_NAME]),
        )
        conn.execute("UPDATE blob_chunks SET att_id = ? WHERE att_id = ?", (att_id, staging))
        conn.execute("DELETE FROM attachments WHERE att_id = ?", (staging,))
    return info(conn, att_id) or AttachmentInfo(att_id, name, mime, size)


def store_expected(
    conn: Connection, stream: BinaryIO, att_id: str, name: str, mime: str
) -> AttachmentInfo:
    """Copy stream into the vault under att_id, the SHA-256 it must have (an attachment
    arriving from another device); ValueError if the bytes do not hash to it.

    Call inside a transaction and roll back on ValueError. Unlike store_stream, rows are
    written once under their final id: renaming a staged gigabyte would make SQLite hold
    a statement journal as large as the attachment in memory.
    """
    known = info(conn, att_id)
    digest = hashlib.sha256()
    size = 0
    idx = 0
    if known is None:
        conn.execute(
            "INSERT INTO attachments (att_id, size, mime, name) VALUES (?, 0, ?, ?)",
            (att_id, mime, name[:MAX_NAME]),
        )
    while chunk := stream.read(CHUNK):
        digest.update(chunk)
        size += len(chunk)
        if known is None:
            conn.execute(
                "INSERT INTO blob_chunks (att_id, idx, data) VALUES (?, ?, ?)", (att_id, idx, chunk)
            )
        idx += 1
    if digest.hexdigest() != att_id:
        raise ValueError("attachment bytes do not match their id")
    if known is None:
        conn.execute("UPDATE attachments SET size = ? WHERE att_id = ?", (size, att_id))
    return info(conn, att_id) or AttachmentInfo(att_id, name, mime, size)


def info(conn: Connection, att_id: str) -> AttachmentInfo | None:
    row = conn.execute(
        "SELECT att_id, name, mime, size FROM attachments WHERE att_id = ?", (att_id,)
    ).fetchone()
    return AttachmentInfo(row[0], row[1], row[2], int(row[3])) if row else None


def read_chunks(conn: Connection, att_id: str) -> Iterator[bytes]:
    """The attachment's bytes chunk by chunk, never all in memory at once."""
    count = conn.execute("SELECT count(*) FROM blob_chunks WHERE att_id = ?", (att_id,)).fetchone()[
        0
    ]
    for idx in range(int(count)):
        row = conn.execute(
            "SELECT data FROM blob_chunks WHERE att_id = ? AND idx = ?", (att_id, idx)
        ).fetchone()
        yield bytes(row[0])


def read_all(conn: Connection, att_id: str, limit: int) -> bytes:
    """The whole attachment in memory (for showing an image); ValueError past limit bytes."""
    meta = info(conn, att_id)
    if meta is None:
        raise KeyError(att_id)
    if meta.size > limit:
        raise ValueError("attachment too large to open in memory")
    return b"".join(read_chunks(conn, att_id))

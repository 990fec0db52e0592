"""Reading an attachment into memory to show it inside the app (never to a file)."""

from __future__ import annotations

from ..store import attachments as blobs
from .session import Session

# Photos and scans from a phone fit well under this; anything larger is refused rather
# than held whole in memory.
MAX_IN_MEMORY = 64 * 1024 * 1024


def read_attachment(session: Session, att_id: str, limit: int = MAX_IN_MEMORY) -> bytes:
    """The attachment's bytes; KeyError if unknown, ValueError if larger than limit."""
    return blobs.read_all(session.conn, att_id, limit)

"""Which records an accompanier is entitled to receive (docs/team.md, "Who receives what").

A coordinator receives every record. An accompanier receives:
1. their own records: every record with an op they authored;
2. the accompaniments whose `accompaniers` list holds their device id;
3. the follow-ups whose `record_id` is one of the records in 1 or 2;
4. the records referenced by 1, 2 or 3 (subjects through `subject_ids`, `subject_id`,
   `member_of`; a follow-up's `record_id`).
The rule reads the current state; a record once sent stays with the accompanier even if
they are later taken off the accompaniment (what they saw cannot be unseen), but later
edits stop reaching them.
"""

from __future__ import annotations

import json
from typing import Any

from ..domain import kinds as domain
from ..store.db import Connection


def _fields(conn: Connection, rid: str) -> tuple[str, dict[str, Any]] | None:
    row = conn.execute("SELECT kind, state FROM records WHERE rid = ?", (rid,)).fetchone()
    if row is None:
        return None
    return str(row[0]), dict(json.loads(row[1]).get("fields") or {})


def _refs(kind: str, fields: dict[str, Any]) -> set[str]:
    out: set[str] = set()
    for name in domain.reference_fields(kind):
        value = fields.get(name)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list):
            out.update(v for v in value if isinstance(v, str))
    return out


def entitled_records(conn: Connection, device_id: str) -> set[str]:
    """The ids of every record device_id (an accompanier) may receive."""
    base = {
        str(r[0])
        for r in conn.execute("SELECT DISTINCT rid FROM ops WHERE author = ?", (device_id,))
    }
    for rid, state in conn.execute(
        "SELECT rid, state FROM records WHERE kind = 'accompaniment'"
    ).fetchall():
        fields = json.loads(state).get("fields") or {}
        if device_id in (fields.get("accompaniers") or []):
            base.add(str(rid))
    followups = set()
    for rid, state in conn.execute(
        "SELECT rid, state FROM records WHERE kind = 'follow-up'"
    ).fetchall():
        fields = json.loads(state).get("fields") or {}
        if fields.get("record_id") in base:
            followups.add(str(rid))
    chosen = base | followups
    referenced: set[str] = set()
    for rid in chosen:
        found = _fields(conn, rid)
        if found is not None:
            referenced |= _refs(*found)
    return chosen | referenced

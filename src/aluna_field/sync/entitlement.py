"""Which records an accompanier is entitled to receive (docs/team.md, "Who receives what").

A coordinator receives every record. An accompanier receives:
1. the records they created (the record's first op is theirs);
2. the accompaniments whose `accompaniers` list holds their device id, and the
   activities whose `facilitators` list holds it, except team care;
3. the follow-ups whose `record_id` is one of the records in 1 or 2;
4. the records referenced by 2 or 3 (subjects through `subject_ids`, `subject_id`,
   `member_of`; a follow-up's `record_id`);
5. every definition of a custom field or code (only coordinators write them).

A team-care activity (the team's own containment or supervision) reaches only its
author and the coordinators: no rule but 1 ever admits it, whoever facilitated it or
wrote a follow-up about it, and it names no subject (domain/activity.py) for rule 4
to follow.

Rules 2–4 read every record as the *other* devices wrote it: the receiver's own writes
are left out before the rule looks. Otherwise an ordinary edit would widen what they
get: a follow-up about a collective whose id they read somewhere, their own name added
to an accompaniment, a subject id added to one. A record once sent stays with the
accompanier if they are later taken off the accompaniment (what they saw cannot be
unseen), but later edits stop reaching them, and so do subjects added to it afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ..domain import kinds as domain
from ..domain.taxonomy import ActivityArea
from ..store import oplog
from ..store.db import Connection
from ..store.materialise import materialise
from ..store.ops import Op
from ..store.records import set_fields_of

TEAM_CARE = ActivityArea.TEAM_CARE.value


class _OthersView:
    """Records' fields as every device but one wrote them (computed on demand)."""

    def __init__(self, conn: Connection, device_id: str) -> None:
        self.conn = conn
        self.device_id = device_id
        self.touched = {
            str(r[0])
            for r in conn.execute("SELECT DISTINCT rid FROM ops WHERE author = ?", (device_id,))
        }
        self._cache: dict[str, dict[str, Any] | None] = {}

    def fields(self, rid: str, stored: str | None = None) -> dict[str, Any] | None:
        """The record's fields without the device's writes; None if nothing is left."""
        if rid in self._cache:
            return self._cache[rid]
        found: dict[str, Any] | None
        if rid not in self.touched:
            if stored is None:
                row = self.conn.execute("SELECT state FROM records WHERE rid = ?", (rid,))
                hit = row.fetchone()
                stored = None if hit is None else str(hit[0])
            found = None if stored is None else dict(json.loads(stored).get("fields") or {})
        else:
            ops = [self._neutral(op) for op in oplog.ops_for(self.conn, rid)]
            state = materialise(ops, set_fields_of(ops[0].kind))
            found = None if state.deleted else state.fields
        self._cache[rid] = found
        return found

    def _neutral(self, op: Op) -> Op:
        """The device's own op as a write of nothing: it stays in the causal graph (what
        others wrote after seeing it still supersedes what it saw) but sets no value."""
        if op.author != self.device_id:
            return op
        header = {k: v for k, v in op.header.items() if k != "target"}
        return Op(op.op_id, {**header, "type": "put", "fields": {}}, {})

    def of_kind(self, kind: str) -> Iterable[tuple[str, dict[str, Any]]]:
        rows = self.conn.execute("SELECT rid, state FROM records WHERE kind = ?", (kind,))
        for rid, state in rows.fetchall():
            fields = self.fields(str(rid), str(state))
            if fields is not None:
                yield str(rid), fields


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
    """The ids of every record device_id (an accompanier) may receive.

    Decided from what the other devices wrote; nothing device_id wrote widens it.
    """
    view = _OthersView(conn, device_id)
    created = {
        str(r[0]) for r in conn.execute("SELECT rid FROM records WHERE author = ?", (device_id,))
    }
    assigned = {
        rid
        for rid, fields in view.of_kind("accompaniment")
        if device_id in (fields.get("accompaniers") or [])
    }
    facilitated = {
        rid
        for rid, fields in view.of_kind("activity")
        if device_id in (fields.get("facilitators") or []) and fields.get("area") != TEAM_CARE
    }
    followups = {
        rid
        for rid, fields in view.of_kind("follow-up")
        if fields.get("record_id") in created | assigned | facilitated
    }
    referenced: set[str] = set()
    sources = (("accompaniment", assigned), ("activity", facilitated), ("follow-up", followups))
    for kind, rids in sources:
        for rid in rids:
            fields = view.fields(rid)
            if fields is not None:
                referenced |= _refs(kind, fields)
    # 5. every definition (custom fields and codes): each member's forms need them.
    defined = {str(r[0]) for r in conn.execute("SELECT rid FROM records WHERE kind = 'definition'")}
    return created | assigned | facilitated | followups | referenced | defined

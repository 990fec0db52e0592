"""The conflicts inbox: every record with a conflict, each candidate with its author's
name from the roster and the branch it belongs to.

"Keep this version for the whole record" needs the latest edit of the candidate's
branch (settling with an older op would also roll back that branch's later edits of
other fields), so each candidate carries `head`: the edit head that descends from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..store.errors import RecordNotFound
from ..store.materialise import DELETE_KEY
from ..store.views import RecordView
from . import exchange
from .session import Session

# The pseudo-field that settles a delete-vs-edit conflict (True deletes, False keeps).
DELETE_FIELD = DELETE_KEY


@dataclass(frozen=True)
class Candidate:
    op_id: str
    author: str  # device id
    author_name: str | None  # from the roster; None for a device it does not name
    time_ms: int
    value: Any
    redacted: bool
    head: str  # the op to give keep_version for this candidate's whole version


@dataclass(frozen=True)
class FieldConflict:
    name: str
    candidates: list[Candidate]


@dataclass(frozen=True)
class DeleteConflict:
    """Someone deleted the record while someone else edited it."""

    deleted_by: list[str]  # names (device ids shortened when unknown)
    edited_by: list[str]


@dataclass(frozen=True)
class ConflictRecord:
    rid: str
    kind: str
    fields: dict[str, Any]
    updated_ms: int
    conflicts: list[FieldConflict]
    delete: DeleteConflict | None


def _ancestors(parents: dict[str, list[str]], start: str) -> set[str]:
    seen: set[str] = set()
    todo = [start]
    while todo:
        op = todo.pop()
        if op in seen:
            continue
        seen.add(op)
        todo.extend(parents.get(op, []))
    return seen


def _record(
    view: RecordView, history: list[dict[str, Any]], names: dict[str, str]
) -> ConflictRecord:
    state = view.state
    parents = {str(e["op_id"]): [str(p) for p in e["parents"]] for e in history}
    times = {str(e["op_id"]): int(e["time_ms"]) for e in history}
    lines = {h: _ancestors(parents, h) for h in state.edit_heads}

    def head_of(op_id: str) -> str:
        holding = [h for h, anc in lines.items() if op_id in anc]
        return max(holding, key=lambda h: (times.get(h, 0), h)) if holding else op_id

    conflicts = [
        FieldConflict(
            name,
            [
                Candidate(
                    c.op_id,
                    c.author,
                    names.get(c.author),
                    c.wall,
                    c.value,
                    c.redacted,
                    head_of(c.op_id),
                )
                for c in sorted(cands, key=lambda c: (c.wall, c.op_id))
            ],
        )
        for name, cands in sorted(state.conflicts.items())
    ]
    delete = None
    if state.delete_conflict:
        deletes = [e for e in history if e["type"] == "delete" and e["concurrent"]]
        against = {str(o) for e in deletes for o in e["concurrent_with"]}
        editors = [e for e in history if e["op_id"] in against and e["type"] == "put"]

        def who(entries: list[dict[str, Any]]) -> list[str]:
            ids = dict.fromkeys(str(e["author"]) for e in entries)
            return [names.get(a) or a[:8] for a in ids]

        delete = DeleteConflict(who(deletes), who(editors))
    return ConflictRecord(view.rid, view.kind, state.fields, state.updated_ms, conflicts, delete)


def inbox(session: Session) -> list[ConflictRecord]:
    """Records with a conflict, most recently changed first."""
    names = exchange.author_names(session)
    names.setdefault(session.identity.device_id, session.device.name)
    return [_record(v, session.history(v.rid), names) for v in session.conflicts()]


def one(session: Session, rid: str) -> ConflictRecord | None:
    """The record's conflicts, or None once it has none (or is gone)."""
    try:
        view = session.records.view(rid)
    except RecordNotFound:
        return None
    if not view.state.has_conflict:
        return None
    names = exchange.author_names(session)
    names.setdefault(session.identity.device_id, session.device.name)
    return _record(view, session.history(rid), names)


def count(session: Session) -> int:
    return int(session.records.count()[1])

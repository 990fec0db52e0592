"""An independent check that no write was lost, written apart from the store's own code.

It walks parents with a plain breadth-first search (no bitmasks, no topological order)
and asks, for every write in a record's op set: was it causally superseded? If not,
its value must be what the record shows or one of the conflict's candidates.
"""

from __future__ import annotations

from typing import Any

from aluna_field.store.materialise import RecordState
from aluna_field.store.ops import Op


def ancestors(ops: dict[str, Op], start: str) -> set[str]:
    """Every op reachable from start through parents that are present (start excluded)."""
    seen: set[str] = set()
    todo = list(ops[start].parents)
    while todo:
        oid = todo.pop()
        if oid in seen or oid not in ops:
            continue
        seen.add(oid)
        todo.extend(ops[oid].parents)
    return seen


def lost_writes(ops_list: list[Op], state: RecordState, set_fields: set[str]) -> list[str]:
    """Descriptions of writes that vanished without being superseded (empty: none lost)."""
    ops = {op.op_id: op for op in ops_list}
    anc = {oid: ancestors(ops, oid) for oid in ops}
    redactions = [op for op in ops.values() if op.type == "redact"]
    problems: list[str] = []

    def redacted(op: Op, name: str) -> bool:
        return any(
            r.op_id not in anc[op.op_id] and r.target_field in (None, name) for r in redactions
        )

    puts = [op for op in ops.values() if op.type == "put"]
    for op in puts:
        for name, entry in op.body.items():
            if redacted(op, name):
                continue
            if name in set_fields:
                problems += _lost_elements(op, name, entry, ops, anc, state)
                continue
            superseded = any(
                op.op_id in anc[other.op_id] for other in puts if name in other.header["fields"]
            )
            if superseded:
                continue
            shown = [state.fields.get(name)] + [c.value for c in state.conflicts.get(name, [])]
            if entry["v"] not in shown:
                problems.append(f"{op.op_id[:8]} {name}")
    if state.deleted:
        deletes = [op for op in ops.values() if op.type == "delete"]
        for op in puts:
            if not any(op.op_id in anc[d.op_id] for d in deletes):
                problems.append(f"{op.op_id[:8]} hidden by a delete that had not seen it")
    return problems


def _lost_elements(
    op: Op,
    name: str,
    entry: dict[str, Any],
    ops: dict[str, Op],
    anc: dict[str, set[str]],
    state: RecordState,
) -> list[str]:
    out = []
    for element in entry.get("add", []):
        removed = any(
            op.op_id in anc[other.op_id]
            and element in (other.body.get(name) or {}).get("remove", [])
            for other in ops.values()
        )
        if not removed and element not in (state.fields.get(name) or []):
            out.append(f"{op.op_id[:8]} {name}+{element}")
    return out

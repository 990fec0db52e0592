"""A record's history: every version with its author, and the branches that ran side by side."""

from __future__ import annotations

from typing import Any

from .materialise import Materialised, sort_key


def history_entries(done: Materialised) -> list[dict[str, Any]]:
    """Every op of the record in causal order (parents first, then clock order).

    Each entry names the op, its author, time, type, the fields it wrote with their
    values (redacted ones listed apart), its parents (and those not yet received), and
    the edits it ran concurrently with: the branches a conflict comes from. `head`
    marks the latest edit of each branch.
    """
    graph = done.graph
    edits = [op for op in graph.order if op.type != "redact"]
    heads = set(done.state.edit_heads)
    out = []
    for op in graph.order:
        wall, counter, _ = sort_key(op)
        dropped = done.hidden.get(op.op_id, frozenset())
        values: dict[str, Any] = {}
        redacted: list[str] = []
        for name in op.fields:
            entry = op.body.get(name)
            if entry is None or dropped is None or name in dropped:
                redacted.append(name)
            elif "v" in entry:
                values[name] = entry["v"]
            else:
                values[name] = {"add": entry.get("add", []), "remove": entry.get("remove", [])}
        alongside = (
            [o.op_id for o in edits if graph.concurrent(o, op)] if op.type != "redact" else []
        )
        target = op.target_field if op.type == "redact" else None
        out.append(
            {
                "op_id": op.op_id,
                "author": op.author,
                "time_ms": wall,
                "counter": counter,
                "type": op.type,
                "fields": op.fields,
                "values": values,
                "redacted_fields": redacted,
                "parents": op.parents,
                "missing_parents": [p for p in op.parents if p not in graph.index],
                "concurrent": bool(alongside),
                "concurrent_with": alongside,
                "head": op.op_id in heads,
                "redact_target": ("*" if target is None else target)
                if op.type == "redact"
                else None,
            }
        )
    return out

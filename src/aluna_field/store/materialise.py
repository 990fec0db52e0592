"""What a record looks like, as a pure function of the set of its ops.

Every field is a multi-value register: the writes that no other write of the same
field has seen are its candidates; one distinct value is the value, several are a
conflict. Set fields merge element-wise with add-wins semantics. A delete hides the
record only if it has seen every other edit. Redactions drop the bodies of every op
that had not seen them. The order of ops, batching and duplicates do not matter:
only the causal graph (parents) does; the clock only orders candidates for display.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from typing import Any

from .ops import Op

DELETE_KEY = "_deleted"


@dataclass(frozen=True)
class Candidate:
    """One live write of a field: who wrote it, when, and the value (None if redacted)."""

    op_id: str
    author: str
    wall: int
    value: Any
    redacted: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "op_id": self.op_id,
            "author": self.author,
            "time_ms": self.wall,
            "value": self.value,
            "redacted": self.redacted,
        }


@dataclass
class RecordState:
    rid: str
    kind: str
    fields: dict[str, Any] = field(default_factory=dict)
    conflicts: dict[str, list[Candidate]] = field(default_factory=dict)
    deleted: bool = False
    delete_conflict: bool = False
    incomplete: bool = False
    redacted_fields: list[str] = field(default_factory=list)
    record_redacted: bool = False
    author: str = ""
    last_author: str = ""
    created_ms: int = 0
    updated_ms: int = 0
    heads: list[str] = field(default_factory=list)
    edit_heads: list[str] = field(default_factory=list)

    @property
    def has_conflict(self) -> bool:
        return bool(self.conflicts) or self.delete_conflict


class Graph:
    """The causal graph of one record's ops, with ancestor sets as integer bitmasks."""

    def __init__(self, ops: list[Op]) -> None:
        unique = {op.op_id: op for op in ops}
        self.incomplete = any(p not in unique for op in unique.values() for p in op.parents)
        self.order = _topological(unique)
        self.index = {op.op_id: i for i, op in enumerate(self.order)}
        self.anc: list[int] = []
        for op in self.order:
            mask = 0
            for p in op.parents:
                j = self.index.get(p)
                if j is not None:
                    mask |= self.anc[j] | (1 << j)
            self.anc.append(mask)

    def sees(self, later: Op, earlier: Op) -> bool:
        """True when earlier is a strict ancestor of later."""
        return bool(self.anc[self.index[later.op_id]] >> self.index[earlier.op_id] & 1)

    def maximal(self, ops: list[Op]) -> list[Op]:
        """The ops of the list that no other op of the list has seen."""
        return [a for a in ops if not any(b is not a and self.sees(b, a) for b in ops)]


def _sort_key(op: Op) -> tuple[int, int, str]:
    hlc = op.hlc
    return (hlc.wall, hlc.counter, op.op_id)


def _topological(ops: dict[str, Op]) -> list[Op]:
    """Parents before children; among ready ops, clock order (ties by id) for determinism."""
    children: dict[str, list[str]] = {k: [] for k in ops}
    waiting: dict[str, int] = {}
    for op in ops.values():
        known = [p for p in op.parents if p in ops]
        waiting[op.op_id] = len(known)
        for p in known:
            children[p].append(op.op_id)
    ready = [(_sort_key(op), op.op_id) for op in ops.values() if waiting[op.op_id] == 0]
    heapq.heapify(ready)
    out: list[Op] = []
    while ready:
        _, oid = heapq.heappop(ready)
        out.append(ops[oid])
        for c in children[oid]:
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, (_sort_key(ops[c]), c))
    return out


def _display_order(c: Candidate) -> tuple[int, str]:
    return (-c.wall, c.op_id)


def redacted_pairs(graph: Graph) -> dict[str, set[str] | None]:
    """For each op: the field names whose bodies redactions drop (None: all of them)."""
    redacts = [op for op in graph.order if op.type == "redact"]
    out: dict[str, set[str] | None] = {}
    for op in graph.order:
        if op.type != "put":
            continue
        for r in redacts:
            if graph.sees(op, r):
                continue  # written after seeing the redaction: kept
            target = r.target_field
            current = out.get(op.op_id, set())
            if target is None or current is None:
                out[op.op_id] = None
            else:
                out[op.op_id] = current | {target}
    return out


def materialise(ops: list[Op], set_fields: frozenset[str]) -> RecordState:
    """The record's state from its ops (any order, duplicates allowed)."""
    graph = Graph(ops)
    first = graph.order[0]
    state = RecordState(rid=first.rid, kind=first.kind, incomplete=graph.incomplete)
    dropped = redacted_pairs(graph)
    # An op that arrives after a redaction it had not seen loses its values here too.
    puts = [
        op.without(dropped[op.op_id]) if op.op_id in dropped else op
        for op in graph.order
        if op.type == "put"
    ]
    fields_written = sorted({name for op in puts for name in op.fields})
    for name in fields_written:
        writers = [op for op in puts if name in op.header["fields"]]
        if name in set_fields:
            state.fields[name] = _merge_set(graph, writers, name)
            continue
        live = graph.maximal(writers)
        cands = sorted(
            (
                Candidate(
                    op.op_id,
                    op.author,
                    op.hlc.wall,
                    (op.value(name) or {}).get("v"),
                    name not in op.body,
                )
                for op in live
            ),
            key=_display_order,
        )
        visible = [c for c in cands if not c.redacted]
        if not visible:
            state.redacted_fields.append(name)
            continue
        state.fields[name] = visible[0].value
        if len({_freeze(c.value) for c in visible}) > 1:
            state.conflicts[name] = visible
    edits = [op for op in graph.order if op.type in ("put", "delete")]
    edit_heads = graph.maximal(edits)
    kinds = {op.type for op in edit_heads}
    state.deleted = kinds == {"delete"}
    state.delete_conflict = kinds == {"put", "delete"}
    state.record_redacted = any(
        op.type == "redact" and op.target_field is None for op in graph.order
    )
    state.heads = sorted(op.op_id for op in graph.maximal(graph.order))
    state.edit_heads = sorted(op.op_id for op in edit_heads)
    roots = [op for op in graph.order if op.type == "put"] or graph.order
    state.author = roots[0].author
    latest = max(graph.order, key=_sort_key)
    state.last_author = latest.author
    state.created_ms = roots[0].hlc.wall
    state.updated_ms = latest.hlc.wall
    return state


def _merge_set(graph: Graph, writers: list[Op], name: str) -> list[Any]:
    """Add-wins set: an element stays unless every add of it was seen by a remove of it."""
    adds: dict[Any, list[Op]] = {}
    removes: dict[Any, list[Op]] = {}
    for op in writers:
        entry = op.value(name)
        if entry is None:
            continue
        for e in entry.get("add", []):
            adds.setdefault(_freeze(e), []).append(op)
        for e in entry.get("remove", []):
            removes.setdefault(_freeze(e), []).append(op)
    present = []
    for key, adders in adds.items():
        removers = removes.get(key, [])
        if any(not any(graph.sees(r, a) for r in removers) for a in adders):
            present.append(key)
    return sorted(present, key=str)


def _freeze(value: Any) -> Any:
    """A hashable stand-in for a JSON value (lists and objects become tuples)."""
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def version_at(ops: list[Op], head: str, set_fields: frozenset[str]) -> RecordState:
    """The record as the author of op `head` saw it: materialise head and its ancestors."""
    graph = Graph(ops)
    target = next(op for op in graph.order if op.op_id == head)
    subset = [op for op in graph.order if op is target or graph.sees(target, op)]
    return materialise(subset, set_fields)

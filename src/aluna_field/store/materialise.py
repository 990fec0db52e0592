"""What a record looks like, as a pure function of the set of its ops.

Every field is a multi-value register: the writes that no other write of the same
field has seen are its candidates; one distinct value is the value, several are a
conflict. Set fields merge element-wise with add-wins semantics. A delete hides the
record only if it has seen every other edit. Redactions drop the bodies of every op
that had not seen them. The order of ops, batching and duplicates do not matter:
only the causal graph (parents) does; the clock only orders candidates for display.
The precise rules, and why, are in docs/merge.md.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .ops import Op, binds_record_id

DELETE_KEY = "_deleted"
# Per op: the field names whose bodies a redaction removes; None means every field.
Dropped = frozenset[str] | None


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
        """A delete-vs-edit conflict, or a field conflict on a record that is not deleted
        (a delete that saw both values settled it; a restore brings it back)."""
        return (bool(self.conflicts) and not self.deleted) or self.delete_conflict


def sort_key(op: Op) -> tuple[int, int, str]:
    """Clock order with the op id as tie-break: total, and the same on every device."""
    hlc = op.hlc
    return (hlc.wall, hlc.counter, op.op_id)


class Graph:
    """The causal graph of one record's ops, with ancestor sets as integer bitmasks.

    `anc[i]` has bit j set when op j is a strict ancestor of op i (through parents
    that are present). `complete[i]` is False when some ancestor of op i has not
    arrived: then what op i has seen is not fully known.
    """

    def __init__(self, ops: Iterable[Op]) -> None:
        unique = {op.op_id: op for op in ops}
        self.order = _topological(unique)
        self.index = {op.op_id: i for i, op in enumerate(self.order)}
        self.anc: list[int] = []
        self.complete: list[bool] = []
        for op in self.order:
            mask = 0
            whole = True
            for p in op.parents:
                j = self.index.get(p)
                if j is None:
                    whole = False
                    continue
                mask |= self.anc[j] | (1 << j)
                whole = whole and self.complete[j]
            self.anc.append(mask)
            self.complete.append(whole)
        self.incomplete = not all(self.complete)

    def sees(self, later: Op, earlier: Op) -> bool:
        """True when earlier is a strict ancestor of later."""
        return bool(self.anc[self.index[later.op_id]] >> self.index[earlier.op_id] & 1)

    def concurrent(self, a: Op, b: Op) -> bool:
        """True when neither op has seen the other (and they are not the same op)."""
        return a.op_id != b.op_id and not self.sees(a, b) and not self.sees(b, a)

    def maximal(self, ops: list[Op]) -> list[Op]:
        """The ops of the list that no other op of the list has seen."""
        seen = 0
        for op in ops:
            seen |= self.anc[self.index[op.op_id]]
        return [op for op in ops if not seen >> self.index[op.op_id] & 1]

    def version(self, head: str) -> list[Op]:
        """Op `head` and all its ancestors (KeyError if head is not in the graph)."""
        i = self.index[head]
        mask = self.anc[i]
        return [op for j, op in enumerate(self.order) if j == i or mask >> j & 1]


def _topological(ops: dict[str, Op]) -> list[Op]:
    """Parents before children; among ready ops, clock order (ties by id) for determinism."""
    children: dict[str, list[str]] = {k: [] for k in ops}
    waiting: dict[str, int] = {}
    for op in ops.values():
        known = [p for p in op.parents if p in ops]
        waiting[op.op_id] = len(known)
        for p in known:
            children[p].append(op.op_id)
    ready = [(sort_key(op), op.op_id) for op in ops.values() if waiting[op.op_id] == 0]
    heapq.heapify(ready)
    out: list[Op] = []
    while ready:
        _, oid = heapq.heappop(ready)
        out.append(ops[oid])
        for c in children[oid]:
            waiting[c] -= 1
            if waiting[c] == 0:
                heapq.heappush(ready, (sort_key(ops[c]), c))
    return out


@dataclass(frozen=True)
class Materialised:
    """The state, and the op bodies that may now be erased from disk for good.

    `hidden` is what the state treats as redacted; `erase` is the part of it that is
    decided: the op's whole ancestry is present, so it certainly had not seen the
    redaction. An op with missing ancestors may have seen it through them; its body is
    kept (and hidden) until the history is complete.
    """

    state: RecordState
    graph: Graph
    hidden: dict[str, Dropped]
    erase: dict[str, Dropped]


def _widen(current: Dropped, target: str | None) -> Dropped:
    if current is None or target is None:
        return None
    return current | {target}


def redaction_plan(graph: Graph) -> tuple[dict[str, Dropped], dict[str, Dropped]]:
    """(hidden, erase): per put op, the fields whose bodies redactions drop."""
    redacts = [graph.index[op.op_id] for op in graph.order if op.type == "redact"]
    hidden: dict[str, Dropped] = {}
    erase: dict[str, Dropped] = {}
    if not redacts:
        return hidden, erase
    for i, op in enumerate(graph.order):
        if op.type != "put":
            continue
        for r in redacts:
            if graph.anc[i] >> r & 1:
                continue  # written after seeing the redaction: kept
            target = graph.order[r].target_field
            hidden[op.op_id] = _widen(hidden.get(op.op_id, frozenset()), target)
            if graph.complete[i]:
                erase[op.op_id] = _widen(erase.get(op.op_id, frozenset()), target)
    return hidden, erase


def _visible(op: Op, name: str, hidden: dict[str, Dropped]) -> dict[str, Any] | None:
    """The op's body entry for name, or None when it is absent or redacted."""
    if op.op_id in hidden:
        dropped = hidden[op.op_id]
        if dropped is None or name in dropped:
            return None
    entry = op.body.get(name)
    return entry if isinstance(entry, dict) else None


def creating_op(ops: Iterable[Op]) -> Op | None:
    """The op that fixes the record's kind, author and creation time, if it is present.

    A creating op whose origin derives the record id is proof: only its author could
    have written it (docs/merge.md). Without one (a record made by an earlier version,
    before ids were bound), the earliest put with no parents. None when neither has
    arrived yet. Both rules are functions of the set of ops; ties go to the op id.
    """
    bound: Op | None = None
    legacy: Op | None = None
    for op in ops:
        if op.type != "put" or op.parents:
            continue
        if binds_record_id(op.header):
            if bound is None or sort_key(op) < sort_key(bound):
                bound = op
        elif legacy is None or sort_key(op) < sort_key(legacy):
            legacy = op
    return bound or legacy


def _one_kind(ops: Iterable[Op]) -> Graph:
    """The graph of the ops that share the record's kind: its creating op's (or, until
    that arrives, the first op's in graph order).

    An op naming another kind can only come from a broken or hostile device. Ignoring
    it keeps the result a function of the set, and the creating op decides the kind so
    that an op with an earlier clock, or a root of another kind, cannot change it.
    """
    graph = Graph(ops)
    root = creating_op(graph.order)
    kind = (root or graph.order[0]).kind
    if any(op.kind != kind for op in graph.order):
        graph = Graph(op for op in graph.order if op.kind == kind)
    return graph


def materialise(ops: Iterable[Op], set_fields: frozenset[str]) -> RecordState:
    """The record's state from its ops (any order, duplicates allowed)."""
    return materialise_full(ops, lambda _kind: set_fields).state


def materialise_full(
    ops: Iterable[Op], set_fields_of: Callable[[str], frozenset[str]]
) -> Materialised:
    """The state plus the graph and redaction plan it was computed from.

    `set_fields_of(kind)` names the kind's set-valued fields; the kind is the record's,
    known only once the graph is built.
    """
    graph = _one_kind(ops)
    first = graph.order[0]
    set_fields = set_fields_of(first.kind)
    if len(graph.order) == 1 and first.type == "put" and not first.parents:
        return Materialised(_lone_put(first, set_fields), graph, {}, {})
    return general(graph, set_fields)


def general(graph: Graph, set_fields: frozenset[str]) -> Materialised:
    """materialise_full for any graph (the lone-put shortcut aside)."""
    first = graph.order[0]
    state = RecordState(rid=first.rid, kind=first.kind, incomplete=graph.incomplete)
    hidden, erase = redaction_plan(graph)
    puts = [op for op in graph.order if op.type == "put"]
    writers: dict[str, list[Op]] = {}
    for op in puts:
        for name in op.header["fields"]:
            writers.setdefault(name, []).append(op)
    for name in sorted(writers):
        if name in set_fields:
            state.fields[name] = _merge_set(graph, writers[name], name, hidden)
        else:
            _merge_register(state, graph, writers[name], name, hidden)
    edits = [op for op in graph.order if op.type != "redact"]
    edit_heads = graph.maximal(edits)
    kinds = {op.type for op in edit_heads}
    state.deleted = kinds == {"delete"}
    state.delete_conflict = kinds == {"put", "delete"}
    state.record_redacted = any(
        op.type == "redact" and op.target_field is None for op in graph.order
    )
    state.heads = sorted(op.op_id for op in graph.maximal(graph.order))
    state.edit_heads = sorted(op.op_id for op in edit_heads)
    # Who created the record and when: its creating op; any other op with no parents
    # (only a broken or hostile device writes one) does not change them.
    root = creating_op(puts) or (puts or graph.order)[0]
    state.author = root.author
    state.created_ms = sort_key(root)[0]
    latest = max(graph.order, key=sort_key)
    state.last_author = latest.author
    state.updated_ms = sort_key(latest)[0]
    return Materialised(state, graph, hidden, erase)


def _lone_put(op: Op, set_fields: frozenset[str]) -> RecordState:
    """The state of a record that is one put and nothing else: what most imports and
    every new record are. Same result as the general path (a test compares them), with
    no ordering, maxima or redaction plan to work out."""
    wall = sort_key(op)[0]
    state = RecordState(
        rid=op.rid,
        kind=op.kind,
        author=op.author,
        last_author=op.author,
        created_ms=wall,
        updated_ms=wall,
        heads=[op.op_id],
        edit_heads=[op.op_id],
    )
    for name in sorted(op.header["fields"]):
        entry = op.body.get(name)
        if not isinstance(entry, dict):
            if name not in set_fields:
                state.redacted_fields.append(name)
            else:
                state.fields[name] = []
            continue
        if name in set_fields:
            # A register entry ("v") of a field that is now a set: its list.
            items = _listed(entry.get("v")) if "v" in entry else entry.get("add", [])
            values = {freeze(e): e for e in items}
            state.fields[name] = sorted(values.values(), key=_set_order)
        else:
            state.fields[name] = entry.get("v")
    return state


def _merge_register(
    state: RecordState, graph: Graph, writers: list[Op], name: str, hidden: dict[str, Dropped]
) -> None:
    live = graph.maximal(writers)
    if len(live) == 1:  # the common case: one latest write, nothing to order or compare
        entry = _visible(live[0], name, hidden)
        if entry is None:
            state.redacted_fields.append(name)
        else:
            state.fields[name] = entry.get("v")
        return
    cands = []
    for op in live:
        entry = _visible(op, name, hidden)
        wall, counter, oid = sort_key(op)
        value = entry.get("v") if entry is not None else None
        redacted = entry is None
        cands.append(((-wall, -counter, oid), Candidate(oid, op.author, wall, value, redacted)))
    cands.sort(key=lambda pair: pair[0])
    visible = [c for _, c in cands if not c.redacted]
    if not visible:
        state.redacted_fields.append(name)
        return
    # Newest first: the clock chooses what is displayed on top, never what is kept.
    state.fields[name] = visible[0].value
    if len({freeze(c.value) for c in visible}) > 1:
        state.conflicts[name] = visible


def _merge_set(graph: Graph, writers: list[Op], name: str, hidden: dict[str, Dropped]) -> list[Any]:
    """Add-wins set: an element stays unless every add of it was seen by a remove of it."""
    adds: dict[Any, list[int]] = {}
    removed_by: dict[Any, int] = {}  # union of (remover + its ancestors) per element
    values: dict[Any, Any] = {}
    for op in writers:
        entry = _visible(op, name, hidden)
        if entry is None:
            continue
        i = graph.index[op.op_id]
        if "v" in entry:
            # Written whole, before the field merged item by item (schema 1): the list
            # it holds is added, and what its ancestors had added and it left out is
            # removed, exactly what that register write meant.
            entry = _as_delta(entry, graph.anc[i], adds, values)
        for e in entry.get("add", []):
            key = freeze(e)
            values[key] = e
            adds.setdefault(key, []).append(i)
        for e in entry.get("remove", []):
            key = freeze(e)
            removed_by[key] = removed_by.get(key, 0) | graph.anc[i]
    present = [
        values[key]
        for key, adders in adds.items()
        if any(not removed_by.get(key, 0) >> i & 1 for i in adders)
    ]
    return sorted(present, key=_set_order)


def _listed(value: Any) -> list[Any]:
    """A register value read as a set's elements: a list as it is; a single value (a
    schema-2 crisis note's one perpetrator) as a set of one; nothing as the empty set."""
    if isinstance(value, list):
        return value
    return [] if value is None or value == "" else [value]


def _as_delta(
    entry: dict[str, Any], ancestors: int, adds: dict[Any, list[int]], values: dict[Any, Any]
) -> dict[str, Any]:
    """A register entry of a list field read as a set delta (add it, remove the rest)."""
    listed = _listed(entry.get("v"))
    kept = {freeze(e) for e in listed}
    earlier = [
        values[key]
        for key, adders in adds.items()
        if key not in kept and any(ancestors >> j & 1 for j in adders)
    ]
    return {"add": list(listed), "remove": earlier}


def _set_order(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def freeze(value: Any) -> Any:
    """A hashable stand-in for a JSON value (lists and objects become tuples)."""
    if isinstance(value, dict):
        return ("{}", tuple(sorted((k, freeze(v)) for k, v in value.items())))
    if isinstance(value, list):
        return ("[]", tuple(freeze(v) for v in value))
    if isinstance(value, bool):
        return ("bool", value)  # True == 1 in Python, not in JSON
    return value


def version_at(ops: list[Op], head: str, set_fields: frozenset[str]) -> RecordState:
    """The record as the author of op `head` saw it: materialise head and its ancestors.

    KeyError when head is not one of the ops.
    """
    return materialise(_one_kind(ops).version(head), set_fields)

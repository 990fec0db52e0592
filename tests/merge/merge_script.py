"""Scripts of edits, deletes, partial syncs and clock skew over several devices.

A script creates two records, then plays rounds: in each round every device takes one
action offline, then some devices send ops to others (all they lack, or a random part
of it: histories arrive with gaps). Actions that do not apply where they land (editing
a record the device has not received, restoring one that is not deleted) are skipped,
as a person could not take them either.
"""

from __future__ import annotations

import random
from typing import Any

from hypothesis import strategies as st
from merge_devices import NOTE, Device, missing_ops, transfer

from aluna_field.domain.kinds import RecordInvalid
from aluna_field.store.errors import RecordNotFound
from aluna_field.store.resolution import ResolveRefused

DEVICES = 4
VALUES: dict[str, list[str]] = {
    "narrative": ["Relato ficticio A.", "Relato ficticio B.", "Relato ficticio C."],
    "urgency": ["low", "high", "critical"],
    "agreements": ["Acuerdo ficticio uno.", "Acuerdo ficticio dos.", ""],
}
ELEMENTS = ["grounding", "grounding", "safety_planning"]
SKEWS = [1, 1_000, 60_000, -3_600_000, 25 * 3_600_000]

_dev = st.integers(0, DEVICES - 1)
_slot = st.sampled_from([0, 0, 0, 1])  # mostly the same record, so that edits meet
_choice = st.integers(0, 2)
# What one device does in a round, before devices exchange ops. Weights: hypothesis
# merges identical branches of one_of, so the action's name is drawn first.
_ACTIONS = {
    "edit": (5, st.tuples(_slot, st.sampled_from(sorted(VALUES)), _choice)),
    "toggle": (3, st.tuples(_slot, st.sampled_from(ELEMENTS))),
    "resolve": (2, st.tuples(_slot, _choice)),
    "delete": (1, st.tuples(_slot)),
    "restore": (1, st.tuples(_slot)),
    "skew": (1, st.tuples(st.sampled_from(SKEWS))),
    "redact": (1, st.tuples(_slot, st.sampled_from([None, "narrative"]))),
    "idle": (1, st.tuples()),
}
ACTION = st.sampled_from([n for n, (w, _) in _ACTIONS.items() for _ in range(w)]).flatmap(
    lambda name: _ACTIONS[name][1].map(lambda args: (name, *args))
)
# (src, dst, None) sends everything dst lacks; an int seeds a random part of it, in
# batches, so histories arrive with gaps.
SYNC = st.tuples(_dev, _dev, st.none() | st.integers(0, 2**32 - 1))
ROUND = st.tuples(st.lists(ACTION, min_size=DEVICES, max_size=DEVICES), st.lists(SYNC, max_size=4))
# Two records created (on any devices) and, usually, shared before the rounds start.
START = st.tuples(_dev, _dev, st.sampled_from([True, True, True, False]))
SCRIPT = st.tuples(START, st.lists(ROUND, min_size=2, max_size=8))
Script = tuple[tuple[int, int, bool], list[tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]]]


def run_script(devices: list[Device], script: Script) -> dict[int, str]:
    """Play the script; returns the record id created for each slot."""
    (first, second, share), rounds = script
    rids = {
        0: devices[first].store.create("crisis-note", dict(NOTE)),
        1: devices[second].store.create("crisis-note", dict(NOTE)),
    }
    if share:
        for src in (devices[first], devices[second]):
            for dst in devices:
                _sync_step(src, dst, None)
    for actions, syncs in rounds:
        for device, action in zip(devices, actions, strict=True):
            device.clock.advance(1_000)
            _act(device, device is devices[0], rids, action)
        for src, dst, seed in syncs:
            _sync_step(devices[src], devices[dst], seed)
    return rids


def _act(device: Device, coordinator: bool, rids: dict[int, str], action: tuple[Any, ...]) -> None:
    name = action[0]
    if name == "skew":
        device.clock.advance(action[1])
        return
    if name == "idle" or (name == "redact" and not coordinator):
        return
    rid = rids[action[1]]
    store = device.store
    try:
        if name == "edit":
            store.edit(rid, {action[2]: VALUES[action[2]][action[3]]})
        elif name == "toggle":
            current = list(store.state(rid).fields.get("interventions") or [])
            flipped = set(current) ^ {action[2]}
            store.edit(rid, {"interventions": sorted(flipped)})
        elif name == "resolve":
            _resolve(device, rid, action[2])
        elif name == "delete":
            store.delete(rid)
        elif name == "restore":
            store.restore(rid)
        elif name == "redact":
            store.redact(rid, action[2])
    except (RecordNotFound, RecordInvalid, ResolveRefused):
        pass  # not possible on this device now (not received, deleted...): skipped


def _resolve(device: Device, rid: str, choice: int) -> None:
    state = device.store.state(rid)
    if state.conflicts:
        name = sorted(state.conflicts)[0]
        cands = state.conflicts[name]
        device.store.resolve(rid, name, cands[choice % len(cands)].value)
    elif state.delete_conflict:
        device.store.resolve(rid, "_deleted", choice == 0)
    elif state.edit_heads and choice == 2:
        device.store.keep_version(rid, state.edit_heads[0])


def _sync_step(src: Device, dst: Device, seed: int | None) -> None:
    if src is dst:
        return
    ops = missing_ops(src.store, dst.store)
    if seed is None:
        transfer(src.store, dst.store, ops)
        return
    rng = random.Random(seed)
    part = [op for op in ops if rng.random() < 0.5]
    if part:
        transfer(src.store, dst.store, part, batches=rng.randint(1, 3))


def ring_sync(devices: list[Device], rounds: int = 2) -> None:
    """Each device sends everything to the next, round the ring."""
    for _ in range(rounds):
        for i, d in enumerate(devices):
            transfer(d.store, devices[(i + 1) % len(devices)].store)

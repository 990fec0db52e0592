"""Property tests of merge on real SQLCipher vaults: 4 devices, random scripts.

Checked on every example: incremental state equals a rebuild; no write that was not
causally superseded disappears; ring sync converges; re-import changes nothing; and any
import order, batching and duplication of the ops gives the same state.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from merge_devices import Device, all_ops, close_all, make_devices, shuffled_batches, snapshot
from merge_devices import transfer as send
from merge_oracle import lost_writes
from merge_script import DEVICES, SCRIPT, VALUES, Script, ring_sync, run_script

from aluna_field.domain.kinds import set_fields
from aluna_field.store.ops import binds_record_id

PROPERTY_SETTINGS = settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SETS = set(set_fields("crisis-note")) | {"attachments"}


@pytest.fixture(scope="module")
def devices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Device]]:
    """Four devices and an observer vault, reset before each example."""
    made = make_devices(tmp_path_factory.mktemp("merge-props"), DEVICES + 1)
    yield made
    close_all(made)


def _assert_rebuild_equal(device: Device) -> None:
    before = snapshot(device.store)
    device.store.rebuild()
    assert snapshot(device.store) == before


def _assert_nothing_lost(device: Device) -> None:
    for (rid,) in device.conn.execute("SELECT rid FROM records").fetchall():
        problems = lost_writes(device.store.ops(rid), device.store.state(rid), SETS)
        assert problems == []


@PROPERTY_SETTINGS
@given(script=SCRIPT, order_seed=st.integers(0, 2**32 - 1), repeats=st.integers(0, 8))
def test_merge_is_set_union(
    devices: list[Device], script: Script, order_seed: int, repeats: int
) -> None:
    for d in devices:
        d.reset()
    team, observer = devices[:DEVICES], devices[DEVICES]
    run_script(team, script)
    for d in team:  # mid-way: partial syncs, gaps in history, skewed clocks
        _assert_rebuild_equal(d)
        _assert_nothing_lost(d)

    ring_sync(team)
    states = [snapshot(d.store) for d in team]
    event(f"conflicts after sync: {sum(row[2] for row in states[0].values())}")
    event(f"ops: {len(all_ops(team[0].store)) // 5 * 5}+")
    assert all(s == states[0] for s in states)
    assert all(not row[3] for row in states[0].values())  # no history left incomplete
    _assert_nothing_lost(team[0])

    result = send(team[0].store, team[1].store, all_ops(team[0].store))
    assert result.new_ops == 0 and not result.changed_records
    assert snapshot(team[1].store) == states[0]

    ops = all_ops(team[0].store)
    # every record the scripts create is bound to its creator, and only creating ops are roots
    roots = [op for op in ops if not op.parents]
    assert len(roots) == len(states[0]) and all(binds_record_id(op.header) for op in roots)
    for batch in shuffled_batches(ops, random.Random(order_seed), repeats):
        send(team[0].store, observer.store, batch)
    assert snapshot(observer.store) == states[0]
    _assert_rebuild_equal(observer)


def test_scripts_reach_conflicts(devices: list[Device]) -> None:
    """The scripts' actions do meet: a fixed script gives a conflict the oracle accepts."""
    for d in devices:
        d.reset()
    team = devices[:DEVICES]
    edit_a, edit_b = ("edit", 0, "narrative", 1), ("edit", 0, "narrative", 2)
    idle = ("idle",)
    script: Script = ((0, 1, True), [([edit_a, edit_b, idle, idle], [(1, 0, None)])])
    rids = run_script(team, script)
    state = team[0].store.state(rids[0])
    assert sorted(c.value for c in state.conflicts["narrative"]) == sorted(
        [VALUES["narrative"][1], VALUES["narrative"][2]]
    )
    _assert_nothing_lost(team[0])

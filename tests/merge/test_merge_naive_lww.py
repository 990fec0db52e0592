"""The property search must defeat a naive last-writer-wins merge.

`NaiveLwwStore` is the real store with one change: a field shows the write with the
newest clock and a record is deleted when its newest op is a delete, as many sync tools
do. The same scripts and the same "no write lost" oracle as the property tests must
find a counterexample, so the test is a strict xfail: if the search ever stopped
finding one, the suite would fail and tell us the property tests lost their teeth.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from merge_devices import Device, close_all, make_devices
from merge_oracle import lost_writes
from merge_script import DEVICES, SCRIPT, Script, ring_sync, run_script

from aluna_field.domain.kinds import set_fields
from aluna_field.store.materialise import Materialised, materialise_full, sort_key
from aluna_field.store.ops import Op
from aluna_field.store.records import RecordStore, set_fields_of

SETS = set(set_fields("crisis-note")) | {"attachments"}


class NaiveLwwStore(RecordStore):
    """Registers and deletes decided by the newest clock alone."""

    def _materialise(self, ops: list[Op]) -> Materialised:
        done = materialise_full(ops, set_fields_of)
        state = done.state
        state.conflicts = {}
        newest = sorted(ops, key=sort_key)
        for op in newest:
            if op.type != "put":
                continue
            for name, entry in op.body.items():
                if "v" in entry:
                    state.fields[name] = entry["v"]
        edits = [op for op in newest if op.type != "redact"]
        state.deleted = edits[-1].type == "delete"
        state.delete_conflict = False
        return done


@pytest.fixture(scope="module")
def naive_devices(tmp_path_factory: pytest.TempPathFactory) -> Iterator[list[Device]]:
    made = make_devices(tmp_path_factory.mktemp("naive"), DEVICES, NaiveLwwStore)
    yield made
    close_all(made)


@pytest.mark.xfail(strict=True, raises=AssertionError, reason="last writer wins loses edits")
@settings(
    max_examples=200,
    deadline=None,
    database=None,
    derandomize=True,
    phases=[Phase.explicit, Phase.generate],
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(script=SCRIPT)
def test_naive_last_writer_wins_loses_writes(naive_devices: list[Device], script: Script) -> None:
    for d in naive_devices:
        d.reset()
    run_script(naive_devices, script)
    ring_sync(naive_devices)
    store = naive_devices[0].store
    for (rid,) in store.conn.execute("SELECT rid FROM records").fetchall():
        assert lost_writes(store.ops(rid), store.state(rid), SETS) == []

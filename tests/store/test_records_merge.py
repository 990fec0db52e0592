"""RecordStore merge details on real vaults: gaps in history, clocks from the future,
copies without bodies, foreign kinds, settling refusals, history entries."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The multi-vault helpers live with the merge tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))

from merge_devices import NOTE, Device, all_ops, devices_for, fork, make_devices, snapshot, transfer

from aluna_field.store.db import transaction
from aluna_field.store.errors import RecordNotFound
from aluna_field.store.hlc import MAX_FUTURE_MS
from aluna_field.store.materialise import materialise
from aluna_field.store.ops import Op, make_op
from aluna_field.store.records import set_fields_of
from aluna_field.store.resolution import ResolveRefused

TEXT_A = "Texto ficticio A."
TEXT_B = "Texto ficticio B."


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Device]]:
    yield from devices_for(tmp_path, 3)


def _conflicted(trio: list[Device]) -> str:
    """A note whose narrative Ana and Beto changed apart, merged at the coordinator."""
    return fork(*trio, {"narrative": TEXT_A}, {"narrative": TEXT_B})


def test_missing_parents_flag_incomplete_history_until_they_arrive(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    ana.store.edit(rid, {"narrative": TEXT_A})
    ana.store.edit(rid, {"urgency": "critical"})
    first, middle, last = ana.store.history(rid)

    result = transfer(
        ana.store, coord.store, [o for o in all_ops(ana.store) if o.op_id == last["op_id"]]
    )
    assert result.incomplete_records == {rid} and result.new_records == {rid}
    view = coord.store.view(rid).to_json()
    assert view["incomplete_history"] is True and view["urgency"] == "critical"
    history = coord.store.history(rid)
    assert history[0]["missing_parents"] == [middle["op_id"]]

    result = transfer(ana.store, coord.store)
    assert result.incomplete_records == set() and rid in result.changed_records
    assert coord.store.view(rid).to_json()["incomplete_history"] is False
    assert snapshot(coord.store) == snapshot(ana.store)
    assert first["missing_parents"] == []


def test_a_clock_more_than_a_day_ahead_is_kept_but_not_adopted(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, coord.store)
    ana.clock.advance(MAX_FUTURE_MS + 3_600_000)
    ana.store.edit(rid, {"narrative": TEXT_A})
    result = transfer(ana.store, coord.store)
    assert result.future_clock and result.future_ops == 1
    assert coord.store.state(rid).fields["narrative"] == TEXT_A  # kept and shown
    coord.store.edit(rid, {"urgency": "low"})
    mine = coord.store.history(rid)[-1]
    assert mine["author"] == coord.device_id and mine["time_ms"] < ana.clock.ms


def test_a_clock_less_than_a_day_ahead_is_adopted(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    ana.clock.advance(MAX_FUTURE_MS - 3_600_000)
    ana.store.edit(rid, {"narrative": TEXT_A})
    result = transfer(ana.store, coord.store)
    assert not result.future_clock and result.future_ops == 0
    coord.store.edit(rid, {"urgency": "low"})
    assert coord.store.history(rid)[-1]["time_ms"] >= ana.clock.ms


def test_a_copy_without_body_is_completed_by_a_later_copy(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    ana.store.edit(rid, {"narrative": TEXT_A})
    ops = all_ops(ana.store)
    transfer(ana.store, coord.store, [Op(o.op_id, o.header, {}) for o in ops])
    state = coord.store.state(rid)
    assert "narrative" in state.redacted_fields and "narrative" not in state.fields
    result = transfer(ana.store, coord.store, ops)
    assert result.new_ops == 0 and result.changed_records == {rid}
    assert snapshot(coord.store) == snapshot(ana.store)


def test_an_op_naming_another_kind_is_ignored(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, coord.store)
    before = snapshot(coord.store)
    stray = make_op(
        rid=rid,
        kind="subject",
        author=ana.device_id,
        hlc=ana.store.clock.tick(),
        parents=ana.store.state(rid).heads,
        op_type="put",
        values={"alias": "Alias Ficticio"},
    )
    with transaction(coord.conn):
        result = coord.store.ingest([], [stray])
    assert result.new_ops == 1
    assert snapshot(coord.store) == before


def test_materialise_ignores_order_and_repeats(trio: list[Device]) -> None:
    rid = _conflicted(trio)
    ops = trio[0].store.ops(rid)
    sets = set_fields_of("crisis-note")
    once = materialise(ops, sets)
    assert materialise(list(reversed(ops)) + ops[:2], sets) == once
    assert sorted(c.value for c in once.conflicts["narrative"]) == [TEXT_A, TEXT_B]


def test_equal_concurrent_values_are_not_a_conflict(trio: list[Device]) -> None:
    coord = trio[0]
    rid = fork(*trio, {"narrative": TEXT_A}, {"narrative": TEXT_A})
    state = coord.store.state(rid)
    assert not state.has_conflict and state.fields["narrative"] == TEXT_A


def test_show_lists_each_candidate_value_once(trio: list[Device], tmp_path: Path) -> None:
    rid = _conflicted(trio)
    coord, ana, _ = trio
    extra = make_devices(tmp_path / "more", 1)[0]
    try:
        transfer(ana.store, extra.store, [o for o in all_ops(ana.store) if not o.parents])
        extra.store.edit(rid, {"narrative": TEXT_B})  # the same words as Beto, apart
        transfer(extra.store, coord.store)
    finally:
        extra.session.close()
    assert len(coord.store.state(rid).conflicts["narrative"]) == 3
    assert sorted(coord.store.view(rid).to_json()["conflicts"]["narrative"]) == [TEXT_A, TEXT_B]


def test_resolve_refuses_what_does_not_apply(trio: list[Device]) -> None:
    rid = _conflicted(trio)
    store = trio[0].store
    count = len(store.ops(rid))
    with pytest.raises(ResolveRefused) as info:
        store.resolve(rid, "urgency", "low")
    assert (info.value.reason, info.value.name) == ("no_conflict", "urgency")
    with pytest.raises(ResolveRefused) as info:
        store.resolve(rid, "_deleted", True)
    assert info.value.reason == "no_conflict"
    with pytest.raises(ResolveRefused) as info:
        store.keep_version(rid, "0" * 64)
    assert info.value.reason == "no_such_version"
    with pytest.raises(ResolveRefused) as info:
        store.restore(rid)
    assert info.value.reason == "not_deleted"
    assert len(store.ops(rid)) == count


def test_deleted_takes_a_boolean(trio: list[Device]) -> None:
    coord = trio[0]
    rid = fork(*trio, None, {"narrative": TEXT_B})
    with pytest.raises(ResolveRefused) as info:
        coord.store.resolve(rid, "_deleted", "yes")
    assert info.value.reason == "not_boolean"
    coord.store.resolve(rid, "_deleted", True)
    assert coord.store.state(rid).deleted


def test_keep_version_leaves_what_the_version_cannot_decide(trio: list[Device]) -> None:
    rid = _conflicted(trio)
    store = trio[0].store
    root = store.history(rid)[0]["op_id"]  # older than the split: neither candidate
    count = len(store.ops(rid))
    assert store.keep_version(rid, root) == ["narrative"]
    assert len(store.ops(rid)) == count and store.state(rid).has_conflict


def test_keep_version_of_a_delete_branch_deletes(trio: list[Device]) -> None:
    coord = trio[0]
    rid = fork(*trio, None, {"narrative": TEXT_B})
    delete_op = next(h["op_id"] for h in coord.store.history(rid) if h["type"] == "delete")
    assert coord.store.keep_version(rid, delete_op) == []
    state = coord.store.state(rid)
    assert state.deleted and not state.has_conflict


def test_history_marks_branches_heads_and_values(trio: list[Device]) -> None:
    rid = _conflicted(trio)
    coord, ana, beto = trio
    history = coord.store.history(rid)
    assert [h["type"] for h in history] == ["put", "put", "put"]
    root, *branches = history
    assert not root["concurrent"] and not root["head"]
    assert all(h["concurrent"] and h["head"] for h in branches)
    assert {h["author"] for h in branches} == {ana.device_id, beto.device_id}
    assert branches[0]["concurrent_with"] == [branches[1]["op_id"]]
    assert {h["values"]["narrative"] for h in branches} == {TEXT_A, TEXT_B}
    assert root["values"]["subject_ids"] == {"add": NOTE["subject_ids"], "remove": []}


def test_concurrent_attachments_both_stay(trio: list[Device], tmp_path: Path) -> None:
    coord, ana, beto = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, beto.store)
    with open(tmp_path / "a.txt", "wb+") as fh:
        fh.write(b"archivo ficticio A")
        fh.seek(0)
        a = ana.store.attach(rid, fh, "a.txt", "text/plain")
    with open(tmp_path / "b.txt", "wb+") as fh:
        fh.write(b"archivo ficticio B")
        fh.seek(0)
        b = beto.store.attach(rid, fh, "b.txt", "text/plain")
    transfer(ana.store, coord.store)
    transfer(beto.store, coord.store)
    assert coord.store.state(rid).fields["attachments"] == sorted([a.att_id, b.att_id])


def test_a_delete_that_saw_a_conflict_settles_it_until_restored(trio: list[Device]) -> None:
    coord = trio[0]
    rid = _conflicted(trio)
    coord.store.delete(rid)
    assert coord.store.conflicted() == [] and coord.store.count() == (0, 0)
    with pytest.raises(RecordNotFound):
        coord.store.resolve(rid, "narrative", TEXT_A)
    coord.store.restore(rid)
    assert sorted(c.value for c in coord.store.state(rid).conflicts["narrative"]) == [
        TEXT_A,
        TEXT_B,
    ]
    assert [v.rid for v in coord.store.conflicted()] == [rid]

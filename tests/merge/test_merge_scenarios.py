"""Field stories, end to end on real vaults, through the CLI where a coordinator would type.

Ana and Beto are accompaniers, the coordinator merges; every name and text is made up.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_devices import NOTE, Device, devices_for, fork, transfer

ANA_TEXT = "Ana: la colectiva ficticia recibió una llamada anónima."
BETO_TEXT = "Beto: la colectiva ficticia recibió dos llamadas y un mensaje."
MERGED = "Llamada anónima y mensaje (versión acordada, ficticia)."


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Device]]:
    """coordinator, Ana, Beto."""
    yield from devices_for(tmp_path, 3)


def _share(src: Device, *dsts: Device) -> None:
    for dst in dsts:
        transfer(src.store, dst.store)


def _json(device: Device, *argv: str) -> object:
    code, out, err = device.cli(*argv, "--json")
    assert code == 0, err
    return json.loads(out)


def test_two_accompaniers_edit_offline_then_the_coordinator_settles(team: list[Device]) -> None:
    coord, ana, beto = team
    rid = ana.store.create("crisis-note", dict(NOTE))
    _share(ana, coord, beto)
    ana.store.edit(rid, {"narrative": ANA_TEXT})  # both offline
    beto.store.edit(rid, {"narrative": BETO_TEXT, "urgency": "high"})
    _share(ana, coord)
    _share(beto, coord)

    shown = _json(coord, "show", rid)
    assert isinstance(shown, dict)
    assert sorted(shown["conflicts"]["narrative"]) == sorted([ANA_TEXT, BETO_TEXT])
    assert shown["urgency"] == "high"  # Beto's change nobody disputed is simply merged
    listed = _json(coord, "list")
    assert isinstance(listed, list) and listed[0]["conflicts"] == shown["conflicts"]
    conflicts = _json(coord, "conflicts")
    assert isinstance(conflicts, list) and [c["id"] for c in conflicts] == [rid]
    cands = conflicts[0]["fields"]["narrative"]
    assert {c["author"] for c in cands} == {ana.device_id, beto.device_id}
    assert coord.cli("search", "mensaje")[1].startswith(rid)  # both texts are searchable
    assert coord.cli("search", "anónima")[1].startswith(rid)

    code, _, err = coord.cli("resolve", rid, "narrative", "--value", json.dumps(MERGED))
    assert code == 0 and "narrative" in err
    assert _json(coord, "conflicts") == []
    _share(coord, ana, beto)
    for device in team:
        state = device.store.state(rid)
        assert state.conflicts == {} and state.fields["narrative"] == MERGED
        assert state.fields["urgency"] == "high"
    history = _json(ana, "history", rid)
    assert isinstance(history, list)
    branches = [h for h in history if h["concurrent"]]
    assert {h["author"] for h in branches} == {ana.device_id, beto.device_id}
    assert {h["values"]["narrative"] for h in branches} == {ANA_TEXT, BETO_TEXT}
    last = history[-1]
    assert last["author"] == coord.device_id and last["head"] and not last["concurrent"]
    assert set(last["parents"]) == {h["op_id"] for h in branches}


def test_keep_one_version_for_the_whole_record(team: list[Device]) -> None:
    coord = team[0]
    rid = fork(
        *team,
        {"narrative": ANA_TEXT, "urgency": "low"},
        {"narrative": BETO_TEXT, "urgency": "critical"},
    )
    conflicts = _json(coord, "conflicts")
    assert isinstance(conflicts, list)
    assert sorted(conflicts[0]["fields"]) == ["narrative", "urgency"]
    beto_head = next(
        c["op_id"] for c in conflicts[0]["fields"]["narrative"] if c["value"] == BETO_TEXT
    )

    code, _, err = coord.cli("resolve", rid, "--keep-version", beto_head)
    assert code == 0, err
    state = coord.store.state(rid)
    assert state.conflicts == {}
    assert (state.fields["narrative"], state.fields["urgency"]) == (BETO_TEXT, "critical")
    assert len(coord.store.history(rid)) == 4  # one edit settled both fields


def test_delete_against_edit_is_a_conflict_not_a_loss(team: list[Device]) -> None:
    coord, ana, beto = team
    rid = fork(coord, ana, beto, None, {"narrative": BETO_TEXT})

    shown = _json(coord, "show", rid)
    assert isinstance(shown, dict)
    assert shown["conflicts"] == {"_deleted": [True, False]}
    assert shown["narrative"] == BETO_TEXT
    code, _, err = coord.cli("resolve", rid, "_deleted", "--value", "false")
    assert code == 0, err
    _share(coord, ana, beto)
    for device in team:
        state = device.store.state(rid)
        assert not state.deleted and not state.has_conflict
        assert state.fields["narrative"] == BETO_TEXT


def test_a_delete_that_saw_every_edit_is_gone_everywhere(team: list[Device]) -> None:
    coord, ana, beto = team
    rid = ana.store.create("crisis-note", dict(NOTE))
    _share(ana, coord, beto)
    beto.store.edit(rid, {"narrative": BETO_TEXT})
    _share(beto, ana)
    ana.store.delete(rid)  # Ana had seen Beto's edit
    _share(ana, coord, beto)
    _share(beto, coord)
    for device in team:
        assert device.store.state(rid).deleted
        assert device.store.list_views() == []
        assert device.store.search("llamadas") == []
    code, _, _ = coord.cli("show", rid)
    assert code == 4
    assert _json(coord, "conflicts") == []

    code, _, err = coord.cli("restore", rid)  # a mistake can still be undone
    assert code == 0, err
    _share(coord, ana)
    assert ana.store.state(rid).fields["narrative"] == BETO_TEXT


def test_sets_merge_element_by_element(team: list[Device]) -> None:
    coord, ana, beto = team
    rid = ana.store.create("crisis-note", {**NOTE, "interventions": ["grounding"]})
    _share(ana, coord, beto)
    ana.store.edit(rid, {"interventions": ["grounding", "psychoeducation"]})
    beto.store.edit(rid, {"interventions": []})  # removes only the grounding Beto saw
    beto.store.edit(rid, {"interventions": ["psychoeducation"]})  # and adds it himself
    _share(ana, coord)
    _share(beto, coord)
    assert coord.store.state(rid).fields["interventions"] == ["psychoeducation"]

    _share(coord, ana, beto)  # everyone holds ["psychoeducation"]
    ana.store.edit(rid, {"interventions": ["psychoeducation", "safety_planning"]})
    beto.store.edit(rid, {"interventions": []})  # never saw safety_planning
    _share(ana, coord)
    _share(beto, coord)
    state = coord.store.state(rid)
    assert state.fields["interventions"] == ["safety_planning"]
    assert not state.has_conflict

    _share(coord, ana, beto)  # everyone holds ["safety_planning"]
    beto.store.edit(rid, {"interventions": []})
    ana.store.edit(rid, {"interventions": []})
    ana.store.edit(rid, {"interventions": ["safety_planning"]})  # added again, concurrently
    _share(beto, coord)
    _share(ana, coord)
    assert coord.store.state(rid).fields["interventions"] == ["safety_planning"]

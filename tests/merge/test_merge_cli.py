"""The merge commands' refusals: a translated message, the contract's exit code, and a
vault left exactly as it was."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from merge_devices import NOTE, Device, devices_for, dump, fork, transfer

TEXT_A = "Versión ficticia A."
TEXT_B = "Versión ficticia B."


@pytest.fixture
def team(tmp_path: Path) -> Iterator[list[Device]]:
    """coordinator, Ana, Beto."""
    yield from devices_for(tmp_path, 3)


@pytest.fixture
def conflicted(team: list[Device]) -> str:
    return fork(*team, {"narrative": TEXT_A}, {"narrative": TEXT_B})


def _refused(device: Device, *argv: str, lang: str = "en") -> tuple[int, str]:
    """Run a command that must be refused; returns (exit code, message) and checks that
    nothing in the vault changed and nothing was printed on stdout."""
    before = dump(device.conn)
    code, out, err = device.cli("--lang", lang, *argv)
    assert out == "" and code != 0
    assert dump(device.conn) == before
    return code, err.strip()


def test_resolve_refusals(team: list[Device], conflicted: str) -> None:
    coord = team[0]
    rid = conflicted
    assert _refused(coord, "resolve", rid, "--value", '"x"') == (
        2,
        "Name the field to settle with --value (or use --keep-version OP_ID).",
    )
    assert _refused(coord, "resolve", rid, "urgency", "--value", '"low"') == (
        4,
        "Field urgency has no conflict.",
    )
    assert _refused(coord, "resolve", rid, "_deleted", "--value", "true") == (
        4,
        "Field _deleted has no conflict.",
    )
    assert _refused(coord, "resolve", rid, "colour", "--value", "1") == (
        4,
        "Unknown field: colour.",
    )
    code, message = _refused(coord, "resolve", rid, "narrative", "--value", "{no es json")
    assert code == 4 and "not valid JSON" in message
    code, message = _refused(coord, "resolve", rid, "urgency", "--value", '"never"')
    assert code == 4  # a value that fails validation
    code, message = _refused(coord, "resolve", rid, "--keep-version", "f" * 64)
    assert (code, message) == (
        4,
        f"Record {rid} has no such version (use an op_id from history or conflicts).",
    )
    assert _refused(coord, "resolve", "0" * 32, "narrative", "--value", '"x"')[0] == 4
    code, message = _refused(coord, "resolve", rid, "urgency", "--value", '"low"', lang="es")
    assert (code, message) == (4, "El campo urgency no tiene conflicto.")


def test_keep_version_on_a_record_without_conflict_is_refused(team: list[Device]) -> None:
    coord = team[0]
    rid = coord.store.create("crisis-note", dict(NOTE))
    head = coord.store.state(rid).heads[0]
    assert _refused(coord, "resolve", rid, "--keep-version", head) == (
        4,
        f"Record {rid} has no conflicts.",
    )


def test_deleted_is_settled_with_a_boolean(team: list[Device]) -> None:
    coord = team[0]
    rid = fork(*team, None, {"urgency": "high"})
    assert _refused(coord, "resolve", rid, "_deleted", "--value", '"yes"') == (
        4,
        "_deleted is settled with true (delete) or false (keep).",
    )
    code, _, err = coord.cli("resolve", rid, "_deleted", "--value", "true")
    assert code == 0, err
    assert coord.store.state(rid).deleted


def test_restore_refusals(team: list[Device]) -> None:
    coord = team[0]
    rid = coord.store.create("crisis-note", dict(NOTE))
    assert _refused(coord, "restore", rid) == (4, f"Record {rid} is not deleted.")
    assert _refused(coord, "restore", "0" * 32)[0] == 4


def test_redact_is_for_coordinators_and_known_fields(team: list[Device]) -> None:
    coord, ana, _ = team
    rid = ana.store.create("crisis-note", dict(NOTE))
    transfer(ana.store, coord.store)
    assert _refused(ana, "redact", rid) == (2, "Only a coordinator can do this.")
    assert _refused(coord, "redact", rid, "colour") == (4, "Unknown field: colour.")
    assert _refused(coord, "redact", "0" * 32)[0] == 4
    code, _, err = coord.cli("redact", rid, "narrative")
    assert code == 0 and err.strip() == f"Content of field narrative redacted on {rid}."
    code, _, err = coord.cli("--lang", "es", "redact", rid)
    assert code == 0 and err.strip() == f"Contenido suprimido en {rid}."
    shown = json.loads(coord.cli("show", rid, "--json")[1])
    assert shown["redacted"][-1] == "*" and "narrative" not in shown


def test_conflicts_human_output_groups_by_record(team: list[Device], conflicted: str) -> None:
    coord = team[0]
    code, out, _ = coord.cli("conflicts")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith(conflicted) and lines[1] == "  narrative:"
    assert sorted(line.split("  ")[-1] for line in lines[2:]) == [
        json.dumps(TEXT_A, ensure_ascii=False),
        json.dumps(TEXT_B, ensure_ascii=False),
    ]
    code, out, err = team[1].cli("conflicts")
    assert code == 0 and out == "" and "no conflicts" in err
    code, out, _ = coord.cli("history", conflicted)
    assert code == 0 and len(out.splitlines()) == 3 and out.count(" * head") == 2

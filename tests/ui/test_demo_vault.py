"""`aluna-field demo`: a fictional training team, the same every time: the coordinator's
vault with 212 records and one vault per accompanier, enrolled and already synced."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from aluna_field.services import team
from aluna_field.services.demo import COUNTS, MARKER, fill_demo
from aluna_field.services.demo_content import EVENTS
from aluna_field.services.demo_team import MEMBER_NOTES, create_demo_vault
from aluna_field.services.vaults import create_vault, open_vault
from support import PASSPHRASE, FakeClock, make_ctx


def _list(cli: Any, folder: Path, kind: str | None = None) -> list[dict[str, Any]]:
    extra = ("--kind", kind) if kind else ()
    done = cli("--vault", str(folder), "list", *extra, "--json")
    assert done.code == 0, done.err
    records: list[dict[str, Any]] = json.loads(done.out)
    return records


def test_demo_creates_a_fictional_team(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "taller"
    done = cli("demo", "--vault", str(folder))
    assert done.code == 0, done.err
    assert "212" in done.err and "taller-equipo" in done.err
    records = _list(cli, folder)
    expected = Counter(COUNTS) + Counter({"crisis-note": MEMBER_NOTES})
    assert Counter(r["kind"] for r in records) == expected
    subjects = [r for r in records if r["kind"] == "subject"]
    assert all("Ficti" in r["alias"] for r in subjects)
    notes = [r for r in records if r["kind"] == "crisis-note"]
    assert all(r["narrative"].startswith(MARKER) for r in notes)
    info = json.loads(cli("--vault", str(folder), "info", "--json").out)
    assert "ficti" in info["team"].lower() and "ficti" in info["name"].lower()
    assert info["conflicts"] == 1
    roster = json.loads(cli("--vault", str(folder), "team", "list", "--json").out)
    devices = {m["device_id"]: m["name"] for m in roster if m["role"] == "accompanier"}
    assert sorted(devices.values()) == [
        "Ana Prueba",
        "Beto Ejemplo",
        "Carla Muestra",
        "Dani Ensayo",
    ]
    processes = [r for r in records if r["kind"] == "accompaniment"]
    # Accompaniers are the team's devices: every one of them accompanies something.
    assert {d for r in processes for d in r["accompaniers"]} == set(devices)
    by_carla = [r for r in notes if devices.get(r["author"]) == "Carla Muestra"]
    assert len(by_carla) == MEMBER_NOTES
    assert sum(len(r["attachments"]) for r in records) == 3
    # Collectives and their members.
    groups = {r["id"] for r in subjects if r["type"] != "person"}
    people = [r for r in subjects if r["type"] == "person"]
    assert people and all(set(r["member_of"]) <= groups and r["member_of"] for r in people)
    assert all(groups & set(r["subject_ids"]) for r in processes)
    # Each accompanier received the processes that name them, and not the others.
    ana_id = next(d for d, n in devices.items() if n == "Ana Prueba")
    ana = _list(cli, tmp_path / "taller-equipo" / "ana-prueba", "accompaniment")
    mine = {r["id"] for r in processes if ana_id in r["accompaniers"]}
    assert mine and {r["id"] for r in ana} == mine
    assert not _list(cli, tmp_path / "taller-equipo" / "ana-prueba", "crisis-note")


def test_narratives_vary_and_events_make_sense(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path / "v", FakeClock())
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator") as s:
        fill_demo(s)
        notes = [v.state.fields for v in s.list_records("crisis-note")]
        impacts = [v.state.fields for v in s.list_records("impact-observation")]
        ups = [v.state.fields for v in s.list_records("follow-up")]
    for texts in (
        [n["narrative"] for n in notes],
        [i["narrative"] for i in impacts],
        [u["description"] for u in ups],
    ):
        # No opening sentence (the template of a narrative) more than three times.
        openings = Counter(t.removeprefix(MARKER).strip().split(".")[0] for t in texts)
        assert max(openings.values()) <= 3, openings.most_common(3)
        assert max(Counter(texts).values()) <= 3
    for note in notes:
        spec = EVENTS[note["event"]]
        assert set(note["perpetrator"]) <= set(spec.perpetrators)
        assert note["urgency"] in spec.urgencies
        # The State's role follows from who did it: action when an agent of the State did.
        if any(p.startswith("state_") for p in note["perpetrator"]):
            assert "action" in note["state_role"]
    # Several perpetrators together and every justice status occur, so reports have them.
    assert any(len(n["perpetrator"]) > 1 for n in notes)
    assert {n["justice_status"] for n in notes} >= {"no_complaint", "under_investigation"}
    urgencies = {n["event"]: set() for n in notes}  # type: dict[str, set[str]]
    for note in notes:
        urgencies[note["event"]].add(note["urgency"])
    assert urgencies["forced_disappearance"] == {"critical"}
    assert "critical" not in urgencies["stigmatization_campaign"]


def test_demo_refuses_a_vault_with_records_or_a_team_already_there(
    cli: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "taller"
    assert cli("demo", "--vault", str(folder)).code == 0
    again = cli("--vault", str(folder), "demo")
    assert again.code == 4 and "practice team vaults" in again.err
    other = tmp_path / "otro-equipo"
    again = cli("--vault", str(folder), "demo", "--team-dir", str(other))
    assert again.code == 4 and "not empty" in again.err
    assert not other.exists()
    fresh = cli(
        "--vault", str(tmp_path / "nuevo"), "demo", "--team-dir", str(tmp_path / "taller-equipo")
    )
    assert fresh.code == 4 and not (tmp_path / "nuevo").exists()


def _content(folder: Path) -> list[tuple[str, str]]:
    ctx = make_ctx(folder, FakeClock())
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        fill_demo(session, seed=11)
        out = []
        for view in session.list_records():
            fields = {
                k: v
                for k, v in view.state.fields.items()
                if k not in {"subject_ids", "subject_id", "record_id", "member_of", "accompaniers"}
            }
            out.append((view.kind, json.dumps(fields, sort_keys=True)))
    return sorted(out)


def test_same_seed_same_records(tmp_path: Path) -> None:
    assert _content(tmp_path / "a") == _content(tmp_path / "b")


def test_the_team_can_be_made_from_the_service(tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path / "c", FakeClock())
    made = create_demo_vault(ctx, PASSPHRASE, team_dir=tmp_path / "equipo")
    assert made.records == sum(COUNTS.values()) + MEMBER_NOTES
    with open_vault(ctx, PASSPHRASE) as s:
        assert [v.rid for v in s.conflicts()] == [made.conflict]
        assert len([m for m in team.members(s) if not m.revoked]) == 5

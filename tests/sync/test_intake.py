"""The one import's rules (services/intake.py, docs/import.md): which files on a stick
are tried, own bundles not opened, a refusal that depends on the team list is read
again once it arrived, whatever order the files are in. Real vaults, real bundles."""

from __future__ import annotations

import shutil
from pathlib import Path

from teamkit import Team, new_session, vault_digest

from aluna_field.services import bundle_files, drive_exchange, exchange, intake
from aluna_field.services import team as team_service
from support import FakeClock


def _stick(root: Path) -> Path:
    (root / "aluna-field").mkdir(parents=True)
    return root


def test_on_a_stick_only_bundles_are_tried_at_the_top_level(team: Team) -> None:
    stick = _stick(team.root / "memoria")
    [for_a1] = exchange.export(team.c, team.root / "out", [team.a1.identity.device_id])
    shutil.copyfile(for_a1.path, stick / "viejo.afb")  # where older versions wrote
    (stick / "playa.jpg").write_bytes(b"\xff\xd8 foto ficticia")
    (stick / "leeme.txt").write_text("Archivo ficticio.", "utf-8")
    (stick / "aluna-field" / "extraño.bin").write_bytes(b"no es un paquete")
    found = bundle_files.find([stick], set())
    assert [p.name for p in found.in_folder] == ["viejo.afb", "extraño.bin"]
    came = intake.import_paths(team.a1, [stick])
    assert came.imported == 1 and [r.code for r in came.refused] == ["bundle_not_a_bundle"]
    assert {Path(o.path).name for o in came.outcomes} == {"viejo.afb", "extraño.bin"}
    # A plain folder (no aluna-field/ in it, not a drive) is read whole: the person chose it.
    plain = team.root / "carpeta"
    plain.mkdir()
    (plain / "playa.jpg").write_bytes(b"\xff\xd8 foto ficticia")
    assert [p.name for p in bundle_files.find([plain], set()).in_folder] == ["playa.jpg"]


def test_own_bundles_on_the_stick_are_not_opened(team: Team) -> None:
    stick = _stick(team.root / "memoria")
    summary = drive_exchange.run_exchange(
        lambda fn: fn(team.a1), stick, "es", lambda _d, _t: None, lambda: False
    )
    assert summary.written == 1
    before = vault_digest(team.a1)
    again = intake.run(lambda fn: fn(team.a1), [stick], sticks=True)
    assert again.outcomes == [] and again.skipped == 0 and not again.refused
    assert vault_digest(team.a1) == before


def test_another_teams_bundle_reads_the_same_whatever_the_order(
    tmp_path: Path, clock: FakeClock
) -> None:
    c = new_session(tmp_path, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    stranger = new_session(tmp_path, "Coordinación Ajena", "coordinator", clock, "Equipo Ajeno")
    try:
        for first in ("0", "f"):  # the stranger's file read before, then after, the team's
            a = new_session(tmp_path / first, "Persona Ficticia", "accompanier", clock)
            try:
                team_service.join(a, team_service.my_card(c))
                team_service.add(c, team_service.my_card(a), "accompanier")
                team_service.add(stranger, team_service.my_card(a), "accompanier")
                folder = tmp_path / f"usb-{first}"
                [ours] = exchange.export(c, tmp_path / "out", [a.identity.device_id])
                [theirs] = exchange.export(stranger, tmp_path / "out", [a.identity.device_id])
                other = "f" if first == "0" else "0"
                folder.mkdir()
                shutil.move(theirs.path, folder / f"{first * 24}.afb")
                shutil.move(ours.path, folder / f"{other * 24}.afb")
                came = intake.import_paths(a, [folder])
                assert came.imported == 1
                assert [r.code for r in came.refused] == ["roster_other_team"], first
            finally:
                a.close()
    finally:
        c.close()
        stranger.close()

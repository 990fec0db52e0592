"""SIGKILL at random moments during export and import through the real CLI: the vault
always opens, a bundle is imported whole or not at all, no file that looks like a finished
bundle is ever half-written, and a retry completes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from crashkit import run_and_kill, run_cli

from aluna_field.services import exchange, intake, team
from aluna_field.services.vaults import create_vault, open_vault
from support import FakeClock, make_ctx

PASS = "frase ficticia de la prueba de caídas"
KILLS = 15
RECORDS = 1500


def _team(root: Path) -> tuple[Path, Path, set[str]]:
    clock = FakeClock()
    c_ctx, a_ctx = make_ctx(root / "c", clock), make_ctx(root / "a", clock)
    with (
        create_vault(c_ctx, PASS, "Coordinación Ficticia", "coordinator", "Equipo") as c,
        create_vault(a_ctx, PASS, "Persona Ficticia", "accompanier") as a,
    ):
        team.join(a, team.my_card(c))
        team.add(c, team.my_card(a), "accompanier")
        intake.import_paths(a, [p.path for p in exchange.export(c, root / "roster")])
        sid = a.add("subject", {"type": "person", "alias": "Alias Caída", "region": "Oaxaca"})[0]
        notes = a.add(
            "crisis-note",
            [
                {
                    "subject_ids": [sid],
                    "occurred_at": "2026-09-20T10:30:00",
                    "event": "threat",
                    "narrative": f"Nota ficticia {i}",
                    "urgency": "low",
                }
                for i in range(RECORDS)
            ],
        )
    return c_ctx.vault_dir, a_ctx.vault_dir, {sid, *notes}


def _ids(vault: Path) -> set[str]:
    r = run_cli(vault, PASS, "list", "--json")
    assert r.returncode == 0, r.stderr
    return {x["id"] for x in json.loads(r.stdout)}


@pytest.mark.slow
def test_kill_during_export_and_import(tmp_path: Path) -> None:
    rng = random.Random(1127)
    coord, field, expected = _team(tmp_path)
    killed = 0

    for n in range(KILLS):
        stick = tmp_path / f"stick-{n}"
        stick.mkdir()
        code = run_and_kill(field, PASS, ["sync", "export", "--to", str(stick)], "", rng, 1.2)
        killed += code is None
        assert _ids(field) >= expected  # the vault opens and lost nothing
        finished = [p for p in stick.iterdir() if not p.name.startswith(".")]
        with open_vault(make_ctx(coord), PASS) as c:
            # Whatever looks finished imports cleanly; leftovers are never taken for bundles.
            outcomes = intake.import_paths(c, finished).outcomes if finished else []
            assert all(o.status != "refused" for o in outcomes), [o.reason for o in outcomes]
        if code is not None:
            assert code == 0 and finished

    stick = tmp_path / "stick-final"
    r = run_cli(field, PASS, "sync", "export", "--to", str(stick))
    assert r.returncode == 0, r.stderr

    before = _ids(coord)
    for _ in range(KILLS):
        code = run_and_kill(coord, PASS, ["sync", "import", str(stick)], "", rng, 1.5)
        killed += code is None
        now = _ids(coord)
        arrived = (now - before) & expected
        # All of this bundle's records or none of them (unless an earlier run finished it).
        assert arrived in (set(), expected - before), "an import was half-applied"
    r = run_cli(coord, PASS, "sync", "import", str(stick))
    assert r.returncode == 0, r.stderr
    assert _ids(coord) >= expected
    assert killed >= KILLS // 3, "the delays were too long to kill anything"

"""SIGKILL at random moments while saving: the vault always opens, every committed record
is intact, a killed batch is all-or-nothing, and a retry completes."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from crashkit import listed_ids, run_and_kill, run_cli

from aluna_field.services.vaults import create_vault
from support import make_ctx

PASS = "frase ficticia de la prueba de caídas"
KILLS = 20


def _batch(sid: str, tag: str, n: int) -> list[dict]:
    return [
        {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": f"Nota ficticia {tag} número {i}",
            "urgency": "medium",
        }
        for i in range(n)
    ]


@pytest.mark.slow
def test_kill_during_saves(tmp_path: Path) -> None:
    rng = random.Random(20261127)
    ctx = make_ctx(tmp_path / "vault")
    # Cheap Argon2 through the composition root; the real CLI then follows the key file.
    with create_vault(ctx, PASS, "Persona Ficticia", "accompanier") as s:
        sid = s.add("subject", {"type": "person", "alias": "Alias Caída", "region": "Oaxaca"})[0]
    committed = {sid}
    killed = 0
    for round_no in range(KILLS):
        tag = f"r{round_no}"
        size = rng.choice([1, 200, 2000])
        code = run_and_kill(
            ctx.vault_dir,
            PASS,
            ["add", "crisis-note", "--json", "-"],
            json.dumps(_batch(sid, tag, size)),
            rng,
            max_delay=0.9,
        )
        killed += code is None
        now = listed_ids(ctx.vault_dir, PASS)  # the vault always opens
        assert committed <= now, "a committed record disappeared"
        new = now - committed
        if code == 0:
            assert len(new) == size
        else:
            assert len(new) in (0, size), "a killed batch was half-applied"
        if not new:
            # Retry after the kill: it completes.
            r = run_cli(
                ctx.vault_dir,
                PASS,
                "add",
                "crisis-note",
                "--json",
                "-",
                stdin=json.dumps(_batch(sid, tag + "-retry", size)),
            )
            assert r.returncode == 0, r.stderr
            new = listed_ids(ctx.vault_dir, PASS) - committed
            assert len(new) == size
        committed |= new
    assert killed >= KILLS // 4, "the delays were too long to kill anything"
    r = run_cli(ctx.vault_dir, PASS, "search", "ficticia", "--json")
    assert r.returncode == 0

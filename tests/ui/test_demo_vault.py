"""`aluna-field demo`: a fictional training vault of about 210 records, the same every time."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from aluna_field.services.demo import COUNTS, MARKER, fill_demo
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE, FakeClock, make_ctx


def test_demo_creates_a_fictional_vault(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "taller"
    done = cli("demo", "--vault", str(folder))
    assert done.code == 0, done.err
    assert "210" in done.err
    listed = cli("--vault", str(folder), "list", "--json")
    records = json.loads(listed.out)
    assert len(records) == sum(COUNTS.values()) == 210
    assert Counter(r["kind"] for r in records) == COUNTS
    subjects = [r for r in records if r["kind"] == "subject"]
    assert all("Ficti" in r["alias"] for r in subjects)
    notes = [r for r in records if r["kind"] == "crisis-note"]
    assert all(r["narrative"].startswith(MARKER) for r in notes)
    info = json.loads(cli("--vault", str(folder), "info", "--json").out)
    assert "ficti" in info["team"].lower() and "ficti" in info["name"].lower()


def test_demo_refuses_a_vault_with_records(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "taller"
    assert cli("demo", "--vault", str(folder)).code == 0
    again = cli("--vault", str(folder), "demo")
    assert again.code == 4
    assert "not empty" in again.err


def _content(folder: Path) -> list[tuple[str, str]]:
    ctx = make_ctx(folder, FakeClock())
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        fill_demo(session, seed=11)
        out = []
        for view in session.list_records():
            fields = {
                k: v
                for k, v in view.state.fields.items()
                if k not in {"subject_ids", "subject_id", "record_id", "member_of"}
            }
            out.append((view.kind, json.dumps(fields, sort_keys=True)))
    return sorted(out)


def test_same_seed_same_records(tmp_path: Path) -> None:
    assert _content(tmp_path / "a") == _content(tmp_path / "b")

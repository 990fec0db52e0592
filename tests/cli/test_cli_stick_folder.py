"""The CLI and the app use the same place on a stick (issue 19, item 14): `sync export --to
/media/usb` (a drive: a mount point, or one the app already used) writes under
`aluna-field/`, where the app reads, and `sync import /media/usb` finds bundles there and
at the top level (older sticks). A plain folder is written as given."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from teamkit import make_team

from aluna_field.services import bundle_files, drive_exchange
from support import PASSPHRASE, FakeClock, run_cli


def test_export_and_import_use_the_apps_folder(
    tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    team = make_team(tmp_path / "team", clock)
    coord, a1 = team.c.ctx, team.a1.ctx
    team.close()
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    stick = tmp_path / "usb"
    stick.mkdir()
    mounted = {str(stick)}
    monkeypatch.setattr(bundle_files.os.path, "ismount", lambda p: str(p) in mounted)
    r = run_cli(coord, "sync", "export", "--to", str(stick))
    assert r.code == 0, r.err
    written = [Path(line) for line in r.out.split()]
    assert written and all(p.parent == stick / "aluna-field" for p in written)
    assert drive_exchange.drive_folder(stick) == stick / "aluna-field"  # the app's place
    got = run_cli(a1, "sync", "import", str(stick), "--json")
    assert got.code == 0, got.err
    statuses = sorted(o["status"] for o in json.loads(got.out))
    assert statuses == ["imported", "skipped"]  # its own bundle, and the other member's
    # Naming the folder itself does not nest another one; a stick the app already used
    # (not a mount here) gets its bundles in the same folder.
    assert bundle_files.export_folder(stick / "aluna-field") == stick / "aluna-field"
    used = tmp_path / "used-stick"
    (used / "aluna-field").mkdir(parents=True)
    assert bundle_files.export_folder(used) == used / "aluna-field"
    assert bundle_files.export_folder(tmp_path / "plain") == tmp_path / "plain"
    # An older stick, with the bundle at the top level: still found.
    old = tmp_path / "old-usb"
    old.mkdir()
    a1_id = team.a1.identity.device_id
    r = run_cli(coord, "sync", "export", "--to", str(tmp_path / "elsewhere"), "--for", a1_id)
    for line in r.out.split():
        shutil.move(line, old / Path(line).name)
    got = run_cli(a1, "sync", "import", str(old), "--json")
    assert got.code == 0, got.err
    assert "imported" in {o["status"] for o in json.loads(got.out)}

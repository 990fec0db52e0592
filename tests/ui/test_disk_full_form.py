"""A form on a full vault disk: the save and the draft say so plainly, nothing is half
saved, what was typed stays in the form, and saving works again once there is room."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import choose, open_controller, type_into, unlock_through_ui

from aluna_field.l10n import _
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE, FakeClock, make_ctx


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / "disk"
    point.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4096k,mode=0700", "tmpfs", str(point)],
        capture_output=True,
        text=True,
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here (needs root): {r.stderr.strip()}")
    yield point
    subprocess.run(["umount", "-l", str(point)], check=False)


def test_saving_a_form_on_a_full_disk(
    small_disk: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctx = make_ctx(small_disk / "vault", clock, lang="es")
    create_vault(ctx, PASSPHRASE, "Persona Ficticia", "accompanier").close()
    ctrl = open_controller(ctx, app, qtbot, "es")
    ws = unlock_through_ui(qtbot, ctrl)
    ws.show_pane("subject")
    pane = ws.records_pane("subject")
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    host = pane.host
    assert host is not None
    choose(host, "type", "collective")
    type_into(qtbot, host, "region", "Oaxaca")
    filler = small_disk / "filler"
    filler.write_bytes(bytes(shutil.disk_usage(small_disk).free))  # not a byte left
    type_into(qtbot, host, "alias", "Colectivo Ficticio " + "x" * 150)
    host.save_draft()
    assert host.status.text() == _("es", "The draft could not be kept: the vault's disk is full.")
    host.save()
    assert host.status.text() == _(
        "es",
        "Not saved: the vault's disk is full. What you typed is still here; "
        "free some space and save again.",
    )
    assert pane.host is host and host.form.values()["alias"].startswith("Colectivo Ficticio")
    assert ws.env.backend.call(lambda s: s.list_records("subject")) == []
    filler.unlink()
    host.save()
    names = ws.env.backend.call(lambda s: [v.state.fields["alias"] for v in s.list_records()])
    assert names == ["Colectivo Ficticio " + "x" * 150]
    ctrl.shutdown()

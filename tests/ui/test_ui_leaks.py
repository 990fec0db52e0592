"""A whole UI session leaves nothing readable on disk: not in the vault folder (encrypted),
nor in the home, config, cache, runtime or temporary folders Qt might write to."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import choose, create_through_ui, open_controller, pick_subject, save, type_into

from aluna_field.services.context import AppContext
from support import FakeClock, make_ctx

MARKER = "MarcaFicticiaQ7Z"


def test_a_session_leaves_no_readable_trace(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    for name, sub in (
        ("HOME", ""),
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("TMPDIR", "tmp"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    ctx: AppContext = make_ctx(tmp_path / "vault", FakeClock(), "es")
    ctrl = open_controller(ctx, qapp, qtbot, "es")
    ws = create_through_ui(qtbot, ctrl)
    add_subject(qtbot, ctrl, ws)
    pane = ws.records_pane("crisis-note")
    ws.show_pane("crisis-note")
    host = pane.new_record({})
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "event", "threat")
    choose(host, "urgency", "critical")
    type_into(qtbot, host, "narrative", f"Relato {MARKER} de prueba.")
    note = save(qtbot, ctrl, pane)
    picture = QImage(16, 16, QImage.Format.Format_RGB32)
    picture.fill(QColor("#224466"))
    source = tmp_path / f"{MARKER}.png"
    picture.save(str(source))
    pane.detail.attachments.attach_file(source)
    qtbot.waitUntil(lambda: pane.detail.attachments.list.count() == 1)
    pane.detail.attachments.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: pane.detail.attachments.image.pixmap() is not None)
    qtbot.mouseClick(pane.detail.copy_button, Qt.MouseButton.LeftButton)
    pane.filters.search.setText(MARKER)
    with qtbot.waitSignal(pane.searched):
        pane.run_search()
    assert pane.proxy.rowCount() == 1
    ws.open_record("crisis-note", note)
    qtbot.mouseClick(pane.detail.edit_button, Qt.MouseButton.LeftButton)
    assert pane.host is not None
    type_into(qtbot, pane.host, "agreements", f"Acuerdo {MARKER}")
    ctrl.lock()  # the edit is kept as a draft: encrypted, inside the vault
    ctrl.shutdown()
    source.unlink()
    leaks = [
        path
        for path in tmp_path.rglob("*")
        if path.is_file() and MARKER.encode() in path.read_bytes()
    ]
    assert leaks == []
    assert not (home / ".config" / "QtProject.conf").exists()

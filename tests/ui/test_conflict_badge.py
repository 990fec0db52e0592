"""The sidebar's conflict count is there right after unlocking, before anything changes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller, unlock_through_ui

from aluna_field.services.context import AppContext
from aluna_field.services.demo_team import create_demo_vault
from support import PASSPHRASE


def test_the_count_shows_after_a_plain_unlock(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication, tmp_path: Path
) -> None:
    create_demo_vault(es_ctx, PASSPHRASE, team_dir=tmp_path / "equipo")  # one conflict
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    try:
        unlock_through_ui(qtbot, ctrl)  # the first opening may write (its own settings)
        ctrl.lock()
        ws = unlock_through_ui(qtbot, ctrl)  # a plain unlock: nothing written, no change
        items = [ws.sidebar.list.item(r) for r in range(ws.sidebar.list.count())]
        entry = next(i for i in items if i.data(Qt.ItemDataRole.UserRole) == "conflicts")
        qtbot.waitUntil(lambda: entry.text() == "Conflictos (1)", timeout=5000)
    finally:
        ctrl.shutdown()

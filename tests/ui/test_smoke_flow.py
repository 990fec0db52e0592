from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui

from aluna_field.ui.shell.controller import AppController


def test_create_vault_opens_the_workspace(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    assert controller.window.windowTitle() == "Aluna Field"
    assert ws.current_key() == "home"

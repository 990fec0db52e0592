"""Borrar la bóveda from Settings, confirmed like revoking: what happens, what does not, a
box to tick before the button acts; then the vault is gone (issue 19, item 17)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.services.context import AppContext
from aluna_field.services.vaults import vault_exists
from aluna_field.ui.settings.pane import SettingsPane
from aluna_field.ui.shell.controller import AppController
from qtclick import press


def test_erase_the_vault_from_settings(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("settings")
    pane = ws.panes["settings"]
    assert isinstance(pane, SettingsPane)
    box = pane.erase
    qtbot.waitUntil(box.erase_button.isVisible)
    assert box.erase_button.text() == "Borrar la bóveda…"
    press(qtbot, box.erase_button)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text()
    assert text.startswith("¿Borrar la bóveda de Ana Prueba en este dispositivo?")
    assert "ni con las palabras de recuperación" in text and "No se puede deshacer." in text
    assert not dialog.act.isEnabled() and dialog.cancel.isDefault()
    dialog.grab().save("/tmp/wt19b-erase.png")
    press(qtbot, dialog.cancel)
    assert vault_exists(es_ctx) and controller.is_unlocked
    press(qtbot, box.erase_button)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    press(qtbot, dialog.check)
    press(qtbot, dialog.act)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: not controller.is_unlocked)
    assert not vault_exists(es_ctx)
    assert not (es_ctx.vault_dir / "vault.key").exists()
    screen = controller.unlock_screen
    assert screen is not None and screen.create_page.isVisible()

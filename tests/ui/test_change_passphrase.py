"""Changing the passphrase asks for the current one: an unlocked laptop left alone is not
enough to lock its owner out (issue 19, item 15)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, type_text, wait_idle

from aluna_field.services.context import AppContext
from aluna_field.ui.settings.pane import SettingsPane
from aluna_field.ui.shell.controller import AppController
from qtclick import press
from support import PASSPHRASE

NEW = "otra frase ficticia para la bóveda 7"


def _pane(qtbot: QtBot, controller: AppController) -> SettingsPane:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("settings")
    pane = ws.panes["settings"]
    assert isinstance(pane, SettingsPane)
    return pane


def _fill(qtbot: QtBot, pane: SettingsPane, current: str) -> None:
    for field, text in ((pane.current, current), (pane.first, NEW), (pane.second, NEW)):
        field.edit.clear()
        type_text(field.edit, text)  # accents too (QTest's keyClicks takes ASCII only)


def test_the_current_passphrase_is_asked_and_checked(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext
) -> None:
    pane = _pane(qtbot, controller)
    key_before = (es_ctx.vault_dir / "vault.key").read_bytes()
    _fill(qtbot, pane, "")
    press(qtbot, pane.change)
    assert pane.pass_error.text() == "Escribe primero la frase de paso actual."
    _fill(qtbot, pane, "no es la frase ficticia 99")
    press(qtbot, pane.change)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: pane.change.isEnabled())
    assert pane.pass_error.text() == "La frase de paso actual no es esa. No se cambió nada."
    assert pane.current.text() == ""
    assert (es_ctx.vault_dir / "vault.key").read_bytes() == key_before
    pane.grab().save("/tmp/wt19b-passphrase.png")
    _fill(qtbot, pane, PASSPHRASE)
    press(qtbot, pane.change)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: pane.pass_status.text().startswith("Listo"))
    assert pane.current.text() == ""
    backend = pane.env.backend
    assert backend.call(lambda s: s.vault.passphrase_fits(NEW))
    assert not backend.call(lambda s: s.vault.passphrase_fits(PASSPHRASE))

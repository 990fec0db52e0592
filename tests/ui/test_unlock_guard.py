"""Wrong passphrases slow down after five, counted down on screen; the wipe after N ≥ 10 of
them is off by default, and turning it on says it cannot be undone (issue 19, item 16)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, open_controller, wait_idle

from aluna_field.services.context import AppContext
from aluna_field.services.unlock_guard import delay_ms, set_wipe_after, wipe_after
from aluna_field.services.vaults import create_vault, vault_exists
from aluna_field.store.unlock_guard import GUARD_NAME
from aluna_field.ui.settings.pane import SettingsPane
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.unlock.screen import UnlockScreen
from qtclick import press
from support import PASSPHRASE, FakeClock

WRONG = "frase equivocada ficticia 1"


def _try(qtbot: QtBot, ctrl: AppController, screen: UnlockScreen, text: str) -> None:
    edit = screen.unlock.passphrase.edit
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_idle(qtbot, ctrl)


def _locked_app(es_ctx: AppContext, app: QApplication, qtbot: QtBot) -> AppController:
    create_vault(es_ctx, PASSPHRASE, "Ana Prueba", "accompanier").close()
    return open_controller(es_ctx, app, qtbot, "es")


def test_the_delay_grows_after_five() -> None:
    assert [delay_ms(n) for n in range(4, 9)] == [0, 5_000, 10_000, 20_000, 40_000]
    assert delay_ms(40) == 300_000


def test_after_five_wrong_passphrases_a_countdown(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication, clock: FakeClock
) -> None:
    ctrl = _locked_app(es_ctx, app, qtbot)
    screen = ctrl.unlock_screen
    assert screen is not None
    for _ in range(5):
        assert screen.unlock.unlock.isEnabled()
        _try(qtbot, ctrl, screen, WRONG)
    assert screen.countdown.running
    assert screen.unlock.error.text() == (
        "Demasiados intentos fallidos. Podrás volver a intentarlo en 5 s."
    )
    assert not screen.unlock.unlock.isEnabled() and not screen.unlock.passphrase.isEnabled()
    screen.grab().save("/tmp/wt19b-countdown.png")
    clock.advance(2_000)
    screen.countdown.tick()
    assert "en 3 s" in screen.unlock.error.text()
    clock.advance(3_000)
    screen.countdown.tick()
    assert not screen.countdown.running and screen.unlock.unlock.isEnabled()
    assert screen.unlock.error.text() == "Ya puedes volver a intentarlo."
    # The guard file beside the vault holds three numbers, nothing else.
    guard = json.loads((es_ctx.vault_dir / GUARD_NAME).read_text())
    assert set(guard) == {"failures", "last_failure_ms", "wipe_after"}
    assert guard["failures"] == 5 and guard["wipe_after"] is None
    # The right passphrase still opens, and starts the count again.
    with qtbot.waitSignal(ctrl.unlocked):
        _try(qtbot, ctrl, screen, PASSPHRASE)
    assert json.loads((es_ctx.vault_dir / GUARD_NAME).read_text())["failures"] == 0
    ctrl.shutdown()


def test_wipe_after_n_is_off_by_default_and_confirmed(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("settings")
    pane = ws.panes["settings"]
    assert isinstance(pane, SettingsPane)
    box = pane.erase
    assert not box.auto.isChecked() and box.count.minimum() == 10
    assert wipe_after(es_ctx.vault_dir) is None
    qtbot.waitUntil(box.auto.isVisible)
    press(qtbot, box.auto)
    dialog = box.dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not box.auto.isChecked()  # not until confirmed
    assert "No se puede deshacer." in dialog.text() and "10 veces seguidas" in dialog.text()
    assert not dialog.act.isEnabled() and dialog.cancel.isDefault()
    dialog.grab().save("/tmp/wt19b-autowipe.png")
    press(qtbot, dialog.check)
    press(qtbot, dialog.act)
    assert box.auto.isChecked() and wipe_after(es_ctx.vault_dir) == 10
    with pytest.raises(ValueError):
        set_wipe_after(es_ctx.vault_dir, 9)


def test_the_tenth_wrong_passphrase_wipes_when_chosen(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication, clock: FakeClock
) -> None:
    ctrl = _locked_app(es_ctx, app, qtbot)
    set_wipe_after(es_ctx.vault_dir, 10)
    screen = ctrl.unlock_screen
    assert screen is not None
    for _ in range(10):
        clock.advance(600_000)  # past any wait
        screen.countdown.tick()
        _try(qtbot, ctrl, screen, WRONG)
    assert not vault_exists(es_ctx) and not (es_ctx.vault_dir / GUARD_NAME).exists()
    assert screen.stack.currentWidget() is screen.create_page
    assert "la bóveda de este dispositivo se borró" in screen.create_page.error.text()
    ctrl.shutdown()

"""The unlock and create screens: passphrase handling, the key derived off the GUI thread,
plain wrong-passphrase messages, recovery words, language switch."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, open_controller, unlock_through_ui, wait_idle

from aluna_field.services.context import AppContext
from aluna_field.services.errors import PassphraseTooShort, PassphraseTooWeak
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.unlock.create import WordsPage
from aluna_field.ui.unlock.screen import error_text
from aluna_field.ui.unlock.strength import strength
from support import PASSPHRASE

NEW_PASSPHRASE = "otra frase ficticia de prueba 77"


def _make_vault(ctx: AppContext) -> str:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        return session.add_recovery()


def test_first_run_creates_with_hint_twice_and_words_once(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext
) -> None:
    screen = controller.unlock_screen
    assert screen is not None and screen.stack.currentWidget() is screen.create_page
    page = screen.create_page
    assert controller.window.windowTitle() == "Aluna Field"
    qtbot.keyClicks(page.first.edit, "corta")
    assert page.hint.label.text() == "Muy corta: usa al menos 8 caracteres."
    page.first.edit.clear()
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    assert page.hint.level >= 3 and page.hint.label.text() in ("Buena.", "Fuerte.")
    qtbot.keyClicks(page.second.edit, PASSPHRASE + "x")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Escribe un nombre o seudónimo."
    qtbot.keyClicks(page.name, "Ana Prueba")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Las dos frases de paso no coinciden."
    assert not es_ctx.vault_dir.exists() or not any(es_ctx.vault_dir.iterdir())
    for line in (page.name, page.first.edit, page.second.edit):
        line.clear()
    ws = create_through_ui(qtbot, controller)
    assert ws.env.backend.device_name == "Ana Prueba"
    assert controller.unlock_screen is None  # the whole screen goes, words and all


WEAK_ES = {
    "password": "Débil: es una de las frases más comunes. Usa cuatro o cinco palabras al azar.",
    "12345678": "Débil: es una de las frases más comunes. Usa cuatro o cinco palabras al azar.",
    "aaaaaaaa": "Débil: sigue un patrón fácil de adivinar (repeticiones, secuencias, teclado o"
    " fechas).",
}


def _visible_texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text()]


@pytest.mark.parametrize("weak", sorted(WEAK_ES))
def test_create_screen_refuses_a_weak_passphrase_and_says_why(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext, weak: str
) -> None:
    screen = controller.unlock_screen
    assert screen is not None
    page = screen.create_page
    qtbot.keyClicks(page.name, "Ana Prueba")
    qtbot.keyClicks(page.first.edit, weak)
    assert page.hint.label.text() == WEAK_ES[weak] and page.hint.level == 1
    qtbot.keyClicks(page.second.edit, weak)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == WEAK_ES[weak]
    assert QApplication.focusWidget() is page.first.edit
    assert all(weak not in text for text in _visible_texts(controller.window))
    assert not es_ctx.vault_dir.exists() or not any(es_ctx.vault_dir.iterdir())
    # A strong one on the same screen goes through.
    for line in (page.name, page.first.edit, page.second.edit):
        line.clear()
    create_through_ui(qtbot, controller)
    assert controller.is_unlocked


def test_create_screen_says_why_in_english_and_refuses_the_persons_name(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication
) -> None:
    ctrl = open_controller(es_ctx, app, qtbot, "en")
    screen = ctrl.unlock_screen
    assert screen is not None
    page = screen.create_page
    qtbot.keyClicks(page.first.edit, "password")
    assert page.hint.label.text() == (
        "Weak: it is one of the most common passphrases. Use four or five random words."
    )
    page.first.edit.clear()
    qtbot.keyClicks(page.name, "Ana Prueba")
    qtbot.keyClicks(page.first.edit, "anaprueba")
    qtbot.keyClicks(page.second.edit, "anaprueba")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    assert page.error.text() == "Weak: it is built on your name, the first thing a guesser tries."
    assert not es_ctx.vault_dir.exists() or not any(es_ctx.vault_dir.iterdir())
    ctrl.shutdown()


def test_a_refusal_from_the_services_is_shown_as_its_reason() -> None:
    # The services check again when the vault is created or the passphrase changed.
    assert error_text(PassphraseTooWeak("pattern"), "es").startswith("Débil: sigue un patrón")
    assert error_text(PassphraseTooShort("8"), "en") == "Too short: use at least 8 characters."


def test_words_need_the_check_and_are_wiped_after(qtbot: QtBot) -> None:
    page = WordsPage("es")
    qtbot.addWidget(page)
    page.show_words(" ".join(f"palabra{i}" for i in range(12)))
    assert page.words()[0] == "palabra0" and len(page.words()) == 12
    assert not page.go.isEnabled()
    qtbot.keyClick(page.check, Qt.Key.Key_Space)
    assert page.go.isEnabled()
    with qtbot.waitSignal(page.confirmed):
        qtbot.mouseClick(page.go, Qt.MouseButton.LeftButton)
    assert page.words() == []


def test_strength_estimates() -> None:
    assert strength("1234567") == 0
    assert strength("aaaaaaaa") == 1
    assert strength("caballo bateria grapa correcta") >= 3


def test_wrong_passphrase_said_plainly_field_kept_focused(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication
) -> None:
    _make_vault(es_ctx)
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    screen = ctrl.unlock_screen
    assert screen is not None and screen.stack.currentWidget() is screen.unlock
    field = screen.unlock.passphrase.edit
    qtbot.keyClicks(field, "no es la frase")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # The key is derived on the task runner: the window shows progress meanwhile.
    assert screen.unlock.progress.isVisible()
    assert screen.unlock.status.text() == "Abriendo la bóveda…"
    qtbot.waitUntil(lambda: bool(screen.unlock.error.text()))
    assert screen.unlock.error.text() == "La frase de paso no es correcta. Inténtalo de nuevo."
    assert not screen.unlock.progress.isVisible()
    assert QApplication.focusWidget() is field
    assert field.selectedText() == "no es la frase"
    assert not ctrl.is_unlocked
    field.clear()
    unlock_through_ui(qtbot, ctrl)
    assert ctrl.is_unlocked
    ctrl.shutdown()


def test_show_hide_and_caps_lock_warning(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication
) -> None:
    _make_vault(es_ctx)
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    assert ctrl.unlock_screen is not None
    field = ctrl.unlock_screen.unlock.passphrase
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Normal
    assert field.toggle.text() == "Ocultar"
    qtbot.mouseClick(field.toggle, Qt.MouseButton.LeftButton)
    assert field.edit.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(field.edit, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)  # "a"
    assert field.caps.isHidden()
    qtbot.keyClicks(field.edit, "B")  # upper case without Shift: Caps Lock is on
    assert not field.caps.isHidden()
    assert field.caps.text() == "Las mayúsculas parecen estar activadas (Bloq Mayús)."
    shifted = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier, "C")
    QApplication.sendEvent(field.edit, shifted)  # upper case with Shift: Caps Lock is off
    assert field.caps.isHidden()
    ctrl.shutdown()


def test_recovery_words_open_and_set_a_new_passphrase(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication
) -> None:
    words = _make_vault(es_ctx)
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    screen = ctrl.unlock_screen
    assert screen is not None
    qtbot.mouseClick(screen.unlock.recovery, Qt.MouseButton.LeftButton)
    assert screen.stack.currentWidget() is screen.recovery
    wrong = " ".join(reversed(words.split()))
    screen.recovery.words.setText(wrong)
    qtbot.mouseClick(screen.recovery.open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(screen.recovery.error.text()))
    assert "no abren esta bóveda" in screen.recovery.error.text()
    screen.recovery.words.setText(words)
    qtbot.mouseClick(screen.recovery.open, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.new_passphrase)
    page = screen.new_passphrase
    qtbot.keyClicks(page.first.edit, NEW_PASSPHRASE)
    qtbot.keyClicks(page.second.edit, NEW_PASSPHRASE)
    with qtbot.waitSignal(ctrl.unlocked):
        qtbot.mouseClick(page.save, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, ctrl)
    ctrl.shutdown()
    with open_vault(es_ctx, NEW_PASSPHRASE) as session:
        assert session.device.name == "Ana Prueba"


def test_language_switch_on_the_unlock_screen_is_kept_in_the_vault(
    qtbot: QtBot, es_ctx: AppContext, app: QApplication, tmp_path: Path
) -> None:
    _make_vault(es_ctx)
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.language.setCurrentIndex(screen.language.findData("en"))
    english = ctrl.unlock_screen
    assert english is not None and english is not screen
    assert english.unlock.unlock.text() == "Unlock"
    assert english.unlock.title.text() == "The vault is locked."
    ws = unlock_through_ui(qtbot, ctrl)
    assert ws.env.lang == "en"
    assert ws.env.backend.call(lambda s: s.setting("ui.lang")) == "en"
    ctrl.shutdown()
    # Next start in Spanish: the vault's choice wins once it is open.
    again = open_controller(es_ctx, app, qtbot, "es")
    ws = unlock_through_ui(qtbot, again)
    assert ws.env.lang == "en"
    again.shutdown()


def test_settings_refuses_a_weak_new_passphrase_and_says_why(
    qtbot: QtBot, controller: AppController, es_ctx: AppContext
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("settings")
    pane = ws.panes["settings"]
    key_before = (es_ctx.vault_dir / "vault.key").read_bytes()
    qtbot.keyClicks(pane.current.edit, PASSPHRASE)  # type: ignore[attr-defined]
    qtbot.keyClicks(pane.first.edit, "12345678")  # type: ignore[attr-defined]
    qtbot.keyClicks(pane.second.edit, "12345678")  # type: ignore[attr-defined]
    qtbot.mouseClick(pane.change, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert pane.pass_error.text() == WEAK_ES["12345678"]  # type: ignore[attr-defined]
    assert (es_ctx.vault_dir / "vault.key").read_bytes() == key_before

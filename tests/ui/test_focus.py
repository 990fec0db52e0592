"""Keyboard and focus (issue 19, item 11): the recovery-words screen opens with the focus
on its first control; focus is always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import activate

from aluna_field.ui.shell.controller import AppController
from support import PASSPHRASE


def test_the_recovery_words_open_with_focus_on_the_first_control(
    qtbot: QtBot, controller: AppController
) -> None:
    activate(qtbot, controller)
    screen = controller.unlock_screen
    assert screen is not None
    page = screen.create_page
    qtbot.keyClicks(page.name, "Ana Prueba")
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    qtbot.keyClicks(page.second.edit, PASSPHRASE)
    page.second.edit.setFocus()
    qtbot.keyClick(page.second.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.words)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is screen.words.check)
    # Space ticks it and Tab reaches Continue: the whole page from the keyboard.
    qtbot.keyClick(screen.words.check, Qt.Key.Key_Space)
    assert screen.words.go.isEnabled()

"""Keyboard and focus (issue 19, item 11): the recovery-words screen opens with the focus
on its first control; focus is always visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import activate, create_through_ui

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


def test_the_arrow_keys_go_through_the_whole_sidebar(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    activate(qtbot, controller)
    ws.show_pane("home")
    sidebar = ws.sidebar.list
    sidebar.setFocus()
    qtbot.waitUntil(sidebar.hasFocus)
    seen = [ws.current_key()]
    for _ in range(sidebar.count()):
        # Each key goes where a person's key goes: to the widget that has the focus.
        focused = QApplication.focusWidget()
        assert focused is sidebar, f"after {seen[-1]!r} the focus left the sidebar"
        qtbot.keyClick(focused, Qt.Key.Key_Down)
        if ws.current_key() != seen[-1]:
            seen.append(ws.current_key())
    assert "search" in seen and seen[-1] == ws.sidebar.list.item(sidebar.count() - 1).data(
        Qt.ItemDataRole.UserRole
    )

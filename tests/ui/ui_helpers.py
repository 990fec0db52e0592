"""Driving forms the way a person does: typing, picking, clicking. Shared by the UI tests."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from aluna_field.services.context import AppContext
from aluna_field.ui.common.chips import ChipSelector, ToggleCards
from aluna_field.ui.common.choices import CodeCombo, Segmented
from aluna_field.ui.forms.fields import SecretLine, TextArea, TextLine
from aluna_field.ui.forms.host import FormHost
from aluna_field.ui.forms.pickers import SubjectPicker
from aluna_field.ui.records.pane import RecordsPane
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from support import PASSPHRASE


def field(host: FormHost, name: str) -> QWidget:
    return host.form.rows[name].field


def type_into(qtbot: QtBot, host: FormHost, name: str, text: str) -> None:
    widget = field(host, name)
    if isinstance(widget, SecretLine):
        widget = widget.line
    assert isinstance(widget, TextLine | TextArea), name
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    type_text(widget, text)


def type_text(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, accents included (QTest only takes ASCII)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def pick_subject(qtbot: QtBot, host: FormHost, name: str, fragment: str) -> None:
    """Type part of an alias and press Enter, as with the type-ahead list."""
    picker = field(host, name)
    assert isinstance(picker, SubjectPicker)
    qtbot.keyClicks(picker.line, fragment)
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.chosen, f"no subject matched {fragment!r}"


def choose(host: FormHost, name: str, code: str) -> None:
    widget = field(host, name)
    if isinstance(widget, CodeCombo):
        widget.setCurrentIndex(widget.findData(code))
    elif isinstance(widget, Segmented):
        widget.buttons[code].click()
    elif isinstance(widget, ChipSelector):
        widget.chips[code].click()
    elif isinstance(widget, ToggleCards):
        widget.cards[code].box.click()
    else:
        raise AssertionError(f"{name} is not a choice")


def activate(qtbot: QtBot, ctrl: AppController) -> None:
    """Make the main window the active one again (a completer pop-up may have taken it)."""
    ctrl.window.activateWindow()
    qtbot.waitUntil(ctrl.window.isActiveWindow)


def save(qtbot: QtBot, ctrl: AppController, pane: RecordsPane) -> str:
    """Press Save (Ctrl+S); returns the id of the record the detail pane then shows."""
    host = pane.host
    assert host is not None
    assert host.form.validate() == []
    activate(qtbot, ctrl)
    with qtbot.waitSignal(host.saved) as saved:
        qtbot.keyClick(host.form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, ctrl)
    rid = str(saved.args[0]) if saved.args else ""
    assert pane.detail.rid == rid
    return rid


def open_controller(ctx: AppContext, app: QApplication, qtbot: QtBot, lang: str) -> AppController:
    controller = AppController(ctx, app, lang)
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


def create_through_ui(qtbot: QtBot, ctrl: AppController, name: str = "Ana Prueba") -> Workspace:
    """Create the vault as a person would, recovery words included; returns the workspace."""
    screen = ctrl.unlock_screen
    assert screen is not None
    page = screen.create_page
    qtbot.keyClicks(page.name, name)
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    qtbot.keyClicks(page.second.edit, PASSPHRASE)
    qtbot.mouseClick(page.create_button, _left())
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.words)
    assert len(screen.words.words()) == 12
    qtbot.keyClick(screen.words.check, Qt.Key.Key_Space)
    with qtbot.waitSignal(ctrl.unlocked):
        qtbot.mouseClick(screen.words.go, _left())
    assert ctrl.workspace is not None
    wait_idle(qtbot, ctrl)
    return ctrl.workspace


def unlock_through_ui(qtbot: QtBot, ctrl: AppController, passphrase: str = PASSPHRASE) -> Workspace:
    screen = ctrl.unlock_screen
    assert screen is not None
    qtbot.keyClicks(screen.unlock.passphrase.edit, passphrase)
    with qtbot.waitSignal(ctrl.unlocked):
        qtbot.keyClick(screen.unlock.passphrase.edit, _enter())
    assert ctrl.workspace is not None
    wait_idle(qtbot, ctrl)
    return ctrl.workspace


def wait_idle(qtbot: QtBot, ctrl: AppController) -> None:
    """Wait until every background task has delivered its result."""
    qtbot.waitUntil(lambda: ctrl.runner.pending == 0)


def _left() -> Qt.MouseButton:
    return Qt.MouseButton.LeftButton


def _enter() -> Qt.Key:
    return Qt.Key.Key_Return

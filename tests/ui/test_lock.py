"""Locking: idle timer with an injected clock, Ctrl+L, quick-hide, the screen locking;
content widgets emptied, drafts kept and offered back, clipboard cleared."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import create_through_ui, type_into, unlock_through_ui, wait_idle

from aluna_field.services.drafts import Drafts
from aluna_field.services.vaults import open_vault
from aluna_field.ui.common.idle import DEFAULT_MINUTES
from aluna_field.ui.common.screenlock import ScreenLockWatcher
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from support import PASSPHRASE, FakeClock

MINUTE = 60_000
DRAFT_TEXT = "Borrador ficticio: la persona relató vigilancia frente a su casa."


def _move_mouse(window: QApplication | object) -> None:
    target = window if not isinstance(window, QApplication) else None
    assert target is not None
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPoint(5, 5).toPointF(),
        QPoint(5, 5).toPointF(),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(target, event)  # type: ignore[arg-type]


def _with_content(qtbot: QtBot, controller: AppController) -> Workspace:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    type_into(qtbot, host, "narrative", DRAFT_TEXT)
    return ws


def test_auto_lock_after_idle_empties_content_and_keeps_the_draft(
    qtbot: QtBot, controller: AppController, clock: FakeClock
) -> None:
    ws = _with_content(qtbot, controller)
    subjects = ws.records_pane("subject")
    host = ws.records_pane("crisis-note").host
    assert host is not None
    narrative = host.form.fields["narrative"]
    assert subjects.model.rowCount() == 1 and subjects.detail.title.text()
    assert controller.idle.timeout_ms == DEFAULT_MINUTES * MINUTE

    clock.advance(4 * MINUTE)
    controller.idle.timer.timeout.emit()
    assert controller.is_unlocked  # not idle long enough
    _move_mouse(controller.window)  # any input counts as activity
    clock.advance(4 * MINUTE)
    controller.idle.timer.timeout.emit()
    assert controller.is_unlocked  # the clock restarted at the mouse move

    clock.advance(DEFAULT_MINUTES * MINUTE)
    with qtbot.waitSignal(controller.locked):
        controller.idle.timer.timeout.emit()
    # Emptied, not just hidden: checked before Qt deletes the old workspace.
    assert subjects.model.rowCount() == 0
    assert subjects.detail.title.text() == ""
    assert [label.text() for label in subjects.detail.fields.values] == []
    assert narrative.value() == ""
    assert controller.workspace is None and controller.unlock_screen is not None
    assert controller.window.windowTitle() == "Aluna Field"

    ws = unlock_through_ui(qtbot, controller)
    home = ws.panes["home"]
    assert home.drafts.rowCount() == 1  # type: ignore[attr-defined]
    assert home.drafts.index(0, 0).data() == "Nota de crisis"  # type: ignore[attr-defined]
    qtbot.mouseClick(home.open_draft, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    host = ws.records_pane("crisis-note").host
    assert host is not None and ws.current_key() == "crisis-note"
    assert host.form.fields["narrative"].value() == DRAFT_TEXT
    assert host.form.fields["subject_ids"].value() == []


def test_lock_shortcut_and_quick_hide(qtbot: QtBot, controller: AppController) -> None:
    _with_content(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not controller.is_unlocked
    unlock_through_ui(qtbot, controller)
    assert controller.window.windowState() & Qt.WindowState.WindowMinimized == Qt.WindowState(0)
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(
            controller.window,
            Qt.Key.Key_H,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert not controller.is_unlocked
    assert controller.window.windowState() & Qt.WindowState.WindowMinimized
    controller.window.showNormal()
    ws = unlock_through_ui(qtbot, controller)
    # Both quick ways keep what was being typed.
    assert ws.panes["home"].drafts.rowCount() == 1  # type: ignore[attr-defined]
    with qtbot.waitSignal(controller.locked):
        qtbot.keyClick(controller.window, Qt.Key.Key_F12)


def test_lock_button_in_the_sidebar(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        qtbot.mouseClick(ws.sidebar.lock, Qt.MouseButton.LeftButton)


def test_clipboard_cleared_only_if_it_still_holds_our_text(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    clipboard = QApplication.clipboard()
    detail = ws.records_pane("subject").detail
    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    assert "Colectivo Ficticio Ceiba" in clipboard.text()
    assert "Nombre Inventado" not in clipboard.text()  # the real name is never copied
    assert controller.clipboard.timer.interval() == 30_000
    controller.clipboard.timer.timeout.emit()
    assert clipboard.text() == ""

    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    clipboard.setText("texto propio de la persona")
    controller.clipboard.timer.timeout.emit()
    assert clipboard.text() == "texto propio de la persona"

    qtbot.mouseClick(detail.copy_button, Qt.MouseButton.LeftButton)
    controller.lock()
    assert clipboard.text() == ""


def test_real_name_only_on_a_timed_reveal(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    detail = ws.records_pane("subject").detail
    reveal = detail.fields.reveal
    assert reveal is not None
    assert reveal.value.text() == "(oculto)"
    assert all("Nombre Inventado" not in label.text() for label in detail.fields.values)
    pane = ws.records_pane("subject")
    assert all(
        "Nombre Inventado" not in str(pane.model.index(0, c).data())
        for c in range(pane.model.columnCount())
    )
    qtbot.mouseClick(reveal.button, Qt.MouseButton.LeftButton)
    assert reveal.value.text() == "Nombre Inventado Uno"
    assert reveal.timer.isActive() and reveal.timer.interval() == 15_000
    reveal.timer.timeout.emit()
    assert reveal.value.text() == "(oculto)"
    qtbot.mouseClick(reveal.button, Qt.MouseButton.LeftButton)
    assert reveal.value.text() == "Nombre Inventado Uno"
    controller.lock()
    # The row is gone with the rest of the record's fields.
    assert detail.fields.reveal is None and detail.fields.values == []


def test_autolock_minutes_from_settings(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("settings")
    settings = ws.panes["settings"]
    settings.minutes.setValue(2)  # type: ignore[attr-defined]
    assert controller.idle.timeout_ms == 2 * MINUTE
    controller.lock()
    ws = unlock_through_ui(qtbot, controller)
    assert controller.idle.timeout_ms == 2 * MINUTE
    wait_idle(qtbot, controller)
    assert "2 min" in ws.panes["home"].autolock.text()  # type: ignore[attr-defined]


def test_screen_lock_signal_locks(qtbot: QtBot, controller: AppController) -> None:
    create_through_ui(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        controller.screen_lock.locked.emit()


@pytest.mark.skipif(shutil.which("dbus-daemon") is None, reason="needs dbus-daemon")
def test_screen_saver_signal_on_a_real_session_bus(qtbot: QtBot) -> None:
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert daemon.stdout is not None
        address = daemon.stdout.readline().strip()
        bus = QDBusConnection.connectToBus(address, "aluna-test-session")
        nobus = QDBusConnection.connectToBus("unix:path=/nonexistent/aluna", "aluna-test-none")
        watcher = ScreenLockWatcher(session_bus=bus, system_bus=nobus)
        assert watcher.listening == ["org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"]
        message = QDBusMessage.createSignal(
            "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged"
        )
        message.setArguments([True])
        with qtbot.waitSignal(watcher.locked):
            assert bus.send(message)
        QDBusConnection.disconnectFromBus("aluna-test-session")
        QDBusConnection.disconnectFromBus("aluna-test-none")
    finally:
        daemon.terminate()
        daemon.wait()


def test_closing_the_window_locks_and_keeps_the_draft(
    qtbot: QtBot, controller: AppController
) -> None:
    _with_content(qtbot, controller)
    with qtbot.waitSignal(controller.locked):
        controller.window.close()
    assert not controller.is_unlocked
    with open_vault(controller.ctx, PASSPHRASE) as session:
        drafts = Drafts(session).list()
    assert [d.values["narrative"] for d in drafts] == [DRAFT_TEXT]


def test_language_from_settings_rebuilds_the_screens(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = _with_content(qtbot, controller)
    ws.show_pane("settings")
    settings = ws.panes["settings"]
    settings.language.setCurrentIndex(settings.language.findData("en"))  # type: ignore[attr-defined]
    english = controller.workspace
    assert english is not None and english is not ws
    assert english.current_key() == "settings"
    assert english.sidebar.lock.text() == "Lock"
    assert english.env.backend.call(lambda s: s.setting("ui.lang")) == "en"
    # What was being typed survived the switch as a draft.
    assert [d.values["narrative"] for d in english.env.backend.drafts(lambda d: d.list())] == [
        DRAFT_TEXT
    ]

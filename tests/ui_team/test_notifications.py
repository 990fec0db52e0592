"""Notices inside the window: shown, dismissed, never more than three, gone with the
screen that raised them (locking destroys the screens)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from aluna_field.ui.notifications.toasts import MAX_SHOWN, notification_area, notify


def test_notices_show_in_the_window_and_go_away(qtbot: QtBot) -> None:
    window = QMainWindow()
    pane = QWidget()
    window.setCentralWidget(pane)
    window.resize(900, 600)
    qtbot.addWidget(window)
    window.show()
    toast = notify(pane, "Intercambio terminado.", "success", "es")
    area = notification_area(pane, "es")
    assert area.parentWidget() is window and area.isVisible()
    assert area.messages() == ["Intercambio terminado."]
    assert toast.close_button.accessibleName() == "Cerrar aviso"
    # Placed in the window's bottom right corner, inside it.
    assert area.geometry().right() < window.width() and area.geometry().bottom() < window.height()
    qtbot.mouseClick(toast.close_button, Qt.MouseButton.LeftButton)
    assert area.messages() == [] and not area.isVisible()
    for i in range(MAX_SHOWN + 2):
        notify(pane, f"Aviso {i}", "info", "en")
    assert area.messages() == [f"Aviso {i}" for i in range(2, MAX_SHOWN + 2)]
    assert area.toasts[-1].close_button.accessibleName() == "Dismiss notice"
    with qtbot.waitSignal(pane.destroyed):
        pane.deleteLater()
    qtbot.waitUntil(lambda: area.messages() == [])
    assert not area.isVisible()

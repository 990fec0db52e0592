"""After an exchange the focus is where it was (issue 19, item 11): the drive's button,
not nowhere (the Cancel button that held it during the exchange is hidden)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uiteam import Device, enrol, exchange


def test_focus_stays_after_an_exchange(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    sync = coord.sync_pane(qtbot, stick)
    sync.window().activateWindow()
    qtbot.waitUntil(sync.window().isActiveWindow)
    button = sync.cards[0].button
    button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    exchange(qtbot, sync)
    # The window's focus (what the person has when it is active) is the drive's button.
    qtbot.waitUntil(lambda: sync.window().focusWidget() is sync.cards[0].button)

"""`make run` offscreen: run_app starts the window on the right screen and returns on close."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aluna_field.services.vaults import create_vault
from aluna_field.ui.app import run_app, start_app
from support import PASSPHRASE, FakeClock, make_ctx


def test_run_app_shows_the_window_and_returns_on_close(qapp: QApplication, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path / "vault", FakeClock(), "es")
    shown: list[str] = []

    def close() -> None:
        windows = [w for w in qapp.topLevelWidgets() if w.isVisible()]
        shown.extend(w.windowTitle() for w in windows)
        for window in windows:
            window.close()

    QTimer.singleShot(0, close)
    previous = os.umask(0o022)
    try:
        assert run_app(ctx) == 0
        assert os.umask(0o022) == 0o077  # run_app made files private to this user
    finally:
        os.umask(previous)
    assert shown == ["Aluna Field"]


def test_start_app_picks_create_or_unlock(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path / "vault", FakeClock(), "es")
    first = start_app(ctx, qapp)
    qtbot.addWidget(first.window)
    assert first.window.isVisible()
    assert first.unlock_screen is not None
    assert first.unlock_screen.stack.currentWidget() is first.unlock_screen.create_page
    first.shutdown()
    first.window.close()
    create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier").close()
    second = start_app(ctx, qapp)
    qtbot.addWidget(second.window)
    assert second.unlock_screen is not None
    assert second.unlock_screen.stack.currentWidget() is second.unlock_screen.unlock
    second.shutdown()

"""The desktop app's entry point: `aluna-field` with no command ends up here."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from ..services.context import AppContext
from .common.collector import GuiThreadCollector
from .shell.controller import AppController

APP_NAME = "Aluna Field"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    # Follow the system's scale factor exactly, so text scales with the system font.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    )
    app = QApplication(sys.argv[:1])
    # No organisation name on purpose: nothing here should ever write a QSettings file.
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setDesktopFileName("org.aluna.Field")
    app.setQuitOnLastWindowClosed(True)
    return app


def start_app(ctx: AppContext, app: QApplication) -> AppController:
    """Build the window (unlock or create screen first) and show it."""
    controller = AppController(ctx, app)
    controller.window.show()
    return controller


def run_app(ctx: AppContext) -> int:
    """Create the application, show the window, run until it closes; the exit code."""
    # Whatever the app writes (the vault, its key file) is for this user alone.
    os.umask(0o077)
    app = make_application()
    collector = GuiThreadCollector(app)
    collector.start()
    controller = start_app(ctx, app)
    code = app.exec()
    controller.shutdown()
    collector.stop()
    return int(code)

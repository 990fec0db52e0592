"""Fixtures for the desktop app: real widgets offscreen on a real vault, Qt warnings fail.

The app is driven as a person would: typing into the fields and pressing its buttons.
Only waiting is done with `qtbot.waitUntil`/`waitSignal` (no sleeps, no timings).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller

from aluna_field.services.context import AppContext
from aluna_field.ui.app import make_application
from aluna_field.ui.shell.controller import AppController
from support import FakeClock, make_ctx

# Messages the offscreen platform prints about itself, not about our widgets.
_PLATFORM_NOISE = ("This plugin does not support",)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    yield
    records = getattr(qtlog, "records", [])
    bad = [
        r.message
        for r in records
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(noise in r.message for noise in _PLATFORM_NOISE)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    assert make_application() is qapp
    return qapp


@pytest.fixture
def es_ctx(tmp_path: Path, clock: FakeClock) -> AppContext:
    return make_ctx(tmp_path / "vault", clock, lang="es")


@pytest.fixture
def controller(es_ctx: AppContext, app: QApplication, qtbot: QtBot) -> Iterator[AppController]:
    ctrl = open_controller(es_ctx, app, qtbot, "es")
    yield ctrl
    ctrl.shutdown()

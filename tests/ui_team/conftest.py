"""Fixtures of the team-screen tests: a coordinator and accompaniers on real vaults,
a folder standing in for the USB stick; Qt warnings fail the test (as in tests/ui)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent))

from uiteam import Device, make_device

_PLATFORM_NOISE = ("This plugin does not support",)


@pytest.fixture(autouse=True)
def _qt_warnings_fail(qtlog: object) -> Iterator[None]:
    yield
    bad = [
        r.message
        for r in getattr(qtlog, "records", [])
        if r.type in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)
        and not any(noise in r.message for noise in _PLATFORM_NOISE)
    ]
    assert not bad, f"Qt warnings: {bad}"


@pytest.fixture
def coord(tmp_path: Path, qapp: QApplication) -> Iterator[Device]:
    device = make_device(tmp_path, "Coordinación Ficticia", "coordinator")
    yield device
    device.close()


@pytest.fixture
def ana(tmp_path: Path, qapp: QApplication) -> Iterator[Device]:
    device = make_device(tmp_path, "Ana Ficticia", "accompanier", start_ms=500)
    yield device
    device.close()


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder

"""The guard against PySide6 6.12's lost references on None/True/False (Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from aluna_field.ui.qt_compat import PINNED, pin_singletons


class _Emitter(QObject):
    ping = Signal(int)


def test_many_emits_and_void_calls_cannot_free_the_singletons() -> None:
    pin_singletons()
    assert pin_singletons() is False  # idempotent: already pinned (or not needed)
    emitter = _Emitter()
    emitter.ping.connect(lambda _n: None)
    for n in range(20_000):
        emitter.ping.emit(n)
        emitter.setObjectName("")
    if sys.version_info < (3, 12):
        assert sys.getrefcount(True) > PINNED // 2
        assert sys.getrefcount(None) > PINNED // 2

"""Scrolling a form with the mouse wheel never changes a choice box or a number box the
pointer passes over; a box being edited (focused) still takes the wheel."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox, QScrollArea
from pytestqt.qtbot import QtBot
from ui_helpers import activate, create_through_ui

from aluna_field.ui.shell.controller import AppController


def _wheel(widget: QComboBox, down: bool = True) -> None:
    delta = QPoint(0, -120 if down else 120)
    event = QWheelEvent(
        QPointF(5, 5),
        QPointF(widget.mapToGlobal(QPoint(5, 5))),
        QPoint(0, 0),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_scrolls_the_form_not_the_box(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    activate(qtbot, controller)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    combo = host.form.rows["source"].field
    assert isinstance(combo, QComboBox)
    before = combo.currentIndex()
    host.form.rows["narrative"].field.setFocus()
    qtbot.waitUntil(lambda: not combo.hasFocus())
    area = next(p for p in _parents(combo) if isinstance(p, QScrollArea))
    area.verticalScrollBar().setValue(0)
    for _ in range(3):
        _wheel(combo)
    assert combo.currentIndex() == before  # untouched
    assert area.verticalScrollBar().value() > 0  # the page scrolled instead
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo)
    assert combo.currentIndex() != before  # being edited, it takes the wheel


def _parents(widget: QComboBox) -> list[object]:
    found, parent = [], widget.parentWidget()
    while parent is not None:
        found.append(parent)
        parent = parent.parentWidget()
    return found

"""Everything from the keyboard: sidebar, Ctrl+N, Tab through a form in order, Ctrl+S,
Ctrl+F; controls have names for screen readers; the window fits 1366×768 with large text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import activate, create_through_ui, type_text, wait_idle

from aluna_field.ui.shell.controller import AppController


def test_a_crisis_note_from_the_keyboard_alone(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    activate(qtbot, controller)
    ws.show_pane("home")
    ws.sidebar.list.setFocus()
    qtbot.keyClick(ws.sidebar.list, Qt.Key.Key_Down)
    assert ws.current_key() == "search"
    for _ in range(3):  # the gap row between groups is skipped by the arrow keys
        qtbot.keyClick(ws.sidebar.list, Qt.Key.Key_Down)
    assert ws.current_key() == "crisis-note"
    qtbot.keyClick(ws.sidebar.list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    pane = ws.records_pane("crisis-note")
    host = pane.host
    assert host is not None
    form = host.form
    # Tab follows the form from top to bottom.
    form.rows["occurred_at"].field.setFocus()
    order = []
    low = form.rows["urgency"].field.buttons["low"]  # type: ignore[attr-defined]
    while low not in order and len(order) < 40:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    picker_line = form.rows["subject_ids"].field.line  # type: ignore[attr-defined]
    assert order[:2] == [picker_line, form.rows["event"].field]
    # Then every perpetrator and every role of the State, one chip each, then urgency.
    chips = [
        *form.rows["perpetrator"].field.chips.values(),  # type: ignore[attr-defined]
        *form.rows["state_role"].field.chips.values(),  # type: ignore[attr-defined]
    ]
    assert order[2:] == [*chips, low]
    picker_line.setFocus()
    qtbot.keyClicks(picker_line, "ceiba")
    qtbot.keyClick(picker_line, Qt.Key.Key_Return)
    activate(qtbot, controller)
    event = form.rows["event"].field
    event.setFocus()
    qtbot.keyClick(event, Qt.Key.Key_Down)  # first event after "Elige…"
    urgency = form.rows["urgency"].field.buttons["high"]  # type: ignore[attr-defined]
    urgency.setFocus()
    qtbot.keyClick(urgency, Qt.Key.Key_Space)
    narrative = form.rows["narrative"].field
    narrative.setFocus()
    type_text(narrative, "Relato ficticio escrito solo con el teclado.")
    with qtbot.waitSignal(host.saved):
        qtbot.keyClick(narrative, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, controller)
    qtbot.keyClick(pane.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is pane.filters.search


def test_controls_have_names_and_take_focus(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    for key in ("crisis-note", "risk-assessment", "impact-observation"):
        ws.show_pane(key)
        host = ws.records_pane(key).new_record({})
        for widget in host.findChildren(QWidget):
            inner = isinstance(widget.parent(), QAbstractSpinBox | QComboBox)  # their own editor
            # A date's calendar button is opened from its line (Alt+Down, F4), as Qt's was.
            inner = inner or widget.objectName() == "calendar_button"
            if (
                isinstance(widget, QAbstractButton | QLineEdit)
                and widget.isVisibleTo(host)
                and not inner
            ):
                name = widget.accessibleName() or (
                    widget.text() if isinstance(widget, QAbstractButton) else ""
                )
                assert name, f"{key}: a {type(widget).__name__} has no accessible name"
                assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, type(widget).__name__
        host.discard()


def test_fits_1366x768_with_large_system_text(
    qtbot: QtBot, controller: AppController, qapp: QApplication
) -> None:
    original = QFont(qapp.font())
    large = QFont(original)
    large.setPointSizeF(original.pointSizeF() * 1.25)
    qapp.setFont(large)
    try:
        ws = create_through_ui(qtbot, controller)
        for key in ws.panes:
            ws.show_pane(key)
            wait_idle(qtbot, controller)
            hint = controller.window.minimumSizeHint()
            assert hint.width() <= 1366 and hint.height() <= 768, (key, hint)
        ws.show_pane("risk-assessment")
        ws.records_pane("risk-assessment").new_record({})
        hint = controller.window.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 768, hint
    finally:
        qapp.setFont(original)


def test_f6_goes_back_to_the_sections_from_a_form(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    activate(qtbot, controller)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    field = host.form.rows["narrative"].field
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_F6)
    qtbot.waitUntil(ws.sidebar.list.hasFocus)
    assert ws.current_key() == "crisis-note"  # only the focus moved

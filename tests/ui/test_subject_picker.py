"""Choosing a subject from the type-ahead list leaves the line empty for the next one
(seen under Xvfb: Down, Enter in the list made the chip and left the alias in the line)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from aluna_field.ui.forms.pickers import SubjectPicker

SUBJECTS = [
    ("a" * 32, "Defensora Ficticia Ceiba 17"),
    ("b" * 32, "Periodista Ficticio Ceiba 01"),
    ("c" * 32, "Vocera Ficticia Roble 09"),
]


def _picker(qtbot: QtBot) -> SubjectPicker:
    picker = SubjectPicker(SUBJECTS, "es", multiple=True)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    picker.line.setFocus()
    qtbot.waitUntil(picker.line.hasFocus)
    return picker


def test_down_and_enter_in_the_list_make_a_chip_and_empty_the_line(qtbot: QtBot) -> None:
    picker = _picker(qtbot)
    qtbot.keyClicks(picker.line, "ceiba")
    popup = picker.completer.popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible())
    assert picker.chosen == ["a" * 32]
    qtbot.waitUntil(lambda: picker.line.text() == "")
    qtbot.keyClicks(picker.line, "roble")
    qtbot.keyClick(picker.line, Qt.Key.Key_Return)
    assert picker.chosen == ["a" * 32, "c" * 32]
    qtbot.waitUntil(lambda: picker.line.text() == "")

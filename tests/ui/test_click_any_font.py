"""Item 18 of issue 19: the tests' clicks land on check boxes whatever fonts are installed."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from qtclick import LEFT, press


def _stretched(qtbot: QtBot, box: QCheckBox | QRadioButton) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    QVBoxLayout(window).addWidget(box)
    window.resize(1400, 120)  # the layout stretches the box far past its short label
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_stretched_check_box_is_ticked_by_press(qtbot: QtBot) -> None:
    box = QCheckBox("Entiendo")
    window = _stretched(qtbot, box)
    qtbot.mouseClick(box, LEFT)  # the widget's centre: empty space, Qt ignores it
    assert not box.isChecked() and window.isVisible()
    press(qtbot, box)
    assert box.isChecked()
    press(qtbot, box)
    assert not box.isChecked() and window.isVisible()


def test_a_stretched_radio_button_is_chosen_by_press(qtbot: QtBot) -> None:
    radio = QRadioButton("Todo")
    window = _stretched(qtbot, radio)
    press(qtbot, radio)
    assert radio.isChecked() and window.isVisible()

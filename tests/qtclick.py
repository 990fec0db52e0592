"""Clicking a button where it really takes the click, whatever fonts are installed.

A check box or radio button stretched by its layout is wider than its indicator and
text; Qt only takes a click inside the style's click rectangle (indicator + label), so
a click at the widget's centre misses it with wider fonts (Noto Sans) and hits it with
narrower ones (DejaVu). The point clicked here is the centre of the indicator, taken
from the widget's own style, so the test does the same on every machine.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

LEFT = Qt.MouseButton.LeftButton


def click_point(widget: QWidget) -> QPoint:
    """Where a person aims: a check box's or radio button's indicator, else the centre."""
    if isinstance(widget, QCheckBox | QRadioButton):
        option = QStyleOptionButton()
        option.initFrom(widget)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if isinstance(widget, QCheckBox)
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        return widget.style().subElementRect(element, option, widget).center()
    return widget.rect().center()


def press(qtbot: QtBot, button: QAbstractButton | QWidget) -> None:
    """One left click at `click_point`."""
    qtbot.mouseClick(button, LEFT, pos=click_point(button))

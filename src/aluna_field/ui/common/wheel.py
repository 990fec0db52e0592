"""A mouse wheel turned over a choice box or a number box that is not being edited
scrolls the page; it never changes the value.

Qt gives the wheel to whatever widget is under the pointer: scrolling down a long form
with the wheel changed every choice box and number box it passed over, silently (seen
under Xvfb: a crisis note's source turned to "Otra" while scrolling). A box takes the
wheel only once it has the focus (a click or Tab), as people expect of a form.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget


class WheelGuard(QObject):
    """An application-wide event filter (install it on the QApplication)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(
            watched, (QComboBox, QAbstractSpinBox)
        ):
            return False
        if watched.hasFocus() or (isinstance(watched, QComboBox) and watched.view().isVisible()):
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # the box's value stays as it is


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent

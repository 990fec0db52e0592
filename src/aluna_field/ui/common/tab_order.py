"""Tab through a form in the order it reads, whatever Qt's focus chain says.

Qt keeps one focus chain per window and `setTabOrder` edits it with rules that bite
here: it silently does nothing when either widget takes no focus, it moves a widget with
its children, and a form loaded before it is in the window (a draft, an edit) is
chained apart and spliced in later. A risk assessment reopened from a draft had its
threat cards and "Agregar amenaza" moved to the form's end: Tab from the date skipped
the factors and the plan, and from "Agregar amenaza" went straight to "Descartar…".

So the form host moves the focus itself: the stops are the form's focusable widgets in
the order of its layouts (top to bottom, each row left to right, as they show), and Tab
past either end leaves the form through Qt's chain as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLayout, QWidget


def is_stop(widget: QWidget) -> bool:
    """A widget Tab stops at: shown, enabled, takes Tab, and not a stand-in for another
    (a widget with a focus proxy is walked into instead)."""
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        and widget.focusProxy() is None
    )


def tab_stops(root: QWidget) -> list[QWidget]:
    """root's Tab stops in layout order. A stop's own children are its business (a spin
    box's line, a text box's viewport); a widget outside every layout is not reached."""
    stops: list[QWidget] = []

    def visit(widget: QWidget) -> None:
        if widget is not root and is_stop(widget):
            stops.append(widget)
            return
        layout = widget.layout()
        if layout is not None and widget.isVisible():
            visit_layout(layout)

    def visit_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            item = layout.itemAt(index)
            if item is None:
                continue
            child, inner = item.widget(), item.layout()
            if child is not None:
                visit(child)
            elif inner is not None:
                visit_layout(inner)

    visit(root)
    return stops


def stop_of(stops: Sequence[QWidget], focused: QWidget | None) -> int:
    """Which stop holds the focus: the widget itself, else the innermost stop around it
    (a spin box around its line; the page scrolls around every field); -1 if none."""
    if focused is None:
        return -1
    for index, stop in enumerate(stops):
        if stop is focused:
            return index
    around = [i for i, stop in enumerate(stops) if stop.isAncestorOf(focused)]
    return max(around, key=lambda i: _depth(stops[i])) if around else -1


def _depth(widget: QWidget) -> int:
    depth, parent = 0, widget.parentWidget()
    while parent is not None:
        depth, parent = depth + 1, parent.parentWidget()
    return depth

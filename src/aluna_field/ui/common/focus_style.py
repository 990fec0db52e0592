"""Where the keyboard is, drawn so it can be seen (issue 19, item 11).

The platform styles draw focus faintly or not at all on lists and tables: in Fusion a
focused list's selected row looks exactly like an unfocused one, so arrowing through
the sidebar and tabbing into a table gave no sign of where the keys would go. One style
sheet, set on the main window (dialogs opened from it inherit it), adds:

- a ring in the highlight colour around the list, table, text box or scrolling page
  that has the focus (a page takes it so the arrow keys can scroll it; the same outer
  size when it has not: a 1 px frame plus a 1 px margin);
- a ring on the focused button, check box or radio button, also when the focus came
  back to it without a key (after a dialog or an exchange Fusion drew nothing there);
- in the sidebar (`objectName` "sidebar") the chosen section in a muted fill while the
  focus is elsewhere, in the highlight colour with a ring while the keys move it.

Only palette roles are named, so the light and dark themes both keep their contrast.
"""

from __future__ import annotations

SIDEBAR = "sidebar"

FOCUS_STYLE = """
QAbstractScrollArea {
    border: 1px solid palette(mid);
    margin: 1px;
}
QAbstractScrollArea:focus {
    border: 2px solid palette(highlight);
    margin: 0px;
}
QPushButton:focus, QToolButton:focus {
    border: 2px solid palette(highlight);
    border-radius: 3px;
    background: palette(button);
    padding: 0px 2px;
}
QPushButton:focus:checked, QPushButton:focus:pressed {
    background: palette(mid);
}
QCheckBox, QRadioButton {
    border: 2px solid transparent;
    border-radius: 3px;
    padding: 1px;
}
QCheckBox:focus, QRadioButton:focus {
    border-color: palette(highlight);
}
QListWidget#sidebar::item {
    padding: 3px 4px;
    border: 2px solid transparent;
    border-radius: 3px;
}
QListWidget#sidebar::item:selected {
    background: palette(midlight);
    color: palette(window-text);
}
QListWidget#sidebar::item:selected:focus {
    background: palette(highlight);
    color: palette(highlighted-text);
    border: 2px solid palette(window-text);
}
"""

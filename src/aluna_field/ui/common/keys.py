"""Keyboard shortcuts the whole app shares (documented on the home page).

Strings, not QKeySequence objects: those need a running QGuiApplication ("Ctrl" is
the Command key on macOS, as Qt maps it).
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

LOCK = "Ctrl+L"
# Two ways, because in a hurry one hits whichever the hand finds: a chord, or one key.
QUICK_HIDE = ("Ctrl+Shift+H", "F12")
NEW = "Ctrl+N"
FIND = "Ctrl+F"
# Back to the sections list from anywhere (the key desktop apps use to move between panes).
SECTIONS = "F6"

AUTOLOCK_SETTING = "ui.autolock_minutes"
LANG_SETTING = "ui.lang"


def native(keys: str) -> str:
    """keys as this platform writes them (⌘L on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def quick_hide_text() -> str:
    return " / ".join(native(k) for k in QUICK_HIDE)

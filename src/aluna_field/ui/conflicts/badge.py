"""The count of records with conflicts beside "Conflicts" in the sidebar.

The sidebar lists its panes as items carrying the pane's key (UserRole); this finds
the item of the conflicts pane in the same window and writes the count into its text
and accessible text. Nothing happens when there is no such item (the pane shown on its
own, in tests).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QWidget

KEY_ROLE = Qt.ItemDataRole.UserRole


def badge_text(label: str, count: int) -> str:
    return f"{label} ({count})" if count else label


def show_badge(widget: QWidget, key: str, label: str, count: int) -> bool:
    """Put count on the sidebar entry of pane key; True when the entry was found."""
    for sidebar in widget.window().findChildren(QListWidget):
        for row in range(sidebar.count()):
            item = sidebar.item(row)
            if item is not None and item.data(KEY_ROLE) == key:
                text = badge_text(label, count)
                item.setText(text)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
                return True
    return False

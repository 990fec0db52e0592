"""The sidebar: one entry per pane, grouped, and the lock button at the bottom."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ...l10n import _
from ..common.focus_style import SIDEBAR
from ..common.keys import LOCK, native
from ..common.widgets import scaled_font
from .panes import GROUPS, PaneSpec

_KEY = Qt.ItemDataRole.UserRole


class Sidebar(QWidget):
    chosen = Signal(str)  # pane key
    activated = Signal(str)  # pane key clicked or Enter pressed on (not passed by arrows)
    lock_clicked = Signal()

    def __init__(self, specs: Sequence[PaneSpec], lang: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(SIDEBAR)  # the focus style draws its chosen row
        self.list.setAccessibleName(_(lang, "Sections"))
        self.list.setFont(scaled_font(1.1))
        self.list.setSpacing(2)
        previous = None
        for group in GROUPS:
            for spec in (s for s in specs if s.group == group and s.in_sidebar):
                if previous is not None and previous != group:
                    gap = QListWidgetItem("")
                    gap.setFlags(Qt.ItemFlag.NoItemFlags)
                    gap.setSizeHint(gap.sizeHint().expandedTo(self.fontMetrics().size(0, " ")))
                    self.list.addItem(gap)
                item = QListWidgetItem(spec.label(lang))
                item.setData(_KEY, spec.key)
                self.list.addItem(item)
                previous = group
        self.list.currentItemChanged.connect(self._changed)
        self.list.itemClicked.connect(self._activated)
        self.list.itemActivated.connect(self._activated)
        width = max(self.list.sizeHintForColumn(0), self.fontMetrics().averageCharWidth() * 18)
        self.list.setFixedWidth(width + self.fontMetrics().averageCharWidth() * 4)
        layout.addWidget(self.list, 1)
        self.lock = QPushButton(_(lang, "Lock"))
        self.lock.setToolTip(_(lang, "Lock now ({keys})", keys=native(LOCK)))
        self.lock.setMinimumHeight(self.fontMetrics().height() * 2)
        self.lock.clicked.connect(self.lock_clicked)
        layout.addWidget(self.lock)

    def _changed(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None and item.data(_KEY):
            self.chosen.emit(str(item.data(_KEY)))

    def _activated(self, item: QListWidgetItem) -> None:
        if item.data(_KEY):
            self.activated.emit(str(item.data(_KEY)))

    def select(self, key: str) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_KEY) == key:
                if self.list.currentRow() != row:
                    self.list.setCurrentRow(row)
                return
        self.list.clearSelection()
        self.list.setCurrentRow(-1)

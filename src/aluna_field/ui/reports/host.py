"""The reports screen as one of the main window's panes (coordinators only).

The report is worked out when the pane is first shown, not when the vault opens, and is
thrown away on lock: `clear_content` stops any job and deletes the screen with its
tables and charts, and the next show builds it again.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ..common.nav import PaneEnv
from .pane import ReportsPane


class ReportsHost(QWidget):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        self.inner: ReportsPane | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def _build(self) -> ReportsPane:
        if self.inner is None:
            backend = self.env.backend
            # The pane reads only through backend.call (the one-writer lock); the session
            # itself is kept for its immutable context (clock, vault folder).
            session = backend.call(lambda s: s)
            self.inner = ReportsPane(session, self.env.lang, self, call=backend.call)
            self._layout.addWidget(self.inner)
            self.inner.refresh()
        return self.inner

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._build()

    def refresh(self) -> None:
        if self.inner is not None:
            self.inner.refresh()

    def clear_content(self) -> None:
        if self.inner is None:
            return
        self.inner.stop()
        self._layout.removeWidget(self.inner)
        self.inner.setParent(None)
        self.inner.deleteLater()
        self.inner = None

    def save_drafts(self) -> None:
        """Filters are not records: there is no draft to keep."""

    def focus_search(self) -> None:
        self._build().filters.setFocus()

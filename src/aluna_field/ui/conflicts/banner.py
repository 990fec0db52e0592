"""The line a record's detail shows when the record has conflicting versions."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from ...l10n import _
from ..common.nav import PaneEnv
from ..common.widgets import plain_label, warning_color
from .route import conflict_route


class ConflictBanner(QFrame):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        self.rid: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = plain_label(
            _(env.lang, "This record has conflicting versions: all are kept until someone decides.")
        )
        palette = self.text.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_color(self.text))
        self.text.setPalette(palette)
        layout.addWidget(self.text, 1)
        self.go = QPushButton(_(env.lang, "Review in Conflicts"))
        self.go.clicked.connect(self.open_inbox)
        layout.addWidget(self.go)
        self.setVisible(False)

    def show_for(self, rid: str | None, conflicted: bool) -> None:
        self.rid = rid if conflicted else None
        self.setVisible(self.rid is not None)

    def open_inbox(self) -> None:
        if self.rid is not None:
            conflict_route(self.env.nav).open.emit(self.rid)

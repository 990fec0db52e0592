"""The line a record's detail shows when the record has conflicting versions."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from ..common.nav import PaneEnv
from ..common.widgets import plain_label, warning_color
from ..i18n import t
from .route import conflict_route
from .texts import TEXTS


class ConflictBanner(QFrame):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        self.rid: str | None = None
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.text = plain_label(t(TEXTS, "banner", env.lang))
        palette = self.text.palette()
        palette.setColor(QPalette.ColorRole.WindowText, warning_color(self.text))
        self.text.setPalette(palette)
        layout.addWidget(self.text, 1)
        self.go = QPushButton(t(TEXTS, "banner_go", env.lang))
        self.go.clicked.connect(self.open_inbox)
        layout.addWidget(self.go)
        self.setVisible(False)

    def show_for(self, rid: str | None, conflicted: bool) -> None:
        self.rid = rid if conflicted else None
        self.setVisible(self.rid is not None)

    def open_inbox(self) -> None:
        if self.rid is not None:
            conflict_route(self.env.nav).open.emit(self.rid)

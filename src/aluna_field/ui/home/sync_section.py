"""The home page's sync lines: the last exchange, what waits to reach the team, and for
coordinators the records with conflicts, with a button to the conflicts inbox."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...l10n import _, pgettext
from ...services.sync_overview import SyncOverview
from ..common.widgets import heading, plain_label, warning_color
from ..records.history import when_text
from .texts import KEYED


class SyncSection(QWidget):
    review = Signal()  # "Review the conflicts" was pressed

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading(pgettext(lang, "ui.home:sync", "Sync"), 1.15))
        self.last = plain_label()
        self.pending = plain_label()
        layout.addWidget(self.last)
        layout.addWidget(self.pending)
        row = QHBoxLayout()
        self.conflicts = plain_label()
        self.review_button = QPushButton(_(lang, "Review the conflicts"))
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.conflicts, 1)
        row.addWidget(self.review_button)
        layout.addLayout(row)
        self._plain = self.conflicts.palette()
        self._warn = QPalette(self._plain)
        self._warn.setColor(QPalette.ColorRole.WindowText, warning_color(self.conflicts))
        self.show_overview(None)

    def show_overview(self, overview: SyncOverview | None) -> None:
        """Fill the lines from overview; None empties them (before loading, on lock)."""
        lang = self.lang
        if overview is None:
            for label in (self.last, self.pending, self.conflicts):
                label.clear()
            self.conflicts.setVisible(False)
            self.review_button.setVisible(False)
            return
        last = overview.last_exchange_ms
        when = _(lang, "none yet") if last is None else when_text(last)
        self.last.setText(_(lang, "Last exchange (USB drive or relay): {when}.", when=when))
        if overview.pending is None:
            key = "only_revoked" if overview.knows_others else "no_team"
            self.pending.setText(_(lang, KEYED[key]))
        elif overview.pending:
            self.pending.setText(
                _(
                    lang,
                    "Changes waiting to sync (the team has not confirmed receiving them): {n}.",
                    n=overview.pending,
                )
            )
        elif overview.unanswered:
            # Nothing counted as pending, but these never answered: not "all confirmed".
            names = ", ".join(overview.unanswered)
            self.pending.setText(
                _(
                    lang,
                    "No answer yet from: {names}. Until then it is not known what they received.",
                    names=names,
                )
            )
        else:
            self.pending.setText(
                _(lang, "Nothing waits to sync: the team has confirmed everything saved here.")
            )
        # The count comes only for coordinators (the loader asks for it by role).
        n = overview.conflicts
        self.conflicts.setVisible(n is not None)
        self.review_button.setVisible(bool(n))
        if n is not None:
            self.conflicts.setText(
                _(lang, "Records with conflicts to review: {n}.", n=n)
                if n
                else _(lang, "No conflicts to review.")
            )
            self.conflicts.setPalette(self._warn if n else self._plain)

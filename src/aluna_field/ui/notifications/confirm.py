"""Asking before something that cannot be undone (revoking a device, redacting).

The dialog says what will happen and what will not, in whole sentences; the button
that acts is named for the act ("Revoke", "Redact"), and stays disabled until the
person ticks that they understand. Cancel is the default: Enter never destroys.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ..common.tab_order import is_stop, stop_of
from ..common.widgets import heading, plain_label


class ConfirmDialog(QDialog):
    def __init__(
        self,
        parent: QWidget,
        lang: str,
        title: str,
        question: str,
        paragraphs: Sequence[str],
        act: str,
        body: QWidget | None = None,
        irreversible: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        layout = QVBoxLayout(self)
        self.question = heading(question, 1.15)
        layout.addWidget(self.question)
        self.body = body
        if body is not None:
            layout.addWidget(body)
        self.paragraphs = [plain_label(text) for text in paragraphs]
        for label in self.paragraphs:
            layout.addWidget(label)
        self.check = QCheckBox(_(lang, "I understand this cannot be undone"))
        self.check.setVisible(irreversible)
        layout.addWidget(self.check)
        buttons = QDialogButtonBox()
        self.act = QPushButton(act)
        self.act.setAccessibleName(act)
        self.act.setAutoDefault(False)
        self.cancel = QPushButton(_(lang, "Cancel"))
        self.cancel.setDefault(True)
        buttons.addButton(self.act, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.check.toggled.connect(self.act.setEnabled)
        layout.addWidget(buttons)
        self.act.setEnabled(not irreversible)
        width = self.fontMetrics().averageCharWidth() * 72
        for label in (self.question, *self.paragraphs):
            label.setMinimumWidth(width)
        self.cancel.setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the box, the act button and Cancel, as they read.
        Qt's own chain went from the box straight to Cancel, so a revocation could not
        be confirmed from the keyboard (seen under Xvfb)."""
        stops = [w for w in (self.check, self.act, self.cancel) if is_stop(w)]
        here = stop_of(stops, QApplication.focusWidget())
        if here < 0 or not stops:
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        stops[(here + (1 if next else -1)) % len(stops)].setFocus(reason)
        return True

    def text(self) -> str:
        """Everything the dialog says (tests read it; it holds no record content)."""
        return "\n".join([self.question.text(), *(p.text() for p in self.paragraphs)])


def ask(
    parent: QWidget,
    lang: str,
    title: str,
    question: str,
    paragraphs: Sequence[str],
    act: str,
    on_yes: Callable[[], None],
    body: QWidget | None = None,
    irreversible: bool = True,
) -> ConfirmDialog:
    """Open the dialog (window-modal, not blocking); on_yes runs if the person confirms."""
    dialog = ConfirmDialog(parent, lang, title, question, paragraphs, act, body, irreversible)
    dialog.accepted.connect(on_yes)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    return dialog

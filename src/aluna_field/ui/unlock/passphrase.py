"""A passphrase field with a show/hide button and a Caps Lock warning."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...l10n import _
from ..common.widgets import error_label, set_error
from .texts import KEYED


def caps_lock_likely(event: QKeyEvent) -> bool | None:
    """True/False when a typed letter tells whether Caps Lock is on; None when it can't.

    Qt has no portable way to read the Caps Lock state, so we infer it the way many
    password managers do: an upper-case letter typed without Shift (or a lower-case one
    with Shift) means Caps Lock is on.
    """
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.upper() == text.lower():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class PassphraseField(QWidget):
    returnPressed = Signal()

    def __init__(self, lang: str, label_key: str = "passphrase") -> None:
        super().__init__()
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(_(lang, KEYED[label_key]))
        # No completion, no drag out: the passphrase goes nowhere but the KDF.
        self.edit.setDragEnabled(False)
        self.edit.returnPressed.connect(self.returnPressed)
        self.edit.installEventFilter(self)
        self.toggle = QPushButton(_(lang, "Show"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(_(lang, "Show the passphrase"))
        self.toggle.toggled.connect(self._show)
        row.addWidget(self.edit, 1)
        row.addWidget(self.toggle)
        layout.addLayout(row)
        self.caps = error_label()
        layout.addWidget(self.caps)
        self.setFocusProxy(self.edit)

    def text(self) -> str:
        return self.edit.text()

    def clear(self) -> None:
        self.edit.clear()
        self.toggle.setChecked(False)

    def _show(self, on: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        self.toggle.setText(_(self.lang, "Hide") if on else _(self.lang, "Show"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and isinstance(event, QKeyEvent):
            if event.type() == QEvent.Type.KeyPress:
                caps = caps_lock_likely(event)
                if caps is not None:
                    set_error(self.caps, _(self.lang, "Caps Lock seems to be on.") if caps else "")
            elif event.type() == QEvent.Type.FocusOut:
                set_error(self.caps, "")
        return False

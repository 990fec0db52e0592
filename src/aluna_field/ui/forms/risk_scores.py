"""A score from 1 to 5 that starts "not scored", with what the chosen score means beside it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QSpinBox, QWidget

from ...domain.risk_codes import anchor, anchors
from ...l10n import _
from ..common.widgets import plain_label

NEWLINE = "\n"


class ScoreBox(QWidget):
    """A spin box 0-5 where 0 reads "sin puntuar" (value None), and the scale's anchor.

    The tooltip lists all five meanings, so the scale is at hand while choosing.
    """

    changed = Signal()

    def __init__(self, scale: str, lang: str) -> None:
        super().__init__()
        self.scale = scale
        self.lang = lang
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.spin = QSpinBox()
        self.spin.setRange(0, 5)
        self.spin.setSpecialValueText(_(lang, "Not scored"))
        meanings = [f"{n} · {text}" for n, text in enumerate(anchors(scale, lang), 1)]
        self.spin.setToolTip(NEWLINE.join(meanings))
        self.anchor = plain_label()
        layout.addWidget(self.spin)
        layout.addWidget(self.anchor, 1)
        self.spin.valueChanged.connect(self._changed)
        self.setFocusProxy(self.spin)
        self._changed()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.spin.setAccessibleName(name)

    def _changed(self) -> None:
        score = self.value()
        text = anchor(self.scale, score, self.lang) if score else _(self.lang, "Not scored yet")
        self.anchor.setText(text)
        self.spin.setAccessibleDescription(text)
        self.changed.emit()

    def value(self) -> int | None:
        return self.spin.value() or None

    def set_value(self, value: object) -> None:
        ok = isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 5
        self.spin.setValue(value if ok and isinstance(value, int) else 0)

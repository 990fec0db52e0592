"""Editable lists of items (threats, factors, measures): one card per item, each field
with its caption, the item's errors beside it, a remove button and an "add" button below."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ..common.widgets import error_label, plain_label, set_error

# A card's rows: each a sequence of (field name, stretch).
Arrangement = Sequence[Sequence[tuple[str, int]]]


class ItemSpec(Protocol):
    """How one kind of item is shown (`build`, `arrange`, `caption`) and read back."""

    prefix: str  # new items get the id prefix + n ("t1"); "" leaves ids to the domain

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]: ...

    def arrange(self) -> Arrangement: ...

    def caption(self, name: str) -> str: ...

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]: ...


def captioned(caption: str, widget: QWidget) -> QWidget:
    """The widget with its caption above it (the caption is its accessible name too)."""
    if not caption:
        return widget
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    label = plain_label(caption)
    label.setBuddy(widget)
    layout.addWidget(label)
    layout.addWidget(widget)
    if not widget.accessibleName():
        widget.setAccessibleName(caption)
    return box


class ItemList(QWidget):
    """Cards of small widgets with a remove button each and an "add" button below."""

    changed = Signal()

    def __init__(self, spec: ItemSpec, lang: str, noun: str, add_label: str) -> None:
        super().__init__()
        self.spec = spec
        self.lang = lang
        self.noun = noun
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.cards = QVBoxLayout()
        layout.addLayout(self.cards)
        self.empty = plain_label(_(lang, "None yet."))
        layout.addWidget(self.empty)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(lambda: self.add_item({}, focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.items: list[dict[str, Any]] = []
        self.setFocusProxy(self.add_button)

    def _new_id(self) -> str:
        taken = {str(item["extra"].get("id")) for item in self.items}
        n = 1
        while f"{self.spec.prefix}{n}" in taken:
            n += 1
        return f"{self.spec.prefix}{n}"

    def add_item(self, values: dict[str, Any], focus: bool = False) -> None:
        extra = dict(values)
        if self.spec.prefix and not extra.get("id"):
            extra["id"] = self._new_id()
        number = len(self.items) + 1
        widgets = self.spec.build(self, number, extra)
        for widget in widgets.values():
            if isinstance(widget, QComboBox):
                # As wide as the card allows, the whole choice in the open list: sized to
                # its longest choice, "Tipo de medida" and "Factor que atiende" left the
                # measure's own text four letters and pushed the form past 1280 px.
                widget.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
                widget.setMinimumContentsLength(8)
        remove = QPushButton(_(self.lang, "Remove"))
        remove.setAccessibleName(_(self.lang, "Remove {noun} {n}", noun=self.noun, n=number))
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        body = QVBoxLayout(card)
        body.setContentsMargins(6, 4, 6, 4)
        body.setSpacing(4)
        order: list[QWidget] = []
        for row in self.spec.arrange():
            line = QHBoxLayout()
            for name, stretch in row:
                widget = widgets[name]
                caption = self.spec.caption(name)
                # Uncaptioned boxes sit on the line of the captioned fields beside them.
                align = Qt.AlignmentFlag(0) if caption else Qt.AlignmentFlag.AlignBottom
                line.addWidget(captioned(caption, widget), stretch, align)
                if not isinstance(widget, QLabel):
                    order.append(widget.focusProxy() or widget)
            body.addLayout(line)
        error = error_label()
        body.addWidget(error)
        body.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        item: dict[str, Any] = {
            "widgets": widgets,
            "remove": remove,
            "extra": extra,
            "card": card,
            "error": error,
        }
        remove.clicked.connect(lambda _c=False, it=item: self._remove(it))
        self.items.append(item)
        self.cards.addWidget(card)
        self.empty.setVisible(False)
        # New cards go where the "add" button is in the Tab order, not at the window's end.
        previous: QWidget = self.add_button.previousInFocusChain() or self
        for widget in [*order, remove, self.add_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        if focus and order:
            self._focus_new(card, order[0])
        self.changed.emit()

    def _focus_new(self, card: QFrame, first: QWidget) -> None:
        """The keys into the new card's first field, and the page scrolled to it. A card
        added to a shown list is shown only by a queued call: focus given before that is
        lost (it fell to the sidebar), so the card is shown now; the page knows where
        the card is once its layout has run, hence the scroll on the next turn."""
        card.show()
        first.setFocus(Qt.FocusReason.OtherFocusReason)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if isinstance(area, QScrollArea):
            scroll = area
            QTimer.singleShot(0, first, lambda: scroll.ensureWidgetVisible(first))

    def _remove(self, item: dict[str, Any]) -> None:
        self.items.remove(item)
        item["card"].deleteLater()
        self.empty.setVisible(not self.items)
        self.changed.emit()

    def value(self) -> list[dict[str, Any]]:
        return [self.spec.read(item["widgets"], item["extra"]) for item in self.items]

    def ids(self) -> list[str]:
        return [str(item["extra"].get("id") or "") for item in self.items]

    def show_item_errors(self, messages: dict[int, list[str]]) -> None:
        """Each item's messages in its own card, beside its fields."""
        for index, item in enumerate(self.items):
            set_error(item["error"], "\n".join(messages.get(index, [])))

    def set_value(self, value: object) -> None:
        for item in list(self.items):
            self._remove(item)
        for entry in value if isinstance(value, list) else []:
            if isinstance(entry, dict):
                self.add_item(entry)

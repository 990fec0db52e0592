"""Editable lists of items: scored risk factors (1-5) and protection measures."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..common.dates import DateField
from ..common.texts import TEXTS as COMMON
from ..common.widgets import plain_label
from ..i18n import t
from .texts import TEXTS


class ItemSpec(Protocol):
    """How one kind of item is shown (`build`) and read back (`read`)."""

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]: ...

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]: ...


class ItemList(QWidget):
    """Rows of small widgets with a remove button each and an "add" button below."""

    changed = Signal()

    def __init__(self, spec: ItemSpec, lang: str, noun: str, add_label: str) -> None:
        super().__init__()
        self.spec = spec
        self.lang = lang
        self.noun = noun
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.empty = plain_label(t(TEXTS, "list_empty", lang))
        layout.addWidget(self.empty)
        self.add_button = QPushButton(add_label)
        self.add_button.setAccessibleName(add_label)
        self.add_button.clicked.connect(lambda: self.add_item({}, focus=True))
        layout.addWidget(self.add_button)
        self.items: list[dict[str, Any]] = []
        self.setFocusProxy(self.add_button)

    def add_item(self, values: dict[str, Any], focus: bool = False) -> None:
        number = len(self.items) + 1
        widgets = self.spec.build(self, number, values)
        remove = QPushButton(t(COMMON, "remove", self.lang))
        remove.setAccessibleName(t(TEXTS, "remove_numbered", self.lang, noun=self.noun, n=number))
        item: dict[str, Any] = {"widgets": widgets, "remove": remove, "extra": values}
        remove.clicked.connect(lambda _c=False, it=item: self._remove(it))
        self.items.append(item)
        self._relayout()
        # New rows go where the "add" button is in the Tab order, not at the window's end.
        previous: QWidget = self.add_button.previousInFocusChain() or self
        for widget in [*widgets.values(), remove, self.add_button]:
            QWidget.setTabOrder(previous, widget)
            previous = widget
        if focus:
            next(iter(widgets.values())).setFocus()
        self.changed.emit()

    def _remove(self, item: dict[str, Any]) -> None:
        self.items.remove(item)
        for widget in [*item["widgets"].values(), item["remove"]]:
            widget.deleteLater()
        self._relayout()
        self.changed.emit()

    def _relayout(self) -> None:
        # Each item takes two lines: its first field alone (the description is what
        # matters), then the rest and the remove button.
        for row, item in enumerate(self.items):
            widgets = list(item["widgets"].values())
            self.grid.addWidget(widgets[0], 2 * row, 0, 1, len(widgets) + 1)
            for col, widget in enumerate([*widgets[1:], item["remove"]]):
                self.grid.addWidget(widget, 2 * row + 1, col)
        self.grid.setColumnStretch(len(self.items[0]["widgets"]) if self.items else 0, 1)
        self.empty.setVisible(not self.items)

    def value(self) -> list[dict[str, Any]]:
        return [self.spec.read(item["widgets"], item["extra"]) for item in self.items]

    def scores(self) -> list[int]:
        return [
            widget.value()
            for item in self.items
            if isinstance(widget := item["widgets"].get("score"), QSpinBox)
        ]

    def set_value(self, value: object) -> None:
        for item in list(self.items):
            self._remove(item)
        for entry in value if isinstance(value, list) else []:
            if isinstance(entry, dict):
                self.add_item(entry)


class Scored:
    """Threats, vulnerabilities or capacities: a description and a score from 1 to 5.

    Fields the form does not show (a threat's who/when/credibility written elsewhere)
    are carried through unchanged, so editing here never drops them.
    """

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]:
        lang, noun = list_.lang, list_.noun
        text = QLineEdit(str(values.get("description") or ""))
        text.setAccessibleName(f"{noun} {number}")
        text.setPlaceholderText(t(TEXTS, "describe", lang))
        score = QSpinBox()
        score.setRange(1, 5)
        score.setValue(int(values.get("score") or 3))
        score.setPrefix(t(TEXTS, "score_prefix", lang))
        score.setAccessibleName(t(TEXTS, "score_of", lang, noun=noun, n=number))
        text.textChanged.connect(list_.changed)
        score.valueChanged.connect(list_.changed)
        return {"description": text, "score": score}

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]:
        text, score = widgets["description"], widgets["score"]
        assert isinstance(text, QLineEdit) and isinstance(score, QSpinBox)
        kept = {k: v for k, v in extra.items() if k not in {"description", "score"}}
        return {**kept, "description": text.text(), "score": score.value()}


class Measures:
    """Protection measures agreed: what, who carries it out, by when."""

    def __init__(self, today: dt.date) -> None:
        self.today = today

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]:
        lang = list_.lang
        what = QLineEdit(str(values.get("what") or ""))
        what.setAccessibleName(f"{list_.noun} {number}")
        what.setPlaceholderText(t(TEXTS, "measure_what", lang))
        who = QLineEdit(str(values.get("who") or ""))
        who.setPlaceholderText(t(TEXTS, "measure_who", lang))
        who.setAccessibleName(t(TEXTS, "measure_who", lang))
        by = DateField(self.today, lang=lang, optional=True, label=t(TEXTS, "measure_by", lang))
        by.set_value(values.get("by"))
        for widget in (what, who):
            widget.textChanged.connect(list_.changed)
        by.changed.connect(list_.changed)
        return {"what": what, "who": who, "by": by}

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]:
        what, who, by = widgets["what"], widgets["who"], widgets["by"]
        assert isinstance(what, QLineEdit) and isinstance(who, QLineEdit)
        assert isinstance(by, DateField)
        return {"what": what.text(), "who": who.text(), "by": by.value()}

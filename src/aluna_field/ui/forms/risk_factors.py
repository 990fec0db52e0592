"""A vulnerability or a capacity: what, its score, and the threats it bears on.

Linking takes two keystrokes: Tab into the list of threats (the first one is current),
Space checks it; Down moves to the next. None checked means it bears on every threat.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ...domain import kinds as domain
from ...l10n import _
from .items import Arrangement, ItemList
from .risk_scores import ScoreBox
from .risk_threats import KIND, line


class ThreatLinks(QListWidget):
    """The assessment's threats as check boxes; value() the checked ids."""

    changed = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        # No highlight: a current row must not look checked; Space toggles the current one.
        self.setSelectionMode(QListWidget.SelectionMode.NoSelection)
        # A threat's text longer than the card is cut with "…" (whole on hover): a
        # sideways scroll bar took the list's one row of height and hid the row.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setToolTip(
            _(lang, "Check with Space the threats it bears on; none checked, it bears on all.")
        )
        self.setAccessibleDescription(
            _(lang, "Check with Space the threats it bears on; none checked, it bears on all.")
        )
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self._wanted: list[str] = []

    def set_threats(self, threats: Sequence[tuple[str, str]]) -> None:
        """(id, text) of every threat; checks kept for the threats still there."""
        keep = set(self.value()) if self.count() else set(self._wanted)
        self.blockSignals(True)
        self.clear()
        for tid, text in threats:
            item = QListWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, tid)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsSelectable
            )
            checked = Qt.CheckState.Checked if tid in keep else Qt.CheckState.Unchecked
            item.setCheckState(checked)
            self.addItem(item)
        self._wanted = [tid for tid, _ in threats if tid in keep]
        if self.count():
            self.setCurrentRow(0)
        rows = max(1, min(self.count(), 4))
        self.setFixedHeight(
            self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 4
            if self.count()
            else self.fontMetrics().height() + 8
        )
        self.blockSignals(False)

    def value(self) -> list[str]:
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for i in range(self.count())
            if (item := self.item(i)) is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: object) -> None:
        self._wanted = [str(v) for v in value] if isinstance(value, list) else []
        for i in range(self.count()):
            item = self.item(i)
            if item is not None:
                tid = item.data(Qt.ItemDataRole.UserRole)
                on = tid in self._wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


class FactorSpec:
    """Vulnerabilities ("v1"…) or capacities ("c1"…)."""

    def __init__(self, name: str, scale: str, prefix: str, lang: str) -> None:
        self.name = name
        self.scale = scale
        self.prefix = prefix
        self.lang = lang
        self.threats: list[tuple[str, str]] = []
        self.links: list[ThreatLinks] = []

    def caption(self, name: str) -> str:
        label = domain.field_label(KIND, f"{self.name}.{name}", self.lang)
        return (
            _(self.lang, "{label} (none checked: all)", label=label) if name == "threats" else label
        )

    def arrange(self) -> Arrangement:
        return ((("description", 1),), (("score", 1),), (("threats", 1),))

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]:
        text = line(values.get("description"), _(self.lang, "Describe in a few words"), list_)
        text.setAccessibleName(f"{list_.noun} {number}")
        score = ScoreBox(self.scale, self.lang)
        score.set_value(values.get("score"))
        score.setAccessibleName(_(self.lang, "Score of {noun} {n}", noun=list_.noun, n=number))
        links = ThreatLinks(self.lang)
        links.set_value(values.get("threats"))
        links.set_threats(self.threats)
        links.setAccessibleName(_(self.lang, "Threats of {noun} {n}", noun=list_.noun, n=number))
        self.links = [w for w in self.links if _alive(w)] + [links]
        score.changed.connect(list_.changed)
        links.changed.connect(list_.changed)
        return {"description": text, "score": score, "threats": links}

    def set_threats(self, threats: Sequence[tuple[str, str]]) -> None:
        self.threats = list(threats)
        self.links = [w for w in self.links if _alive(w)]
        for links in self.links:
            links.set_threats(self.threats)

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]:
        text, score, links = widgets["description"], widgets["score"], widgets["threats"]
        assert isinstance(score, ScoreBox) and isinstance(links, ThreatLinks)
        assert hasattr(text, "text")
        return {
            **extra,
            "description": text.text(),
            "score": score.value(),
            "threats": links.value(),
        }


def _alive(widget: QWidget) -> bool:
    try:
        widget.objectName()
    except RuntimeError:  # deleted with its card
        return False
    return True

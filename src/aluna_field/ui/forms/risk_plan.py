"""An item of the protection plan: what, type, the factor it addresses, who, by when,
state and notes. The factors offered follow the type chosen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from ...domain import kinds as domain
from ...domain.risk_codes import MeasureState, MeasureType
from ...l10n import _
from ..common.choices import CodeCombo, coded_options
from ..common.dates import DateField
from .items import Arrangement, ItemList
from .risk_threats import KIND, line

_LIST_OF_TYPE = {
    MeasureType.REDUCE_THREAT.value: "threats",
    MeasureType.REDUCE_VULNERABILITY.value: "vulnerabilities",
    MeasureType.STRENGTHEN_CAPACITY.value: "capacities",
}
Factors = Mapping[str, Sequence[tuple[str, str]]]  # list name → (id, text)


class FactorCombo(CodeCombo):
    """The factors of the measure's type (all of them while no type is chosen)."""

    def __init__(self, lang: str) -> None:
        super().__init__([], empty=_(lang, "Choose…"))
        self.wanted: str | None = None
        self.currentIndexChanged.connect(lambda _i: setattr(self, "wanted", self.value()))

    def offer(self, options: Sequence[tuple[str, str]]) -> None:
        keep = self.value() or self.wanted
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for code, label in options:
            self.addItem(label, code)
        super().set_value(keep)
        self.blockSignals(False)

    def set_value(self, code: object) -> None:
        self.wanted = code if isinstance(code, str) else None
        super().set_value(code)


class MeasureSpec:
    prefix = ""  # measures get content ids from the domain

    def __init__(self, lang: str, today: dt.date) -> None:
        self.lang = lang
        self.today = today
        self.factors: Factors = {}
        self.combos: list[tuple[CodeCombo, FactorCombo]] = []

    def caption(self, name: str) -> str:
        return domain.field_label(KIND, f"measures.{name}", self.lang)

    def arrange(self) -> Arrangement:
        return (
            (("what", 3), ("type", 2), ("factor", 2)),
            (("who", 2), ("by", 1), ("state", 1), ("notes", 3)),
        )

    def build(self, list_: ItemList, number: int, values: dict[str, Any]) -> dict[str, QWidget]:
        lang = self.lang
        what = line(values.get("what"), _(lang, "What will be done"), list_)
        what.setAccessibleName(f"{list_.noun} {number}")
        kind = CodeCombo(coded_options(MeasureType, lang), empty=_(lang, "Choose…"))
        kind.set_value(values.get("type"))
        factor = FactorCombo(lang)
        factor.set_value(values.get("factor"))
        who = line(values.get("who"), "", list_)
        by = DateField(self.today, optional=True, label=_(lang, "Has a date"), lang=lang)
        by.set_value(values.get("by"))
        state = CodeCombo(coded_options(MeasureState, lang))
        state.set_value(values.get("state") or MeasureState.PENDING.value)
        notes = line(values.get("notes"), "", list_)
        self.combos.append((kind, factor))
        self._offer(kind, factor)
        kind.changed.connect(lambda: self._offer(kind, factor))
        for widget in (kind, factor, by, state):
            widget.changed.connect(list_.changed)
        return {
            "what": what,
            "type": kind,
            "factor": factor,
            "who": who,
            "by": by,
            "state": state,
            "notes": notes,
        }

    def _offer(self, kind: CodeCombo, factor: FactorCombo) -> None:
        name = _LIST_OF_TYPE.get(kind.value() or "")
        names = [name] if name else ["threats", "vulnerabilities", "capacities"]
        factor.offer([option for n in names for option in self.factors.get(n, ())])

    def set_factors(self, factors: Factors) -> None:
        self.factors = factors
        alive = []
        for kind, factor in self.combos:
            try:
                self._offer(kind, factor)
            except RuntimeError:  # deleted with its card
                continue
            alive.append((kind, factor))
        self.combos = alive

    def read(self, widgets: dict[str, QWidget], extra: dict[str, Any]) -> dict[str, Any]:
        out = dict(extra)
        for name in ("what", "who", "notes"):
            edit = widgets[name]
            assert isinstance(edit, QLineEdit)
            out[name] = edit.text()
        kind, factor, by, state = (widgets[n] for n in ("type", "factor", "by", "state"))
        assert isinstance(kind, CodeCombo) and isinstance(factor, CodeCombo)
        assert isinstance(by, DateField) and isinstance(state, CodeCombo)
        out["type"] = kind.value()
        out["factor"] = factor.value()
        out["by"] = by.value()
        out["state"] = state.value() or MeasureState.PENDING.value
        return out

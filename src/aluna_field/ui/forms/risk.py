"""The risk assessment: threats, the factors linked to them and the protection plan, with
each threat's level and the overall one derived live."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...domain.kinds import FieldError
from ...domain.risk_model import assess_items, threat_describer
from ...l10n import _
from ..common.dates import DateField
from ..common.widgets import plain_label
from .base import FormContext, RecordForm
from .fields import TextArea
from .items import ItemList
from .pickers import SubjectPicker
from .risk_factors import FactorSpec
from .risk_plan import MeasureSpec
from .risk_threats import ThreatSpec, show_levels
from .spec_form import widget_for
from .texts import KEYED
from .trend import RiskBadge, RiskTrend

_NOUNS = {
    "threats": "noun_threat",
    "vulnerabilities": "noun_vulnerability",
    "capacities": "noun_capacity",
}


class RiskAssessmentForm(RecordForm):
    kind = "risk-assessment"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        # Subject, date and the live level on the left; the subject's trend beside them.
        top = QHBoxLayout()
        left = QVBoxLayout()
        top.addLayout(left, 3)
        self.subject = SubjectPicker(ctx.subjects, lang, multiple=False)
        self.add("subject_id", self.subject, into=left)
        self.add("assessed_on", DateField(ctx.today, lang=ctx.lang), into=left)
        self.badge = RiskBadge(lang)
        left.addWidget(self.badge)
        left.addStretch(1)
        self.trend = RiskTrend(lang)
        top.addWidget(self.trend, 2)
        self.column.addLayout(top)
        # Threats across the width, with the five steps as guidance (not fields).
        guide = QGroupBox(_(lang, "How to analyse a threat (guide)"))
        guide.setAccessibleName(guide.title())
        QVBoxLayout(guide).addWidget(
            plain_label(
                _(
                    lang,
                    "1. Gather the facts: what happened, when, how it came.\n2. See whether "
                    "it repeats a pattern: has it happened before, to you or to others?\n3. "
                    "Think about its aim: what does whoever threatens want?\n4. Identify "
                    "who is threatening, as far as you can.\n5. Conclude whether it can be "
                    "carried out: do they have the means and the way?",
                )
            )
        )
        self.column.addWidget(guide)
        self.threat_spec = ThreatSpec(lang)
        self.factor_specs = {
            "vulnerabilities": FactorSpec("vulnerabilities", "vulnerability", "v", lang),
            "capacities": FactorSpec("capacities", "capacity", "c", lang),
        }
        self.lists: dict[str, ItemList] = {
            "threats": self._list("threats", self.threat_spec, "add_threat")
        }
        self.add("threats", self.lists["threats"])
        # Vulnerabilities and capacities side by side, as on the manuals' worksheets.
        columns = QHBoxLayout()
        for name, add_key in (
            ("vulnerabilities", "add_vulnerability"),
            ("capacities", "add_capacity"),
        ):
            items = self._list(name, self.factor_specs[name], add_key)
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.add(name, items, into=holder_layout)
            holder_layout.addStretch(1)
            columns.addWidget(holder, 1)
            self.lists[name] = items
        self.column.addLayout(columns)
        self.plan_spec = MeasureSpec(lang, ctx.today)
        self.measures = ItemList(
            self.plan_spec, lang, _(lang, "Measure"), _(lang, "Add protection measure")
        )
        self.add("measures", self.measures)
        self.add(
            "next_review_on",
            DateField(ctx.today, lang=ctx.lang, optional=True, label=_(lang, "Has a date")),
        )
        self.add("notes", TextArea(4))
        self.lists["threats"].changed.connect(self._threats_changed)
        for items in self.lists.values():
            items.changed.connect(self._derive)
            items.changed.connect(self._offer_factors)
        self.subject.changed.connect(self._show_trend)
        # Fields the layout above does not place come from the spec, like every form's.
        for spec in domain.spec_of(self.kind).inputs:
            if spec.code not in self.fields:
                self.add(
                    spec.code,
                    widget_for(self.kind, spec, ctx),
                    spec.help(lang) if spec.help else "",
                )
        self.finish()
        self._derive()

    def _list(self, name: str, spec: Any, add_key: str) -> ItemList:
        lang = self.lang
        return ItemList(spec, lang, _(lang, KEYED[_NOUNS[name]]), _(lang, KEYED[add_key]))

    def _options(self, name: str) -> list[tuple[str, str]]:
        noun = _(self.lang, KEYED[_NOUNS[name]])
        items = self.lists[name]
        return [
            (tid, f"{noun} {n}: {entry.get('description') or '…'}")
            for n, (tid, entry) in enumerate(zip(items.ids(), items.value(), strict=True), 1)
        ]

    def _threats_changed(self) -> None:
        threats = self._options("threats")
        for spec in self.factor_specs.values():
            spec.set_threats(threats)

    def _offer_factors(self) -> None:
        self.plan_spec.set_factors({name: self._options(name) for name in self.lists})

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self._derive()
        self._show_trend()

    def show_errors(self, errors: list[FieldError]) -> None:
        super().show_errors(errors)
        # An item's error also shows in its own card, beside its fields.
        for name, items in [*self.lists.items(), ("measures", self.measures)]:
            by_item: dict[int, list[str]] = {}
            for error in errors:
                parts = error.field.split(".")
                if len(parts) >= 2 and parts[0] == name and parts[1].isdigit():
                    by_item.setdefault(int(parts[1]), []).append(self._message(error))
            items.show_item_errors(by_item)

    def _derive(self) -> None:
        values = {name: items.value() for name, items in self.lists.items()}
        derivation = assess_items(
            values["threats"], values["vulnerabilities"], values["capacities"]
        )
        self.badge.show_derivation(derivation, threat_describer(values))
        show_levels(self.lists["threats"], derivation.threats, self.lang)

    def _show_trend(self) -> None:
        subject = self.subject.value()
        self.trend.set_points(
            [p for p in self.ctx.assessments if p.subject_id == subject and p.rid != self.ctx.rid],
            subject_known=subject is not None,
        )

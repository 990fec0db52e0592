"""The risk assessment: threats, vulnerabilities and capacities with a live derived level."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from ...domain.risk import derive_risk
from ..common.dates import DateField
from ..i18n import t
from .base import FormContext, RecordForm
from .fields import TextArea
from .items import ItemList, Measures, Scored
from .pickers import SubjectPicker
from .texts import TEXTS
from .trend import RiskBadge, RiskTrend


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
        # Three columns side by side, as on the protection-manual worksheets.
        columns = QHBoxLayout()
        self.lists: dict[str, ItemList] = {}
        for name, noun_key, add_key in (
            ("threats", "noun_threat", "add_threat"),
            ("vulnerabilities", "noun_vulnerability", "add_vulnerability"),
            ("capacities", "noun_capacity", "add_capacity"),
        ):
            items = ItemList(Scored(), lang, t(TEXTS, noun_key, lang), t(TEXTS, add_key, lang))
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.add(name, items, into=holder_layout)
            holder_layout.addStretch(1)
            columns.addWidget(holder, 1)
            items.changed.connect(self._derive)
            self.lists[name] = items
        self.column.addLayout(columns)
        measures = ItemList(
            Measures(ctx.today), lang, t(TEXTS, "noun_measure", lang), t(TEXTS, "add_measure", lang)
        )
        self.add("measures", measures)
        self.add(
            "next_review_on",
            DateField(ctx.today, lang=ctx.lang, optional=True, label=t(TEXTS, "has_date", lang)),
        )
        self.add("notes", TextArea(4))
        self.subject.changed.connect(self._show_trend)
        self.finish()
        self._derive()

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self._derive()
        self._show_trend()

    def _derive(self) -> None:
        derivation = derive_risk(
            self.lists["threats"].scores(),
            self.lists["vulnerabilities"].scores(),
            self.lists["capacities"].scores(),
        )
        self.badge.show_derivation(derivation)

    def _show_trend(self) -> None:
        subject = self.subject.value()
        self.trend.set_points(
            [p for p in self.ctx.assessments if p.subject_id == subject and p.rid != self.ctx.rid]
        )

"""The bar above a list: search as you type, dates, subject, category and urgency."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...domain.definitions import VOCABULARIES, Definitions
from ...l10n import _
from ..common.choices import CodeCombo
from ..common.dates import DateField, parse_date
from ..common.flow import FlowLayout
from ..values.format import vocab_of
from ..values.layout import list_layout
from .model import Filters
from .texts import KEYED


class FilterBar(QWidget):
    search_changed = Signal(str)
    changed = Signal()

    def __init__(self, kind: str, lang: str, today: dt.date) -> None:
        super().__init__()
        self.kind = kind
        self.lang = lang
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        plural = domain.RecordKind(kind).plural(lang).lower()
        self.search.setPlaceholderText(_(lang, "Search {what}… (Ctrl+F)", what=plural))
        self.search.setAccessibleName(_(lang, "Search"))
        self.search.textChanged.connect(self.search_changed)
        top.addWidget(self.search, 1)
        layout.addLayout(top)
        self.top = top
        box = QWidget()
        flow = FlowLayout(box)
        self.date_from: DateField | None = None
        self.date_to: DateField | None = None
        if domain.date_field(kind):
            self.date_from = DateField(today, lang=lang, optional=True, label=_(lang, "From"))
            self.date_to = DateField(today, lang=lang, optional=True, label=_(lang, "To"))
            self.date_from.setAccessibleName(_(lang, "From"))
            self.date_to.setAccessibleName(_(lang, "To"))
            for field in (self.date_from, self.date_to):
                flow.addWidget(field)
                field.changed.connect(self.changed)
        self.subject: CodeCombo | None = None
        if domain.subject_refs(kind):
            self.subject = CodeCombo([], empty=_(lang, "All subjects"))
            self.subject.setAccessibleName(_(lang, "Filter by subject"))
            flow.addWidget(self.subject)
            self.subject.changed.connect(self.changed)
        columns = list_layout(kind)
        self.category = self._combo(columns.category, "all_categories", flow)
        self.urgency = self._combo(columns.level, "all_levels", flow)
        # Custom choice fields get a filter each once the vault's definitions are known.
        self.flow = flow
        self.custom: dict[str, CodeCombo] = {}
        self._defined: tuple[object, ...] = ()
        self._category_codes = self.category.count() if self.category else 0
        self.reset = QPushButton(_(lang, "Clear filters"))
        self.reset.clicked.connect(self.clear)
        flow.addWidget(self.reset)
        layout.addWidget(box)

    def set_definitions(self, defs: Definitions) -> None:
        """Offer the vault's custom codes in the category filter, and one filter per
        custom choice field (not sensitive ones); kept as they are when nothing changed."""
        fields = [
            f
            for f in defs.fields_of(self.kind)
            if f.type in ("choice", "choices") and not f.sensitive
        ]
        field = list_layout(self.kind).category
        vocab = vocab_of(self.kind, field) if field else None
        name = next((n for n, cls in VOCABULARIES.items() if cls is vocab), None)
        codes = defs.codes_of(name) if name else []
        defined = (tuple(fields), tuple(codes), self.lang)
        if defined == self._defined:
            return
        self._defined = defined
        if self.category is not None:
            current = self.category.value()
            self.category.blockSignals(True)
            while self.category.count() > self._category_codes:
                self.category.removeItem(self._category_codes)
            for c in codes:
                self.category.addItem(c.label(self.lang), c.code)
            self.category.set_value(current)
            self.category.blockSignals(False)
        chosen = {key: combo.value() for key, combo in self.custom.items()}
        for combo in self.custom.values():
            self.flow.removeWidget(combo)
            combo.deleteLater()
        self.custom = {}
        self.flow.removeWidget(self.reset)
        for f in fields:
            label = f.label(self.lang)
            combo = CodeCombo(
                [(c.code, c.label(self.lang)) for c in f.choices],
                empty=_(self.lang, "{what}: all", what=label),
            )
            combo.setAccessibleName(label)
            combo.set_value(chosen.get(f.key))
            combo.changed.connect(self.changed)
            self.flow.addWidget(combo)
            self.custom[f.key] = combo
        self.flow.addWidget(self.reset)

    def _combo(self, field: str | None, empty_key: str, flow: FlowLayout) -> CodeCombo | None:
        enum = vocab_of(self.kind, field) if field else None
        if enum is None or field is None:
            return None
        label = domain.field_label(self.kind, field, self.lang)
        combo = CodeCombo(
            [(m.value, m.label(self.lang)) for m in enum],
            empty=_(self.lang, KEYED[empty_key], what=label),
        )
        combo.setAccessibleName(label)
        combo.changed.connect(self.changed)
        flow.addWidget(combo)
        return combo

    def set_subjects(self, aliases: dict[str, str]) -> None:
        if self.subject is None:
            return
        current = self.subject.value()
        self.subject.blockSignals(True)
        while self.subject.count() > 1:
            self.subject.removeItem(1)
        for rid, alias in sorted(aliases.items(), key=lambda kv: kv[1].casefold()):
            self.subject.addItem(alias, rid)
        self.subject.set_value(current)
        self.subject.blockSignals(False)

    def filters(self, search: frozenset[str] | None) -> Filters:
        return Filters(
            date_from=parse_date(self.date_from.value()) if self.date_from else None,
            date_to=parse_date(self.date_to.value()) if self.date_to else None,
            subject=(self.subject.value() or "") if self.subject else "",
            category=(self.category.value() or "") if self.category else "",
            urgency=(self.urgency.value() or "") if self.urgency else "",
            search=search,
            custom=tuple(
                (key, code) for key, combo in self.custom.items() if (code := combo.value())
            ),
        )

    def clear(self) -> None:
        for combo in (self.subject, self.category, self.urgency, *self.custom.values()):
            if combo is not None:
                combo.set_value(None)
        for field in (self.date_from, self.date_to):
            if field is not None:
                field.set_value(None)
        self.search.clear()

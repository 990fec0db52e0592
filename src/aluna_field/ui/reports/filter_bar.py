"""The filters above the report: period (with quick choices), region and area."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QPushButton, QWidget

from ...domain.taxonomy import AccompanimentArea
from ...l10n import _
from ...services.reports import ReportFilter
from ..common.widgets import plain_label
from .texts import KEYED

# The earliest date doubles as "no limit": QDateEdit shows its special text there.
NO_LIMIT = QDate(1900, 1, 1)
PERIODS = ("all", "this_year", "last_year", "12_months", "custom")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FilterBar(QWidget):
    """Emits `apply_requested` (no payload) when the person asks for the report again."""

    apply_requested = Signal()

    def __init__(self, today: dt.date, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.period = QComboBox()
        self.date_from = self._date_edit()
        self.date_to = self._date_edit()
        self.region = QComboBox()
        self.area = QComboBox()
        self.apply = QPushButton()
        self.labels = {
            k: plain_label(wrap=False) for k in ("period", "from", "to", "region", "area")
        }
        buddies = {
            "period": self.period,
            "from": self.date_from,
            "to": self.date_to,
            "region": self.region,
            "area": self.area,
        }
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for key, widget in buddies.items():
            self.labels[key].setBuddy(widget)
            row.addWidget(self.labels[key])
            row.addWidget(widget)
        row.addWidget(self.apply)
        row.addStretch(1)
        self._regions: list[str] = []
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.date_from.dateChanged.connect(self._dates_edited)
        self.date_to.dateChanged.connect(self._dates_edited)
        self.apply.clicked.connect(self.apply_requested)
        self.lang = lang
        self.retranslate(lang)

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(NO_LIMIT)
        edit.setDate(NO_LIMIT)
        return edit

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        self.setAccessibleName(_(lang, "Report filters"))
        for key, label in self.labels.items():
            label.setText(_(lang, KEYED[key]) + ":")
        chosen = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for code in PERIODS:
            self.period.addItem(_(lang, KEYED[f"period_{code}"]), code)
        self.period.setCurrentIndex(max(chosen, 0))
        self.period.blockSignals(False)
        for edit in (self.date_from, self.date_to):
            edit.setSpecialValueText(_(lang, "no limit"))
        self.apply.setText(_(lang, "Update"))
        self.apply.setToolTip(_(lang, "Compute the report with these filters"))
        area = self.area.currentData()
        self.area.clear()
        self.area.addItem(_(lang, "All areas"), None)
        for member in AccompanimentArea:
            self.area.addItem(member.label(lang), member.value)
        self.area.setCurrentIndex(max(self.area.findData(area), 0))
        self.set_regions(self._regions)

    def set_regions(self, names: list[str]) -> None:
        """The states to choose from (the text typed in subjects' regions, grouped)."""
        self._regions = names
        current = self.region.currentData()
        self.region.clear()
        self.region.addItem(_(self.lang, "All regions"), None)
        for name in names:
            self.region.addItem(name, name)
        self.region.setCurrentIndex(max(self.region.findData(current), 0))

    def _period_chosen(self, index: int) -> None:
        code = self.period.itemData(index)
        year = self.today.year
        spans = {
            "all": (None, None),
            "this_year": (dt.date(year, 1, 1), dt.date(year, 12, 31)),
            "last_year": (dt.date(year - 1, 1, 1), dt.date(year - 1, 12, 31)),
            "12_months": (self.today - dt.timedelta(days=365), self.today),
        }
        if code not in spans:
            return
        start, end = spans[code]
        for edit, day in ((self.date_from, start), (self.date_to, end)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day) if day else NO_LIMIT)
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(PERIODS.index("custom"))
        self.period.blockSignals(False)

    def set_period(self, code: str) -> None:
        self.period.setCurrentIndex(PERIODS.index(code))

    def _day(self, edit: QDateEdit) -> dt.date | None:
        value = edit.date()
        if value == NO_LIMIT:
            return None
        return dt.date(value.year(), value.month(), value.day())

    def current_filter(self) -> ReportFilter:
        """The filters as chosen; ReportInputError when the dates are the wrong way round."""
        area = self.area.currentData()
        return ReportFilter(
            self._day(self.date_from),
            self._day(self.date_to),
            self.region.currentData(),
            AccompanimentArea(area) if area else None,
        )

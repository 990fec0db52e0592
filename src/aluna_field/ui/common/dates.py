"""Date and date-time fields with calendar pop-ups; optional dates have a check box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def parse_date(text: object) -> dt.date | None:
    if not isinstance(text, str) or not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def _leave_on_tab(edit: QDateTimeEdit, forward: bool) -> bool:
    # Qt's date edits spend Tab on moving between day, month and year; in a form Tab
    # should go to the next field (Left/Right still move between the sections).
    return QWidget.focusNextPrevChild(edit, forward)


class _DateEdit(QDateEdit):
    def focusNextPrevChild(self, forward: bool) -> bool:
        return _leave_on_tab(self, forward)


class DateField(QWidget):
    """A date; with `optional`, a check box says whether there is one at all."""

    changed = Signal()

    def __init__(self, today: dt.date, optional: bool = False, label: str = "") -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.today = today
        self.check: QCheckBox | None = None
        if optional:
            self.check = QCheckBox(label)
            self.check.setAccessibleName(label)
            self.check.toggled.connect(self._toggled)
            layout.addWidget(self.check)
        self.edit = _DateEdit(to_qdate(today))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(DATE_FORMAT)
        self.edit.dateChanged.connect(lambda _d: self.changed.emit())
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.check or self.edit)
        self._toggled(False)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def _toggled(self, on: bool) -> None:
        self.edit.setEnabled(self.check is None or on)
        self.changed.emit()

    def value(self) -> str | None:
        if self.check is not None and not self.check.isChecked():
            return None
        return from_qdate(self.edit.date()).isoformat()

    def set_value(self, value: object) -> None:
        day = parse_date(value)
        if self.check is not None:
            self.check.setChecked(day is not None)
        self.edit.setDate(to_qdate(day or self.today))


class DateTimeField(QDateTimeEdit):
    """When something happened, to the minute."""

    changed = Signal()

    def __init__(self, now: dt.datetime) -> None:
        super().__init__()
        self.now = now
        self.setCalendarPopup(True)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * 28)
        self.set_value(None)
        self.dateTimeChanged.connect(lambda _d: self.changed.emit())

    def focusNextPrevChild(self, forward: bool) -> bool:
        return _leave_on_tab(self, forward)

    def value(self) -> str:
        qdt = self.dateTime()
        day, time = qdt.date(), qdt.time()
        return dt.datetime(
            day.year(), day.month(), day.day(), time.hour(), time.minute()
        ).isoformat()

    def set_value(self, value: object) -> None:
        when = self.now
        if isinstance(value, str) and value:
            try:
                when = dt.datetime.fromisoformat(value)
            except ValueError:
                when = self.now
        self.setDateTime(QDateTime(to_qdate(when.date()), QTime(when.hour, when.minute)))

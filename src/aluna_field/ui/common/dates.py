"""Date and date-time fields one can type whole (or pick from a calendar); optional dates
have a check box.

A field is one line of text: `2026-12-01 18:00`, `1/12/2026` (day first in Spanish) and
the rest of what `typed_dates` reads are accepted as typed, and on leaving the field the
text is rewritten as the date understood (ISO), so a slip shows at once. Nothing typed
here ever reaches another field: there are no sections for keystrokes to run past.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from ...l10n import _
from .typed_dates import parse_day, parse_moment

DATE_FORMAT = "%Y-%m-%d"
DATETIME_FORMAT = "%Y-%m-%d %H:%M"


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


class _TypedDate(QWidget):
    """The line and its calendar button, shared by both fields."""

    changed = Signal()

    def __init__(self, lang: str, with_time: bool) -> None:
        super().__init__()
        self.lang = lang
        self.with_time = with_time
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        chars = 18 if with_time else 12
        self.edit.setMaximumWidth(self.fontMetrics().averageCharWidth() * (chars + 6))
        # Never narrower than a date: in a crowded row (a measure's card) it showed "-12-03".
        sample = "2026-12-31 23:59" if with_time else "2026-12-31"
        self.edit.setMinimumWidth(self.fontMetrics().horizontalAdvance(sample) + 16)
        self.edit.setPlaceholderText(
            _(lang, "yyyy-mm-dd hh:mm or mm/dd/yyyy hh:mm")
            if with_time
            else _(lang, "yyyy-mm-dd or mm/dd/yyyy")
        )
        self.edit.setToolTip(
            _(lang, "Type the whole date, for example 2026-12-01 or 12/1/2026 (month/day/year).")
        )
        self.edit.textEdited.connect(lambda _text: self.changed.emit())
        self.edit.editingFinished.connect(self._tidy)
        self.edit.installEventFilter(self)
        self.calendar_button = QToolButton()
        self.calendar_button.setObjectName("calendar_button")
        self.calendar_button.setText("▾")
        self.calendar_button.setStyleSheet("QToolButton::menu-indicator { image: none; }")
        self.calendar_button.setAccessibleName(_(lang, "Pick from the calendar"))
        self.calendar_button.setToolTip(_(lang, "Pick from the calendar"))
        self.calendar_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        # Not a Tab stop (Tab goes to the next field, as with Qt's own date edits); from
        # the line, Alt+Down or F4 opens the calendar.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        menu = QMenu(self.calendar_button)
        self.calendar = QCalendarWidget()
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.menu = menu
        self.calendar_button.setMenu(menu)
        layout.addWidget(self.edit)
        layout.addWidget(self.calendar_button)
        # The line is only as wide as a date: the rest of a wide row stays empty at the
        # right, so the calendar button sits beside the date, not across the form.
        layout.addStretch(1)
        self.setFocusProxy(self.edit)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and (
                event.modifiers() & Qt.KeyboardModifier.AltModifier
            )
            if alt_down or event.key() == Qt.Key.Key_F4:
                # popup, not showMenu: that one runs its own event loop until closed.
                button = self.calendar_button
                self.menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
                return True
        return super().eventFilter(watched, event)

    def moment(self) -> dt.datetime | None:
        return parse_moment(self.edit.text(), self.lang)

    def show_moment(self, when: dt.datetime) -> None:
        self.edit.setText(when.strftime(DATETIME_FORMAT if self.with_time else DATE_FORMAT))

    def _tidy(self) -> None:
        when = self.moment()
        if when is not None and (self.with_time or parse_day(self.edit.text(), self.lang)):
            before = self.edit.text()
            self.show_moment(when)
            if self.edit.text() != before:
                self.changed.emit()

    def _sync_calendar(self) -> None:
        when = self.moment()
        if when is not None:
            self.calendar.setSelectedDate(to_qdate(when.date()))

    def _picked(self, day: QDate) -> None:
        old = self.moment()
        hour, minute = (old.hour, old.minute) if old else (0, 0)
        picked = from_qdate(day)
        self.show_moment(dt.datetime(picked.year, picked.month, picked.day, hour, minute))
        self.menu.close()
        self.edit.setFocus()
        self.changed.emit()

    def setEnabled(self, on: bool) -> None:
        self.edit.setEnabled(on)
        self.calendar_button.setEnabled(on)


class DateField(QWidget):
    """A date; with `optional`, a check box says whether there is one at all."""

    changed = Signal()

    def __init__(
        self, today: dt.date, optional: bool = False, label: str = "", lang: str = "es"
    ) -> None:
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
        self.typed = _TypedDate(lang, with_time=False)
        self.edit = self.typed.edit
        self.typed.changed.connect(self.changed)
        self.typed.show_moment(dt.datetime(today.year, today.month, today.day))
        layout.addWidget(self.typed)
        layout.addStretch(1)
        self.setFocusProxy(self.check or self.typed)
        self._toggled(False)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.typed.setAccessibleName(name)

    def _toggled(self, on: bool) -> None:
        self.typed.setEnabled(self.check is None or on)
        self.changed.emit()

    def value(self) -> str | None:
        """The ISO date; what was typed, as typed, when it is not a date (the domain says
        so beside the field); None when there is no date."""
        if self.check is not None and not self.check.isChecked():
            return None
        text = self.edit.text().strip()
        day = parse_day(text, self.typed.lang)
        return day.isoformat() if day else (text or None)

    def set_value(self, value: object) -> None:
        day = parse_date(value)
        if self.check is not None:
            self.check.setChecked(day is not None)
        day = day or self.today
        self.typed.show_moment(dt.datetime(day.year, day.month, day.day))


class DateTimeField(_TypedDate):
    """When something happened, to the minute."""

    def __init__(self, now: dt.datetime, lang: str = "es") -> None:
        super().__init__(lang, with_time=True)
        self.now = now
        self.set_value(None)

    def value(self) -> str | None:
        text = self.edit.text().strip()
        when = self.moment()
        return when.isoformat() if when else (text or None)

    def set_value(self, value: object) -> None:
        when = self.now
        if isinstance(value, str) and value:
            try:
                when = dt.datetime.fromisoformat(value)
            except ValueError:
                when = self.now
        self.show_moment(when.replace(second=0, microsecond=0))

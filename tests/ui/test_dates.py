"""Dates typed whole, in ISO or as written in Mexico, never spilling into the next field; an
unlikely year asks "¿Seguro?"; a crisis note about the future is refused (issue 19, item 3).

The test clock reads 2026-09-21 (tests/support.py)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import choose, create_through_ui, field, pick_subject, type_into, type_text

from aluna_field.ui.common.dates import DateField, DateTimeField
from aluna_field.ui.common.typed_dates import parse_day, parse_moment
from aluna_field.ui.forms.host import FormHost
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from qtclick import press


def test_what_people_type_is_read() -> None:
    assert parse_moment("2026-12-01 18:00", "es") == dt.datetime(2026, 12, 1, 18, 0)
    assert parse_moment("2026-12-01T18:00:00", "es") == dt.datetime(2026, 12, 1, 18, 0)
    assert parse_day("1/12/2026", "es") == dt.date(2026, 12, 1)  # day first in es-MX
    assert parse_day("12/1/2026", "en") == dt.date(2026, 12, 1)
    assert parse_moment("1/12/2026 9:05", "es") == dt.datetime(2026, 12, 1, 9, 5)
    for slip in ("1/12/26", "31/02/2026", "2026-12-01 25:00", "mañana", "2026-12-01x"):
        assert parse_moment(slip, "es") is None, slip


def _note(qtbot: QtBot, controller: AppController) -> tuple[Workspace, FormHost]:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "event", "surveillance")
    choose(host, "urgency", "medium")
    type_into(qtbot, host, "narrative", "Relato ficticio breve.")
    return ws, host


def _retype(qtbot: QtBot, widget: DateField | DateTimeField, text: str) -> None:
    widget.edit.setFocus()
    widget.edit.selectAll()
    type_text(widget.edit, text)
    qtbot.keyClick(widget.edit, Qt.Key.Key_Tab)


def test_typing_whole_dates_fills_only_that_field(qtbot: QtBot, controller: AppController) -> None:
    ws, host = _note(qtbot, controller)
    when = field(host, "occurred_at")
    assert isinstance(when, DateTimeField)
    subjects_before = field(host, "subject_ids").line.text()  # type: ignore[attr-defined]
    _retype(qtbot, when, "2026-09-20 18:00")
    assert when.value() == "2026-09-20T18:00:00" and when.edit.text() == "2026-09-20 18:00"
    assert field(host, "subject_ids").line.text() == subjects_before  # type: ignore[attr-defined]
    due = field(host, "follow_up_on")
    assert isinstance(due, DateField) and due.check is not None
    press(qtbot, due.check)
    _retype(qtbot, due, "1/12/2026")
    assert due.value() == "2026-12-01" and due.edit.text() == "2026-12-01"
    host.grab().save("/tmp/wt19b-dates-form.png")
    with qtbot.waitSignal(host.saved):
        press(qtbot, host.save_button)
    ups = ws.env.backend.call(lambda s: s.list_records("follow-up"))
    assert [u.state.fields["due_on"] for u in ups] == ["2026-12-01"]


def test_an_unlikely_year_asks_first(qtbot: QtBot, controller: AppController) -> None:
    ws, host = _note(qtbot, controller)
    when = field(host, "occurred_at")
    assert isinstance(when, DateTimeField)
    _retype(qtbot, when, "20/09/1926 18:00")  # 1926 for 2026
    press(qtbot, host.save_button)
    qtbot.waitUntil(lambda: host.confirm is not None and host.confirm.isVisible())
    dialog = host.confirm
    assert dialog is not None and dialog.windowTitle() == "¿Seguro?"
    assert "Fecha y hora del hecho: 1926-09-20" in dialog.text() and dialog.cancel.isDefault()
    dialog.grab().save("/tmp/wt19b-sure.png")
    press(qtbot, dialog.cancel)
    assert ws.env.backend.call(lambda s: s.list_records("crisis-note")) == []
    press(qtbot, host.save_button)
    qtbot.waitUntil(lambda: host.confirm is not dialog and host.confirm is not None)
    with qtbot.waitSignal(host.saved):
        press(qtbot, host.confirm.act)
    notes = ws.env.backend.call(lambda s: s.list_records("crisis-note"))
    assert [n.state.fields["occurred_at"] for n in notes] == ["1926-09-20T18:00:00"]


def test_a_crisis_note_in_the_future_is_refused(qtbot: QtBot, controller: AppController) -> None:
    ws, host = _note(qtbot, controller)
    when = field(host, "occurred_at")
    assert isinstance(when, DateTimeField)
    _retype(qtbot, when, "2026-12-01 18:00")
    press(qtbot, host.save_button)
    assert host.form.rows["occurred_at"].error.text() == (
        "Está en el futuro: una nota de crisis es sobre algo que ya pasó"
    )
    assert host.status.text() == "No se guardó: revisa los campos marcados."
    assert ws.env.backend.call(lambda s: s.list_records("crisis-note")) == []


def test_the_future_is_refused_by_the_save_not_the_form(
    qtbot: QtBot, controller: AppController
) -> None:
    """The rule is the crisis-note spec's, run by the one save use case against the
    window's clock: the form itself finds nothing wrong, the save refuses it beside the
    field, and the follow-up the note would bring is not written either."""
    ws, host = _note(qtbot, controller)
    when = field(host, "occurred_at")
    assert isinstance(when, DateTimeField)
    _retype(qtbot, when, "2027-01-05 09:00")
    due = field(host, "follow_up_on")
    assert isinstance(due, DateField) and due.check is not None
    press(qtbot, due.check)
    _retype(qtbot, due, "2027-01-10")
    assert host.form.validate() == []
    press(qtbot, host.save_button)
    assert "futuro" in host.form.rows["occurred_at"].error.text()
    assert ws.env.backend.call(lambda s: s.list_records("follow-up")) == []
    _retype(qtbot, when, "2026-09-20 18:00")
    with qtbot.waitSignal(host.saved):
        press(qtbot, host.save_button)
    assert host.form.rows["occurred_at"].error.text() == ""
    ups = ws.env.backend.call(lambda s: s.list_records("follow-up"))
    assert [u.state.fields["due_on"] for u in ups] == ["2027-01-10"]


def test_the_calendar_opens_from_the_keyboard(qtbot: QtBot, controller: AppController) -> None:
    _ws, host = _note(qtbot, controller)
    when = field(host, "occurred_at")
    assert isinstance(when, DateTimeField)
    when.edit.setFocus()
    qtbot.keyClick(when.edit, Qt.Key.Key_F4)
    qtbot.waitUntil(when.menu.isVisible)
    when.menu.close()


def test_the_calendar_button_sits_beside_the_date_in_a_wide_row(qtbot: QtBot) -> None:
    # Seen at 1366 px: the line was centred in the form's width, the button at its far end.
    widget = DateTimeField(dt.datetime(2026, 9, 21, 10, 0), "es")
    qtbot.addWidget(widget)
    widget.resize(900, 40)
    widget.show()
    qtbot.waitExposed(widget)
    edit, button = widget.edit, widget.calendar_button
    assert edit.x() == 0
    assert 0 <= button.x() - edit.geometry().right() <= 8

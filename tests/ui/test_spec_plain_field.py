"""A plain field added to a kind in a fixture shows everywhere a field shows, with nothing
but the spec (and its label) written: the form, the list, the detail pane, search and
the CSV (issue 16, item 3). The bundle round trip: tests/sync/test_sync_spec_field.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import choose, create_through_ui, pick_subject, save, type_into, wait_idle

from aluna_field.services.record_csv import kind_csv
from aluna_field.ui.forms.fields import TextLine
from aluna_field.ui.shell.controller import AppController
from spec_fixture import FIELD, LABEL, VALUE, add_plain_field


def test_a_plain_field_from_the_spec_shows_everywhere(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    add_plain_field(monkeypatch)
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})

    # The form: a labelled row, after the kind's own fields, edited like any text line.
    row = host.form.rows[FIELD]
    assert row.title.text() == LABEL[0] and isinstance(row.field, TextLine)
    assert list(host.form.rows)[-1] == FIELD
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "event", "surveillance")
    choose(host, "urgency", "medium")
    type_into(qtbot, host, "narrative", "Relato ficticio breve.")
    type_into(qtbot, host, FIELD, VALUE)
    rid = save(qtbot, controller, pane)

    # The list: a column headed by the label, showing the value.
    model = pane.model
    column = model.columns.index(FIELD)
    assert model.headerData(column, Qt.Orientation.Horizontal) == LABEL[0]
    row_index = model.row_of(rid)
    assert model.index(row_index, column).data() == VALUE
    assert FIELD in model.layout.wide  # long text: it elides and shows whole on hover
    assert model.index(row_index, column).data(Qt.ItemDataRole.ToolTipRole) == VALUE

    # The detail pane: label and value among the record's fields.
    shown = {label.accessibleName(): label.text() for label in pane.detail.fields.values}
    assert shown[LABEL[0]] == VALUE

    # Search, from the list's own box.
    pane.filters.search.clear()
    with qtbot.waitSignal(pane.searched):
        qtbot.keyClicks(pane.filters.search, "Tlaloc")
    wait_idle(qtbot, controller)
    assert pane.proxy.rowCount() == 1

    # The CSV of the kind: a column headed by the label.
    text = ws.env.backend.call(lambda s: kind_csv(s, "crisis-note", "es"))
    header, first = text.splitlines()[:2]
    assert header.split(",")[-1] == LABEL[0] and first.split(",")[-1] == VALUE
    assert first.split(",")[0] == rid


def test_the_field_is_not_there_without_the_fixture(
    qtbot: QtBot, controller: AppController
) -> None:
    """The fixture undoes itself: the crisis note of every other test is unchanged."""
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    assert FIELD not in host.form.rows


def test_every_plain_type_gets_a_widget_that_round_trips(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What custom fields will be (issue 16 item 4): each plain type, added to a spec,
    is edited by a widget whose value the model accepts, and shows a stored value."""
    import datetime as dt
    from typing import Any, cast

    from aluna_field.domain import field_labels, kinds, specs
    from aluna_field.domain.spec import FieldSpec
    from aluna_field.domain.taxonomy import Intervention, PerpetratorType
    from aluna_field.ui.forms.base import FormContext, without_none
    from aluna_field.ui.forms.registry import FORMS

    extra = [
        FieldSpec("x_text", "text"),
        FieldSpec("x_long", "long_text"),
        FieldSpec("x_number", "number"),
        FieldSpec("x_date", "date"),
        FieldSpec("x_flag", "yes_no"),
        FieldSpec("x_choice", "choice", vocab=PerpetratorType),
        FieldSpec("x_choices", "choices", vocab=Intervention),
    ]
    spec = specs.SPECS["follow-up"]
    for f in extra:
        spec = spec.with_field(f)
    monkeypatch.setitem(cast(dict[str, Any], specs.SPECS), "follow-up", spec)
    labels = cast(dict[str, Any], field_labels.BY_KIND["follow-up"])
    for f in extra:
        # A label is a msgid; one the catalogue lacks reads as written.
        monkeypatch.setitem(labels, f.code, f"Field {f.code}")

    now = dt.datetime(2026, 9, 21, 14, 0)
    ctx = FormContext("es", now.date(), now, records=[("b" * 32, "Nota ficticia")])
    form = FORMS["follow-up"](ctx)
    qtbot.addWidget(form)
    stored = {
        "record_id": "b" * 32,
        "due_on": "2026-10-01",
        "description": "Llamada ficticia",
        "x_text": "Texto ficticio",
        "x_long": "Texto largo ficticio",
        "x_number": 12.5,
        "x_date": "2026-09-01",
        "x_flag": True,
        "x_choice": "business",
        "x_choices": ["grounding", "referral_legal"],
    }
    form.load(stored)
    clean = kinds.validate_record("follow-up", without_none(form.values()))
    assert {k: clean[k] for k in stored} == stored
    form.clear_content()
    empty = {**without_none(form.values()), **{k: stored[k] for k in ("record_id", "due_on")}}
    empty["description"] = "Llamada ficticia"
    clean = kinds.validate_record("follow-up", empty)  # every extra field is optional
    assert clean["x_number"] is None and clean["x_choices"] == [] and clean["x_flag"] is False

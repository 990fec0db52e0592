"""The activity in the window: its form from the spec (participants as counts), each
refusal beside its field with nothing saved, then the list, the detail pane and search.
The crisis note's new fields and coded resistance come from their specs too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import (
    activate,
    choose,
    create_through_ui,
    field,
    pick_subject,
    save,
    type_into,
    type_text,
    wait_idle,
)

from aluna_field.ui.common.chips import ChipSelector
from aluna_field.ui.forms.activity import CountsField
from aluna_field.ui.forms.host import FormHost
from aluna_field.ui.shell.controller import AppController


def _counts(host: FormHost, **typed: str) -> None:
    widget = field(host, "participants")
    assert isinstance(widget, CountsField)
    for part, text in typed.items():
        line = widget.lines[part]
        line.clear()
        type_text(line, text)


def _press_save(qtbot: QtBot, ctrl: AppController, host: FormHost) -> None:
    activate(qtbot, ctrl)
    qtbot.keyClick(host.form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_an_activity_through_the_window(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("activity")
    pane = ws.records_pane("activity")
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    host = pane.host
    assert host is not None
    rows = host.form.rows
    assert rows["participants"].title.text() == "Participantes"
    assert list(rows)[:3] == ["held_on", "type", "area"]

    choose(host, "type", "workshop")
    choose(host, "area", "team_care")
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    _press_save(qtbot, controller, host)
    wait_idle(qtbot, controller)
    # Nothing saved; each message beside its field.
    assert pane.model.rowCount() == 0
    assert "nadie de fuera" in rows["subject_ids"].error.text()

    choose(host, "area", "education_training")
    _counts(host, women="9", men="4", total="10")
    _press_save(qtbot, controller, host)
    assert "suman más que el total" in rows["participants"].error.text()
    assert not rows["subject_ids"].error.text()
    assert pane.model.rowCount() == 0

    _counts(host, women="-1", total="")
    _press_save(qtbot, controller, host)
    assert rows["participants"].error.text().startswith("Mujeres:")
    assert pane.model.rowCount() == 0

    _counts(host, women="9", men="4", other="1", total="16")
    type_into(qtbot, host, "duration_minutes", "180")
    type_into(qtbot, host, "lessons", "Empezar con un ejercicio corporal (ficticio).")
    me = ws.env.backend
    field(host, "facilitators").set_value([me.device_id])  # type: ignore[attr-defined]
    rid = save(qtbot, controller, pane)
    assert not rows["participants"].error.text()

    # The list: its columns from the spec, the participants read as counts.
    model = pane.model
    qtbot.waitUntil(lambda: model.row_of(rid) >= 0)
    row = model.row_of(rid)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[:3] == ["Fecha", "Tipo de actividad", "Área de trabajo"]
    shown = model.index(row, model.columns.index("participants")).data()
    assert shown == "16 (Mujeres 9 · Hombres 4 · Otra identidad 1)"
    assert model.index(row, model.columns.index("type")).data() == "Taller o formación"

    # The detail pane: label and value.
    values = {label.accessibleName(): label.text() for label in pane.detail.fields.values}
    assert values["Área de trabajo"] == "Educación y formación"
    assert values["Duración (minutos)"] == "180"
    # Who facilitated reads as the member's name, never as a device id (seen under Xvfb).
    assert values["Facilitan (equipo)"] == me.device_name

    # Search from the list's box.
    pane.filters.search.clear()
    with qtbot.waitSignal(pane.searched):
        qtbot.keyClicks(pane.filters.search, "corporal")
    wait_idle(qtbot, controller)
    assert pane.proxy.rowCount() == 1


def test_crisis_note_and_impact_fields_come_from_their_specs(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    assert isinstance(field(host, "perpetrator"), ChipSelector)  # several per event
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "event", "attack")
    choose(host, "urgency", "high")
    choose(host, "perpetrator", "state_police")
    choose(host, "perpetrator", "paramilitary")
    choose(host, "state_role", "acquiescence")
    choose(host, "source", "witness")
    choose(host, "justice_status", "complaint_filed")
    type_into(qtbot, host, "narrative", "Ataque ficticio durante una marcha.")
    rid = save(qtbot, controller, pane)
    fields = controller.workspace.env.backend.call(lambda s: s.show(rid).state.fields)  # type: ignore[union-attr]
    assert fields["perpetrator"] == ["paramilitary", "state_police"]
    assert (fields["justice_status"], fields["source"]) == ("complaint_filed", "witness")
    values = {label.accessibleName(): label.text() for label in pane.detail.fields.values}
    assert values["Presuntos perpetradores"] == ("Paramilitares o civiles armados, Estado: policía")

    ws.show_pane("impact-observation")
    pane = ws.records_pane("impact-observation")
    host = pane.new_record({})
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "sphere", "social")
    choose(host, "categories", "fear")
    choose(host, "intensity", "2")
    choose(host, "resistance_mechanisms", "collective_rituals")
    rid = save(qtbot, controller, pane)
    fields = controller.workspace.env.backend.call(lambda s: s.show(rid).state.fields)  # type: ignore[union-attr]
    assert fields["resistance_mechanisms"] == ["collective_rituals"]

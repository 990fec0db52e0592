"""The whole path of field work through the real window: create the vault, add one record
of each kind through the forms, find it by search, edit it, see two versions in history."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import choose, create_through_ui, field, pick_subject, save, type_into, wait_idle

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.ui.forms.base import RecordForm
from aluna_field.ui.forms.pickers import MemberPicker
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace

NARRATIVE = "Relato ficticio de prueba: llamadas de madrugada a la oficina del colectivo."


def _new(qtbot: QtBot, ctrl: AppController, ws: Workspace, kind: str) -> RecordForm:
    ws.show_pane(kind)
    pane = ws.records_pane(kind)
    qtbot.mouseClick(pane.new_button, Qt.MouseButton.LeftButton)
    assert pane.host is not None
    return pane.host.form


def _search(qtbot: QtBot, ctrl: AppController, ws: Workspace, kind: str, text: str) -> list[str]:
    pane = ws.records_pane(kind)
    ws.show_pane(kind)
    pane.filters.search.clear()
    with qtbot.waitSignal(pane.searched):
        qtbot.keyClicks(pane.filters.search, text)
    wait_idle(qtbot, ctrl)
    return [
        pane.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole + 2)
        for r in range(pane.proxy.rowCount())
    ]


def add_subject(qtbot: QtBot, ctrl: AppController, ws: Workspace) -> str:
    _new(qtbot, ctrl, ws, "subject")
    host = ws.records_pane("subject").host
    assert host is not None
    choose(host, "type", "collective")
    type_into(qtbot, host, "alias", "Colectivo Ficticio Ceiba")
    type_into(qtbot, host, "real_name", "Nombre Inventado Uno")
    type_into(qtbot, host, "region", "Oaxaca / Juchitán")
    choose(host, "field_of_work", "land_territory")
    return save(qtbot, ctrl, ws.records_pane("subject"))


def test_one_of_each_kind_search_edit_history(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    backend = ws.env.backend
    subject = add_subject(qtbot, controller, ws)

    _new(qtbot, controller, ws, "accompaniment")
    host = ws.records_pane("accompaniment").host
    assert host is not None
    type_into(qtbot, host, "title", "Proceso ficticio de acompañamiento")
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "area", "crisis_support")
    picker = field(host, "accompaniers")
    assert isinstance(picker, MemberPicker)
    # A vault with no team yet offers no one and says where to add people.
    assert not picker.chips and picker.empty.isVisibleTo(host)
    save(qtbot, controller, ws.records_pane("accompaniment"))

    _new(qtbot, controller, ws, "crisis-note")
    host = ws.records_pane("crisis-note").host
    assert host is not None
    pick_subject(qtbot, host, "subject_ids", "Ceiba")
    choose(host, "event", "harassment")
    choose(host, "urgency", "high")
    type_into(qtbot, host, "narrative", NARRATIVE)
    choose(host, "interventions", "emotional_containment")
    note = save(qtbot, controller, ws.records_pane("crisis-note"))

    _new(qtbot, controller, ws, "risk-assessment")
    host = ws.records_pane("risk-assessment").host
    assert host is not None
    pick_subject(qtbot, host, "subject_id", "ceiba")
    form = host.form
    for name in ("threats", "vulnerabilities", "capacities"):
        items = field(host, name)
        qtbot.mouseClick(items.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
        qtbot.keyClicks(items.items[0]["widgets"]["description"], f"Factor ficticio: {name}")  # type: ignore[attr-defined]
    # Every score starts "sin puntuar": the accompanier chooses each one.
    for name, score in (("threats", 5), ("vulnerabilities", 3), ("capacities", 3)):
        field(host, name).items[0]["widgets"]["score"].spin.setValue(score)  # type: ignore[attr-defined]
    assert (
        "La amenaza más grave: «Factor ficticio: threats» —"
        " amenaza 5 × vulnerabilidades 3 ÷ capacidades 3 = 5 → medio"
        == form.badge.explanation.text()
    )  # type: ignore[attr-defined]
    assert form.badge.badge.text() == "Riesgo medio"  # type: ignore[attr-defined]
    save(qtbot, controller, ws.records_pane("risk-assessment"))

    _new(qtbot, controller, ws, "impact-observation")
    host = ws.records_pane("impact-observation").host
    assert host is not None
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "sphere", "organizational")
    choose(host, "categories", "fear")
    assert host.form.mourning.isHidden()  # type: ignore[attr-defined]
    choose(host, "categories", "mourning")
    assert not host.form.mourning.isHidden()  # type: ignore[attr-defined]
    choose(host, "mourning_losses", "home_territory")
    choose(host, "intensity", "3")
    type_into(qtbot, host, "narrative", "Observación ficticia del miedo en el colectivo.")
    save(qtbot, controller, ws.records_pane("impact-observation"))

    ws.open_record("crisis-note", note)
    qtbot.mouseClick(ws.records_pane("crisis-note").detail.follow_button, Qt.MouseButton.LeftButton)
    host = ws.records_pane("follow-up").host
    assert host is not None and ws.current_key() == "follow-up"
    assert field(host, "record_id").value() == note  # type: ignore[attr-defined]
    type_into(qtbot, host, "description", "Llamar para saber cómo sigue (ficticio).")
    save(qtbot, controller, ws.records_pane("follow-up"))

    _new(qtbot, controller, ws, "activity")
    host = ws.records_pane("activity").host
    assert host is not None
    choose(host, "type", "strengthening_session")
    choose(host, "area", "organizational_strengthening")
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    type_into(qtbot, host, "agreements", "Volver a reunirse en un mes (ficticio).")
    save(qtbot, controller, ws.records_pane("activity"))

    kinds = sorted(v.kind for v in backend.call(lambda s: s.list_records()))
    assert kinds == sorted(KIND_CODES)

    # Found again by full-text search, as the person types.
    assert _search(qtbot, controller, ws, "crisis-note", "madrugada") == [note]
    assert _search(qtbot, controller, ws, "crisis-note", "inexistente") == []
    assert _search(qtbot, controller, ws, "subject", "Ceiba") == [subject]

    # Edit: one more version, seen in the history tab with who and which fields.
    pane = ws.records_pane("crisis-note")
    ws.open_record("crisis-note", note)
    qtbot.mouseClick(pane.detail.edit_button, Qt.MouseButton.LeftButton)
    host = pane.host
    assert host is not None
    assert field(host, "narrative").value() == NARRATIVE  # type: ignore[attr-defined]
    type_into(qtbot, host, "narrative", " Se acordó otra llamada.")
    save(qtbot, controller, pane)
    history = pane.detail.history
    assert history.rowCount() == 2
    assert history.index(0, 2).data() == "Creado"
    assert history.index(1, 2).data() == "Editado"
    assert history.index(1, 1).data() == "Tú (Ana Prueba)"
    assert history.index(1, 3).data() == "Qué pasó"
    shown = [label.text() for label in pane.detail.fields.values]
    assert NARRATIVE + " Se acordó otra llamada." in shown

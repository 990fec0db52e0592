"""A follow-up marked done from its own detail, in one click; drafts on Inicio say what
they are: the kind, the subject and the first words typed."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import activate, create_through_ui, pick_subject, type_into, wait_idle

from aluna_field.services.session import Session
from aluna_field.ui.home.pane import HomePane
from aluna_field.ui.shell.controller import AppController

NARRATIVE = "Relato ficticio: la defensora vio otra vez el mismo auto gris frente a su casa."


def test_mark_a_follow_up_done_from_its_detail(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    backend = ws.env.backend
    yesterday = (ws.env.today() - dt.timedelta(days=1)).isoformat()

    def fill(s: Session) -> str:
        subject = s.add("subject", {"type": "person", "alias": "Luz Ficticia", "region": "Chiapas"})
        note = s.add(
            "crisis-note",
            {
                "subject_ids": subject,
                "occurred_at": "2026-09-01T10:00:00",
                "event": "threat",
                "narrative": "Relato ficticio.",
                "urgency": "medium",
            },
        )[0]
        up = {"record_id": note, "due_on": yesterday, "description": "Llamar a Luz."}
        return str(s.add("follow-up", up)[0])

    rid = backend.call(fill)
    home = ws.pane("home")
    assert isinstance(home, HomePane)
    ws.show_pane("home")
    qtbot.waitUntil(lambda: home.due.rowCount() == 1)
    ws.open_record("follow-up", rid)
    wait_idle(qtbot, controller)
    pane = ws.records_pane("follow-up")
    detail = pane.detail
    button = detail.done_button
    qtbot.waitUntil(button.isVisible)
    assert button.text() == "Marcar como realizado"
    assert not ws.records_pane("crisis-note").detail.done_button.isVisibleTo(ws)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert backend.call(lambda s: s.show(rid).state.fields["done"]) is True
    assert button.text() == "Marcar como pendiente"
    assert "Sí" in [label.text() for label in detail.fields.values]
    done = pane.model.columns.index("done")
    qtbot.waitUntil(lambda: pane.model.index(0, done).data() == "Sí")
    assert "vencido" not in str(pane.model.index(0, 0).data())
    controller.window.grab().save("/tmp/shots19a/follow_up_done_es.png")
    ws.show_pane("home")
    qtbot.waitUntil(lambda: home.due.rowCount() == 0)


def test_drafts_on_inicio_show_kind_subject_and_first_words(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    ws.env.backend.call(
        lambda s: s.add("subject", {"type": "person", "alias": "Luz Ficticia", "region": "Chiapas"})
    )
    ws.show_pane("crisis-note")
    wait_idle(qtbot, controller)
    host = ws.records_pane("crisis-note").new_record({})
    pick_subject(qtbot, host, "subject_ids", "Luz")
    activate(qtbot, controller)
    type_into(qtbot, host, "narrative", NARRATIVE)
    host.save_draft()
    # Going home shows the draft at once (drafts send no change notice: home reloads).
    ws.show_pane("home")
    home = ws.pane("home")
    assert isinstance(home, HomePane)
    qtbot.waitUntil(lambda: home.drafts.rowCount() == 1)
    top = QModelIndex()
    headers = [home.drafts.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Tipo", "Qué es", "Sujeto", "Empieza con", "Última edición"]
    row = [str(home.drafts.index(0, c, top).data()) for c in range(4)]
    assert row == [
        "Nota de crisis",
        "Registro nuevo",
        "Luz Ficticia",
        "Relato ficticio: la defensora vio otra vez el…",
    ]
    controller.window.grab().save("/tmp/shots19a/home_drafts_es_1366.png")

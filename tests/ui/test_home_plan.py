"""Inicio and Seguimientos list the protection plan beside the follow-ups: a measure due
with someone responsible and an overdue review of the analysis, marked as the plan's,
'· vencido' when late, opening their assessment (services/plan.py). Fictional data."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.services.session import Session
from aluna_field.ui.home.pane import HomePane
from aluna_field.ui.shell.controller import AppController

WHO = "Acompañante Ficticia Lila"
WHAT = "Cambiar la ruta de regreso"


def test_inicio_shows_a_due_measure_and_an_overdue_review(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    today = ws.env.today()
    soon = today if today.weekday() == 6 else today + dt.timedelta(days=1)
    late = today - dt.timedelta(days=3)

    def fill(s: Session) -> str:
        subject = s.add(
            "subject", {"type": "person", "alias": "Garza Ficticia", "region": "Chiapas"}
        )
        measures = [
            {"id": "m1", "what": WHAT, "who": WHO, "by": soon.isoformat()},
            {
                "id": "m2",
                "what": "Medida ya hecha",
                "who": WHO,
                "by": late.isoformat(),
                "state": "done",
            },
        ]
        rec = {
            "subject_id": subject[0],
            "assessed_on": (today - dt.timedelta(days=40)).isoformat(),
            "threats": [{"description": "Amenaza inventada", "score": 4}],
            "vulnerabilities": [],
            "capacities": [],
            "measures": measures,
            "next_review_on": late.isoformat(),
        }
        return str(s.add("risk-assessment", rec)[0])

    rid = ws.env.backend.call(fill)
    home = ws.pane("home")
    assert isinstance(home, HomePane)
    ws.show_pane("home")
    qtbot.waitUntil(lambda: home.due.rowCount() == 2)
    due, description = home.due.columns.index("due_on"), home.due.columns.index("description")
    cells = [
        (str(home.due.index(r, due).data()), str(home.due.index(r, description).data()))
        for r in range(2)
    ]
    assert cells == [
        (f"{late.isoformat()} · vencido", "Plan · revisar el análisis de riesgo"),
        (soon.isoformat(), f"Plan · medida: {WHAT} — {WHO}"),
    ]
    assert "Garza" not in " ".join(d for _d, d in cells)
    controller.window.resize(1366, 768)
    home.due_table.scrollTo(home.due.index(0, 0))
    controller.window.grab().save("/tmp/home_plan_inicio_es.png")
    # Enter on the review opens its assessment.
    home.due_table.setFocus()
    home.due_table.setCurrentIndex(home.due.index(0, 0))
    qtbot.keyClick(home.due_table, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert ws.current_key() == "risk-assessment"
    assert ws.records_pane("risk-assessment").detail.rid == rid
    # Seguimientos lists both too, with no follow-up record written.
    ws.show_pane("follow-up")
    pane = ws.records_pane("follow-up")
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2)
    assert ws.env.backend.call(lambda s: s.list_records("follow-up")) == []
    assert pane.model.is_overdue(pane.model.row_of(rid))
    controller.window.grab().save("/tmp/home_plan_seguimientos_es.png")

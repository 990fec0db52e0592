"""A subject's detail lists everything about the subject in date order (notes,
assessments with the trend, impacts, follow-ups, accompaniments); one click opens each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.services.session import Session
from aluna_field.ui.shell.controller import AppController

NAME = "Nombre Real Ficticio Itzel"


def _risk(day: str, score: int) -> dict[str, Any]:
    item = [{"description": "Factor ficticio", "score": score}]
    return {"assessed_on": day, "threats": item, "vulnerabilities": item, "capacities": []}


def _fill(s: Session) -> dict[str, str]:
    base = {"type": "person", "region": "Oaxaca"}
    luz, other = s.add(
        "subject", [{**base, "alias": "Luz Ficticia", "real_name": NAME}, {**base, "alias": "Otra"}]
    )
    note = s.add(
        "crisis-note",
        {
            "subject_ids": [luz],
            "occurred_at": "2026-03-02T09:00:00",
            "event": "threat",
            "narrative": "Relato ficticio.",
            "urgency": "high",
        },
    )[0]
    s.add(
        "crisis-note",
        {
            "subject_ids": [other],
            "occurred_at": "2026-03-03T09:00:00",
            "event": "threat",
            "narrative": "De otra persona.",
            "urgency": "low",
        },
    )
    s.add(
        "risk-assessment",
        [
            {**_risk("2026-01-10", 1), "subject_id": luz},
            {**_risk("2026-04-10", 5), "subject_id": luz},
        ],
    )
    s.add(
        "impact-observation",
        {
            "subject_ids": [luz],
            "observed_on": "2026-02-01",
            "sphere": "individual",
            "categories": ["fear"],
            "intensity": 2,
        },
    )
    s.add(
        "accompaniment",
        {
            "subject_ids": [luz],
            "area": "crisis_support",
            "status": "active",
            "started_on": "2025-12-01",
            "title": "Proceso ficticio",
        },
    )
    s.add("follow-up", {"record_id": note, "due_on": "2026-03-09", "description": "Llamar."})
    return {"luz": luz, "note": note}


def test_a_subject_lists_everything_about_it_in_date_order(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    ids = ws.env.backend.call(_fill)
    ws.open_record("subject", ids["luz"])
    wait_idle(qtbot, controller)
    detail = ws.records_pane("subject").detail
    about = detail.about
    assert detail.tabs.isTabVisible(detail.tabs.indexOf(about))
    detail.tabs.setCurrentWidget(about)
    model = about.model
    top = QModelIndex()
    rows = [[str(model.index(r, c).data()) for c in range(4)] for r in range(model.rowCount(top))]
    assert [(r[0], r[1]) for r in rows] == [
        ("Acompañamiento", "2025-12-01"),
        ("Análisis de riesgo", "2026-01-10"),
        ("Observación de impactos", "2026-02-01"),
        ("Nota de crisis", "2026-03-02"),
        ("Seguimiento", "2026-03-09"),
        ("Análisis de riesgo", "2026-04-10"),
    ]
    assert rows[3][3] == "Alta" and rows[4][3] == "No"
    assert not any("Otra persona" in c or NAME in c for r in rows for c in r)
    # The trend of the subject's assessments, low then high.
    qtbot.waitUntil(about.trend.isVisible)
    lines = about.trend.lines.text().splitlines()
    assert lines[0].startswith("2026-01-10 · ") and lines[1].startswith("2026-04-10 · ")
    controller.window.grab().save("/tmp/shots19a/subject_about_es_1366.png")
    # One click opens the note in its own pane.
    table = about.table
    rect = table.visualRect(model.index(3, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_idle(qtbot, controller)
    assert ws.current_key() == "crisis-note"
    assert ws.records_pane("crisis-note").detail.rid == ids["note"]

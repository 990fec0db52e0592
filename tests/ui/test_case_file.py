"""The case file (issue 17, item 4): one screen per subject, and per collective with its
members, everything in date order, filtered by kind, each entry one click or Enter away,
exported as an internal PDF with aliases only (looked at page by page)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.services.case_file import case_file
from aluna_field.services.demo import MARKER, fill_demo
from aluna_field.services.session import Session
from aluna_field.ui.records.about import AboutTab
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from qtclick import press

REAL = "Nombre Real Ficticio Xochitl"
NARRATIVE = "Relato ficticio que nunca sale en el PDF"
# Looked at by hand (and by the screenshot script's reader): not an assertion.
SHOTS = Path("/tmp/shots17cases")


def _risk(sid: str, day: str, score: int) -> dict[str, Any]:
    item = [{"description": "Factor ficticio", "score": score}]
    return {
        "subject_id": sid,
        "assessed_on": day,
        "threats": item,
        "vulnerabilities": item,
        "capacities": [],
    }


def _fill(s: Session) -> dict[str, str]:
    group = s.add(
        "subject",
        {"type": "collective", "alias": "Colectivo Ficticio Jacaranda", "region": "Guerrero"},
    )[0]
    base = {"type": "person", "region": "Guerrero / Iguala", "member_of": [group]}
    lupe, rosa = s.add(
        "subject",
        [
            {**base, "alias": "Lupe Ficticia", "real_name": REAL},
            {**base, "alias": "Rosa Ficticia"},
        ],
    )
    outsider = s.add("subject", {"type": "person", "alias": "Ajena Ficticia", "region": "Oaxaca"})
    note = {"event": "threat", "perpetrator": "organized_crime", "narrative": NARRATIVE}
    notes = s.add(
        "crisis-note",
        [
            {**note, "subject_ids": [lupe], "occurred_at": "2026-03-02T09:00", "urgency": "high"},
            {**note, "subject_ids": [group], "occurred_at": "2026-01-20T09:00", "urgency": "low"},
            {**note, "subject_ids": outsider, "occurred_at": "2026-02-01T09:00", "urgency": "low"},
        ],
    )
    s.add(
        "risk-assessment",
        [
            _risk(group, "2026-01-05", 1),
            _risk(group, "2026-04-01", 5),
            _risk(rosa, "2026-02-10", 3),
        ],
    )
    s.add(
        "impact-observation",
        {
            "subject_ids": [rosa],
            "observed_on": "2026-02-15",
            "sphere": "family",
            "categories": ["fear", "breaking_of_bonds"],
            "intensity": 3,
            "narrative": NARRATIVE,
        },
    )
    s.add(
        "accompaniment",
        {
            "subject_ids": [group, lupe],
            "area": "organizational_strengthening",
            "status": "active",
            "started_on": "2025-11-01",
            "title": "Proceso ficticio",
        },
    )
    s.add("follow-up", {"record_id": notes[0], "due_on": "2026-03-09", "description": "Llamar."})
    return {"group": group, "lupe": lupe, "rosa": rosa, "note": notes[0]}


def test_the_service_lists_the_collective_and_its_members_in_date_order(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ids = ws.env.backend.call(_fill)
    case = ws.env.backend.call(lambda s: case_file(s, ids["group"]))
    assert {m.rid for m in case.members} == {ids["lupe"], ids["rosa"]}
    days = [(e.kind, e.day) for e in case.entries]
    assert days == [
        ("accompaniment", "2025-11-01"),
        ("risk-assessment", "2026-01-05"),
        ("crisis-note", "2026-01-20"),
        ("risk-assessment", "2026-02-10"),
        ("impact-observation", "2026-02-15"),
        ("crisis-note", "2026-03-02"),
        ("follow-up", "2026-03-09"),
        ("risk-assessment", "2026-04-01"),
    ]
    # Each subject's own trend: the group's second analysis rises; Rosa's is her first.
    assert [e.trend for e in case.of_kind("risk-assessment")] == ["first", "first", "up"]
    assert case.counts()["crisis-note"] == 2
    # A person's file holds their own records only (and follow-ups of them).
    lupe = ws.env.backend.call(lambda s: case_file(s, ids["lupe"]))
    assert [e.kind for e in lupe.entries] == ["accompaniment", "crisis-note", "follow-up"]


def test_an_activity_naming_the_subject_is_in_its_file_a_team_care_session_never(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ids = ws.env.backend.call(_fill)
    workshop = {
        "held_on": "2026-02-20",
        "type": "workshop",
        "area": "education_training",
        "subject_ids": [ids["group"]],
        "participants": {"women": 6, "men": 3, "total": 9},
    }
    care = {"held_on": "2026-02-21", "type": "containment_session", "area": "team_care"}
    ws.env.backend.call(lambda s: s.add("activity", [workshop, care]))
    case = ws.env.backend.call(lambda s: case_file(s, ids["group"]))
    activities = case.of_kind("activity")
    assert [(e.day, e.view.state.fields["type"]) for e in activities] == [
        ("2026-02-20", "workshop")
    ]
    assert case.counts()["activity"] == 1


def _open_case(
    qtbot: QtBot, controller: AppController
) -> tuple[Workspace, AboutTab, dict[str, str]]:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    ids = ws.env.backend.call(_fill)
    ws.open_record("subject", ids["group"])
    wait_idle(qtbot, controller)
    detail = ws.records_pane("subject").detail
    about = detail.about
    assert detail.tabs.tabText(detail.tabs.indexOf(about)) == "Expediente"
    detail.tabs.setCurrentWidget(about)
    return ws, about, ids


def _rows(about: AboutTab) -> list[list[str]]:
    model = about.model
    return [
        [str(model.index(r, c).data()) for c in range(4)]
        for r in range(model.rowCount(QModelIndex()))
    ]


def test_the_screen_filters_by_kind_and_opens_with_enter(
    qtbot: QtBot, controller: AppController
) -> None:
    ws, about, ids = _open_case(qtbot, controller)
    rows = _rows(about)
    assert [r[1] for r in rows] == sorted(r[1] for r in rows) and len(rows) == 8
    assert rows[-1][0] == "Análisis de riesgo" and rows[-1][3] == "Crítico · sube"
    assert not any(REAL in c or "Ajena" in c for r in rows for c in r)
    members = [b.text() for b in about.members_box.findChildren(type(about.export))]
    assert sorted(members) == ["Lupe Ficticia", "Rosa Ficticia"]
    # Keyboard: choose a kind in the filter, then Enter on a row opens it.
    about.kind.setFocus()
    about.kind.setCurrentIndex(about.kind.findData("crisis-note"))
    rows = _rows(about)
    assert [r[1] for r in rows] == ["2026-01-20", "2026-03-02"]
    about.table.setFocus()
    about.table.setCurrentIndex(about.model.index(1, 0))
    qtbot.keyClick(about.table, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert ws.current_key() == "crisis-note"
    assert ws.records_pane("crisis-note").detail.rid == ids["note"]


def test_a_member_opens_in_one_click(qtbot: QtBot, controller: AppController) -> None:
    ws, about, ids = _open_case(qtbot, controller)
    buttons = {b.text(): b for b in about.members_box.findChildren(type(about.export))}
    press(qtbot, buttons["Rosa Ficticia"])
    wait_idle(qtbot, controller)
    detail = ws.records_pane("subject").detail
    assert detail.rid == ids["rosa"]
    assert [r[0] for r in _rows(detail.about)] == ["Análisis de riesgo", "Observación de impactos"]
    # From the member back to the collective she is part of.
    back = {b.text(): b for b in detail.about.members_box.findChildren(type(about.export))}
    assert list(back) == ["Colectivo Ficticio Jacaranda"]
    press(qtbot, back["Colectivo Ficticio Jacaranda"])
    wait_idle(qtbot, controller)
    assert detail.rid == ids["group"]


def test_the_pdf_holds_aliases_and_codes_only(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    _ws, about, _ids = _open_case(qtbot, controller)
    about.kind.setCurrentIndex(about.kind.findData("crisis-note"))  # the PDF holds everything
    target = tmp_path / "expediente.pdf"
    with qtbot.waitSignal(about.saved):
        assert about.export_pdf(target)
    assert about.status.text() == f"Expediente guardado en {target}."
    words = subprocess.run(
        ["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Expediente: Colectivo Ficticio Jacaranda",
        "Integrantes: Lupe Ficticia, Rosa Ficticia",
        "Notas de crisis: 2",
        "Amenaza · Crimen organizado · Alta",
        "Crítico · sube",
    ):
        assert expected in words, expected
    for secret in (REAL, NARRATIVE, "Proceso ficticio", "Llamar", "Iguala", "Ajena"):
        assert secret not in words, secret
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True).stdout
    assert "Jacaranda" not in info and "Expediente" in info
    pages = tmp_path / "pages"
    pages.mkdir()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(pages / "p")], check=True)
    assert sorted(p.name for p in pages.iterdir()) == ["p-1.png"]


def test_an_export_into_the_vault_folder_is_refused(
    qtbot: QtBot, controller: AppController
) -> None:
    ws, about, _ids = _open_case(qtbot, controller)
    inside = ws.env.backend.vault_dir / "expediente.pdf"
    with qtbot.waitSignal(about.failed) as refused:
        assert not about.export_pdf(inside)
    assert refused.args[0] == "El expediente no se guarda dentro de la carpeta de la bóveda."
    assert not inside.exists()


def test_a_training_collective_file_on_screen_and_on_paper(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    ws.env.backend.call(fill_demo)
    group = ws.env.backend.call(
        lambda s: next(
            v.rid
            for v in s.list_records("subject")
            if v.state.fields["alias"].startswith("Colectivo Ficticio Ceiba")
        )
    )
    ws.open_record("subject", group)
    wait_idle(qtbot, controller)
    detail = ws.records_pane("subject").detail
    detail.tabs.setCurrentWidget(detail.about)
    about = detail.about
    rows = _rows(about)
    assert len(rows) > 10 and [r[1] for r in rows if r[1]] == sorted(r[1] for r in rows if r[1])
    assert about.members_box.isVisibleTo(about)
    SHOTS.mkdir(parents=True, exist_ok=True)
    controller.window.grab().save(str(SHOTS / "case_file_es_1366.png"))
    target = tmp_path / "ceiba.pdf"
    assert about.export_pdf(target)
    pages = tmp_path / "pages"
    pages.mkdir()
    subprocess.run(["pdftoppm", "-png", "-r", "60", str(target), str(pages / "p")], check=True)
    drawn = sorted(pages.iterdir())
    assert drawn
    for page in drawn:
        shutil.copy(page, SHOTS / f"case_file_pdf_{page.name}")
    words = subprocess.run(
        ["pdftotext", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Nombre Inventado" not in words and MARKER not in words

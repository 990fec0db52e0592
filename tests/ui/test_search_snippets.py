"""Search everything: each result shows where the words matched, the word marked and
never a subject's real name; Down or Enter in the search box reaches the results."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, type_text, wait_idle

from aluna_field.services.session import Session
from aluna_field.ui.records.highlight import SPAN_ROLE
from aluna_field.ui.records.search_pane import SNIPPET, SearchPane
from aluna_field.ui.shell.controller import AppController

NAME = "Marisol Quetzalli Ficticia"
NARRATIVE = (
    "Relato ficticio: durante la reunión comunitaria la persona contó que un vehículo"
    " sin placas la siguió hasta la parada del autobús y luego se fue."
)


def _fill(s: Session) -> None:
    # The alias and the real name share a word: the name must still never show.
    subject = s.add(
        "subject",
        {"type": "person", "alias": "Quetzalli F.", "region": "Oaxaca", "real_name": NAME},
    )
    s.add(
        "crisis-note",
        {
            "subject_ids": subject,
            "occurred_at": "2026-09-01T10:00:00",
            "event": "threat",
            "narrative": NARRATIVE,
            "urgency": "medium",
        },
    )


def _search(qtbot: QtBot, pane: SearchPane, text: str) -> None:
    pane.box.clear()
    pane.box.setFocus()
    with qtbot.waitSignal(pane.searched):
        type_text(pane.box, text)


def test_results_show_a_marked_snippet_and_the_keyboard_reaches_them(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    ws.env.backend.call(_fill)
    ws.show_pane("search")
    pane = ws.pane("search")
    assert isinstance(pane, SearchPane)
    _search(qtbot, pane, "vehiculo")  # without the accent, as people type
    model = pane.proxy
    assert model.rowCount(QModelIndex()) == 1
    assert model.headerData(SNIPPET, Qt.Orientation.Horizontal) == "Dónde aparece"
    cell = model.index(0, SNIPPET)
    text = str(cell.data())
    start, end = cell.data(SPAN_ROLE)
    assert text[start:end] == "vehículo"
    assert text.startswith("…") and text.endswith("…") and len(text) < len(NARRATIVE)
    controller.window.grab().save("/tmp/shots19a/search_snippet_es_1366.png")
    # A subject found by a word it shares with its real name: the snippet is the alias.
    _search(qtbot, pane, "quetzalli")
    shown = [
        str(model.index(r, c).data(role) or "")
        for r in range(model.rowCount(QModelIndex()))
        for c in range(model.columnCount(QModelIndex()))
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert any("Quetzalli F." in s for s in shown)
    assert not any("Marisol" in s for s in shown)
    # Down from the box: the first result, ready for Enter to open it.
    assert pane.box.hasFocus()
    qtbot.keyClick(pane.box, Qt.Key.Key_Down)
    assert pane.table.hasFocus() and pane.table.currentIndex().row() == 0
    # Enter in the box: search now and land on the results.
    _search(qtbot, pane, "parada")
    qtbot.waitUntil(lambda: not pane.timer.isActive())
    pane.box.setFocus()
    with qtbot.waitSignal(pane.searched):
        qtbot.keyClick(pane.box, Qt.Key.Key_Return)
    assert pane.table.hasFocus()
    qtbot.keyClick(pane.table, Qt.Key.Key_Return)
    wait_idle(qtbot, controller)
    assert ws.current_key() == "crisis-note"

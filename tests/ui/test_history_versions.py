"""The history tab: each version with who, when, and the values before and after it;
double-click opens that version whole. A real name never shows there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, wait_idle

from aluna_field.ui.records.version import VersionDialog
from aluna_field.ui.shell.controller import AppController
from support import FakeClock

FIRST = "Relato ficticio: llamadas anónimas en la madrugada."
SECOND = "Relato ficticio: llamadas anónimas y un auto frente a la casa."
NAME = "Nombre Real Ficticio Xochitl"


def test_history_shows_before_and_after_and_opens_a_version(
    qtbot: QtBot, controller: AppController, clock: FakeClock, app: QApplication
) -> None:
    ws = create_through_ui(qtbot, controller)
    controller.window.resize(1366, 768)
    backend = ws.env.backend
    subject = backend.call(
        lambda s: s.add(
            "subject",
            {"type": "person", "alias": "Luz Ficticia", "region": "Chiapas", "real_name": NAME},
        )
    )[0]
    note = {
        "subject_ids": [subject],
        "occurred_at": "2026-09-01T10:00:00",
        "event": "threat",
        "narrative": FIRST,
        "urgency": "medium",
    }
    rid = backend.call(lambda s: s.add("crisis-note", note))[0]
    clock.advance(3_600_000)
    backend.call(lambda s: s.edit(rid, {"narrative": SECOND, "urgency": "high"}))
    ws.open_record("crisis-note", rid)
    wait_idle(qtbot, controller)
    detail = ws.records_pane("crisis-note").detail
    history = detail.history
    assert history.rowCount() == 2
    headers = [history.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Cuándo", "Quién", "Cambio", "Campos", "Antes", "Después"]
    edit = [str(history.index(1, c).data()) for c in range(6)]
    assert edit[1] == "Tú (Ana Prueba)" and edit[2] == "Editado"
    assert edit[4] == f"Qué pasó: {FIRST}; Urgencia: Media"
    assert edit[5] == f"Qué pasó: {SECOND}; Urgencia: Alta"
    assert history.index(0, 4).data() == ""  # nothing came before the first version
    assert f"Qué pasó: {FIRST}" in str(history.index(0, 5).data())
    detail.tabs.setCurrentWidget(detail.history_table)
    table = detail.history_table
    qtbot.waitUntil(table.isVisible)
    controller.window.grab().save("/tmp/shots19a/history_es_1366.png")
    # Double-click the first version: it opens as it was, not as it is now.
    rect = table.visualRect(table.model().index(0, 0))
    # (QTest's double-click comes without the press a view first needs: click, then.)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = detail.version
    assert isinstance(dialog, VersionDialog)
    qtbot.waitUntil(dialog.isVisible)
    shown = [label.text() for label in dialog.fields.values]
    assert FIRST in shown and SECOND not in shown and "Media" in shown
    assert dialog.byline.text().startswith("Creado por Tú (Ana Prueba) el 2026-")
    dialog.grab().save("/tmp/shots19a/version_dialog_es.png")
    dialog.reject()

    # A subject's real name is written in its history, but never shown.
    backend.call(lambda s: s.edit(subject, {"real_name": "Otro Nombre Real Ficticio"}))
    ws.open_record("subject", subject)
    wait_idle(qtbot, controller)
    subject_history = ws.records_pane("subject").detail.history
    texts = [
        str(subject_history.index(r, c).data(role) or "")
        for r in range(subject_history.rowCount())
        for c in range(6)
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert not any("Real Ficticio" in text for text in texts)
    assert "Nombre real: (oculto)" in texts

"""Views that follow the vault: after an exchange, a conflict arriving or a redaction
coming in, the open window shows the new state without anyone re-selecting a row.

Each device runs the app's real workspace (sidebar and every pane) in a window; the
exchanges run through the sync screen as a person would start them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QAbstractItemView, QLabel, QListView, QWidget
from pytestqt.qtbot import QtBot
from uiteam import ANA_NARRATIVE, Device, add_note, enrol, exchange

from aluna_field.ui.shell.workspace import Workspace
from aluna_field.ui.sync.pane import SyncPane


def screen_text(root: QWidget) -> str:
    """Every text a person can see in root: labels and the cells of every list."""
    parts = [w.text() for w in root.findChildren(QLabel) if w.isVisible()]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if not view.isVisible() or model is None:
            continue
        top = QModelIndex()
        for row in range(model.rowCount(top)):
            # A list view's model hides columnCount (one column).
            columns = 1 if isinstance(view, QListView) else model.columnCount(top)
            for column in range(columns):
                parts.append(str(model.index(row, column).data() or ""))
    return "\n".join(parts)


def workspace(qtbot: QtBot, device: Device) -> Workspace:
    ws = device.show(qtbot, Workspace(device.env))
    ws.resize(1366, 768)
    ws.refresh_all()
    return ws


def open_note(qtbot: QtBot, ws: Workspace, rid: str) -> None:
    pane = ws.records_pane("crisis-note")
    with qtbot.waitSignal(pane.loaded):
        ws.show_pane("crisis-note")
    ws.open_record("crisis-note", rid)
    assert pane.detail.rid == rid


def conflicts_entry(ws: Workspace) -> str:
    items = [ws.sidebar.list.item(r) for r in range(ws.sidebar.list.count())]
    return next(i.text() for i in items if i.data(256) == "conflicts")


def paired(qtbot: QtBot, coord: Device, ana: Device, stick: Path) -> tuple[SyncPane, SyncPane]:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    ana_sync = ana.sync_pane(qtbot, stick)
    exchange(qtbot, coord_sync)
    return coord_sync, ana_sync


def test_an_incoming_redaction_leaves_the_open_detail_at_once(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    coord_sync, ana_sync = paired(qtbot, coord, ana, stick)
    rid = add_note(ana, ANA_NARRATIVE)
    ws = workspace(qtbot, ana)
    open_note(qtbot, ws, rid)
    assert "vigilancia frente a la casa" in screen_text(ws)
    history = ws.records_pane("crisis-note").detail.history
    versions = history.rowCount()
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    coord.call(lambda s: s.redact(rid, "narrative"))
    exchange(qtbot, coord_sync)
    # Ana exchanges from the sync screen while her note is open in the window.
    exchange(qtbot, ana_sync)
    qtbot.waitUntil(lambda: "vigilancia" not in screen_text(ws))
    pane = ws.records_pane("crisis-note")
    assert pane.detail.rid == rid and pane.right.currentWidget() is pane.detail
    assert history.rowCount() > versions  # the redaction is a version of its own


def test_a_conflict_arriving_updates_the_sidebar_count_and_the_open_record(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    coord_sync, ana_sync = paired(qtbot, coord, ana, stick)
    rid = add_note(ana)
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    ws = workspace(qtbot, coord)
    open_note(qtbot, ws, rid)
    detail = ws.records_pane("crisis-note").detail
    assert conflicts_entry(ws) == "Conflictos" and not detail.conflict_banner.isVisible()
    versions = detail.history.rowCount()
    coord.call(lambda s: s.edit(rid, {"urgency": "high"}))
    qtbot.waitUntil(lambda: detail.history.rowCount() == versions + 1)
    ana.clock.advance(60_000)
    ana.call(lambda s: s.edit(rid, {"urgency": "low"}))
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    # Not a click anywhere: the count, the banner and the history follow the vault.
    qtbot.waitUntil(lambda: conflicts_entry(ws) == "Conflictos (1)")
    qtbot.waitUntil(detail.conflict_banner.isVisible)
    assert detail.history.rowCount() == versions + 2
    grab = ws.window().grab()
    grab.save("/tmp/shots19a/live_refresh_conflict.png")
    # Settled in the inbox, the count goes back without a visit to any other pane.
    coord.call(lambda s: s.resolve(rid, "urgency", "high"))
    qtbot.waitUntil(lambda: conflicts_entry(ws) == "Conflictos")
    qtbot.waitUntil(lambda: not detail.conflict_banner.isVisible())


def test_reading_the_vault_is_not_a_change(qtbot: QtBot, coord: Device) -> None:
    """Reloading after a change reads only: no second notice, no reload loop."""
    ws = workspace(qtbot, coord)
    changes = coord.backend.changes
    with qtbot.waitSignal(changes.changed):
        coord.call(
            lambda s: s.add(
                "subject", {"type": "person", "alias": "Sujeto Ficticio Dos", "region": "Oaxaca"}
            )
        )
    subjects = ws.records_pane("subject")
    with qtbot.waitSignal(subjects.loaded):
        ws.show_pane("subject")
    assert subjects.model.rowCount() == 1
    with qtbot.assertNotEmitted(changes.changed, wait=600):
        ws.records_pane("subject").refresh()
        ws.show_pane("home")


def test_a_form_being_typed_stays_when_its_record_goes_away(qtbot: QtBot, coord: Device) -> None:
    rid = add_note(coord)
    ws = workspace(qtbot, coord)
    open_note(qtbot, ws, rid)
    pane = ws.records_pane("crisis-note")
    host = pane.edit(rid)
    coord.call(lambda s: s.delete(rid))  # as if a sync had brought the deletion
    qtbot.waitUntil(lambda: pane.detail.rid is None)
    assert pane.host is host and pane.right.currentWidget() is host

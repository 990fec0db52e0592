"""The home page's sync lines on real team vaults: when the last exchange was (USB drive
or relay), what waits to reach the team, and for coordinators the records with conflicts
with a button to the inbox. Loaded with the rest of home; emptied on lock."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, open_controller, unlock_through_ui, wait_idle

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "relay"))

from davserver import DavServer
from relaykit import FAST, target_for
from teamkit import SUBJECT, enrol, new_session

from aluna_field.services import drive_exchange, relay
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.ui.home.pane import HomePane
from aluna_field.ui.home.sync_section import SyncSection
from aluna_field.ui.records.history import when_text
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.sync.drives import Drive
from aluna_field.ui.sync.pane import SyncPane
from support import FakeClock, make_ctx

MINUTE = 60_000
NEVER = "Último intercambio (memoria USB o relevo): todavía ninguno."
NOTHING_WAITS = "Nada espera sincronizarse: el equipo confirmó todo lo que se guardó aquí."


def last(ms: int) -> str:
    return f"Último intercambio (memoria USB o relevo): {when_text(ms)}."


def waiting(n: int) -> str:
    return f"Cambios por sincronizar (el equipo aún no confirma haberlos recibido): {n}."


def _pair(root: Path, clock: FakeClock) -> tuple[Session, Session, str]:
    """A coordinator and an accompanier, enrolled in person; a subject and the
    accompanier's accompaniment written by the coordinator (two changes): its id."""
    c = new_session(root, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    a = new_session(root, "Persona Ficticia", "accompanier", clock)
    enrol(c, a)
    sid = c.add("subject", SUBJECT)[0]
    rid = c.add(
        "accompaniment",
        {
            "subject_ids": [sid],
            "area": "crisis_support",
            "accompaniers": [a.identity.device_id],
        },
    )[0]
    return c, a, rid


def _open(qtbot: QtBot, app: QApplication, ctx: AppContext) -> tuple[AppController, SyncSection]:
    """The app on a vault, unlocked as a person would; home's sync section once loaded."""
    ctrl = open_controller(make_ctx(ctx.vault_dir, ctx.now_ms, "es"), app, qtbot, "es")
    ws = unlock_through_ui(qtbot, ctrl)
    assert ws.current_key() == "home"
    home = ws.panes["home"]
    assert isinstance(home, HomePane)
    return ctrl, home.sync


def _on_sync_screen(qtbot: QtBot, ctrl: AppController, start: Callable[[SyncPane], bool]) -> None:
    """Start a job on the sync screen (an exchange, dropped files), wait for its summary,
    then come back home."""
    ws = ctrl.workspace
    assert ws is not None
    ws.show_pane("sync")
    sync = ws.panes["sync"]
    assert isinstance(sync, SyncPane)
    with qtbot.waitSignal(sync.job.finished, timeout=60_000):
        assert start(sync)
    ws.show_pane("home")  # the job marked home stale: it reloads on show
    wait_idle(qtbot, ctrl)


def _exchange_in_app(qtbot: QtBot, ctrl: AppController, stick: Path) -> None:
    """Press the sync screen's exchange for stick, then come back home."""
    _on_sync_screen(qtbot, ctrl, lambda sync: sync.exchange_with(Drive(stick, "MEMORIA")))


def _exchange_as(session: Session, stick: Path) -> None:
    """The other laptop's exchange with the same stick (through the same service)."""
    summary = drive_exchange.run_exchange(
        lambda fn: fn(session), stick, "es", lambda _d, _t: None, lambda: False
    )
    assert not summary.refused and summary.written


def test_a_coordinator_sees_the_last_exchange_what_waits_and_conflicts(
    qtbot: QtBot, app: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    c, a, rid = _pair(tmp_path, clock)
    c.close()
    stick = tmp_path / "stick"
    stick.mkdir()
    ctrl, section = _open(qtbot, app, c.ctx)
    assert section.last.text() == NEVER
    assert section.pending.text() == waiting(2)
    assert section.conflicts.isVisible()
    assert section.conflicts.text() == "No hay conflictos por revisar."
    assert not section.review_button.isVisible()

    # The first exchange: the stick now carries both changes for the accompanier.
    clock.advance(MINUTE)
    first = clock.ms
    _exchange_in_app(qtbot, ctrl, stick)
    assert section.last.text() == last(first)
    assert section.pending.text() == waiting(2)  # written, not yet confirmed

    # Both edit the same text apart; the accompanier's version comes back on the stick.
    clock.advance(MINUTE)
    accompanier = clock.ms
    _exchange_as(a, stick)
    a.edit(rid, {"notes": "Versión ficticia de la persona acompañante"})
    _exchange_as(a, stick)
    assert ctrl.backend is not None
    ctrl.backend.call(lambda s: s.edit(rid, {"notes": "Versión ficticia de la coordinación"}))
    clock.advance(MINUTE)
    second = clock.ms
    _exchange_in_app(qtbot, ctrl, stick)
    assert section.last.text() == last(second)
    # The accompanier confirmed the first two; the coordinator's edit waits.
    assert section.pending.text() == waiting(1)
    assert section.conflicts.text() == "Registros con conflictos por revisar: 1."
    assert section.review_button.isVisible()
    assert section.review_button.text() == "Revisar los conflictos"

    qtbot.mouseClick(section.review_button, Qt.MouseButton.LeftButton)
    ws = ctrl.workspace
    assert ws is not None and ws.current_key() == "conflicts"
    assert ws.panes["conflicts"].model.rowCount() == 1  # type: ignore[attr-defined]

    with qtbot.waitSignal(ctrl.locked):
        ctrl.lock()
    # Emptied, not just hidden: checked before Qt deletes the old workspace.
    assert [section.last.text(), section.pending.text(), section.conflicts.text()] == ["", "", ""]
    assert not section.review_button.isVisible()
    ctrl.shutdown()

    # The accompanier drops the stick's folder on its sync screen: an import only (no
    # drive exchange is remembered), which still counts. The same conflict arrives, but
    # an accompanier's home shows no count and no button (the coordinator decides).
    a.close()
    ctrl, section = _open(qtbot, app, a.ctx)
    assert section.last.text() == last(accompanier)
    clock.advance(MINUTE)
    dropped = clock.ms
    folder = drive_exchange.drive_folder(stick)
    _on_sync_screen(qtbot, ctrl, lambda sync: sync.import_files([folder]))
    assert section.last.text() == last(dropped)
    assert section.pending.text() == NOTHING_WAITS
    assert ctrl.backend is not None and len(ctrl.backend.call(lambda s: s.conflicts())) == 1
    assert not section.conflicts.isVisible()
    assert not section.review_button.isVisible()
    ctrl.shutdown()


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = DavServer(tmp_path / "dav")
    server.fresh_space("equipo")
    yield server
    server.stop()


def test_bundles_through_the_relay_count_as_exchanges(
    qtbot: QtBot, app: QApplication, tmp_path: Path, clock: FakeClock, dav: DavServer
) -> None:
    c, a, _ = _pair(tmp_path, clock)
    for s in (c, a):
        relay.remember(s, target_for(dav.url()), None, with_password=True)
    clock.advance(MINUTE)
    pushed = clock.ms
    report = relay.run_remembered(c, FAST)
    assert report.error is None and report.sent
    clock.advance(MINUTE)
    pulled = clock.ms
    report = relay.run_remembered(a, FAST)
    assert report.error is None and [o.status for o in report.imported] == ["imported"]
    c.close()
    a.close()

    # The coordinator: a bundle put on the relay, not yet acknowledged.
    ctrl, section = _open(qtbot, app, c.ctx)
    assert section.last.text() == last(pushed)
    assert section.pending.text() == waiting(2)
    ctrl.shutdown()
    # The accompanier: a bundle that came in from the relay (no drive involved).
    ctrl, section = _open(qtbot, app, a.ctx)
    assert section.last.text() == last(pulled)
    # The sync screen says the same, from the same place (it said "todavía ninguno").
    ws = ctrl.workspace
    assert ws is not None
    ws.show_pane("sync")
    sync = ws.panes["sync"]
    assert isinstance(sync, SyncPane)
    sync.refresh()
    assert sync.status.text().startswith(f"Último intercambio: {when_text(pulled)}.")
    ctrl.shutdown()


def test_a_new_vault_has_no_one_to_sync_with(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    home = ws.panes["home"]
    assert isinstance(home, HomePane)
    assert home.sync.last.text() == NEVER
    assert home.sync.pending.text() == (
        "Este dispositivo todavía no tiene con quién sincronizar: ve primero a Equipo."
    )
    assert not home.sync.conflicts.isVisible()  # an accompanier's vault
    assert not home.sync.review_button.isVisible()

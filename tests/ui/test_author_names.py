"""Authors by name: the record's detail and its history name people from the team roster
("Tú (nombre)" for this device), on real team vaults that exchanged through folders; a
device the roster does not name reads as its short id."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller, unlock_through_ui

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "sync"))

from teamkit import SUBJECT, Team, make_team, note, send

from aluna_field.services import team as team_service
from aluna_field.services.people import People, people, short_id
from aluna_field.ui.records.detail import RecordDetail
from aluna_field.ui.records.history import HistoryModel, when_text
from aluna_field.ui.shell.controller import AppController
from support import FakeClock, make_ctx

MINUTE = 60_000
WHO = 1  # the history's "who" column


def _three_authors(team: Team, clock: FakeClock) -> str:
    """An accompaniment of A1 and A2, written by A1, edited by the coordinator, then by
    A2; A2 revoked after. Returns its id. Everything travels in real bundles."""
    c, a1, a2 = team.c, team.a1, team.a2
    sid = a1.add("subject", SUBJECT)[0]
    both = [a1.identity.device_id, a2.identity.device_id]
    rid = a1.add(
        "accompaniment",
        {"subject_ids": [sid], "area": "crisis_support", "accompaniers": both},
    )[0]
    send(a1, [c], team.root)
    clock.advance(MINUTE)
    c.edit(rid, {"title": "Acompañamiento ficticio"})
    send(c, [a2], team.root)  # A2 is one of its accompaniers: it receives the record
    clock.advance(MINUTE)
    a2.edit(rid, {"notes": "Nota ficticia de A2"})
    send(a2, [c], team.root)
    # What a revoked device wrote stays its own: still named by the roster.
    team_service.revoke(c, a2.identity.device_id)
    return rid


def _open_app(qtbot: QtBot, app: QApplication, team: Team, lang: str) -> AppController:
    """The app on the coordinator's vault, unlocked in lang (chosen on the unlock screen,
    as the vault keeps the language of the last session)."""
    ctx = make_ctx(team.c.ctx.vault_dir, team.c.ctx.now_ms, "es")
    ctrl = open_controller(ctx, app, qtbot, "es")
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.language.setCurrentIndex(screen.language.findData(lang))
    unlock_through_ui(qtbot, ctrl)
    assert ctrl.workspace is not None and ctrl.workspace.env.lang == lang
    return ctrl


def _detail(ctrl: AppController, kind: str, rid: str) -> RecordDetail:
    """Open the record from its list, as the navigator does; its detail pane."""
    ws = ctrl.workspace
    assert ws is not None
    ws.open_record(kind, rid)
    return ws.records_pane(kind).detail


def test_detail_and_history_name_the_team(
    qtbot: QtBot, app: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    team = make_team(tmp_path, clock)
    rid = _three_authors(team, clock)
    created = when_text(team.c.show(rid).state.created_ms)
    updated = when_text(team.c.show(rid).state.updated_ms)
    team.close()

    ctrl = _open_app(qtbot, app, team, "es")
    detail = _detail(ctrl, "accompaniment", rid)
    assert detail.meta.text() == (
        f"Escrito por Persona A1 · creado {created} · última edición {updated}, por Persona A2"
    )
    history = detail.history
    assert [history.index(r, WHO).data() for r in range(history.rowCount())] == [
        "Persona A1",
        "Tú (Coordinación Ficticia)",
        "Persona A2",
    ]
    assert [history.index(r, 2).data() for r in range(3)] == ["Creado", "Editado", "Editado"]
    with qtbot.waitSignal(ctrl.locked):
        ctrl.lock()
    # Emptied with the rest of the detail, before Qt deletes the old workspace.
    assert detail.meta.text() == "" and history.rowCount() == 0
    ctrl.shutdown()

    ctrl = _open_app(qtbot, app, team, "en")
    detail = _detail(ctrl, "accompaniment", rid)
    assert detail.meta.text() == (
        f"Written by Persona A1 · created {created} · last edited {updated}, by Persona A2"
    )
    assert detail.history.index(1, WHO).data() == "You (Coordinación Ficticia)"
    ctrl.shutdown()


def test_own_record_says_you_once(
    qtbot: QtBot, app: QApplication, tmp_path: Path, clock: FakeClock
) -> None:
    """Written and last edited here: "Written by You (name)" and no "by" after the date."""
    team = make_team(tmp_path, clock)
    sid = team.c.add("subject", SUBJECT)[0]
    rid = team.c.add("crisis-note", note(sid, "Nota ficticia de la coordinación"))[0]
    clock.advance(MINUTE)
    team.c.edit(rid, {"urgency": "low"})
    state = team.c.show(rid).state
    team.close()
    ctrl = _open_app(qtbot, app, team, "es")
    detail = _detail(ctrl, "crisis-note", rid)
    assert detail.meta.text() == (
        f"Escrito por ti (Coordinación Ficticia) · creado {when_text(state.created_ms)}"
        f" · última edición {when_text(state.updated_ms)}"
    )
    ctrl.shutdown()


def test_people_are_named_once_the_roster_arrives(tmp_path: Path, clock: FakeClock) -> None:
    team = make_team(tmp_path, clock)
    try:
        seen_by_a1 = people(team.a1)
        # The accompanier has not received the roster yet: it knows only itself.
        assert seen_by_a1.name(team.a1.identity.device_id) == "Persona A1"
        assert seen_by_a1.name(team.c.identity.device_id) is None
        send(team.c, [team.a1, team.a2], team.root)  # the roster arrives
        seen_by_a1 = people(team.a1)
        assert seen_by_a1.name(team.c.identity.device_id) == "Coordinación Ficticia"
        assert seen_by_a1.name(team.a2.identity.device_id) == "Persona A2"
        assert seen_by_a1.is_own(team.a1.identity.device_id)
    finally:
        team.close()


def test_a_device_the_roster_does_not_name_reads_as_its_short_id() -> None:
    own, known, stranger = "a" * 32, "b" * 32, "0123456789abcdef" * 2
    history = HistoryModel("es", own, "Ana Prueba")
    versions = [
        {"op_id": str(i), "author": who, "time_ms": 0, "type": "put", "fields": []}
        for i, who in enumerate((own, known, stranger))
    ]
    history.set_history("crisis-note", versions, People(own, "Ana Prueba", {known: "Beto"}))
    assert [history.index(r, WHO).data() for r in range(3)] == [
        "Tú (Ana Prueba)",
        "Beto",
        "Dispositivo 01234567",
    ]
    assert short_id(stranger) == "01234567"
    history.clear()  # the roster goes with the versions
    history.set_history("crisis-note", versions[1:2])
    assert history.index(0, WHO).data() == "Dispositivo bbbbbbbb"

"""The relay on the sync screen against a real WebDAV server (wsgidav on 127.0.0.1):
connection test, saving, background rounds that carry the roster and records."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from uiteam import Device, add_note, click, enrol

from aluna_field.l10n import _

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "relay"))

from davserver import PASSWORD, USER, DavServer

from aluna_field.ui.notifications.toasts import notification_area
from aluna_field.ui.sync.relay_box import RelayBox


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = DavServer(tmp_path / "dav")
    server.fresh_space("equipo")
    yield server
    server.stop()


def fill(qtbot: QtBot, box: RelayBox, url: str, password: str) -> None:
    for field, text in ((box.url, url), (box.user, USER), (box.secret, password)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_relay_settings_test_and_background_rounds(
    qtbot: QtBot, coord: Device, ana: Device, dav: DavServer, tmp_path: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    coord_box = coord.sync_pane(qtbot, tmp_path / "stick").relay
    assert coord_box.status.text() == (
        "No hay relevo configurado: este dispositivo intercambia solo con memorias USB."
    )
    assert not coord_box.sync_now_button.isEnabled()
    fill(qtbot, coord_box, dav.url(), "otra clave 123")
    click(qtbot, coord_box.test_button)
    qtbot.waitUntil(lambda: bool(coord_box.error.text()))
    assert coord_box.error.text() == _(
        "es", "The relay refused the user name or password (HTTP 401). Nothing was pulled."
    )
    fill(qtbot, coord_box, dav.url(), PASSWORD)
    click(qtbot, coord_box.test_button)
    qtbot.waitUntil(lambda: coord_box.test_button.isEnabled())
    assert coord_box.result.text() == "La conexión funciona. Archivos en la carpeta del relevo: 0."
    assert not coord_box.keep.isChecked()
    click(qtbot, coord_box.save_button)
    # Saved (without the password, kept in memory only): a round runs in the background.
    qtbot.waitUntil(lambda: _state(coord_box) == "ok", timeout=30_000)
    assert coord_box.status.text().startswith("Relevo: última sincronización 2026-")
    assert coord_box.secret.text() == ""
    assert len(dav.files()) == 1  # the bundle for Ana, under a random name
    # Ana keeps the password in her vault; her first round brings the team's roster.
    add_note(ana)
    ana_pane = ana.sync_pane(qtbot, tmp_path / "stick")
    ana_box = ana_pane.relay
    fill(qtbot, ana_box, dav.url(), PASSWORD)
    click(qtbot, ana_box.keep)
    with qtbot.waitSignal(ana_box.arrived, timeout=30_000) as arrived:
        click(qtbot, ana_box.save_button)
    qtbot.waitUntil(lambda: _state(ana_box) == "ok", timeout=30_000)
    assert ana.call(lambda s: s.info()["team"]) == "Equipo ficticio"
    assert "Relevo: llegó 1 paquete." in notification_area(ana_box, "es").messages()
    # The screen says what came by the relay as any import says it: the team list.
    came = arrived.args[0]
    assert came.imported == 1 and came.team_changes >= 2 and not came.refused
    texts = ana_pane.summary.texts()
    assert any(line.startswith("Llegó la lista del equipo actualizada") for line in texts)
    assert "No llegó nada nuevo." not in texts and not ana_pane.summary.remove_buttons
    # "Sync now" on the coordinator's side brings Ana's note.
    click(qtbot, coord_box.sync_now_button)
    qtbot.waitUntil(
        lambda: len(coord.call(lambda s: s.list_records("crisis-note"))) == 1, timeout=30_000
    )
    qtbot.waitUntil(lambda: _state(coord_box) == "ok", timeout=30_000)
    # Forgetting stops the rounds and removes the settings (and any kept password).
    click(qtbot, ana_box.forget_button)
    assert ana_box.background is None and ana_box.url.text() == ""
    assert ana.call(lambda s: s.setting("relay.password")) is None


def _state(box: RelayBox) -> str:
    return box.background.status.state if box.background is not None else ""

"""Sync summaries say what really came (issue 19, item 12): the team list is news, not
"nothing new"; after revoking the only member the screen does not say this device
knows no one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from uiteam import Device, click, enrol, exchange

from aluna_field.services import sync_overview
from aluna_field.ui.home.sync_section import SyncSection


def test_the_team_list_arriving_is_said(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    coord_team = coord.team_pane(qtbot)
    enrol(qtbot, coord_team, ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    ana_sync = ana.sync_pane(qtbot, stick)
    exchange(qtbot, coord_sync)
    summary = exchange(qtbot, ana_sync)
    assert summary.team_changes >= 1 and not summary.people
    texts = ana_sync.summary.texts()
    assert any(line.startswith("Llegó la lista del equipo actualizada") for line in texts)
    assert "No llegó nada nuevo." not in texts
    ana_sync.summary.grab().save("/tmp/wt19b-summary.png")

    # The coordinator revokes Ana, the only member: not "no one to exchange with yet".
    coord_team.refresh()
    box = coord_team.members
    box.select(ana.device_id)
    click(qtbot, box.revoke_button)
    assert box.dialog is not None
    click(qtbot, box.dialog.check)
    click(qtbot, box.dialog.act)
    coord_sync.refresh()
    status = coord_sync.status.text()
    assert "todavía no tiene con quién intercambiar" not in status
    assert "los demás dispositivos del equipo fueron revocados" in status


def test_a_refused_file_can_be_removed_from_the_stick_asking_first(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    exchange(qtbot, coord.sync_pane(qtbot, stick))
    folder = stick / "aluna-field"
    good = sorted(folder.iterdir())
    bad, other = folder / "foto.afb", folder / "roto.afb"
    bad.write_bytes(b"no es un paquete, es una foto ficticia")
    other.write_bytes(b"tampoco es un paquete")
    ana_sync = ana.sync_pane(qtbot, stick)
    summary = exchange(qtbot, ana_sync)
    assert sorted(r.code for r in summary.refused) == ["bundle_not_a_bundle"] * 2
    view = ana_sync.summary
    assert len(view.remove_buttons) == 2
    first = view.remove_buttons[0]
    assert first.text() == "Quitar este archivo"
    assert first.accessibleName() == "Quitar el archivo foto.afb"

    # Asked first: "Cancelar" keeps the file.
    click(qtbot, first)
    box = view.asking
    assert box is not None and "foto.afb" in box.text() and "solo ese" in box.text()
    assert box.button(box.StandardButton.No).text() == "Cancelar"
    click(qtbot, box.button(box.StandardButton.No))
    qtbot.waitUntil(lambda: view.asking is None)
    assert bad.exists() and first.isEnabled()

    # "Quitar" removes that file, and only that file.
    click(qtbot, first)
    box = view.asking
    assert box is not None
    with qtbot.waitSignal(view.removed) as removed:
        click(qtbot, box.button(box.StandardButton.Yes))
    assert removed.args == ["foto.afb"]
    assert not bad.exists() and other.exists()
    assert all(p.exists() for p in good)
    assert "Se quitó foto.afb." in view.texts() and not first.isEnabled()

    # A file that is already gone is said plainly, nothing else is touched.
    other.unlink()
    second = view.remove_buttons[1]
    click(qtbot, second)
    box = view.asking
    assert box is not None
    click(qtbot, box.button(box.StandardButton.Yes))
    qtbot.waitUntil(lambda: view.asking is None)
    assert any(t.startswith("No se pudo quitar roto.afb") for t in view.texts())
    assert all(p.exists() for p in good)


def test_everything_confirmed_only_once_every_recipient_answered(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    # Nothing saved yet, and Ana has not even received the team list: not "all confirmed".
    waiting = "Todavía no llega respuesta de: Ana Ficticia."
    assert waiting in coord_sync.status.text()
    assert "confirmó todo" not in coord_sync.status.text()
    home = SyncSection("es")
    qtbot.addWidget(home)
    home.show_overview(coord.call(lambda s: sync_overview.overview(s, True)))
    assert home.pending.text().startswith(waiting)  # Inicio says the same
    exchange(qtbot, coord_sync)  # the team list goes to Ana; she has not answered
    coord_sync.refresh()
    assert waiting in coord_sync.status.text()
    exchange(qtbot, ana.sync_pane(qtbot, stick))  # Ana imports it and answers
    exchange(qtbot, coord_sync)  # her answer arrives
    coord_sync.refresh()
    assert "El equipo ya confirmó todo lo que se guardó aquí." in coord_sync.status.text()
    assert "Todavía no llega respuesta" not in coord_sync.status.text()
    home.show_overview(coord.call(lambda s: sync_overview.overview(s, True)))
    assert home.pending.text() == (
        "Nada espera sincronizarse: el equipo confirmó todo lo que se guardó aquí."
    )

"""Sync summaries say what really came (issue 19, item 12): the team list is news, not
"nothing new"; after revoking the only member the screen does not say this device
knows no one."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot
from uiteam import Device, click, enrol, exchange


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

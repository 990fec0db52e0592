"""The organisation's name for outside reports is a setting a coordinator types in
Ajustes, kept in the vault; an accompanier, who makes no reports, does not see it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_helpers import type_text, wait_idle

from aluna_field.services.reports.words import organisation_name
from aluna_field.ui.settings.pane import SettingsPane
from aluna_field.ui.shell.controller import AppController
from qtclick import press
from support import PASSPHRASE


def _create(qtbot: QtBot, ctrl: AppController, role: str) -> SettingsPane:
    screen = ctrl.unlock_screen
    assert screen is not None
    page = screen.create_page
    type_text(page.name, "Coordinación Prueba")
    page.role.set_value(role)
    qtbot.keyClicks(page.first.edit, PASSPHRASE)
    qtbot.keyClicks(page.second.edit, PASSPHRASE)
    press(qtbot, page.create_button)
    qtbot.waitUntil(lambda: screen.stack.currentWidget() is screen.words)
    screen.words.check.setChecked(True)
    with qtbot.waitSignal(ctrl.unlocked):
        press(qtbot, screen.words.go)
    wait_idle(qtbot, ctrl)
    ws = ctrl.workspace
    assert ws is not None
    ws.show_pane("settings")
    pane = ws.panes["settings"]
    assert isinstance(pane, SettingsPane)
    pane.refresh()
    return pane


def test_a_coordinator_names_the_organisation(qtbot: QtBot, controller: AppController) -> None:
    pane = _create(qtbot, controller, "coordinator")
    assert pane.organisation_row.isVisibleTo(pane)
    # Until it is set, the team's name (a coordinator's vault names its team after it).
    assert pane.organisation.text() == "Coordinación Prueba"
    pane.organisation.clear()
    type_text(pane.organisation, "Acompañamiento Inventado A.C.")
    pane.organisation.editingFinished.emit()
    stored = controller.backend.call(organisation_name)
    assert stored == "Acompañamiento Inventado A.C."
    assert not pane.organisation_row.error.isVisibleTo(pane)


def test_an_accompanier_does_not_see_it(qtbot: QtBot, controller: AppController) -> None:
    pane = _create(qtbot, controller, "accompanier")
    assert not pane.organisation_row.isVisibleTo(pane)

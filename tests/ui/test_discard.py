"""Descartar asks before throwing away what was typed, keeps the encrypted draft until the
person confirms, and neither sits beside nor looks like Guardar (issue 19, item 2)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from ui_helpers import create_through_ui, type_into

from aluna_field.ui.forms.host import FormHost
from aluna_field.ui.notifications.confirm import ConfirmDialog
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from qtclick import press


def _drafts(ws: Workspace) -> list[str]:
    return [d.values["narrative"] for d in ws.env.backend.drafts(lambda d: d.list())]


def _dialog(qtbot: QtBot, host: FormHost) -> ConfirmDialog:
    qtbot.waitUntil(lambda: host.confirm is not None and host.confirm.isVisible())
    assert host.confirm is not None
    return host.confirm


def test_discard_asks_and_keeps_the_draft_until_confirmed(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    type_into(qtbot, host, "narrative", "Relato ficticio a medio escribir")
    press(qtbot, host.discard_button)
    dialog = _dialog(qtbot, host)
    assert dialog.question.text() == "¿Descartar lo que escribiste?"
    assert "No se puede recuperar" in dialog.text() and "Inicio" in dialog.text()
    assert dialog.cancel.isDefault() and dialog.act.text() == "Descartar"
    # The draft was written before asking, and stays while the question is open.
    assert _drafts(ws) == ["Relato ficticio a medio escribir"]
    dialog.grab().save("/tmp/wt19b-discard.png")
    press(qtbot, dialog.cancel)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert pane.host is host and _drafts(ws) == ["Relato ficticio a medio escribir"]
    assert host.form.values()["narrative"] == "Relato ficticio a medio escribir"
    press(qtbot, host.discard_button)
    press(qtbot, _dialog(qtbot, host).act)
    qtbot.waitUntil(lambda: pane.host is None)
    assert _drafts(ws) == []


def test_an_untouched_form_closes_at_once(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    press(qtbot, host.discard_button)
    assert host.confirm is None and pane.host is None


def test_discard_is_quiet_and_far_from_save(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    qtbot.waitUntil(host.save_button.isVisible)
    save, discard = host.save_button, host.discard_button
    assert save.isDefault() and not discard.isDefault() and not discard.autoDefault()
    assert discard.isFlat() and not save.isFlat()
    gap = (
        save.mapTo(host, save.rect().topLeft()).x()
        - discard.mapTo(host, discard.rect().topRight()).x()
    )
    assert gap > host.width() // 3
    host.grab().save("/tmp/wt19b-form-buttons.png")


def test_a_reopened_draft_asks_every_time_it_is_discarded(
    qtbot: QtBot, controller: AppController
) -> None:
    # Seen under Xvfb: a draft reopened from Inicio, Descartar… then Cancelar, then
    # Descartar… again threw the draft away without asking.
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    type_into(qtbot, host, "narrative", "Relato ficticio guardado como borrador")
    host.save_draft()
    pane.close_form()
    (draft,) = ws.env.backend.drafts(lambda d: d.list())
    host = pane.open_draft(draft)
    for _ in range(2):
        press(qtbot, host.discard_button)
        dialog = _dialog(qtbot, host)
        press(qtbot, dialog.cancel)
        qtbot.waitUntil(lambda dialog=dialog: not dialog.isVisible())
        assert pane.host is host
        assert _drafts(ws) == ["Relato ficticio guardado como borrador"]


def test_discarding_a_draft_on_inicio_asks_first(qtbot: QtBot, controller: AppController) -> None:
    # Seen under Xvfb: "Descartar el borrador" on Inicio threw the draft away at once.
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    type_into(qtbot, host, "narrative", "Relato ficticio que espera en Inicio")
    host.save_draft()
    pane.close_form()
    ws.show_pane("home")
    home = ws.pane("home")
    qtbot.waitUntil(lambda: home.drafts.rowCount() == 1)  # type: ignore[attr-defined]
    press(qtbot, home.discard_draft)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: home.confirm is not None and home.confirm.isVisible())  # type: ignore[attr-defined]
    dialog = home.confirm  # type: ignore[attr-defined]
    assert dialog.question.text() == "¿Descartar este borrador?" and dialog.cancel.isDefault()
    press(qtbot, dialog.cancel)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _drafts(ws) == ["Relato ficticio que espera en Inicio"]
    press(qtbot, home.discard_draft)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: home.confirm is not dialog and home.confirm.isVisible())  # type: ignore[attr-defined]
    press(qtbot, home.confirm.act)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _drafts(ws) == [])
    qtbot.waitUntil(home.new_note.hasFocus)  # type: ignore[attr-defined]

"""Forms: domain validation shown beside each field with nothing saved; the crisis note's
follow-up date; the mourning section; drafts written as one types; attachments in memory."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from test_records_flow import add_subject
from ui_helpers import choose, create_through_ui, field, pick_subject, save, type_into, wait_idle

from aluna_field.ui.shell.controller import AppController


def test_errors_beside_each_field_and_nothing_saved(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    backend = ws.env.backend
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    qtbot.mouseClick(host.save_button, Qt.MouseButton.LeftButton)
    rows = host.form.rows
    assert rows["subject_ids"].error.text() == "No puede estar vacío"
    assert rows["event"].error.text() == "Campo obligatorio"
    assert rows["urgency"].error.text() == "Campo obligatorio"
    assert rows["narrative"].error.text() == "No puede estar vacío"
    assert rows["agreements"].error.isHidden()
    assert host.status.text() == "No se guardó: revisa los campos marcados."
    assert backend.call(lambda s: s.list_records()) == []
    assert pane.host is host  # the form stays open with what was typed

    ws.show_pane("subject")
    subject_host = ws.records_pane("subject").new_record({})
    type_into(qtbot, subject_host, "alias", "Colectivo Ficticio")
    type_into(qtbot, subject_host, "region", "Oaxaca / Juchitán / Centro")
    qtbot.mouseClick(subject_host.save_button, Qt.MouseButton.LeftButton)
    assert (
        subject_host.form.rows["region"].error.text() == "Debe ser 'Estado' o 'Estado / Municipio'"
    )
    assert subject_host.form.rows["type"].error.text() == "Campo obligatorio"
    assert subject_host.form.rows["alias"].error.isHidden()
    assert backend.call(lambda s: s.list_records()) == []


def test_crisis_note_follow_up_date_creates_a_follow_up(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    ws.show_pane("crisis-note")
    pane = ws.records_pane("crisis-note")
    host = pane.new_record({})
    pick_subject(qtbot, host, "subject_ids", "ceiba")
    choose(host, "event", "surveillance")
    choose(host, "urgency", "medium")
    type_into(qtbot, host, "narrative", "Relato ficticio breve.")
    due = field(host, "follow_up_on")
    due.check.setChecked(True)  # type: ignore[attr-defined]
    note = save(qtbot, controller, pane)
    ups = ws.env.backend.call(lambda s: s.list_records("follow-up"))
    assert [u.state.fields["record_id"] for u in ups] == [note]
    assert ups[0].state.fields["description"] == "Seguimiento acordado en la nota de crisis"
    # One transaction (one change set) for the note and its follow-up, saved by one call.
    sql = "SELECT DISTINCT cs_id FROM ops WHERE rid IN (?, ?)"
    rows = ws.env.backend.call(lambda s: s.conn.execute(sql, (note, ups[0].rid)).fetchall())
    assert len(rows) == 1
    assert pane.detail.follow_ups.rowCount() == 1
    # From the follow-up back to the note it is about.
    ws.open_record("follow-up", ups[0].rid)
    detail = ws.records_pane("follow-up").detail
    assert detail.target_button.isVisible()
    qtbot.mouseClick(detail.target_button, Qt.MouseButton.LeftButton)
    assert ws.current_key() == "crisis-note" and pane.detail.rid == note


def test_mourning_section_and_risk_badge_follow_the_choices(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("impact-observation")
    host = ws.records_pane("impact-observation").new_record({})
    form = host.form
    assert form.mourning.isHidden()  # type: ignore[attr-defined]
    choose(host, "categories", "mourning")
    assert not form.mourning.isHidden()  # type: ignore[attr-defined]
    choose(host, "mourning_losses", "loved_one")
    choose(host, "categories", "mourning")  # unchosen again
    assert form.mourning.isHidden()  # type: ignore[attr-defined]
    assert form.values()["mourning_losses"] == []

    ws.show_pane("risk-assessment")
    risk = ws.records_pane("risk-assessment").new_record({})
    badge = risk.form.badge  # type: ignore[attr-defined]
    # Nothing scored yet: "sin evaluar" in neutral grey, never a green "bajo" (issue 19).
    assert badge.badge.text() == "Riesgo sin evaluar"
    grey = badge.badge.palette().color(badge.badge.backgroundRole()).name()
    assert grey == "#5f6368"
    risk.form.lists["threats"].set_value([{"description": "Amenaza ficticia", "score": 5}])  # type: ignore[attr-defined]
    risk.form.lists["vulnerabilities"].set_value([{"description": "Ficticia", "score": 5}])  # type: ignore[attr-defined]
    assert badge.badge.text() == "Riesgo crítico"
    assert badge.explanation.text() == (
        "La amenaza más grave: «Amenaza ficticia» —"
        " amenaza 5 × vulnerabilidades 5 ÷ capacidades 1 = 25 → crítico"
    )


def test_draft_written_a_moment_after_typing(qtbot: QtBot, controller: AppController) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    type_into(qtbot, host, "narrative", "Texto ficticio a medio escribir")
    assert host.timer.isActive() and host.dirty
    host.timer.timeout.emit()  # the debounce delay has passed
    drafts = ws.env.backend.drafts(lambda d: d.list())
    assert [d.values["narrative"] for d in drafts] == ["Texto ficticio a medio escribir"]
    assert host.status.text() == "Borrador guardado en la bóveda cifrada."
    host.discard_now()
    assert ws.env.backend.drafts(lambda d: d.list()) == []


def test_image_attachment_shown_from_memory(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    picture = QImage(40, 30, QImage.Format.Format_RGB32)
    picture.fill(QColor("#336699"))
    source = tmp_path / "foto-ficticia.png"
    assert picture.save(str(source))
    before = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    tab = ws.records_pane("subject").detail.attachments
    tab.attach_file(source)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    assert tab.list.item(0).text().startswith("foto-ficticia.png")
    tab.list.setCurrentRow(0)
    qtbot.waitUntil(lambda: tab.image.pixmap() is not None and not tab.image.pixmap().isNull())
    assert tab.image.pixmap().size().width() == 40
    # Nothing new beside the vault: the image came from the database into memory.
    after = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    new = [p for p in after if p not in before]
    assert all(p.parent == controller.ctx.vault_dir for p in new)


def test_emptying_a_form_on_lock_starts_no_draft_timer(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    ws.show_pane("crisis-note")
    host = ws.records_pane("crisis-note").new_record({})
    type_into(qtbot, host, "narrative", "Texto ficticio")
    controller.lock()
    assert not host.timer.isActive()
    assert host.form.fields["narrative"].value() == ""


def test_a_save_reloads_the_pane_in_view_and_the_others_when_shown(
    qtbot: QtBot, controller: AppController
) -> None:
    ws = create_through_ui(qtbot, controller)
    add_subject(qtbot, controller, ws)
    notes = ws.records_pane("crisis-note")
    assert "crisis-note" in ws.stale and "subject" not in ws.stale
    assert notes.filters.subject is not None and notes.filters.subject.count() == 1
    ws.show_pane("crisis-note")
    wait_idle(qtbot, controller)
    assert "crisis-note" not in ws.stale
    assert notes.filters.subject.itemText(1) == "Colectivo Ficticio Ceiba"

"""Formularios across a team, in real windows on two real vaults (issue 16, "Done when"):
the coordinator adds a choice field and a perpetrator code on the screen, exchanges a
stick, Ana's form offers them, her note using them comes back and shows in the
coordinator's report."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from uiteam import Device, click, enrol, exchange

from aluna_field.services import forms
from aluna_field.services.session import Session
from aluna_field.ui.common.chips import ChipSelector
from aluna_field.ui.common.choices import CodeCombo
from aluna_field.ui.custom.pane import FormsPane
from aluna_field.ui.records.pane import RecordsPane
from aluna_field.ui.reports.host import ReportsHost

SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio Ceiba", "region": "Oaxaca"}


def _type(widget: QWidget, text: str) -> None:
    """Key presses carrying each character, accents included (QTest only takes ASCII)."""
    widget.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def _fill_new_field(qtbot: QtBot, pane: FormsPane) -> None:
    editor = pane.editor
    _type(editor.code, "funder_line")
    _type(editor.label_es, "Línea de financiamiento")
    _type(editor.label_en, "Funding line")
    editor.type.setCurrentIndex(editor.type.findData("choice"))
    editor.choices.setPlainText("line_a | Línea A | Line A\nline_b | Línea B | Line B")


def test_a_field_and_a_code_go_round_the_team_and_reach_the_report(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    screen = coord.show(qtbot, FormsPane(coord.env))
    screen.refresh()
    screen.kind.setCurrentIndex(screen.kind.findData("crisis-note"))
    # A bad definition first: no choices. Refused beside the field, nothing saved.
    _fill_new_field(qtbot, screen)
    screen.editor.choices.setPlainText("")
    click(qtbot, screen.add_field_button)
    assert screen.editor.rows["choices"].error.text()
    assert coord.call(lambda s: s.records.definitions().fields_of("crisis-note")) == []
    screen.editor.clear_content()
    _fill_new_field(qtbot, screen)
    click(qtbot, screen.add_field_button)
    assert screen.editor.rows["choices"].error.text() == ""
    items = [screen.fields.item(i).text() for i in range(screen.fields.count())]
    assert any(i.startswith("Línea de financiamiento — Una opción (propio") for i in items)
    # A perpetrator code, typed in, then "Añadir código".
    screen.vocab.setCurrentIndex(screen.vocab.findData("perpetrator"))
    _type(screen.code_editor.code, "self_defence_group")
    _type(screen.code_editor.label_es, "Grupo de autodefensa")
    _type(screen.code_editor.label_en, "Self-defence group")
    click(qtbot, screen.add_code_button)
    codes = [screen.codes.item(i).text() for i in range(screen.codes.count())]
    assert "Grupo de autodefensa (propio)" in codes

    # The stick: the coordinator leaves the definitions, Ana brings them in.
    coord_sync, ana_sync = coord.sync_pane(qtbot, stick), ana.sync_pane(qtbot, stick)
    exchange(qtbot, coord_sync)
    summary = exchange(qtbot, ana_sync)
    assert summary.refused == [] and summary.form_changes == 2
    said = ana_sync.summary.texts()
    assert any(line.startswith("Llegaron cambios a los formularios") for line in said), said
    assert "No llegó nada nuevo." not in said
    sid = ana.call(lambda s: s.add("subject", SUBJECT)[0])

    # Ana's form offers both; she writes a note with them in the window.
    notes = ana.show(qtbot, RecordsPane(ana.env, "crisis-note"))
    notes.refresh()
    click(qtbot, notes.new_button)
    assert notes.host is not None
    form = notes.host.form
    line = form.fields["x_funder_line"]
    assert isinstance(line, CodeCombo)
    assert form.rows["x_funder_line"].title.text() == "Línea de financiamiento"
    perpetrator = form.fields["perpetrator"]
    assert isinstance(perpetrator, ChipSelector)
    assert perpetrator.chips["self_defence_group"].text() == "Grupo de autodefensa"
    form.load(
        {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:00",
            "event": "threat",
            "urgency": "high",
            "narrative": "Relato ficticio: un grupo armado rondó la casa comunal.",
        }
    )
    perpetrator.set_value(["self_defence_group", "state_police"])
    line.setCurrentIndex(line.findData("line_b"))
    assert form.validate() == [], [e.field for e in form.validate()]
    with qtbot.waitSignal(notes.host.saved) as saved:
        click(qtbot, notes.host.save_button)
    rid = str(saved.args[0])
    shown = ana.call(lambda s: s.show(rid).to_json())
    assert shown["custom"] == {"funder_line": "line_b"}
    assert shown["perpetrator"] == ["self_defence_group", "state_police"]
    texts = [label.text() for label in notes.detail.fields.values]
    assert "Línea B" in texts and "Grupo de autodefensa, Estado: policía" in texts

    # Back on the stick; the coordinator's report counts it under the new code.
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    assert coord.call(lambda s: s.show(rid).to_json())["custom"] == {"funder_line": "line_b"}
    reports = coord.show(qtbot, ReportsHost(coord.env))
    qtbot.waitUntil(
        lambda: reports.inner is not None and reports.inner.data is not None, timeout=20_000
    )
    assert reports.inner is not None
    model = reports.inner.sections["events"].model
    columns = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert "Grupo de autodefensa" in columns
    column = columns.index("Grupo de autodefensa")
    counts = [
        model.index(r, column).data(Qt.ItemDataRole.DisplayRole) for r in range(model.rowCount())
    ]
    assert sum(int(c) for c in counts if c not in (None, "")) == 1
    # The custom choice field has its own table: one record under "Línea B".
    custom = reports.inner.sections["custom"].model
    rows = [
        [custom.index(r, c).data(Qt.ItemDataRole.DisplayRole) for c in range(3)]
        for r in range(custom.rowCount())
    ]
    assert ["Notas de crisis: Línea de financiamiento", "Línea B", "1"] in rows
    assert ["Notas de crisis: Línea de financiamiento", "Línea A", "0"] in rows


def test_the_screen_is_for_coordinators_and_retires_never_deletes(
    qtbot: QtBot, coord: Device
) -> None:
    def add(s: Session) -> None:
        forms.add_field(
            s,
            "subject",
            {"code": "language", "type": "text", "labels": {"es": "Lengua", "en": "Language"}},
        )

    coord.call(add)
    screen = coord.show(qtbot, FormsPane(coord.env))
    screen.kind.setCurrentIndex(screen.kind.findData("subject"))
    screen.refresh()
    row = next(
        i for i in range(screen.fields.count()) if screen.fields.item(i).text().startswith("Lengua")
    )
    screen.fields.setCurrentRow(row)
    assert screen.rename.label_es.value() == "Lengua"
    screen.rename.label_es.set_value("")
    click(qtbot, screen.rename_button)
    assert screen.rename.rows["labels.es"].error.text()  # beside the empty label
    screen.rename.label_es.set_value("Lengua materna")
    click(qtbot, screen.rename_button)
    click(qtbot, screen.retire_button)
    items = [screen.fields.item(i).text() for i in range(screen.fields.count())]
    assert any(i.startswith("Lengua materna") and "retirado" in i for i in items)
    [field] = coord.call(lambda s: s.records.definitions().fields_of("subject"))
    assert field.retired and field.es == "Lengua materna"
    # The preview is the form a new record gets: a retired field is not in it.
    click(qtbot, screen.preview_button)
    assert screen.preview is not None and "x_language" not in screen.preview.fields


def test_the_screen_is_in_the_coordinators_sidebar_only_and_works_by_keyboard(
    qtbot: QtBot, coord: Device
) -> None:
    from aluna_field.ui.shell.panes import panes_for

    assert "forms" in [p.key for p in panes_for("coordinator")]
    assert "forms" not in [p.key for p in panes_for("accompanier")]
    screen = coord.show(qtbot, FormsPane(coord.env))
    qtbot.waitUntil(screen.editor.code.isVisible)
    assert screen.fields.count() > 0  # read when shown, without being asked
    code = screen.code_editor
    # Tab walks the new-code inputs in reading order, then to "Añadir código"; Space adds.
    window = screen.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    code.code.setFocus()
    _type(code.code, "private_guard")
    here: QWidget = code.code
    for widget, text in ((code.label_es, "Guardia privada"), (code.label_en, "Private guard")):
        qtbot.keyClick(here, Qt.Key.Key_Tab)
        assert widget.hasFocus()
        _type(widget, text)
        here = widget
    qtbot.keyClick(here, Qt.Key.Key_Tab)
    assert screen.add_code_button.hasFocus()
    qtbot.keyClick(screen.add_code_button, Qt.Key.Key_Space)
    codes = coord.call(lambda s: forms.vocabulary_show(s, "event"))
    assert [c["code"] for c in codes if c["custom"]] == ["private_guard"]
    assert code.code.value() == "" and code.code.hasFocus()


def test_reorder_on_the_screen_and_a_required_custom_field_beside_its_row(
    qtbot: QtBot, coord: Device
) -> None:
    def add(s: Session) -> None:
        for code, es, required in (("first", "Primero", False), ("second", "Segundo", True)):
            doc = {
                "code": code,
                "type": "text",
                "labels": {"es": es, "en": es},
                "required": required,
            }
            forms.add_field(s, "follow-up", doc)

    coord.call(add)
    screen = coord.show(qtbot, FormsPane(coord.env))
    screen.kind.setCurrentIndex(screen.kind.findData("follow-up"))
    screen.refresh()

    def order() -> list[str]:
        return [
            f.code for f in coord.call(lambda s: s.records.definitions().fields_of("follow-up"))
        ]

    assert order() == ["first", "second"]
    row = next(
        i
        for i in range(screen.fields.count())
        if screen.fields.item(i).text().startswith("Segundo")
    )
    screen.fields.setCurrentRow(row)
    click(qtbot, screen.up_button)
    assert order() == ["second", "first"]
    assert screen.fields.currentItem().text().startswith("Segundo")  # still chosen
    click(qtbot, screen.up_button)  # already first among the custom ones: nothing moves
    assert order() == ["second", "first"]
    click(qtbot, screen.down_button)
    assert order() == ["first", "second"]
    # The record form refuses a note without the required custom field, beside its row.
    ups = coord.show(qtbot, RecordsPane(coord.env, "follow-up"))
    ups.refresh()
    click(qtbot, ups.new_button)
    assert ups.host is not None
    form = ups.host.form
    form.load({"due_on": "2026-09-25", "description": "Llamar a la persona ficticia"})
    click(qtbot, ups.host.save_button)
    assert form.rows["x_second"].error.text() == "Este campo es obligatorio."
    assert coord.call(lambda s: s.list_records("follow-up")) == []


def test_editing_a_note_keeps_its_retired_code(qtbot: QtBot, coord: Device) -> None:
    def prepare(s: Session) -> str:
        forms.add_code(
            s, "perpetrator", {"code": "old_group", "labels": {"es": "Grupo viejo", "en": "Old"}}
        )
        sid = s.add("subject", SUBJECT)[0]
        note = {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:00:00",
            "event": "threat",
            "perpetrator": "old_group",
            "urgency": "high",
            "narrative": "Relato ficticio de una amenaza",
        }
        rid = s.add("crisis-note", note)[0]
        forms.retire_code(s, "perpetrator", "old_group")
        return rid

    rid = coord.call(prepare)
    notes = coord.show(qtbot, RecordsPane(coord.env, "crisis-note"))
    notes.refresh()
    host = notes.edit(rid)
    combo = host.form.fields["perpetrator"]
    assert isinstance(combo, ChipSelector) and combo.value() == ["old_group"]
    host.form.fields["urgency"].set_value("low")
    with qtbot.waitSignal(host.saved):
        click(qtbot, host.save_button)
    shown = coord.call(lambda s: s.show(rid).to_json())
    assert shown["perpetrator"] == ["old_group"] and shown["urgency"] == "low"
    # A new note is not offered it.
    fresh = notes.new_record({})
    combo = fresh.form.fields["perpetrator"]
    assert isinstance(combo, ChipSelector) and "old_group" not in combo.chips

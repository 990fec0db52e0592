"""The team screen: the card as QR codes and text, enrolling in person, members, roles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uiteam import Device, click, enrol, make_device

from aluna_field.l10n import _
from aluna_field.services import enrolment, team
from aluna_field.sync.card import parse_card
from aluna_field.ui.notifications.toasts import notification_area
from aluna_field.ui.team.members import MembersModel
from aluna_field.ui.team.qr import QUIET, QrCode, qr_matrix
from aluna_field.ui.team.safety import typed_mismatches


def test_card_shows_as_three_qr_codes_that_make_the_card(qtbot: QtBot, ana: Device) -> None:
    pane = ana.team_pane(qtbot)
    box = pane.card
    assert len(box.parts) == 3 and all(p.startswith("ALUNA-FIELD-CARD-1 ") for p in box.parts)
    # The parts, read in any order, are the same card as the text.
    whole = parse_card(box.card_text)
    assert parse_card("\n".join(reversed(box.parts))) == whole
    assert whole.name == "Ana Ficticia" and whole.device_id == ana.device_id
    assert box.part_label.text() == "Código QR 1 de 3" and not box.previous.isEnabled()
    click(qtbot, box.next)
    click(qtbot, box.next)
    assert box.part_label.text() == "Código QR 3 de 3" and not box.next.isEnabled()
    assert box.qr.accessibleName() == "Código QR 3 de 3 de la tarjeta de este dispositivo"
    assert box.qr.matrix == qr_matrix(box.parts[2])
    assert not box.text.isVisible()
    click(qtbot, box.text_button)
    assert box.text.isVisible() and box.text.toPlainText() == box.card_text
    assert box.fingerprint.text() == ana.backend.fingerprint


def test_qr_code_is_painted_module_by_module(qtbot: QtBot) -> None:
    widget = QrCode()
    qtbot.addWidget(widget)
    widget.set_text("ALUNA-FIELD-CARD-1 1/3 ABCDEFGHIJ234567")
    size = widget.modules() * 4
    widget.resize(size, size)
    image = widget.grab().toImage()
    black, white = QColor("black").rgb(), QColor("white").rgb()
    for y, row in enumerate(widget.matrix):
        for x, dark in enumerate(row):
            pixel = image.pixel((x + QUIET) * 4 + 2, (y + QUIET) * 4 + 2)
            assert pixel == (black if dark else white), (x, y)
    assert image.pixel(1, 1) == white  # the quiet zone


def test_enrol_through_the_team_screens(qtbot: QtBot, coord: Device, ana: Device) -> None:
    coord_team = coord.team_pane(qtbot)
    ana_team = ana.team_pane(qtbot)
    assert coord_team.add_box.isVisible() and not coord_team.join_box.isVisible()
    assert ana_team.join_box.isVisible() and not ana_team.add_box.isVisible()
    assert ana_team.status.text() == "Este dispositivo todavía no pertenece a un equipo."
    code = enrol(qtbot, coord_team, ana_team)
    assert len(code.split()) == 12 and all(len(g) == 5 for g in code.split())
    rows = coord_team.members.model.rows
    assert [(r.name, r.role, r.revoked) for r in rows] == [
        ("Coordinación Ficticia", "coordinator", False),
        ("Ana Ficticia", "accompanier", False),
    ]
    model = coord_team.members.model
    assert model.data(model.index(1, 3)) == "Activo · sin paquetes recibidos aún"
    assert model.data(model.index(1, 2)) == ana.backend.fingerprint
    messages = notification_area(coord_team, "es").messages()
    assert any(m.startswith("Ana Ficticia se agregó al equipo como Acompañante.") for m in messages)
    # The accompanier now trusts the coordinator; the roster comes with the first bundle.
    assert not ana_team.join_box.isVisible()
    assert "la lista del equipo llegará con su primer paquete" in ana_team.status.text()


def test_codes_that_do_not_match_add_nothing(qtbot: QtBot, coord: Device, ana: Device) -> None:
    coord_team = coord.team_pane(qtbot)
    ana_team = ana.team_pane(qtbot)
    add = coord_team.add_box
    add.paste.setPlainText(ana_team.card.card_text)
    add.role.set_value("accompanier")
    click(qtbot, add.continue_button)
    groups = add.codes.code.split()
    wrong = str((int(groups[3]) + 1) % 100000).zfill(5)
    for i, edit in enumerate(add.codes.typed):
        qtbot.keyClicks(edit, wrong if i == 3 else groups[i])
    assert add.codes.error.text() == (
        "Lo escrito no coincide en el grupo 4. Revisen esos grupos en voz alta."
    )
    click(qtbot, add.no_match_button)
    assert add.pages.currentIndex() == 0 and add.paste.toPlainText() == ""
    assert coord.call(lambda s: [m.name for m in team.members(s)]) == ["Coordinación Ficticia"]
    messages = notification_area(coord_team, "es").messages()
    assert messages[-1].startswith("No se agregó nada.")


def test_the_coordinator_chooses_the_role_not_the_card(
    qtbot: QtBot, coord: Device, tmp_path: Path
) -> None:
    # Beto's card says "coordinator" (his vault founded a team of its own): adding him
    # must not take that. With no role chosen, Continue stops and says why.
    beto = make_device(tmp_path, "Beto Ficticio", "coordinator", start_ms=900)
    try:
        card_text = beto.call(team.my_card)
        assert parse_card(card_text).role == "coordinator"
        coord_team = coord.team_pane(qtbot)
        add = coord_team.add_box
        add.window().activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is add.window())
        add.paste.setPlainText(card_text)
        assert add.role.value() is None and add.role.currentText() == "Elige un rol…"
        click(qtbot, add.continue_button)
        assert add.pages.currentIndex() == 0
        assert add.error.text() == (
            "Elige el rol que tendrá en el equipo: lo decides tú, no la tarjeta."
        )
        assert QApplication.focusWidget() is add.role
        # From the keyboard: the arrow picks the first role, Enter on Continue goes on.
        qtbot.keyClick(add.role, Qt.Key.Key_Down)
        assert add.role.value() == "accompanier"
        add.continue_button.setFocus()
        qtbot.keyClick(add.continue_button, Qt.Key.Key_Space)
        assert add.pages.currentIndex() == 1, add.error.text()
        assert "se agregará como Acompañante" in add.who.text()
        for edit, group in zip(add.codes.typed, add.codes.code.split(), strict=True):
            qtbot.keyClicks(edit, group)
        click(qtbot, add.match_button)
        roles = coord.call(lambda s: {m.name: m.role for m in team.members(s)})
        assert roles["Beto Ficticio"] == "accompanier"
        # The next card starts with no role chosen again.
        assert add.pages.currentIndex() == 0 and add.role.value() is None
    finally:
        beto.close()


def test_card_file_saved_and_opened(
    qtbot: QtBot, coord: Device, ana: Device, tmp_path: Path
) -> None:
    ana_team = ana.team_pane(qtbot)
    coord_team = coord.team_pane(qtbot)
    path = ana_team.card.save_to(tmp_path)
    assert path is not None and path.read_text(encoding="utf-8") == ana_team.card.card_text
    coord_team.add_box.role.set_value("accompanier")
    coord_team.add_box.open_card_file(path)
    assert coord_team.add_box.pages.currentIndex() == 1
    who = coord_team.add_box.who.text()
    assert who.startswith("Tarjeta de Ana Ficticia · huella ")
    assert who.endswith(" · se agregará como Acompañante")
    click(qtbot, coord_team.add_box.back_button)
    broken = tmp_path / "rota.txt"
    broken.write_text(ana_team.card.card_text.replace("CHECK-", "CHECK-A"), encoding="utf-8")
    coord_team.add_box.open_card_file(broken)
    assert coord_team.add_box.pages.currentIndex() == 0
    assert coord_team.add_box.error.text() == _(
        "es", "The card has a copying mistake (its checksum does not match)."
    )
    # An accompanier's card cannot be joined, and a card cannot add its own device.
    ana_team.join_box.paste.setPlainText(ana_team.card.card_text)
    click(qtbot, ana_team.join_box.continue_button)
    assert ana_team.join_box.error.text() == _("es", "That is this device's own card.")


def test_role_change_and_members_model(qtbot: QtBot, coord: Device, ana: Device) -> None:
    coord_team = coord.team_pane(qtbot)
    ana_team = ana.team_pane(qtbot)
    enrol(qtbot, coord_team, ana_team)
    box = coord_team.members
    box.select(ana.device_id)
    assert box.role_button.text() == "Cambiar a coordinación…"
    click(qtbot, box.role_button)
    dialog = box.dialog
    assert dialog is not None and dialog.act.isEnabled() and not dialog.check.isVisible()
    assert "recibe todos los registros" in dialog.text()
    click(qtbot, dialog.act)
    assert coord.call(lambda s: team.roster(s).is_coordinator(ana.device_id))
    # The coordinator's own row cannot be revoked or changed from here.
    box.select(coord.device_id)
    assert not box.revoke_button.isEnabled() and not box.role_button.isEnabled()
    # The model answers without a window.
    model = MembersModel("en")
    model.set_rows(coord.call(enrolment.team_info).members)
    assert model.rowCount() == 2 and model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    assert [model.data(model.index(r, 1)) for r in range(2)] == ["Coordinator", "Coordinator"]
    states = {model.data(model.index(r, 0)): model.data(model.index(r, 3)) for r in range(2)}
    assert states == {
        "Coordinación Ficticia": "This device",
        "Ana Ficticia": "Active · no bundle received yet",
    }


def test_typed_mismatches_counts_only_full_groups() -> None:
    code = "11111 22222 33333"
    assert typed_mismatches(code, ["11111", "2222", "33334"]) == [3]
    assert typed_mismatches(code, ["", "", ""]) == []

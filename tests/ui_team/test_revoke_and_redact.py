"""Revoking a lost device (its later bundle refused, in plain words) and redacting a
record from its detail, with confirmations that say what happens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from uiteam import ANA_NARRATIVE, Device, add_note, click, enrol, exchange

from aluna_field.ui.notifications.confirm import ConfirmDialog
from aluna_field.ui.records.detail import RecordDetail
from aluna_field.ui.redaction.dialog import RedactChoice


def test_revoke_a_device_and_its_later_bundle_is_refused(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    coord_team = coord.team_pane(qtbot)
    enrol(qtbot, coord_team, ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    ana_sync = ana.sync_pane(qtbot, stick)
    exchange(qtbot, coord_sync)
    add_note(ana)
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    coord_team.refresh()
    box = coord_team.members
    box.select(ana.device_id)
    click(qtbot, box.revoke_button)
    dialog = box.dialog
    assert dialog is not None and dialog.isVisible()
    text = dialog.text()
    assert text.startswith("¿Revocar el dispositivo de Ana Ficticia?")
    assert "cada paquete que haga ese dispositivo será rechazado" in text
    assert "Lo que ya envió antes se conserva" in text and "No se puede deshacer" in text
    assert not dialog.act.isEnabled() and dialog.cancel.isDefault()
    click(qtbot, dialog.check)
    click(qtbot, dialog.act)
    model = box.model
    row = next(i for i, r in enumerate(model.rows) if r.device_id == ana.device_id)
    assert model.data(model.index(row, 3)) == "Revocado"
    assert not box.revoke_button.isEnabled()
    # The disabled button cannot keep the keys: they go to the members' list.
    assert box.window().focusWidget() is box.table
    # The laptop was lost: whoever has it writes another note and a bundle. Refused.
    add_note(ana, "Nota ficticia escrita después de la revocación.")
    exchange(qtbot, ana_sync)
    summary = exchange(qtbot, coord_sync)
    assert len(summary.refused) == 1 and summary.imported == 0
    refusal = summary.refused[0]
    line = (
        f"• El paquete {refusal.file}, de Ana Ficticia: el dispositivo que lo envió fue"
        " revocado: ya no se acepta nada que envíe."
    )
    assert line in coord_sync.summary.texts()
    assert "Paquetes que no se aceptaron (no cambiaron nada en la bóveda): 1." in (
        coord_sync.summary.texts()
    )
    assert len(coord.call(lambda s: s.list_records("crisis-note"))) == 1
    assert summary.sent_to == []  # nothing is written for a revoked device


def test_redact_from_the_record_detail(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    ana_sync = ana.sync_pane(qtbot, stick)
    exchange(qtbot, coord_sync)
    rid = add_note(ana, ANA_NARRATIVE)
    exchange(qtbot, ana_sync)
    exchange(qtbot, coord_sync)
    detail = coord.show(qtbot, RecordDetail(coord.env))
    detail.show_record(rid)
    click(qtbot, detail.redact_button)
    dialog = detail.findChild(ConfirmDialog)
    assert isinstance(dialog, ConfirmDialog) and dialog.isVisible()
    text = dialog.text()
    assert "Lo que borra: el contenido elegido en todas las versiones guardadas" in text
    assert "Lo que no puede borrar: copias que ya salieron en paquetes" in text
    assert "bóvedas que no vuelvan a sincronizar" in text
    choice = dialog.body
    assert isinstance(choice, RedactChoice) and choice.target() is None
    choice.choose_field("narrative")
    assert choice.target() == "narrative"
    assert not dialog.act.isEnabled()
    click(qtbot, dialog.check)
    click(qtbot, dialog.act)
    fields = coord.call(lambda s: s.show(rid).state.fields)
    assert "narrative" not in fields or not fields["narrative"]
    assert not coord.call(lambda s: s.search("vigilancia"))
    # The redaction reaches Ana with the next exchanges.
    exchange(qtbot, coord_sync)
    exchange(qtbot, ana_sync)
    assert not ana.call(lambda s: s.search("vigilancia"))


def test_a_revocation_can_be_confirmed_from_the_keyboard(qtbot: QtBot) -> None:
    # Seen under Xvfb: ticking the box with Space, Tab went to Cancelar and then back to
    # the box; "Revocar" was never reached without the mouse.
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    sentences = ["No se puede deshacer."]
    dialog = ConfirmDialog(parent, "es", "Revocar", "¿Revocar?", sentences, "Revocar")
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert QApplication.focusWidget() is dialog.cancel  # Enter never destroys
    qtbot.keyClick(dialog.cancel, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is dialog.check  # Revocar is disabled until ticked
    qtbot.keyClick(dialog.check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.check, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.act
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.act, Qt.Key.Key_Space)

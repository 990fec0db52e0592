"""Saving a list as CSV in the window: coordinators only, columns from the kind's spec,
never a real name, never inside the vault's folder, cleared on lock."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller, unlock_through_ui

from aluna_field.domain import kinds
from aluna_field.services.context import AppContext
from aluna_field.services.vaults import create_vault
from aluna_field.ui.records.pane import RecordsPane
from aluna_field.ui.shell.controller import AppController
from support import PASSPHRASE, FakeClock, make_ctx

SUBJECT = {
    "type": "collective",
    "alias": "Colectivo Ficticio Ceiba",
    "real_name": "Nombre Inventado Secreto",
    "region": "Oaxaca",
}


def _vault(tmp_path: Path, clock: FakeClock, role: str) -> AppContext:
    ctx = make_ctx(tmp_path / role, clock, lang="es")
    with create_vault(ctx, PASSPHRASE, f"Persona {role}", role, "Equipo Ficticio") as s:
        sid = s.add("subject", SUBJECT)[0]
        note = {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": "Relato ficticio, con coma",
            "urgency": "high",
        }
        s.add("crisis-note", note)
    return ctx


def _pane(
    qtbot: QtBot, ctx: AppContext, app: QApplication, kind: str
) -> tuple[AppController, RecordsPane]:
    ctrl = open_controller(ctx, app, qtbot, "es")
    ws = unlock_through_ui(qtbot, ctrl)
    ws.show_pane(kind)
    return ctrl, ws.records_pane(kind)


def test_a_coordinator_saves_a_list_as_csv(
    tmp_path: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctrl, pane = _pane(qtbot, _vault(tmp_path, clock, "coordinator"), app, "crisis-note")
    assert pane.export.button is not None and pane.export.button.text() == "Guardar CSV…"
    out = tmp_path / "notas.csv"
    pane.export.export(out)
    qtbot.waitUntil(lambda: out.exists() and "Guardado en" in pane.export.status.text())
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    labels = [
        kinds.field_label("crisis-note", f.code, "es") for f in kinds.spec_of("crisis-note").fields
    ]
    assert rows[0] == ["id", *labels]
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["Qué pasó"] == "Relato ficticio, con coma"
    assert record["Sujetos"] == "Colectivo Ficticio Ceiba"
    assert record["Hecho"] == "Amenaza"
    ctrl.lock()
    assert pane.export.status.text() == ""  # the file's name leaves the screen on lock
    ctrl.shutdown()


def test_never_inside_the_vault_and_no_real_name(
    tmp_path: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctx = _vault(tmp_path, clock, "coordinator")
    ctrl, pane = _pane(qtbot, ctx, app, "subject")
    inside = ctx.vault_dir / "lista.csv"
    pane.export.export(inside)
    assert pane.export.status.text() == "La lista no se guarda dentro de la carpeta de la bóveda."
    assert not inside.exists()
    out = tmp_path / "sujetos.csv"
    pane.export.export(out)
    qtbot.waitUntil(out.exists)
    text = out.read_text(encoding="utf-8-sig")
    assert "Colectivo Ficticio Ceiba" in text
    assert "Nombre Inventado Secreto" not in text and "Nombre real" not in text
    ctrl.shutdown()


def test_an_accompanier_has_no_csv_button(
    tmp_path: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctrl, pane = _pane(qtbot, _vault(tmp_path, clock, "accompanier"), app, "crisis-note")
    assert pane.export.button is None
    ctrl.shutdown()

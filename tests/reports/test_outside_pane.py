"""The reports screen's choice of a report for outside readers, with real widgets
offscreen on the training vault: chosen and saved from the keyboard, in Spanish first."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from reports_sample import TODAY, coordinator_vault
from test_reports_pane import WAIT_MS, _answer_save_picker, _settled

from aluna_field.services.context import AppContext
from aluna_field.services.demo import MARKER, fill_demo
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.ui.reports import ReportsPane
from support import PASSPHRASE, make_ctx


def _year_2026(pane: ReportsPane, qtbot: Any) -> None:
    pane.filters.date_from.setDate(QDate(2026, 1, 1))
    pane.filters.date_to.setDate(QDate(2026, 12, 31))
    with qtbot.waitSignal(pane.report_ready, timeout=WAIT_MS):
        pane.filters.apply.click()


def test_choose_and_save_both_reports_from_the_keyboard(
    qtbot: Any, tmp_path: Path, clock: Any
) -> None:
    ctx = make_ctx(tmp_path / "taller", clock)
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator", "Equipo Prueba") as s:
        fill_demo(s)
        aliases = [
            str(r[0])
            for r in s.conn.execute(
                "SELECT json_extract(state, '$.fields.alias') FROM records WHERE kind = 'subject'"
            )
        ]
        pane = ReportsPane(s, "es", today=TODAY)
        qtbot.addWidget(pane)
        _settled(qtbot, pane)
        _year_2026(pane, qtbot)
        box = pane.outside
        assert box.choice.currentText() == "Informe de actividades (para financiadoras)"
        assert box.label.buddy() is box.choice and box.save_pdf.isEnabled()
        box.choice.setFocus()
        qtbot.keyClick(box.choice, Qt.Key.Key_Down)
        assert box.kind() == "memory"
        titles: list[str] = []
        QTimer.singleShot(0, lambda: _answer_save_picker(tmp_path, "memoria", titles))
        with qtbot.waitSignal(pane.saved, timeout=WAIT_MS) as saved:
            box.save_pdf.setFocus()
            qtbot.keyClick(box.save_pdf, Qt.Key.Key_Space)
        assert titles == ["Guardar el informe para fuera del equipo"]
        pdf = Path(saved.args[0])
        assert pdf == tmp_path / "memoria.pdf"
        words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True)
        flat = " ".join(words.stdout.split())
        assert "Memoria" in flat and "Organización: Equipo Prueba" in flat
        assert "Periodo: del 1 de enero al 31 de diciembre de 2026" in flat
        assert "Impunidad:" in flat and MARKER not in flat
        assert not [a for a in aliases if a in flat]
        qtbot.keyClick(box.choice, Qt.Key.Key_Up)
        target = tmp_path / "informe.csv"
        with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
            pane.export_outside(box.kind(), "csv", target)
        body = target.read_text(encoding="utf-8-sig")
        assert body.startswith("Informe de actividades") and "Cuidado del equipo" in body
        assert MARKER not in body and not [a for a in aliases if a in body]
        pane.retranslate("en")
        assert box.choice.currentText() == "Activity report (for funders)"
        assert box.save_csv.accessibleName() == "Save the report for outside readers as CSV"


def test_an_accompanier_cannot_save_them(qtbot: Any, ctx: AppContext, tmp_path: Path) -> None:
    coordinator_vault(ctx, role="accompanier")
    with open_vault(ctx, PASSPHRASE) as s:
        pane = ReportsPane(s, "es", today=TODAY)
        qtbot.addWidget(pane)
        _settled(qtbot, pane)
        assert not pane.outside.save_pdf.isEnabled() and not pane.outside.save_csv.isEnabled()
        pane.export_outside("memory", "csv", tmp_path / "m.csv")
        assert not (tmp_path / "m.csv").exists()

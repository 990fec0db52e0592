"""The reports screen in the main window: coordinators only, computed on show, emptied
on lock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller, unlock_through_ui

from aluna_field.services.vaults import create_vault
from support import PASSPHRASE, FakeClock, make_ctx


def _vault(tmp_path: Path, clock: FakeClock, role: str) -> object:
    ctx = make_ctx(tmp_path / role, clock, lang="es")
    with create_vault(ctx, PASSPHRASE, f"Persona {role}", role, "Equipo Ficticio") as s:
        sid = s.add(
            "subject", {"type": "collective", "alias": "Colectivo Ficticio", "region": "Oaxaca"}
        )[0]
        s.add(
            "impact-observation",
            {
                "subject_ids": [sid],
                "observed_on": "2026-09-01",
                "sphere": "family",
                "categories": ["fear"],
                "intensity": 2,
            },
        )
    return ctx


def test_coordinator_sees_reports_and_lock_empties_them(
    tmp_path: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctrl = open_controller(_vault(tmp_path, clock, "coordinator"), app, qtbot, "es")  # type: ignore[arg-type]
    workspace = unlock_through_ui(qtbot, ctrl)
    assert "reports" in workspace.panes
    workspace.show_pane("reports")
    host = workspace.panes["reports"]
    qtbot.waitUntil(lambda: host.inner is not None and host.inner.data is not None, timeout=10000)
    assert host.inner is not None and host.inner.data is not None
    ctrl.lock()
    assert host.inner is None  # the tables and charts are gone, not hidden
    ctrl.shutdown()


def test_accompanier_has_no_reports_pane(
    tmp_path: Path, clock: FakeClock, app: QApplication, qtbot: QtBot
) -> None:
    ctrl = open_controller(_vault(tmp_path, clock, "accompanier"), app, qtbot, "es")  # type: ignore[arg-type]
    workspace = unlock_through_ui(qtbot, ctrl)
    assert "reports" not in workspace.panes
    texts = [workspace.sidebar.list.item(i).text() for i in range(workspace.sidebar.list.count())]
    assert "Reportes" not in texts
    ctrl.shutdown()

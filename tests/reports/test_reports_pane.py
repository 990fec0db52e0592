"""The reports screen with real widgets offscreen, on a real vault of fictional records."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate
from reports_sample import TODAY, coordinator_vault

from aluna_field.services.context import AppContext
from aluna_field.services.reports import Level
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.ui.reports import ReportsPane
from aluna_field.ui.reports.charts import HeatMap, Lines
from aluna_field.ui.reports.filter_bar import NO_LIMIT
from support import PASSPHRASE, make_ctx

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
WAIT_MS = 30_000  # a safety net for a stuck worker, not a timing assertion


@pytest.fixture
def session(ctx: AppContext) -> Iterator[Session]:
    coordinator_vault(ctx)
    with open_vault(ctx, PASSPHRASE) as s:
        yield s


def _settled(qtbot: Any, pane: ReportsPane) -> None:
    qtbot.waitUntil(lambda: not pane.jobs.busy, timeout=WAIT_MS)


def _pane(qtbot: Any, session: Session, lang: str = "es", **kw: Any) -> ReportsPane:
    pane = ReportsPane(session, lang, today=TODAY, **kw)
    qtbot.addWidget(pane)
    _settled(qtbot, pane)
    return pane


def _cells(pane: ReportsPane, key: str) -> list[list[str]]:
    model = pane.sections[key].model
    return [
        [model.data(model.index(r, c)) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _choose_year(pane: ReportsPane) -> None:
    pane.filters.date_from.setDate(QDate(2025, 1, 1))
    pane.filters.date_to.setDate(QDate(2025, 12, 31))


def test_shows_every_section_as_chart_and_table(qtbot: Any, session: Session) -> None:
    pane = _pane(qtbot, session)
    assert pane.tabs.count() == 9
    tabs = [pane.tabs.tabText(i) for i in range(9)]
    assert tabs[:2] == ["Impactos", "Eventos"]
    assert tabs[6:] == ["Plan de protección", "Revisiones", "Campos propios"]
    impacts = _cells(pane, "impacts")
    assert impacts[0] == ["Miedo", "2", "0", "1", "0", "3"]
    chart = pane.sections["impacts"].chart.chart
    assert isinstance(chart, HeatMap) and chart.values[0] == (2, 0, 1, 0)
    assert pane.sections["impacts"].table.accessibleName().startswith("Tabla: Impactos")
    assert "Notas de crisis: 6" in pane.summary.text()
    assert sorted(pane.filters.region.itemText(i) for i in range(1, 4)) == [
        "Cauca",
        "Guerrero",
        "Oaxaca",
    ]


def test_filters_recompute(qtbot: Any, session: Session) -> None:
    pane = _pane(qtbot, session)
    _choose_year(pane)
    assert pane.filters.period.currentData() == "custom"
    pane.filters.region.setCurrentIndex(pane.filters.region.findText("Oaxaca"))
    with qtbot.waitSignal(pane.report_ready, timeout=WAIT_MS) as ready:
        pane.filters.apply.click()
    data = ready.args[0]
    assert data.filters.region == "Oaxaca" and data.counts["crisis-note"] == 3
    assert _cells(pane, "regions") == [
        ["Oaxaca", "2025-01", "2", "1", "1", "4"],
        ["Oaxaca", "2025-03", "1", "1", "1", "3"],
    ]
    risk = pane.sections["risk"].chart.chart
    assert isinstance(risk, Lines) and [line.label for line in risk.lines] == ["Colibrí Ficticio"]


def test_quick_periods_set_the_dates(qtbot: Any, session: Session) -> None:
    pane = _pane(qtbot, session)
    pane.filters.set_period("last_year")
    flt = pane.filters.current_filter()
    assert (flt.date_from, flt.date_to) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    pane.filters.set_period("all")
    assert pane.filters.date_from.date() == NO_LIMIT
    assert pane.filters.current_filter().date_from is None


def test_reversed_dates_are_refused_on_screen(qtbot: Any, session: Session) -> None:
    pane = _pane(qtbot, session, "en")
    pane.filters.date_from.setDate(QDate(2025, 6, 1))
    pane.filters.date_to.setDate(QDate(2025, 1, 1))
    with qtbot.waitSignal(pane.failed, timeout=WAIT_MS) as refused:
        pane.filters.apply.click()
    assert refused.args[0] == "The From date is after the To date."


def test_retranslate_relabels_without_recomputing(qtbot: Any, session: Session) -> None:
    pane = _pane(qtbot, session)
    data = pane.data
    pane.retranslate("en")
    assert pane.data is data
    assert pane.tabs.tabText(0) == "Impacts" and pane.save_pdf.text() == "Save PDF…"
    assert pane.sections["impacts"].model.headerData(0, pane_horizontal()) == "Impact category"
    assert _cells(pane, "impacts")[0][0] == "Fear"
    assert "Crisis notes: 6" in pane.summary.text()
    assert pane.filters.area.itemText(0) == "All areas"


def pane_horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_pdf_csv_and_anonymised_exports(qtbot: Any, session: Session, tmp_path: Path) -> None:
    pane = _pane(qtbot, session, "en")
    _choose_year(pane)
    with qtbot.waitSignal(pane.report_ready, timeout=WAIT_MS):
        pane.filters.apply.click()
    pdf = tmp_path / "out" / "report.pdf"
    pdf.parent.mkdir()
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
        pane.export_pdf(pdf)
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Coordination report" in words and "from 2025-01-01 to 2025-12-31" in words
    assert "Impacts by category and sphere" in words
    csv_path = tmp_path / "out" / "report.csv"
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
        pane.export_csv(csv_path)
    assert "Crisis notes,5" in csv_path.read_text(encoding="utf-8-sig")
    anon = tmp_path / "out" / "anon.csv"
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
        pane.export_anonymised(anon)
    # Every cell of this small vault is under 5 records: only the notes and the header.
    lines = anon.read_text().splitlines()
    assert [ln for ln in lines if not ln.startswith("#")] == [
        "table,period,country,state,sphere,category,event,perpetrator,urgency,risk_level,count"
    ]
    assert "# Period: from 1 January to 31 December 2025" in lines
    status = pane.status.text()
    assert "0 cells published" in status and "Cells suppressed:" in status
    assert "fewer than 5 records" in status
    assert pane.anonymised.hint.text().startswith("With so few records")


def test_export_into_the_vault_folder_is_refused(
    qtbot: Any, session: Session, ctx: AppContext
) -> None:
    pane = _pane(qtbot, session, "en")
    with qtbot.waitSignal(pane.failed, timeout=WAIT_MS) as refused:
        pane.export_pdf(ctx.vault_dir / "report.pdf")
    assert refused.args[0] == "Reports are not saved inside the vault's folder."
    assert not (ctx.vault_dir / "report.pdf").exists()


def test_unwritable_target_says_so(qtbot: Any, session: Session, tmp_path: Path) -> None:
    pane = _pane(qtbot, session, "en")
    folder = tmp_path / "a-folder"
    folder.mkdir()
    with qtbot.waitSignal(pane.failed, timeout=WAIT_MS) as refused:
        pane.export_csv(folder)
    assert refused.args[0].startswith("Could not save")


def test_accompanier_sees_a_refusal(qtbot: Any, tmp_path: Path, clock: Any) -> None:
    ctx = make_ctx(tmp_path / "acomp", clock)
    coordinator_vault(ctx, role="accompanier")
    with open_vault(ctx, PASSPHRASE) as s:
        pane = ReportsPane(s, "es", today=TODAY)
        qtbot.addWidget(pane)
        _settled(qtbot, pane)
        assert pane.status.text() == "Los reportes son solo para coordinación."
        assert pane.data is None and not pane.save_pdf.isEnabled()


def test_cancelled_export_writes_nothing(qtbot: Any, session: Session, tmp_path: Path) -> None:
    release = threading.Event()

    def held(fn: Callable[[Session], Any]) -> Any:
        # The main window passes its locked `call`; here one that waits for the test.
        if threading.current_thread() is not threading.main_thread():
            release.wait(WAIT_MS / 1000)
        return fn(session)

    pane = ReportsPane(session, "en", today=TODAY, call=held)
    qtbot.addWidget(pane)
    release.set()
    _settled(qtbot, pane)
    release.clear()
    target = tmp_path / "anon.csv"
    pane.export_anonymised(target)
    assert pane.cancel.isVisibleTo(pane)
    pane.cancel_work()
    with qtbot.waitSignal(pane.jobs.idle, timeout=WAIT_MS):
        release.set()
    assert not target.exists() and pane.status.text() == "Cancelled: nothing was saved."


@pytest.mark.parametrize("lang", ["es", "en"])
def test_screenshot(qtbot: Any, session: Session, tmp_path: Path, lang: str) -> None:
    pane = _pane(qtbot, session, lang)
    _choose_year(pane)
    with qtbot.waitSignal(pane.report_ready, timeout=WAIT_MS):
        pane.filters.apply.click()
    pane.resize(1280, 800)
    pane.show()
    qtbot.waitExposed(pane)
    shot = tmp_path / f"reports-{lang}.png"
    assert pane.grab().save(str(shot))
    assert shot.stat().st_size > 10_000
    # Refreshing the committed screenshots is asked for explicitly, never a side effect.
    if os.environ.get("ALUNA_FIELD_SCREENSHOTS"):
        shutil.copyfile(shot, SCREENSHOTS / shot.name)


def _answer_save_picker(folder: Path, name: str, titles: list[str]) -> None:
    """Fill in the save picker once it is up: folder, then name, then Enter."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from aluna_field.ui.common.pickers import SavePicker

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, SavePicker)]
    if not found or not found[0].isVisible():
        QTimer.singleShot(20, lambda: _answer_save_picker(folder, name, titles))
        return
    picker = found[0]
    titles.append(picker.windowTitle())
    picker.set_current(folder)
    picker.name.setText(name)
    picker._accept()


def test_save_button_asks_where_then_saves(qtbot: Any, session: Session, tmp_path: Path) -> None:
    from PySide6.QtCore import QTimer

    pane = _pane(qtbot, session, "en")
    target = tmp_path / "chosen.csv"
    titles: list[str] = []
    QTimer.singleShot(0, lambda: _answer_save_picker(tmp_path, "chosen", titles))
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS) as saved:
        pane.save_csv.click()
    assert saved.args[0] == str(target) and target.exists()
    assert titles == ["Save the report as CSV"]


def test_saving_through_the_window_leaves_no_trace_of_the_folder(
    qtbot: Any, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chosen folder's name is written nowhere outside it: no QtProject.conf, no
    recent-files list (QFileDialog wrote `lastVisited` there when it closed)."""
    from PySide6.QtCore import QTimer

    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    marker = "Caso-Ficticio-" + os.urandom(4).hex()
    folder = tmp_path / "salida" / marker
    folder.mkdir(parents=True)
    pane = _pane(qtbot, session, "es")
    titles: list[str] = []
    QTimer.singleShot(0, lambda: _answer_save_picker(folder, "informe", titles))
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
        pane.save_pdf.click()
    assert (folder / "informe.pdf").read_bytes().startswith(b"%PDF")
    pane.close()
    pane.deleteLater()
    qtbot.wait(50)
    leaks = [p for p in home.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]
    assert leaks == []
    assert not list(home.rglob("QtProject.conf"))


def test_no_screen_uses_qt_file_dialogs() -> None:
    """QFileDialog (even DontUseNativeDialog) saves visited folders in QtProject.conf."""
    ui = Path(__file__).resolve().parents[2] / "src" / "aluna_field" / "ui"
    users = [
        p.relative_to(ui)
        for p in ui.rglob("*.py")
        # qt_strings.py only names Qt's context, to translate its labels should one appear.
        if "QFileDialog" in p.read_text(encoding="utf-8")
        and p.name not in ("pickers.py", "qt_strings.py")
    ]
    assert users == []


def test_cancelled_pdf_writes_nothing(qtbot: Any, session: Session, tmp_path: Path) -> None:
    pane = _pane(qtbot, session, "en")
    target = tmp_path / "never.pdf"
    pane.export_pdf(target)
    assert pane.progress.isVisibleTo(pane)
    pane.cancel_work()
    qtbot.waitUntil(lambda: not pane._draw_timer.isActive(), timeout=WAIT_MS)
    assert not target.exists() and pane.status.text() == "Cancelled: nothing was saved."
    assert pane.save_pdf.isEnabled()  # and it can be asked for again
    with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
        pane.export_pdf(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_training_vault_anonymised_at_the_suggested_level(
    qtbot: Any, tmp_path: Path, clock: Any
) -> None:
    from aluna_field.services.demo import fill_demo

    ctx = make_ctx(tmp_path / "taller", clock)
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator", "Equipo Prueba") as s:
        fill_demo(s)
        pane = ReportsPane(s, "es", today=TODAY)
        qtbot.addWidget(pane)
        _settled(qtbot, pane)
        box = pane.anonymised
        # By month and state every cell of a small team is suppressed: a coarser one is
        # suggested and chosen.
        assert box.suggested is not None and box.suggested != Level("month", "state")
        assert box.level() == box.suggested
        assert box.hint.text().startswith("Sugerido: ") and "el nivel más fino" in box.hint.text()
        box.by.setCurrentIndex(box.by.findData("year"))
        box.area.setCurrentIndex(box.area.findData("country"))
        target = tmp_path / "out.csv"
        with qtbot.waitSignal(pane.saved, timeout=WAIT_MS):
            pane.export_anonymised(target)
        lines = target.read_text().splitlines()
        data = [ln for ln in lines if not ln.startswith("#")]
        assert len(data) > 1 and all(ln.split(",")[3] == "" for ln in data[1:])
        assert "# Organización: Equipo Prueba" in lines
        status = pane.status.text()
        assert "celdas publicadas" in status and "Celdas suprimidas:" in status
        assert "sujetos distintos" in status

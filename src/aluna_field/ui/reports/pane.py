"""The reports screen: filters, a chart and a table per section, and the three exports.

Every read of the vault and every file write runs off the GUI thread (`Jobs`), reads
through `call`, so the main window can route them through the same lock as its other
work. The PDF is drawn on the GUI thread in small steps, where Qt draws text safely.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Generator
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _, pgettext
from ...services.errors import NotAllowed
from ...services.reports import (
    DEFAULT_MIN_CELL,
    AnonymisedDataset,
    Level,
    ReportData,
    ReportFilter,
    ReportInputError,
    anonymised_dataset,
    build_report,
    report_csv,
    report_tables,
    suppression_line,
    write_anonymised,
)
from ...services.reports.activities_report import build_activities
from ...services.reports.anonymised import suggested_level
from ...services.reports.exports import output_path
from ...services.reports.filters import local_today
from ...services.reports.memory_report import build_memory
from ...services.reports.outside import OutsideReport, outside_csv
from ...services.reports.source import state_choices
from ...services.reports.tables import TABLE_KEYS, summary_lines
from ...services.reports.words import organisation_name
from ...services.session import Session
from ...store.atomic import write_atomic
from ..common.pickers import SavePicker
from .anonymised_box import AnonymisedBox
from .charts import report_charts
from .filter_bar import FilterBar
from .jobs import Jobs
from .outside_box import OutsideBox
from .outside_pdf import outside_steps
from .pdf import render_steps
from .texts import KEYED
from .views import Section

T = TypeVar("T")
Call = Callable[[Callable[[Session], Any]], Any]
TAB_KEYS = {
    "impacts": "tab_impacts",
    "events": "tab_events",
    "urgency": "tab_urgency",
    "regions": "tab_regions",
    "risk": "tab_risk",
    "follow_ups": "tab_follow_ups",
    "plan": "tab_plan",
    "reviews": "tab_reviews",
    "custom": "tab_custom",
}


class ReportsPane(QWidget):
    """The coordinator's reports. Signals: `report_ready(ReportData)` after each report is
    shown; `saved(str)` with the path of each export written; `failed(str)` with the
    translated message of anything refused."""

    report_ready = Signal(object)
    saved = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        session: Session,
        lang: str,
        parent: QWidget | None = None,
        *,
        call: Call | None = None,
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self._call: Call = call or (lambda fn: fn(session))
        self.today = today or local_today(session.ctx.now_ms())
        self.data: ReportData | None = None
        self.jobs = Jobs(self)
        self._drawing: tuple[Generator[bytes | None, None, None], Path, Path] | None = None
        self._draw_timer = QTimer(self)
        self._draw_timer.setInterval(0)
        self._draw_timer.timeout.connect(self._draw_step)
        self.filters = FilterBar(self.today, lang)
        self.save_pdf = QPushButton()
        self.save_csv = QPushButton()
        self.save_anonymised = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the work reports no steps
        self.progress.setMaximumWidth(160)
        self.cancel = QPushButton()
        self.status = QLabel()
        self.summary = QLabel()
        for label in (self.status, self.summary):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.sections = {key: Section() for key in TABLE_KEYS}
        for key in TABLE_KEYS:
            self.tabs.addTab(self.sections[key].widget, "")
        actions = QHBoxLayout()
        for widget in (self.save_pdf, self.save_csv, self.save_anonymised):
            actions.addWidget(widget)
        # How coarse the anonymised data is, beside its button.
        self.anonymised = AnonymisedBox(lang)
        actions.addWidget(self.anonymised, 1)
        actions.addWidget(self.progress)
        actions.addWidget(self.cancel)
        # The reports for outside readers, on their own row: a different audience.
        self.outside = OutsideBox(lang)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filters)
        layout.addLayout(actions)
        layout.addWidget(self.outside)
        layout.addWidget(self.status)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.filters.apply_requested.connect(self.refresh)
        self.save_pdf.clicked.connect(lambda: self._ask("pdf"))
        self.save_csv.clicked.connect(lambda: self._ask("csv"))
        self.save_anonymised.clicked.connect(lambda: self._ask("anonymised"))
        self.outside.save_pdf.clicked.connect(lambda: self._ask_outside("pdf"))
        self.outside.save_csv.clicked.connect(lambda: self._ask_outside("csv"))
        self.cancel.clicked.connect(self.cancel_work)
        self._set_busy(False)
        self.retranslate(lang)
        self.refresh()

    # -- computing ---------------------------------------------------------------------
    def refresh(self) -> None:
        """Compute the report for the chosen filters in the background, then show it."""
        try:
            flt = self.filters.current_filter()
        except ReportInputError as exc:
            self._refuse(report_text_or_message(exc, self.lang))
            return
        today, call = self.today, self._call  # the worker holds no widget (Handoff.mailbox)

        def work(still_wanted: Callable[[], bool]) -> tuple[ReportData, list[str], Any]:
            found: tuple[ReportData, list[str], Any] = call(
                lambda s: (
                    build_report(s, flt, today),
                    state_choices(s.conn),
                    suggested_level(s, flt, DEFAULT_MIN_CELL),
                )
            )
            return found

        self._start("working", work, self._show_result)

    def _show_result(self, result: tuple[ReportData, list[str], Level | None]) -> None:
        self.data, regions, suggested = result
        self.filters.set_regions(regions)
        self.anonymised.set_suggested(suggested)
        self._fill()
        self.report_ready.emit(self.data)

    def _fill(self) -> None:
        data = self.data
        if data is None:
            return
        charts = report_charts(data, self.lang)
        hint = _(self.lang, "Chart. The same data is in the table that follows.")
        empty = _(self.lang, "No data for these filters.")
        for table in report_tables(data, self.lang):
            section = self.sections[table.key]
            section.chart.set_chart(charts[table.key], empty, hint)
            section.model.set_table(table)
            section.table.setAccessibleName(_(self.lang, "Table: {title}", title=table.title))
            section.table.resizeColumnsToContents()
            section.fit()
        parts = [f"{label}: {n}" for label, n in summary_lines(data, self.lang)]
        f = data.follow_ups
        parts.append(pgettext(self.lang, "reports:fu_overdue", "Overdue") + f": {f.overdue}")
        self.summary.setText(" · ".join(parts))
        self.status.setText(
            _(
                self.lang,
                "Report as of {day}. Each chart's data is in the table below it.",
                day=data.today.isoformat(),
            )
        )

    # -- exports -----------------------------------------------------------------------
    def _ask(self, kind: str) -> None:
        title, suffix = {
            "pdf": ("pdf_dialog", ".pdf"),
            "csv": ("csv_dialog", ".csv"),
            "anonymised": ("anonymised_dialog", ".csv"),
        }[kind]
        stem = _(self.lang, "anonymised-data") if kind == "anonymised" else _(self.lang, "report")
        name = f"{stem}-{self.today}{suffix}"
        # Not Qt's file dialog: it writes visited folders to QtProject.conf (common/pickers.py).
        picker = SavePicker(self.lang, _(self.lang, KEYED[title]), Path.home(), name, suffix, self)
        if picker.exec() and picker.chosen is not None:
            {"pdf": self.export_pdf, "csv": self.export_csv}.get(kind, self.export_anonymised)(
                picker.chosen
            )

    def _ask_outside(self, fmt: str) -> None:
        kind = self.outside.kind()
        stem = (
            _(self.lang, "activity-report")
            if kind == "activities"
            else _(self.lang, "memory-report")
        )
        suffix = f".{fmt}"
        title = _(self.lang, "Save the outside report")
        picker = SavePicker(
            self.lang, title, Path.home(), f"{stem}-{self.today}{suffix}", suffix, self
        )
        if picker.exec() and picker.chosen is not None:
            self.export_outside(kind, fmt, picker.chosen)

    def export_outside(self, kind: str, fmt: str, path: Path) -> None:
        """Save the *Informe de actividades* ("activities") or the *Memoria* ("memory")
        for the period of the report on screen, as "pdf" or "csv", in the screen's
        language. Built off the GUI thread; a PDF is then drawn on it in steps."""
        target, data = self._target(path), self.data
        if target is None or data is None:
            return
        # The period only: these reports speak for the whole organisation.
        flt = ReportFilter(data.filters.date_from, data.filters.date_to)
        build = build_activities if kind == "activities" else build_memory
        lang, today, call = self.lang, self.today, self._call

        def work(still_wanted: Callable[[], bool]) -> OutsideReport | None:
            report: OutsideReport = call(lambda s: build(s, flt, lang, today))
            if not still_wanted():
                return None
            if fmt == "csv":
                write_atomic(target, outside_csv(report))
            return report

        def done(report: OutsideReport | None) -> None:
            if report is None:
                return
            if fmt == "csv":
                self._saved(target)
                return
            # Once `_start` has marked the job finished, draw on the GUI thread.
            QTimer.singleShot(0, lambda: self._draw(outside_steps(report), target, path))

        self._start("saving", work, done, path)

    def _draw(self, steps: Generator[bytes | None, None, None], target: Path, path: Path) -> None:
        self._drawing = (steps, target, path)
        self._set_busy(True)
        self.status.setText(_(self.lang, "Saving…"))
        self._draw_timer.start()

    def _target(self, path: Path) -> Path | None:
        try:
            return output_path(path, self.session.ctx.vault_dir)
        except ReportInputError as exc:
            self._refuse(report_text_or_message(exc, self.lang))
            return None

    def export_pdf(self, path: Path) -> None:
        """Save the report on screen (with its filters) as PDF, in the screen's language.

        Drawn on the GUI thread a few rows per event-loop turn (Qt draws text safely only
        there), then written off it."""
        target, data = self._target(path), self.data
        if target is None or data is None:
            return
        self._draw(render_steps(data, self.lang), target, path)

    def _draw_step(self) -> None:
        if self._drawing is None:
            self._draw_timer.stop()
            return
        steps, target, path = self._drawing
        try:
            pdf = next(steps)
        except Exception as exc:
            self._stop_drawing()
            self._set_busy(False)
            self._refuse(_message(exc, self.lang, path))
            return
        if pdf is None:
            return
        self._stop_drawing()
        self._write(target, path, pdf)

    def _stop_drawing(self) -> None:
        self._draw_timer.stop()
        if self._drawing is not None:
            self._drawing[0].close()  # ends the painter of an unfinished drawing
            self._drawing = None

    def export_csv(self, path: Path) -> None:
        """Save the report on screen as CSV, in the screen's language."""
        target, data = self._target(path), self.data
        if target is not None and data is not None:
            self._write(target, path, report_csv(data, self.lang))

    def _write(self, target: Path, path: Path, body: bytes) -> None:
        def work(still_wanted: Callable[[], bool]) -> Path | None:
            if not still_wanted():
                return None
            write_atomic(target, body)
            return target

        self._start("saving", work, self._saved, path)

    def export_anonymised(self, path: Path, min_cell: int = DEFAULT_MIN_CELL) -> None:
        """Save the anonymised dataset for the filters of the report on screen, at the
        level chosen beside the button, in the screen's language."""
        target, data = self._target(path), self.data
        if target is None or data is None:
            return
        flt: ReportFilter = data.filters
        level, lang, today, call = self.anonymised.level(), self.lang, self.today, self._call

        def read(s: Session) -> tuple[AnonymisedDataset, str]:
            found = anonymised_dataset(s, flt, min_cell, level.by, level.area)
            return found, organisation_name(s)

        def work(still_wanted: Callable[[], bool]) -> AnonymisedDataset | None:
            found: tuple[AnonymisedDataset, str] = call(read)
            dataset, organisation = found
            if not still_wanted():
                return None
            write_anonymised(dataset, target, lang, organisation, today)
            return dataset

        def done(dataset: AnonymisedDataset | None) -> None:
            if dataset is None:
                return
            self.status.setText(
                _(
                    self.lang,
                    "Saved to {path}: {cells} cells published. {suppression}",
                    path=path,
                    cells=len(dataset.cells),
                    suppression=suppression_line(dataset, self.lang),
                )
            )
            self.saved.emit(str(path))

        self._start("saving", work, done, path)

    def _saved(self, target: Path | None) -> None:
        if target is not None:
            self.status.setText(_(self.lang, "Saved to {path}.", path=target))
            self.saved.emit(str(target))

    # -- work in the background ------------------------------------------------------------
    def _start(
        self,
        status: str,
        work: Callable[[Callable[[], bool]], T],
        on_done: Callable[[T], None],
        path: Path | None = None,
    ) -> None:
        self._set_busy(True)
        self.status.setText(_(self.lang, KEYED[status]))

        def finished(result: T) -> None:
            on_done(result)
            self._set_busy(False)  # after on_done: the save buttons need the new report

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            self._refuse(_message(exc, self.lang, path))

        self.jobs.start(work, finished, failed)

    def cancel_work(self) -> None:
        """Drop the running job: its report is not shown, its file is not written."""
        if self.jobs.busy or self._drawing is not None:
            self._stop_drawing()
            self.jobs.cancel()
            self._set_busy(False)
            self.status.setText(_(self.lang, "Cancelled: nothing was saved."))

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.cancel.setVisible(busy)
        for widget in (self.filters, self.save_pdf, self.save_csv, self.save_anonymised):
            widget.setEnabled(not busy and (widget is self.filters or self.data is not None))
        self.outside.set_enabled(not busy and self.data is not None)

    def _refuse(self, message: str) -> None:
        self.status.setText(message)
        self.failed.emit(message)

    # -- language ----------------------------------------------------------------------
    def retranslate(self, lang: str) -> None:
        """Show every word in `lang`; the report on screen is relabelled, not recomputed."""
        self.lang = lang
        self.setAccessibleName(_(lang, "Reports"))
        self.filters.retranslate(lang)
        self.anonymised.retranslate(lang)
        self.outside.retranslate(lang)
        self.save_pdf.setText(_(lang, "Save PDF…"))
        self.save_csv.setText(_(lang, "Save CSV…"))
        self.save_anonymised.setText(_(lang, "Anonymised data…"))
        self.save_anonymised.setToolTip(
            _(
                lang,
                "For research partners: only counts by period and place, with no "
                "names, aliases or narratives; cells of fewer than {k} records or {k} "
                "subjects are left out.",
                k=DEFAULT_MIN_CELL,
            )
        )
        self.cancel.setText(_(lang, "Cancel"))
        self.summary.setAccessibleName(_(lang, "Report summary"))
        for i, key in enumerate(TABLE_KEYS):
            self.tabs.setTabText(i, _(lang, KEYED[TAB_KEYS[key]]))
        self._fill()

    def stop(self) -> None:
        """Drop any running job and wait for the worker: call before closing the session."""
        self._stop_drawing()
        self.jobs.cancel()
        self.jobs.wait()

    def closeEvent(self, event: Any) -> None:
        self.stop()
        super().closeEvent(event)


def report_text_or_message(exc: ReportInputError, lang: str) -> str:
    """The translated words for a refused filter or path."""
    keys = {
        "report_dates_reversed": "dates_reversed",
        "report_out_in_vault": "out_in_vault",
        "report_out_folder": "write_failed",
        "report_out_is_folder": "write_failed",
    }
    return _(lang, KEYED[keys.get(exc.key, "failed")], **exc.values)


def _message(exc: Exception, lang: str, path: Path | None) -> str:
    if isinstance(exc, NotAllowed):
        return _(lang, "Reports are for coordinators only.")
    if isinstance(exc, OSError) and path is not None:
        return _(
            lang,
            "Could not save {path} (disk full or no permission?). No partial file was left.",
            path=path,
        )
    return _(lang, "The report could not be computed. Nothing changed in the vault.")

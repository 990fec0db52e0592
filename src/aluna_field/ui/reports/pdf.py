"""The report as a PDF drawn by Qt's own writer (QPdfWriter + QPainter), in memory.

The document is rendered into a QBuffer and written to the chosen file with
`store.atomic.write_atomic`: no temporary file with content ever exists elsewhere, and
the target appears whole or not at all. Text stays text (selectable, searchable).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from ...l10n import _
from ...services.reports import ReportData, Table, filter_lines, report_tables
from ...services.reports.tables import summary_lines
from ...store.atomic import write_atomic
from .charts import Bars, Chart, report_charts
from .painting import Style, paint_chart

RESOLUTION = 72  # one device unit is one point
ROWS_PER_STEP = 200
BODY_PT = 8.5
CHART_HEIGHT = {"impacts": 190.0, "events": 300.0, "risk": 230.0}
DEFAULT_CHART_HEIGHT = 200.0
_STRIPE = QColor("#f2f2f2")
_RULE = QColor("#999999")


def ensure_app() -> QApplication:
    """The running QApplication, or a new one (offscreen when Linux has no display)."""
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    args = ["aluna-field"]
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless and not os.environ.get("QT_QPA_PLATFORM"):
        args += ["-platform", "offscreen"]
    return QApplication(args)


class Page:
    """A cursor down the pages of the writer: adds a page when the next block does not fit."""

    def __init__(self, writer: QPdfWriter, painter: QPainter, lang: str) -> None:
        self.writer = writer
        self.p = painter
        self.lang = lang
        rect = writer.pageLayout().paintRectPixels(RESOLUTION)
        self.width = float(rect.width())
        self.bottom = float(rect.height()) - BODY_PT * 2.5
        self.number = 1
        self.y = 0.0
        self.style = Style(
            QColor("black"),
            QColor("#555555"),
            QColor("#cccccc"),
            _(lang, "No data for these filters."),
        )
        self._footer()

    def font(self, size: float = BODY_PT, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.p.font())
        # No ligatures: "fi" drawn as one glyph comes out of the PDF as "ﬁ", which search
        # and screen readers do not match with "fi".
        font.setFeature(QFont.Tag("liga"), 0)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        self.p.setFont(font)
        return font

    def metrics(self) -> QFontMetricsF:
        return QFontMetricsF(self.p.font(), self.p.device())

    def _footer(self) -> None:
        self.font(BODY_PT - 1)
        self.p.setPen(self.style.muted)
        area = QRectF(0, self.bottom + BODY_PT, self.width, BODY_PT * 1.5)
        label = _(self.lang, "Page {n}", n=self.number)
        self.p.drawText(
            area, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label
        )

    def need(self, height: float) -> None:
        if self.y + height > self.bottom and self.y > 0:
            self.writer.newPage()
            self.number += 1
            self.y = 0.0
            self._footer()

    def words(
        self, words: str, size: float = BODY_PT, bold: bool = False, muted: bool = False
    ) -> None:
        self.font(size, bold=bold, italic=muted)
        box = self.metrics().boundingRect(
            QRectF(0, 0, self.width, 1e6), int(Qt.TextFlag.TextWordWrap), words
        )
        self.need(box.height())
        self.p.setPen(self.style.muted if muted else self.style.text)
        area = QRectF(0, self.y, self.width, box.height())
        self.p.drawText(area, int(Qt.TextFlag.TextWordWrap), words)
        self.y += box.height() + size * 0.35

    def gap(self, points: float) -> None:
        self.y += points

    def chart(self, chart: Chart, height: float, title: bool) -> None:
        self.need(height)
        self.font()
        paint_chart(self.p, QRectF(0, self.y, self.width, height), chart, self.style, title)
        self.y += height + BODY_PT

    def table(
        self, table: Table, shares: tuple[float, ...] = (), width: float | None = None
    ) -> Iterator[None]:
        """Draw the table, repeating its heading on each page; yields now and then.
        `shares`: each column's part of the width (else fitted to the headers);
        `width`: the table's width (else the page's)."""
        whole = self.width if width is None else min(width, self.width)
        size, widths = _fit_columns(table, whole, self.p)
        if shares:
            widths = [whole * share / sum(shares) for share in shares]
        self.font(size, bold=True)
        header = self._row_height(table.columns, widths)
        self.need(header * 2)
        self._row(table.columns, widths, header, table.label_columns, size, bold=True)
        self.font(size)
        for i, row in enumerate(table.rows):
            cells = tuple(str(c) for c in row)
            height = self._row_height(cells, widths)
            if self.y + height > self.bottom:
                self.need(header + height)
                self._row(table.columns, widths, header, table.label_columns, size, bold=True)
            if i % 2:
                self.p.fillRect(QRectF(0, self.y, sum(widths), height), _STRIPE)
            self._row(cells, widths, height, table.label_columns, size)
            if i % ROWS_PER_STEP == ROWS_PER_STEP - 1:
                yield
        self.y += BODY_PT

    def _row_height(self, cells: tuple[str, ...], widths: list[float]) -> float:
        fm = self.metrics()
        pad = fm.height() * 0.25
        return 2 * pad + max(
            _wrapped(fm, c, w - 2 * pad).height() for c, w in zip(cells, widths, strict=True)
        )

    def _row(
        self,
        cells: tuple[str, ...],
        widths: list[float],
        height: float,
        labels: int,
        size: float,
        bold: bool = False,
    ) -> None:
        self.font(size, bold=bold)
        pad = self.metrics().height() * 0.25
        self.p.setPen(self.style.text)
        x = 0.0
        for j, (cell, w) in enumerate(zip(cells, widths, strict=True)):
            align = Qt.AlignmentFlag.AlignLeft if j < labels else Qt.AlignmentFlag.AlignRight
            flags = int(align | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
            self.p.drawText(QRectF(x + pad, self.y, w - 2 * pad, height), flags, cell)
            x += w
        self.y += height
        if bold:
            self.p.setPen(_RULE)
            self.p.drawLine(QPointF(0, self.y), QPointF(sum(widths), self.y))
        self.font(size)


def _wrapped(fm: QFontMetricsF, words: str, width: float) -> QRectF:
    return fm.boundingRect(QRectF(0, 0, width, 1e6), int(Qt.TextFlag.TextWordWrap), words)


def _fit_columns(table: Table, width: float, p: QPainter) -> tuple[float, list[float]]:
    """A font size and column widths at which every header word fits its column.

    Count columns get room for their longest header word (and the whole header when
    there is space); label columns share what is left.
    """
    counts = len(table.columns) - table.label_columns
    size = BODY_PT - 0.5
    while True:
        font = QFont(p.font())
        font.setPointSizeF(size)
        font.setBold(True)
        # Measured as drawn: upright (the painter may still hold a muted note's italic,
        # which is narrower, and the header's first letters would be clipped).
        font.setItalic(False)
        font.setFeature(QFont.Tag("liga"), 0)
        fm = QFontMetricsF(font, p.device())
        # A point of slack against rounding: a word a hair too wide for its column is
        # broken letter by letter ("P" / "aramilitares").
        pad = fm.height() * 0.5 + 1.0
        share = width * 0.62 / max(counts, 1)
        numbers = []
        for head in table.columns[table.label_columns :]:
            word = max(fm.horizontalAdvance(w) for w in head.split()) + pad
            whole = fm.horizontalAdvance(head) + pad
            numbers.append(max(word, fm.horizontalAdvance("000000"), min(whole, share)))
        if sum(numbers) <= width * 0.72 or size <= 6:
            break
        size -= 0.5
    rest = (width - sum(numbers)) / table.label_columns
    return size, [rest] * table.label_columns + numbers


def render_steps(data: ReportData, lang: str) -> Generator[bytes | None, None, None]:
    """Draw the report a little at a time: yields None between steps, then the PDF bytes.

    Qt draws text safely only on the GUI thread, so the screen drives these steps from its
    event loop (the window stays responsive, and closing the generator cancels); the
    CLI runs them straight through (`render_pdf`).
    """
    return document_steps(
        _(lang, "Coordination report"), lang, lambda page: _compose(page, data, lang)
    )


def document_steps(
    title: str, lang: str, compose: Callable[[Page], Iterator[None]]
) -> Generator[bytes | None, None, None]:
    """An A4 document drawn by `compose` on its pages, in steps, then its PDF bytes.
    `title` is the only metadata besides the creator: never an alias or a name."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setTitle(title)
    writer.setCreator("Aluna Field")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    painter = QPainter(writer)
    try:
        yield from compose(Page(writer, painter, lang))
    finally:
        painter.end()
    buffer.close()
    data_bytes: QByteArray = buffer.data()
    yield bytes(data_bytes.data())


def finish(steps: Generator[bytes | None, None, None]) -> bytes:
    """Run a document's steps straight through; its PDF bytes."""
    for done in steps:
        if done is not None:
            return done
    raise RuntimeError("the PDF drawing ended without a document")


def render_pdf(data: ReportData, lang: str) -> bytes:
    """The whole report as PDF bytes: title, filters, summary, then each chart and table."""
    return finish(render_steps(data, lang))


def _compose(page: Page, data: ReportData, lang: str) -> Iterator[None]:
    page.words(_(lang, "Coordination report"), size=16, bold=True)
    page.words(_(lang, "Report date: {day}", day=data.today.isoformat()))
    page.words(
        _(
            lang,
            "For the team's internal use: it holds the subjects' aliases. Do not share outside.",
        ),
        muted=True,
    )
    page.gap(BODY_PT)
    page.words(_(lang, "Filters"), size=11, bold=True)
    for label, value in filter_lines(data.filters, lang):
        page.words(f"{label}: {value}")
    page.gap(BODY_PT * 0.5)
    page.words(_(lang, "Summary"), size=11, bold=True)
    for label, count in summary_lines(data, lang):
        page.words(f"{label}: {count}")
    charts = report_charts(data, lang)
    for table in report_tables(data, lang):
        chart = charts[table.key]
        height = _chart_height(table.key, chart)
        page.gap(BODY_PT)
        # A heading stays on the page of its chart.
        page.need(BODY_PT * 6 + height)
        page.words(table.title, size=12, bold=True)
        if table.note:
            page.words(table.note, muted=True)
        page.chart(chart, height, title=chart.title != table.title)
        yield
        yield from page.table(table)


def _chart_height(key: str, chart: Chart) -> float:
    if isinstance(chart, Bars) and chart.horizontal:
        return min(DEFAULT_CHART_HEIGHT, BODY_PT * (7 + 2.4 * len(chart.categories)))
    return CHART_HEIGHT.get(key, DEFAULT_CHART_HEIGHT)


def write_report_pdf(data: ReportData, lang: str, path: Path) -> None:
    """Render the report and write it to `path` atomically (a QApplication is made if none)."""
    app = ensure_app()
    pdf = render_pdf(data, lang)
    write_atomic(path, pdf)
    del app

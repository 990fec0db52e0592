"""The reports for outside readers (*Informe de actividades*, *Memoria*) as PDF.

Drawn with the coordinator report's page machinery (pdf.py: Qt's own writer, in memory,
written with `store.atomic`). Tables only, no charts: these are read and quoted by
funders and memory projects, and a table says the number exactly.
"""

from __future__ import annotations

from collections.abc import Generator, Iterator
from pathlib import Path

from ...services.reports.outside import OutsideReport
from ...services.reports.outside_texts import text
from ...store.atomic import write_atomic
from .pdf import BODY_PT, Page, document_steps, ensure_app, finish

KEEP_WHOLE = 15  # rows of a table kept on one page
NARROW = 0.65  # the part of the page's width a table of three columns or fewer takes


def outside_steps(report: OutsideReport) -> Generator[bytes | None, None, None]:
    """Draw the report a little at a time (None between steps), then its PDF bytes."""
    # The PDF's title metadata is the report's title: never an alias or a name.
    return document_steps(report.title, report.lang, lambda page: _compose(page, report))


def render_outside_pdf(report: OutsideReport) -> bytes:
    """The whole report as PDF bytes."""
    return finish(outside_steps(report))


def _compose(page: Page, report: OutsideReport) -> Iterator[None]:
    lang = report.lang
    page.words(report.title, size=16, bold=True)
    for line in report.heading_lines():
        page.words(line)
    page.gap(BODY_PT)
    page.words(text("out_summary", lang), size=11, bold=True)
    for label, value in report.summary:
        page.words(f"{label}: {value}")
    page.gap(BODY_PT * 0.5)
    page.words(text("out_method", lang), size=11, bold=True)
    for paragraph in report.method:
        page.words(paragraph, muted=True)
    for table in report.tables:
        page.gap(BODY_PT)
        # A heading stays on the page of the table's first rows, and a short table stays
        # whole on one page.
        rows = len(table.rows)
        page.need(BODY_PT * (8 + 2.4 * rows) if rows <= KEEP_WHOLE else BODY_PT * 10)
        page.words(table.title, size=12, bold=True)
        if table.note:
            page.words(table.note, muted=True)
        if not table.rows:
            page.words(text("out_no_data", lang))
            continue
        yield
        # A label and a count or two read better side by side than across the page.
        narrow = page.width * NARROW if len(table.columns) <= 3 else None
        yield from page.table(table, width=narrow)


def write_outside_pdf(report: OutsideReport, path: Path) -> None:
    """Render the report and write it to `path` atomically (a QApplication is made if none)."""
    app = ensure_app()
    pdf = render_outside_pdf(report)
    write_atomic(path, pdf)
    del app

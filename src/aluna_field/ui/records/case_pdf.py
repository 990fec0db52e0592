"""The case file as an internal PDF: the subject's alias, its members' aliases, and each
record's date, kind and coded detail, in date order. Never a real name or any free text
(narratives, descriptions, titles): the file leaves the vault. Drawn by the reports'
writer (`ui/reports/pdf.py`) into memory and written atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from ...domain.kinds import RecordKind
from ...domain.records import region_state
from ...domain.taxonomy import SubjectType
from ...services.case_file import CASE_KINDS, CaseFile
from ...services.reports.tables import Table
from ...store.atomic import write_atomic
from ..i18n import t
from ..reports.pdf import BODY_PT, Page, document_steps, finish
from ..values.format import Lookup
from .case_words import about_words, detail_words
from .texts import TEXTS


def case_table(case: CaseFile, lang: str, lookup: Lookup) -> Table:
    """The entries as the PDF's table: date, kind, about whom, coded detail."""
    rows = tuple(
        (
            e.day or t(TEXTS, "pdf_no_date", lang),
            RecordKind(e.kind).label(lang),
            about_words(e, lookup, lang),
            detail_words(e, lang, lookup),
        )
        for e in case.entries
    )
    columns = tuple(
        t(TEXTS, key, lang)
        for key in ("pdf_col_date", "pdf_col_kind", "pdf_col_about", "pdf_col_detail")
    )
    return Table("case", t(TEXTS, "pdf_entries", lang), columns, rows, label_columns=4)


def _compose(
    page: Page, case: CaseFile, lang: str, lookup: Lookup, today: dt.date
) -> Iterator[None]:
    fields = case.subject.state.fields
    alias = lookup.alias(case.subject.rid, lang)
    page.words(t(TEXTS, "pdf_heading", lang, alias=alias), size=16, bold=True)
    kind = SubjectType(str(fields.get("type"))).label(lang)
    # The state only: a municipality is finer than an internal summary needs.
    region = region_state(str(fields.get("region") or ""))
    page.words(t(TEXTS, "pdf_subject", lang, type=kind, region=region))
    page.words(t(TEXTS, "pdf_date", lang, day=today.isoformat()))
    page.words(t(TEXTS, "pdf_internal", lang), muted=True)
    if case.members:
        names = ", ".join(lookup.alias(m.rid, lang) for m in case.members)
        page.words(t(TEXTS, "pdf_members", lang, names=names))
    page.gap(BODY_PT)
    page.words(t(TEXTS, "pdf_summary", lang), size=11, bold=True)
    for code, n in case.counts().items():
        if code in CASE_KINDS:
            page.words(f"{RecordKind(code).plural(lang)}: {n}")
    page.gap(BODY_PT)
    table = case_table(case, lang, lookup)
    page.words(table.title, size=12, bold=True)
    if not table.rows:
        page.words(t(TEXTS, "pdf_none", lang), muted=True)
        return
    # The detail needs the room; a date needs little.
    yield from page.table(table, shares=(0.9, 1.3, 2.0, 2.8))


def case_pdf(case: CaseFile, lang: str, lookup: Lookup, today: dt.date) -> bytes:
    """The whole case file as PDF bytes (draw on the GUI thread: Qt draws text there)."""
    title = t(TEXTS, "pdf_title", lang)
    return finish(
        document_steps(title, lang, lambda page: _compose(page, case, lang, lookup, today))
    )


def write_case_pdf(case: CaseFile, lang: str, lookup: Lookup, today: dt.date, path: Path) -> None:
    write_atomic(path, case_pdf(case, lang, lookup, today))

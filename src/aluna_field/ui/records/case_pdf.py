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
from ...l10n import _
from ...services.case_file import CASE_KINDS, CaseFile
from ...services.reports.tables import Table
from ...store.atomic import write_atomic
from ..reports.pdf import BODY_PT, Page, document_steps, finish
from ..values.format import Lookup
from .case_words import about_words, detail_words
from .texts import KEYED


def case_table(case: CaseFile, lang: str, lookup: Lookup) -> Table:
    """The entries as the PDF's table: date, kind, about whom, coded detail."""
    rows = tuple(
        (
            e.day or _(lang, "no date"),
            RecordKind(e.kind).label(lang),
            about_words(e, lookup, lang),
            detail_words(e, lang, lookup),
        )
        for e in case.entries
    )
    columns = tuple(
        _(lang, KEYED[key])
        for key in ("pdf_col_date", "pdf_col_kind", "pdf_col_about", "pdf_col_detail")
    )
    return Table("case", _(lang, "Records in date order"), columns, rows, label_columns=4)


def _compose(
    page: Page, case: CaseFile, lang: str, lookup: Lookup, today: dt.date
) -> Iterator[None]:
    fields = case.subject.state.fields
    alias = lookup.alias(case.subject.rid, lang)
    page.words(_(lang, "Case file: {alias}", alias=alias), size=16, bold=True)
    kind = SubjectType(str(fields.get("type"))).label(lang)
    # The state only: a municipality is finer than an internal summary needs.
    region = region_state(str(fields.get("region") or ""))
    page.words(_(lang, "{type} · {region}", type=kind, region=region))
    page.words(_(lang, "Date: {day}", day=today.isoformat()))
    page.words(
        _(
            lang,
            "For the team's internal use: it holds aliases. Do not share outside. "
            "No real names or narratives: open the vault to read them.",
        ),
        muted=True,
    )
    if case.members:
        names = ", ".join(lookup.alias(m.rid, lang) for m in case.members)
        page.words(_(lang, "Members: {names}", names=names))
    page.gap(BODY_PT)
    page.words(_(lang, "Summary"), size=11, bold=True)
    for code, n in case.counts().items():
        if code in CASE_KINDS:
            page.words(f"{RecordKind(code).plural(lang)}: {n}")
    page.gap(BODY_PT)
    table = case_table(case, lang, lookup)
    page.words(table.title, size=12, bold=True)
    if not table.rows:
        page.words(_(lang, "No records yet."), muted=True)
        return
    # The detail needs the room; a date needs little.
    yield from page.table(table, shares=(0.9, 1.3, 2.0, 2.8))


def case_pdf(case: CaseFile, lang: str, lookup: Lookup, today: dt.date) -> bytes:
    """The whole case file as PDF bytes (draw on the GUI thread: Qt draws text there)."""
    title = _(lang, "Case file")
    return finish(
        document_steps(title, lang, lambda page: _compose(page, case, lang, lookup, today))
    )


def write_case_pdf(case: CaseFile, lang: str, lookup: Lookup, today: dt.date, path: Path) -> None:
    write_atomic(path, case_pdf(case, lang, lookup, today))

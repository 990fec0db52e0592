"""Reports for readers outside the team (*Informe de actividades*, *Memoria*): what they
have in common, and their CSV and JSON files.

Each report is a title, the organisation's name, the period in words, a method note and
labelled tables of counts. Nothing in them comes from free text: every label is a
vocabulary's or a state's official name, so no alias, real name or narrative can reach
the file (docs/reports.md, "Reports for outside readers").
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ...store.atomic import write_atomic
from ..errors import NotAllowed
from ..session import Session
from .filters import ReportFilter
from .outside_texts import text
from .states import OTHER_STATE, UNKNOWN_STATE, official_state
from .tables import Cell, Table
from .words import day_in_words, organisation_name, period_in_words

KINDS = ("activities", "memory")


@dataclass(frozen=True)
class OutsideReport:
    """One report for outside readers, ready to be written in one language."""

    kind: str  # one of KINDS
    lang: str
    title: str
    organisation: str
    period: str  # in words
    made_on: dt.date
    method: tuple[str, ...]  # the method note, one paragraph each
    summary: tuple[tuple[str, Cell], ...]
    tables: tuple[Table, ...]
    # The same numbers with stable codes (for scripts), zero cells left out.
    codes: dict[str, Any]
    filters: ReportFilter

    def heading_lines(self) -> list[str]:
        """Organisation, period and date, as the PDF and CSV print them under the title."""
        lines = []
        if self.organisation:
            lines.append(text("out_organisation", self.lang, name=self.organisation))
        lines.append(text("out_period", self.lang, period=self.period))
        lines.append(text("out_made", self.lang, day=day_in_words(self.made_on, self.lang)))
        return lines


def require_coordinator(session: Session) -> None:
    """NotAllowed unless the vault is a coordinator's: these reports cross every record."""
    if not session.is_coordinator:
        raise NotAllowed("reports are for coordinators")


def header_of(
    session: Session, flt: ReportFilter, lang: str, organisation: str | None
) -> tuple[str, str]:
    """(organisation, period in words) of a report made from `session`."""
    name = organisation if organisation is not None else organisation_name(session)
    return name, period_in_words(flt, lang)


def place_label(region: str, lang: str) -> str:
    """A subject's state as an outside report names it: only an official state name, else
    "other place" or "no region" (a name typed by mistake in a region never gets out)."""
    if not region.strip():
        return text("out_no_region", lang)
    state = official_state(region)
    return text("out_other_place", lang) if state == OTHER_STATE else state


def place_code(region: str) -> str:
    """The same as `place_label` as a code (official name, `other` or `unknown`)."""
    return UNKNOWN_STATE if not region.strip() else official_state(region)


def place_order(item: tuple[str, str]) -> tuple[int, str]:
    """Sort key of (code, label) places: official states by name, then "other place",
    then "no region"."""
    code, label = item
    return ({OTHER_STATE: 1, UNKNOWN_STATE: 2}.get(code, 0), label.casefold())


def quarter_of(day: str) -> str:
    """ "2026-Q2" for "2026-05-14"."""
    return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"


def quarter_label(code: str, lang: str) -> str:
    return text("out_quarter", lang, year=code[:4], n=code[-1])


# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: Cell) -> Cell:
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def outside_csv(report: OutsideReport) -> bytes:
    """The report as one CSV (UTF-8 with BOM): title, heading lines, the method note,
    the summary, then each table under its title."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow([report.title])
    for line in report.heading_lines():
        out.writerow([_safe(line)])
    out.writerow([])
    out.writerow([text("out_method", report.lang)])
    for paragraph in report.method:
        out.writerow([paragraph])
    out.writerow([])
    out.writerow([text("out_summary", report.lang)])
    out.writerows(report.summary)
    for table in report.tables:
        out.writerow([])
        out.writerow([table.title])
        if table.note:
            out.writerow([table.note])
        if not table.rows:
            out.writerow([text("out_no_data", report.lang)])
            continue
        out.writerow(table.columns)
        out.writerows([_safe(c) for c in row] for row in table.rows)
    return buf.getvalue().encode("utf-8-sig")


def outside_json(report: OutsideReport) -> dict[str, Any]:
    """The report with stable codes instead of labels."""
    return {
        "report": report.kind,
        "organisation": report.organisation,
        "made_on": report.made_on.isoformat(),
        "filters": {
            "from": report.filters.date_from.isoformat() if report.filters.date_from else None,
            "to": report.filters.date_to.isoformat() if report.filters.date_to else None,
        },
        **report.codes,
    }


def write_outside(report: OutsideReport, fmt: str, path: Path) -> None:
    """Write the report as "csv" or "json" to `path`, whole or not at all."""
    if fmt == "csv":
        write_atomic(path, outside_csv(report))
    else:
        body = json.dumps(outside_json(report), ensure_ascii=False, indent=2, sort_keys=True)
        write_atomic(path, (body + "\n").encode("utf-8"))

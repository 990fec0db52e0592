"""The report as files the coordinator asks for: CSV (for spreadsheets) and JSON (for scripts).

Files are written whole or not at all (`store.atomic`), and only where the user said.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from ...l10n import _
from ...store.atomic import write_atomic
from .aggregate import DUE_SOON_DAYS, ReportData
from .filters import ReportInputError
from .tables import Cell, filter_lines, report_tables, summary_lines


def output_path(out: Path, vault_dir: Path) -> Path:
    """The absolute file to write `out` to; ReportInputError when `out` is a folder, its
    folder does not exist, or it lies inside the vault's folder (an export must never
    replace or sit beside the vault's own files)."""
    if out.is_dir():
        raise ReportInputError("report_out_is_folder", path=out)
    folder = out.parent.resolve()
    if not folder.is_dir():
        raise ReportInputError("report_out_folder", path=out)
    vault = vault_dir.resolve()
    if folder == vault or vault in folder.parents:
        raise ReportInputError("report_out_in_vault")
    return folder / out.name


# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _safe(cell: Cell) -> Cell:
    if isinstance(cell, str) and cell.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def report_csv(data: ReportData, lang: str) -> bytes:
    """The report as one CSV: title, filters, summary, then each table under its title.

    UTF-8 with a byte-order mark so that spreadsheets read the accents right.
    """
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow([_(lang, "Coordination report")])
    out.writerow([_(lang, "Report date: {day}", day=data.today.isoformat())])
    for label, value in filter_lines(data.filters, lang):
        out.writerow([label, _safe(value)])
    out.writerow([])
    out.writerow([_(lang, "Summary")])
    out.writerows(summary_lines(data, lang))
    for table in report_tables(data, lang):
        out.writerow([])
        out.writerow([table.title])
        if table.note:
            out.writerow([table.note])
        out.writerow(table.columns)
        out.writerows([_safe(c) for c in row] for row in table.rows)
    return buf.getvalue().encode("utf-8-sig")


def report_json(data: ReportData) -> dict[str, Any]:
    """The report with stable codes instead of labels (zero cells left out)."""
    f = data.follow_ups
    return {
        "today": data.today.isoformat(),
        "filters": data.filters.to_json(),
        "counts": dict(data.counts),
        "impacts": [
            {"category": c, "sphere": s, "count": n} for (c, s), n in sorted(data.impacts.items())
        ],
        "events": [
            {"event": e, "perpetrator": p, "count": n} for (e, p), n in sorted(data.events.items())
        ],
        "months": list(data.months),
        "urgency_by_month": [
            {"month": m, "urgency": u, "count": n}
            for (m, u), n in sorted(data.urgency_month.items())
        ],
        "regions": [
            {"state": s, "month": m, "kind": k, "count": n}
            for (s, m, k), n in sorted(data.region_month.items())
        ],
        "risk": [
            {
                "subject_id": t.subject_id,
                "alias": t.alias,
                "assessments": [
                    {
                        "date": p.day,
                        "risk_level": p.level.value,
                        **(
                            {"prior_measures": p.prior.measures, "prior_done": p.prior.done}
                            if p.prior
                            else {}
                        ),
                    }
                    for p in t.points
                ],
            }
            for t in data.risk
        ],
        "follow_ups": {
            "open": f.open,
            "due_soon": f.due_soon,
            "overdue": f.overdue,
            "done": f.done,
            "overdue_by_age": dict(f.overdue_by_age),
            "due_soon_days": DUE_SOON_DAYS,
        },
        "plan": {
            "measures": [
                {"type": k or None, "state": st, "count": n}
                for (k, st), n in sorted(data.plan.by_type_state.items())
                if n
            ],
            "overdue_by_type": {k or "none": n for k, n in sorted(data.plan.overdue.items()) if n},
            "overdue_reviews": [
                {"subject_id": r.subject_id, "alias": r.alias, "review_on": r.due, "days": r.days}
                for r in data.plan.reviews
            ],
        },
    }


def write_report_csv(data: ReportData, lang: str, path: Path) -> None:
    write_atomic(path, report_csv(data, lang))


def write_report_json(data: ReportData, path: Path) -> None:
    body = json.dumps(report_json(data), ensure_ascii=False, indent=2, sort_keys=True)
    write_atomic(path, (body + "\n").encode("utf-8"))

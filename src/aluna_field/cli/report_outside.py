"""`report activities` and `report memory`: the reports for outside readers (the
*Informe de actividades* for funders, the *Memoria* for historical memory) as PDF, CSV
or JSON. Coordinators only, like every report.

The PDF is drawn by Qt, so its writer is imported only when a PDF is asked for.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import _
from ..services.reports import ReportFilter, ReportInputError
from ..services.reports.activities_report import build_activities
from ..services.reports.filters import local_today
from ..services.reports.memory_report import build_memory
from ..services.reports.outside import OutsideReport, write_outside
from ..services.reports.words import check_organisation
from .env import CliEnv
from .exit_codes import EXIT_INTERNAL
from .io import InputError, UsageError


def outside_report(
    args: argparse.Namespace,
    env: CliEnv,
    flt: ReportFilter,
    kind: str,
    out: Path,
    target: Path,
) -> int:
    """Build the report `args.what` names and write it as `kind` (pdf, csv, json)."""
    if args.region or args.area:
        # These reports speak for the whole organisation's period; a part of it would
        # read as the whole to someone outside.
        raise UsageError("report_outside_filters")
    try:
        chosen = check_organisation(args.organisation) if args.organisation else None
    except ReportInputError as exc:
        raise InputError(exc.key, **exc.values) from None
    today = local_today(env.ctx.now_ms())
    build = build_activities if args.what == "activities" else build_memory
    with env.session() as s:
        if not s.is_coordinator:
            raise UsageError("report_coordinators_only")
        report = build(s, flt, env.lang, today, chosen)
    if kind == "pdf":
        return _pdf(report, env, out, target)
    try:
        write_outside(report, kind, target)
    except OSError:
        raise InputError("report_write_failed", path=out) from None
    env.tell(_(env.lang, "Report saved to {path}.", path=out))
    return 0


def _pdf(report: OutsideReport, env: CliEnv, out: Path, target: Path) -> int:
    try:
        from ..ui.reports.outside_pdf import write_outside_pdf
    except ImportError:
        env.stderr.write(
            _(env.lang, "The desktop app is not installed (PySide6 is missing).") + "\n"
        )
        return EXIT_INTERNAL
    try:
        write_outside_pdf(report, target)
    except OSError:
        raise InputError("report_write_failed", path=out) from None
    env.tell(_(env.lang, "Report saved to {path}.", path=out))
    return 0

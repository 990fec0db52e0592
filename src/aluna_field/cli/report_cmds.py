"""`report`: the coordinator's report as PDF, CSV or JSON, `report anonymised`, and the
reports for outside readers (`report activities|memory`, report_outside.py).

The PDF is drawn by Qt, so its writer is imported only when a PDF is asked for:
importing the CLI never loads PySide6.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.taxonomy import AccompanimentArea
from ..l10n import _
from ..services.reports import (
    DEFAULT_MIN_CELL,
    ReportData,
    ReportFilter,
    ReportInputError,
    anonymised_dataset,
    build_report,
    parse_day,
    write_anonymised,
    write_report_csv,
    write_report_json,
)
from ..services.reports.anonymised import AREA_LEVELS, BY, check_min_cell
from ..services.reports.anonymised_file import level_words
from ..services.reports.exports import output_path
from ..services.reports.filters import local_today
from ..services.reports.source import has_region
from ..services.reports.words import check_organisation, organisation_name
from ..services.session import Session
from .env import CliEnv
from .exit_codes import EXIT_INTERNAL
from .io import InputError, UsageError
from .report_outside import outside_report

FORMATS = ("pdf", "csv", "json")
OUTSIDE = ("activities", "memory")


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "report",
        help="coordinators: the report as PDF, CSV or JSON; `report anonymised` for partners",
    )
    p.add_argument(
        "what",
        nargs="?",
        choices=["anonymised", "anonymized", "activities", "memory"],
        help="anonymised: the dataset for partners (CSV); activities: the activity report"
        " for funders; memory: the memory report for historical memory",
    )
    p.add_argument("--from", dest="date_from", metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="last day (YYYY-MM-DD)")
    p.add_argument("--format", choices=FORMATS, help="default: from the --out suffix, else pdf")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--region", help="a state (or 'State / Municipality')")
    p.add_argument("--area", choices=AccompanimentArea.codes())
    p.add_argument(
        "--min-cell",
        type=int,
        default=DEFAULT_MIN_CELL,
        metavar="N",
        help=f"anonymised: leave out cells of fewer than N records (default {DEFAULT_MIN_CELL})",
    )
    p.add_argument(
        "--by",
        choices=BY,
        help="anonymised: cells by month, quarter or year (default: the finest with data)",
    )
    p.add_argument(
        "--area-level",
        choices=AREA_LEVELS,
        help="anonymised: cells by state or for the whole country (default: the finest with data)",
    )
    p.add_argument(
        "--organisation",
        metavar="NAME",
        help="the organisation named on outside reports (default: the setting, else the team)",
    )
    p.set_defaults(func=cmd_report)


def _filter(args: argparse.Namespace) -> ReportFilter:
    try:
        start = parse_day(args.date_from, "--from") if args.date_from else None
        end = parse_day(args.date_to, "--to") if args.date_to else None
    except ReportInputError as exc:
        raise UsageError(exc.key, **exc.values) from None
    try:
        area = AccompanimentArea(args.area) if args.area else None
        return ReportFilter(start, end, args.region, area)
    except ReportInputError as exc:
        # A period that ends before it starts is well-formed input that cannot be used.
        raise InputError(exc.key, **exc.values) from None


def _format(args: argparse.Namespace, out: Path) -> str:
    if args.what in ("anonymised", "anonymized"):
        if args.format not in (None, "csv"):
            raise UsageError("report_anonymised_format")
        return "anonymised"
    if args.format:
        return str(args.format)
    suffix = out.suffix.lower().lstrip(".")
    return suffix if suffix in FORMATS else "pdf"


def _check(s: Session, flt: ReportFilter) -> None:
    if not s.is_coordinator:
        raise UsageError("report_coordinators_only")
    if not has_region(s.conn, flt):
        raise InputError("report_unknown_region", region=flt.region)


def cmd_report(args: argparse.Namespace, env: CliEnv) -> int:
    flt = _filter(args)
    out = Path(args.out)
    kind = _format(args, out)
    try:
        target = output_path(out, env.ctx.vault_dir)
    except ReportInputError as exc:
        raise InputError(exc.key, **exc.values) from None
    if kind == "anonymised":
        return _anonymised(args, env, flt, out, target)
    if args.what in OUTSIDE:
        return outside_report(args, env, flt, kind, out, target)
    today = local_today(env.ctx.now_ms())
    with env.session() as s:
        _check(s, flt)
        data = build_report(s, flt, today)
    if kind == "pdf":
        return _pdf(data, env, out, target)
    try:
        if kind == "csv":
            write_report_csv(data, env.lang, target)
        else:
            write_report_json(data, target)
    except OSError:
        raise InputError("report_write_failed", path=out) from None
    env.tell(_(env.lang, "Report saved to {path}.", path=out))
    return 0


def _pdf(data: ReportData, env: CliEnv, out: Path, target: Path) -> int:
    try:
        from ..ui.reports.pdf import write_report_pdf
    except ImportError:
        env.stderr.write(
            _(env.lang, "The desktop app is not installed (PySide6 is missing).") + "\n"
        )
        return EXIT_INTERNAL
    try:
        write_report_pdf(data, env.lang, target)
    except OSError:
        raise InputError("report_write_failed", path=out) from None
    env.tell(_(env.lang, "Report saved to {path}.", path=out))
    return 0


def _anonymised(
    args: argparse.Namespace, env: CliEnv, flt: ReportFilter, out: Path, target: Path
) -> int:
    try:
        check_min_cell(args.min_cell)
        chosen = check_organisation(args.organisation) if args.organisation else None
    except ReportInputError as exc:
        raise InputError(exc.key, **exc.values) from None
    with env.session() as s:
        _check(s, flt)
        dataset = anonymised_dataset(s, flt, args.min_cell, args.by, args.area_level)
        organisation = chosen if chosen is not None else organisation_name(s)
    today = local_today(env.ctx.now_ms())
    try:
        write_anonymised(dataset, target, env.lang, organisation, today)
    except OSError:
        raise InputError("report_write_failed", path=out) from None
    level = dataset.level
    env.tell(
        _(
            env.lang,
            "Anonymised dataset saved to {path} (cells by {level}): {cells} "
            "published, {suppressed} suppressed ({records} with fewer than {k} "
            "records, {subjects} with fewer than {k} different subjects).",
            path=out,
            cells=len(dataset.cells),
            level=" / ".join(level_words(level, env.lang)),
            suppressed=dataset.suppressed_cells,
            records=dataset.suppressed_records,
            subjects=dataset.suppressed_subjects,
            k=dataset.min_cell,
        )
    )
    hint = dataset.suggested
    if hint is None:
        env.tell(
            _(env.lang, "At this threshold no level keeps a cell: the file holds only the header.")
        )
    elif hint != level:
        env.tell(
            _(
                env.lang,
                "Finest level with data: --by {by} --area-level {area}.",
                by=hint.by,
                area=hint.area,
            )
        )
    return 0

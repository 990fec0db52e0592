"""Coordinator reports: aggregates of every merged record, their tables, and the exports.

No Qt here: the CLI and the reports screen both call these functions.
"""

from __future__ import annotations

from .aggregate import FollowUpSummary, ReportData, RiskPoint, SubjectTrend, build_report
from .anonymised import DEFAULT_MIN_CELL, AnonymisedDataset, Level, anonymised_dataset
from .anonymised_file import anonymised_csv, suppression_line, write_anonymised
from .exports import report_csv, report_json, write_report_csv, write_report_json
from .filters import ReportFilter, ReportInputError, parse_day
from .source import region_names
from .tables import Table, filter_lines, report_tables

__all__ = [
    "DEFAULT_MIN_CELL",
    "AnonymisedDataset",
    "FollowUpSummary",
    "Level",
    "ReportData",
    "ReportFilter",
    "ReportInputError",
    "RiskPoint",
    "SubjectTrend",
    "Table",
    "anonymised_csv",
    "anonymised_dataset",
    "build_report",
    "filter_lines",
    "parse_day",
    "region_names",
    "report_csv",
    "report_json",
    "report_tables",
    "suppression_line",
    "write_anonymised",
    "write_report_csv",
    "write_report_json",
]

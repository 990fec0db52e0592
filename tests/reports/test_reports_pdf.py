"""The PDF writer on its own: many pages, headings repeated, text that stays text."""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from aluna_field.domain.taxonomy import RiskLevel
from aluna_field.services.reports import FollowUpSummary, ReportData, ReportFilter
from aluna_field.services.reports.aggregate import RiskPoint, SubjectTrend
from aluna_field.ui.reports.pdf import render_pdf, write_report_pdf


def _many_subjects(n: int) -> ReportData:
    levels = list(RiskLevel)
    trends = tuple(
        SubjectTrend(
            f"{i:032x}",
            f"Alias de prueba {i:03d}",
            (
                RiskPoint("2025-02-01", levels[i % 4]),
                RiskPoint("2025-08-01", levels[(i + 1) % 4]),
            ),
        )
        for i in range(n)
    )
    return ReportData(
        filters=ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31), region="Chiapas"),
        today=dt.date(2025, 12, 31),
        counts={
            "crisis-note": 0,
            "impact-observation": 0,
            "risk-assessment": 2 * n,
            "follow-up": 0,
        },
        impacts=Counter(),
        events=Counter(),
        region_month=Counter({("Chiapas", "2025-02", "risk-assessment"): n}),
        urgency_month=Counter(),
        months=tuple(f"2025-{m:02d}" for m in range(1, 13)),
        risk=trends,
        follow_ups=FollowUpSummary(overdue_by_age={"1-7": 0, "8-30": 0, "31-90": 0, "91+": 0}),
    )


def _text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def test_long_tables_run_over_pages(qapp: Any, tmp_path: Path) -> None:
    target = tmp_path / "long.pdf"
    write_report_pdf(_many_subjects(150), "es", target)
    words = _text(target)
    pages = words.count("\f")
    assert pages >= 6 and f"Página {pages}" in words
    # The table's heading is repeated on every page it runs over.
    assert words.count("Nivel de riesgo") >= 4
    assert "Alias de prueba 000" in words and "Alias de prueba 149" in words
    assert "Sin datos para estos filtros." in words  # the empty charts say so
    assert "Región: Chiapas" in words


def test_rendered_in_memory_with_neutral_metadata(qapp: Any) -> None:
    pdf = render_pdf(_many_subjects(3), "en")
    words = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True).stdout
    assert b"Alias de prueba 002" in words and b"Risk level by subject" in words
    info = subprocess.run(["pdfinfo", "-"], input=pdf, capture_output=True).stdout.decode()
    fields = dict(line.split(":", 1) for line in info.splitlines() if ":" in line)
    assert fields["Title"].strip() == "Coordination report"
    assert fields["Creator"].strip() == "Aluna Field"
    assert "Alias" not in info

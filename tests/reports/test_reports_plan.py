"""The protection plan in reports, on a real vault: measures by type and state (overdue
ones apart), overdue reviews of each subject's latest analysis, and beside each level
how much of the previous analysis's plan is done; in the tables, CSV, JSON and PDF,
with no measure's text, who, or a real name. Fictional data."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path
from typing import Any

from aluna_field.services.context import AppContext
from aluna_field.services.reports import ReportFilter, build_report, report_csv, report_json
from aluna_field.services.reports.plan_data import OverdueReview, PriorPlan
from aluna_field.services.reports.tables import report_tables
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE

TODAY = dt.date(2025, 4, 1)
WHO = "Acompañante Inventada Jade"
REAL_NAME = "Nombre Real Inventado Tres"


def _m(mid: str, kind: str | None, state: str, by: str | None = None) -> dict[str, Any]:
    m: dict[str, Any] = {"id": mid, "what": f"Medida secreta inventada {mid}", "who": WHO}
    m["state"] = state
    if kind:
        m["type"] = kind
    if by:
        m["by"] = by
    return m


def _risk(subject: str, on: str, review: str, measures: list[Any]) -> dict[str, Any]:
    return {
        "subject_id": subject,
        "assessed_on": on,
        "threats": [{"id": "t1", "description": "Amenaza inventada", "score": 4}],
        "vulnerabilities": [{"id": "v1", "description": "Vulnerabilidad inventada", "score": 3}],
        "capacities": [{"id": "c1", "description": "Capacidad inventada", "score": 2}],
        "measures": measures,
        "next_review_on": review,
    }


def _fill(s: Session) -> dict[str, str]:
    subject = {"type": "person", "alias": "Garza Ficticia", "region": "Chiapas"}
    s1 = s.add("subject", {**subject, "real_name": REAL_NAME})[0]
    s2 = s.add("subject", {"type": "collective", "alias": "Colectivo Ficticio", "region": "Cauca"})
    first = [
        _m("m1", "reduce_threat", "done", "2025-01-20"),
        _m("m2", "reduce_vulnerability", "pending", "2025-02-01"),  # overdue
        _m("m3", "strengthen_capacity", "dropped", "2025-02-01"),  # dropped: never overdue
        _m("m4", None, "in_progress", "2025-05-01"),  # not yet due
    ]
    s.add("risk-assessment", _risk(s1, "2025-01-05", "2025-03-01", first))
    second = [_m("m5", "strengthen_capacity", "pending")]
    s.add("risk-assessment", _risk(s1, "2025-03-05", "2025-03-20", second))
    s.add("risk-assessment", _risk(s2[0], "2025-02-10", "2025-06-01", []))
    return {"s1": s1, "s2": s2[0]}


def test_plan_in_the_report(ctx: AppContext, tmp_path: Path) -> None:
    with create_vault(ctx, PASSPHRASE, "Coordinación Ficticia", "coordinator", "Equipo") as s:
        ids = _fill(s)
        data = build_report(s, ReportFilter(), TODAY)
    plan = data.plan
    assert {k: n for k, n in plan.by_type_state.items() if n} == {
        ("reduce_threat", "done"): 1,
        ("reduce_vulnerability", "pending"): 1,
        ("strengthen_capacity", "dropped"): 1,
        ("strengthen_capacity", "pending"): 1,
        ("", "in_progress"): 1,
    }
    assert {k: n for k, n in plan.overdue.items() if n} == {"reduce_vulnerability": 1}
    # The first analysis's review (2025-03-01) was answered by the second one.
    assert plan.reviews == (OverdueReview(ids["s1"], "Garza Ficticia", "2025-03-20", 12),)
    trend = next(t for t in data.risk if t.subject_id == ids["s1"])
    assert [p.prior for p in trend.points] == [None, PriorPlan(4, 1)]

    tables = {t.key: t for t in report_tables(data, "es")}
    assert tables["plan"].columns == (
        "Tipo de medida",
        "Pendiente",
        "En curso",
        "Hecha",
        "Descartada",
        "Total",
        "Vencidas",
    )
    assert tables["plan"].rows == (
        ("Reducir una amenaza", 0, 0, 1, 0, 1, 0),
        ("Reducir una vulnerabilidad", 1, 0, 0, 0, 1, 1),
        ("Fortalecer una capacidad", 1, 0, 0, 1, 2, 0),
        ("Sin tipo", 0, 1, 0, 0, 1, 0),
    )
    assert tables["reviews"].rows == (("Garza Ficticia", "2025-03-20", 12),)
    risk_rows = [r for r in tables["risk"].rows if r[0] == "Garza Ficticia"]
    assert [r[1:] for r in risk_rows] == [
        ("2025-01-05", "Alto", "—", "—"),
        ("2025-03-05", "Alto", 4, 1),
    ]
    csv = report_csv(data, "en").decode("utf-8-sig")
    assert "Protection plan measures" in csv and "Overdue reviews of the analysis" in csv
    blob = csv + json.dumps(report_json(data), ensure_ascii=False)
    assert report_json(data)["plan"]["overdue_reviews"][0]["days"] == 12
    for secret in ("Medida secreta", WHO, REAL_NAME):
        assert secret not in blob


def test_plan_sections_in_the_pdf(qapp: Any, ctx: AppContext, tmp_path: Path) -> None:
    from aluna_field.ui.reports.pdf import write_report_pdf

    with create_vault(ctx, PASSPHRASE, "Coordinación Ficticia", "coordinator", "Equipo") as s:
        _fill(s)
        data = build_report(s, ReportFilter(), TODAY)
    out = tmp_path / "plan.pdf"
    write_report_pdf(data, "es", out)
    words = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    for heading in (
        "Medidas del plan de protección",
        "Revisiones del análisis vencidas",
        "Medidas del análisis anterior",
    ):
        assert heading in words
    for secret in ("Medida secreta", WHO, REAL_NAME):
        assert secret not in words
    write_report_pdf(data, "es", Path("/tmp/plan_report_es.pdf"))

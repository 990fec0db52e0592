"""Reports benchmark: every aggregate over 100,000 records (target < 1 s), the anonymised
dataset, and the PDF report (target < 5 s).

Limit measured in the same run: reading the materialised state of every live record in
one query and nothing else, the floor under any report built from the records table.
All records are fictional and generated from a fixed seed.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from aluna_field.domain.taxonomy import (
    AccompanimentArea,
    EventType,
    ImpactCategory,
    PerpetratorType,
    Sphere,
    Urgency,
)
from aluna_field.services.context import AppContext
from aluna_field.services.reports import ReportFilter, anonymised_dataset, build_report
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.store.kdf import Argon2Params, KdfPolicy

from .common import Figure, scratch, timed

PASS = "frase ficticia de benchmark de reportes"
STATES = ("Oaxaca", "Guerrero", "Chiapas", "Michoacán", "Veracruz", "Cauca", "Antioquia", "Nariño")
START = dt.date(2023, 1, 1)
DAYS = 3 * 365
CHUNK = 5_000
# The vault's KDF is not what this measures: the cheapest parameters keep set-up short.
CHEAP = KdfPolicy(
    fixed=Argon2Params(memory_kib=1024, iterations=1, lanes=1), allow_below_floor=True
)


def _day(rng: random.Random) -> str:
    return (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat()


def _add(s: Session, kind: str, records: list[dict[str, Any]]) -> list[str]:
    ids: list[str] = []
    for i in range(0, len(records), CHUNK):
        ids += s.add(kind, records[i : i + CHUNK])
    return ids


def fill(s: Session, n: int, seed: int = 2026) -> int:
    """About n fictional records of every kind; returns how many were added."""
    rng = random.Random(seed)
    subjects = _add(
        s,
        "subject",
        [
            {
                "type": rng.choice(["person", "collective", "organization", "community"]),
                "alias": f"Alias ficticio {i}",
                "region": f"{rng.choice(STATES)} / Municipio inventado {i % 40}",
            }
            for i in range(max(20, n // 20))
        ],
    )

    def some() -> list[str]:
        return rng.sample(subjects, rng.choice([1, 1, 1, 2]))

    accompaniments = [
        {"subject_ids": some(), "area": rng.choice(AccompanimentArea.codes())}
        for _ in range(max(5, n // 50))
    ]
    crises = [
        {
            "subject_ids": some(),
            "occurred_at": _day(rng) + "T10:00:00",
            "event": rng.choice(EventType.codes()),
            "perpetrator": rng.choice(PerpetratorType.codes()),
            "urgency": rng.choice(Urgency.codes()),
            "narrative": f"Relato inventado número {i} para medir reportes",
        }
        for i in range(int(n * 0.35))
    ]
    impacts = [
        {
            "subject_ids": some(),
            "observed_on": _day(rng),
            "sphere": rng.choice(Sphere.codes()),
            "categories": rng.sample(ImpactCategory.codes(), rng.randint(1, 3)),
            "intensity": rng.randint(0, 4),
            "narrative": f"Observación inventada {i}",
        }
        for i in range(int(n * 0.3))
    ]
    risks = [
        {
            "subject_id": rng.choice(subjects),
            "assessed_on": _day(rng),
            "threats": [{"description": "Amenaza inventada", "score": rng.randint(1, 5)}],
            "vulnerabilities": [{"description": "Vulnerabilidad", "score": rng.randint(1, 5)}],
            "capacities": [{"description": "Capacidad", "score": rng.randint(1, 5)}],
        }
        for _ in range(int(n * 0.18))
    ]
    total = len(subjects)
    for kind, records in (
        ("accompaniment", accompaniments),
        ("crisis-note", crises),
        ("impact-observation", impacts),
        ("risk-assessment", risks),
    ):
        ids = _add(s, kind, records)
        total += len(ids)
        if kind == "crisis-note":
            targets = ids
    follow_ups = [
        {
            "record_id": rng.choice(targets),
            "due_on": _day(rng),
            "description": "Tarea inventada",
            "done": rng.random() < 0.4,
        }
        for _ in range(n - total)
    ]
    return total + len(_add(s, "follow-up", follow_ups))


def run(scale: float = 1.0) -> list[Figure]:
    from aluna_field.ui.reports.pdf import ensure_app, render_pdf

    app = ensure_app()
    n = max(2_000, int(100_000 * scale))
    today = START + dt.timedelta(days=DAYS)
    year = ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    with scratch("reports") as root:
        ctx = AppContext(vault_dir=root / "v", lang="es", kdf_policy=CHEAP)
        with create_vault(ctx, PASS, "Coordinación Benchmark", "coordinator") as s:
            count = fill(s, n)
            raw = timed(
                lambda: s.conn.execute("SELECT state FROM records WHERE deleted = 0").fetchall(),
                repeat=3,
            )
            everything = timed(lambda: build_report(s, ReportFilter(), today), repeat=3)
            one_year = timed(lambda: build_report(s, year, today), repeat=3)
            anonymised = timed(
                lambda: anonymised_dataset(s, ReportFilter(), by="month", area="state"), repeat=3
            )
            data = build_report(s, ReportFilter(), today)
        pages: list[bytes] = []
        pdf = timed(lambda: pages.append(render_pdf(data, "es")), repeat=1)
    del app
    note = f"{count:,} records"
    limit = "read every live record's state (one query)"

    def timing(name: str, seconds: float, target: str = "< 1 s") -> Figure:
        return Figure("reports", name, seconds, "s", "lower", limit, raw, target=target, note=note)

    return [
        timing("all aggregates, whole vault", everything),
        timing("all aggregates, one year", one_year),
        timing("anonymised dataset, whole vault", anonymised),
        Figure(
            "reports",
            "PDF report, whole vault",
            pdf,
            "s",
            better="lower",
            target="< 5 s",
            note=f"{note}; {len(pages[0]) / 1e6:.1f} MB",
        ),
    ]

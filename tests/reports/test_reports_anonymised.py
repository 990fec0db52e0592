"""The anonymised dataset: counts only, coarse dates and states, small cells suppressed,
and none of the free text, names or ids the fictional records hold."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from typing import Any

import pytest

from aluna_field.services.context import AppContext
from aluna_field.services.reports import (
    AnonymisedDataset,
    ReportFilter,
    ReportInputError,
    anonymised_csv,
)
from aluna_field.services.reports.anonymised import COLUMNS, Level, anonymised_dataset
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from support import PASSPHRASE

SECRET_REGION = "Persona Secreta Inventada"


class Vault:
    def __init__(self, session: Session) -> None:
        self.s = session
        self.texts: list[str] = []
        self.ids: list[str] = []
        self.guerrero: list[str] = []

    def subject(self, alias: str, region: str, name: str | None = None) -> str:
        rec: dict[str, Any] = {"type": "person", "alias": alias, "region": region}
        if name:
            rec["real_name"] = name
            self.texts.append(name)
        self.texts.append(alias)
        sid = self.s.add("subject", rec)[0]
        self.ids.append(sid)
        return sid

    def crises(self, subjects: list[str], day: str, event: str, perp: str, urgency: str) -> None:
        records = []
        for i, sid in enumerate(subjects):
            narrative = f"Relato secreto inventado {event} {day} {i}"
            self.texts.append(narrative)
            records.append(
                {
                    "subject_ids": [sid],
                    "occurred_at": f"{day}T0{i % 10}:15:00",
                    "event": event,
                    "perpetrator": perp,
                    "urgency": urgency,
                    "narrative": narrative,
                    "agreements": f"Acuerdo secreto {i}",
                }
            )
        self.ids += self.s.add("crisis-note", records)


@pytest.fixture
def vault(ctx: AppContext) -> Iterator[Vault]:
    with create_vault(ctx, PASSPHRASE, "Coordinación Ficticia", "coordinator") as s:
        v = Vault(s)
        guerrero = [
            v.subject(f"Alias Masivo {i}", "Guerrero / Chilpancingo", f"Nombre Falso {i}")
            for i in range(7)
        ]
        v.guerrero = guerrero
        hidden = [v.subject(f"Alias Oculto {i}", SECRET_REGION) for i in range(5)]
        city = [v.subject(f"Alias Capital {i}", "CDMX") for i in range(4)]
        v.crises(guerrero[:6], "2025-05-14", "threat", "state_police", "high")
        v.crises(guerrero[:2], "2025-05-20", "torture", "state_military", "critical")
        v.crises(hidden, "2025-06-03", "attack", "paramilitary", "medium")
        v.crises(city, "2025-07-09", "harassment", "business", "low")
        observations = []
        for i, sid in enumerate(guerrero):
            narrative = f"Observación secreta inventada {i}"
            v.texts += [narrative, f"Resistencia secreta {i}"]
            observations.append(
                {
                    "subject_ids": [sid],
                    "observed_on": "2025-05-02",
                    "sphere": "individual",
                    "categories": ["fear", "stress_weariness"],
                    "intensity": 3,
                    "narrative": narrative,
                    "resistance": f"Resistencia secreta {i}",
                }
            )
        v.ids += s.add("impact-observation", observations)
        risks = [
            {
                "subject_id": sid,
                "assessed_on": "2025-05-28",
                "threats": [{"description": f"Amenaza secreta {i}", "score": 4}],
                "vulnerabilities": [{"description": "Vulnerabilidad secreta", "score": 4}],
                "capacities": [{"description": "Capacidad secreta", "score": 2}],
            }
            for i, sid in enumerate(guerrero[:5])
        ]
        v.texts += [f"Amenaza secreta {i}" for i in range(5)]
        v.ids += s.add("risk-assessment", risks)
        v.ids.append(s.identity.device_id)
        v.texts.append("Coordinación Ficticia")
        yield v


TODAY = dt.date(2026, 1, 15)


def _csv(dataset: AnonymisedDataset, lang: str = "en") -> bytes:
    return anonymised_csv(dataset, lang, "Organización Ficticia de Prueba", TODAY)


def _rows(data: bytes) -> list[dict[str, str]]:
    lines = [ln for ln in data.decode("utf-8").splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(io.StringIO("\n".join(lines))))


def _cells(rows: list[dict[str, str]]) -> set[tuple[str, ...]]:
    return {tuple(v for v in r.values() if v) for r in rows}


def test_only_cells_of_five_or_more_are_kept(vault: Vault) -> None:
    dataset = anonymised_dataset(vault.s, ReportFilter())
    rows = _rows(_csv(dataset))
    assert list(rows[0]) == list(COLUMNS)
    assert _cells(rows) == {
        ("events", "2025-05", "MX", "Guerrero", "threat", "state_police", "6"),
        ("urgency", "2025-05", "MX", "Guerrero", "high", "6"),
        ("events", "2025-06", "other", "other", "attack", "paramilitary", "5"),
        ("urgency", "2025-06", "other", "other", "medium", "5"),
        ("impacts", "2025-05", "MX", "Guerrero", "individual", "fear", "7"),
        ("impacts", "2025-05", "MX", "Guerrero", "individual", "stress_weariness", "7"),
        ("risk", "2025-05", "MX", "Guerrero", "high", "5"),
    }
    # torture (2) and the capital's harassment (4), in the events and urgency tables
    assert dataset.suppressed_cells == 4
    assert all(int(r["count"]) >= 5 for r in rows)


def test_a_lower_threshold_keeps_more_but_never_below_the_floor(vault: Vault) -> None:
    rows = _rows(_csv(anonymised_dataset(vault.s, ReportFilter(), min_cell=3)))
    expected = ("events", "2025-07", "MX", "Ciudad de México", "harassment", "business", "4")
    assert expected in _cells(rows)
    assert not any(r["event"] == "torture" for r in rows)  # 2 records: still suppressed
    with pytest.raises(ReportInputError) as refused:
        anonymised_dataset(vault.s, ReportFilter(), min_cell=2)
    assert refused.value.key == "report_min_cell"


def test_many_records_about_one_subject_stay_hidden(vault: Vault) -> None:
    vault.crises([vault.guerrero[0]] * 6, "2025-09-10", "raid", "state_military", "critical")
    rows = _rows(_csv(anonymised_dataset(vault.s, ReportFilter())))
    # Six raids, one collective: a published "6" would point straight at it.
    assert not any(r["period"] == "2025-09" for r in rows)


def test_no_text_names_ids_or_days_leave(vault: Vault) -> None:
    data = _csv(anonymised_dataset(vault.s, ReportFilter(), min_cell=3))
    text = data.decode("utf-8")
    needles = [*vault.texts, *vault.ids, SECRET_REGION, "Chilpancingo", "Secreta", "Masivo"]
    needles += ["2025-05-14", "2025-06-03", "2025-05-28"]
    found = [n for n in needles if n.casefold() in text.casefold()]
    assert found == []
    # Below the `#` lines (the file's own words), only codes and counts.
    rows = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
    assert not any(n.casefold() in rows.casefold() for n in ("Relato", "Alias", "Nombre"))


def test_filters_apply(vault: Vault) -> None:
    rows = _rows(_csv(anonymised_dataset(vault.s, ReportFilter(region="guerrero"))))
    assert {r["state"] for r in rows} == {"Guerrero"}
    assert len(rows) == 5


def test_reopened_vault_gives_the_same_dataset(ctx: AppContext, vault: Vault) -> None:
    vault.s.close()
    with open_vault(ctx, PASSPHRASE) as s:
        dataset = anonymised_dataset(s, ReportFilter())
    rows = dataset.rows()
    assert len(rows) == 7 and all(len(r) == len(COLUMNS) for r in rows)


def test_coarser_levels_merge_cells_and_the_finest_with_data_is_suggested(vault: Vault) -> None:
    # At k = 7 only Guerrero's impacts (7 observations, 7 subjects) are left.
    fine = anonymised_dataset(vault.s, ReportFilter(), min_cell=7, by="month", area="state")
    assert fine.level == Level("month", "state") and len(fine.cells) == 2
    national = anonymised_dataset(vault.s, ReportFilter(), min_cell=3, by="year", area="country")
    rows = _rows(_csv(national))
    assert {r["period"] for r in rows} == {"2025"} and {r["state"] for r in rows} == {""}
    assert national.cells[("events", "2025", "MX", "", "threat", "state_police")] == 6
    assert national.cells[("events", "2025", "MX", "", "harassment", "business")] == 4
    # The capital's four notes are the only low-urgency ones.
    assert national.cells[("urgency", "2025", "MX", "", "low")] == 4
    assert national.suggested == Level("month", "state")
    quarter = anonymised_dataset(vault.s, ReportFilter(), min_cell=3, by="quarter", area="state")
    assert quarter.cells[("events", "2025-Q2", "MX", "Guerrero", "threat", "state_police")] == 6
    # Left open, the level is the finest that keeps a cell; with none, the coarsest.
    assert anonymised_dataset(vault.s, ReportFilter(), min_cell=7).level == Level()
    empty = anonymised_dataset(vault.s, ReportFilter(), min_cell=8)
    assert empty.suggested is None and empty.level == Level("year", "country")
    assert empty.cells == {} and empty.suppressed_cells > 0
    by_year = anonymised_dataset(vault.s, ReportFilter(), min_cell=3, by="year")
    assert by_year.level == Level("year", "state")


def test_the_file_says_who_what_period_and_how_many_were_suppressed(vault: Vault) -> None:
    flt = ReportFilter(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    dataset = anonymised_dataset(vault.s, flt, by="year", area="state")
    text = _csv(dataset, "es").decode("utf-8")
    top = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert top[:3] == [
        "# Datos anonimizados",
        "# Organización: Organización Ficticia de Prueba",
        "# Periodo: del 1 de enero al 31 de diciembre de 2025",
    ]
    assert "# Celdas por año y estado o departamento" in top[3]
    assert top[4] == f"# Celdas publicadas: {len(dataset.cells)}."
    why = top[5]
    assert dataset.suppressed_cells > 0
    assert why.startswith(f"# Celdas suprimidas: {dataset.suppressed_cells} (")
    assert "menos de 5 registros" in why and "menos de 5 sujetos distintos" in why
    english = _csv(dataset, "en").decode("utf-8")
    assert "# Period: from 1 January to 31 December 2025" in english
    assert text.splitlines()[len(top)] == ",".join(COLUMNS)


def test_an_unknown_level_is_refused(vault: Vault) -> None:
    for by, area in (("week", "state"), ("year", "municipality")):
        with pytest.raises(ReportInputError):
            anonymised_dataset(vault.s, ReportFilter(), by=by, area=area)

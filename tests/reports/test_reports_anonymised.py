"""The anonymised dataset: counts only, coarse dates and states, small cells suppressed,
and none of the free text, names or ids the fictional records hold."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

import pytest

from aluna_field.services.context import AppContext
from aluna_field.services.reports import ReportFilter, ReportInputError, anonymised_csv
from aluna_field.services.reports.anonymised import COLUMNS, anonymised_dataset
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


def _rows(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8"))))


def _cells(rows: list[dict[str, str]]) -> set[tuple[str, ...]]:
    return {tuple(v for v in r.values() if v) for r in rows}


def test_only_cells_of_five_or_more_are_kept(vault: Vault) -> None:
    dataset = anonymised_dataset(vault.s, ReportFilter())
    rows = _rows(anonymised_csv(dataset))
    assert list(rows[0]) == list(COLUMNS)
    assert _cells(rows) == {
        ("events", "2025-05", "Guerrero", "threat", "state_police", "6"),
        ("urgency", "2025-05", "Guerrero", "high", "6"),
        ("events", "2025-06", "other", "attack", "paramilitary", "5"),
        ("urgency", "2025-06", "other", "medium", "5"),
        ("impacts", "2025-05", "Guerrero", "individual", "fear", "7"),
        ("impacts", "2025-05", "Guerrero", "individual", "stress_weariness", "7"),
        ("risk", "2025-05", "Guerrero", "high", "5"),
    }
    # torture (2) and the capital's harassment (4), in the events and urgency tables
    assert dataset.suppressed_cells == 4
    assert all(int(r["count"]) >= 5 for r in rows)


def test_a_lower_threshold_keeps_more_but_never_below_the_floor(vault: Vault) -> None:
    rows = _rows(anonymised_csv(anonymised_dataset(vault.s, ReportFilter(), min_cell=3)))
    assert ("events", "2025-07", "Ciudad de México", "harassment", "business", "4") in _cells(rows)
    assert not any(r["event"] == "torture" for r in rows)  # 2 records: still suppressed
    with pytest.raises(ReportInputError) as refused:
        anonymised_dataset(vault.s, ReportFilter(), min_cell=2)
    assert refused.value.key == "report_min_cell"


def test_many_records_about_one_subject_stay_hidden(vault: Vault) -> None:
    vault.crises([vault.guerrero[0]] * 6, "2025-09-10", "raid", "state_military", "critical")
    rows = _rows(anonymised_csv(anonymised_dataset(vault.s, ReportFilter())))
    # Six raids, one collective: a published "6" would point straight at it.
    assert not any(r["month"] == "2025-09" for r in rows)


def test_no_text_names_ids_or_days_leave(vault: Vault) -> None:
    data = anonymised_csv(anonymised_dataset(vault.s, ReportFilter(), min_cell=3))
    text = data.decode("utf-8")
    needles = [*vault.texts, *vault.ids, SECRET_REGION, "Chilpancingo", "Secreta", "Masivo"]
    needles += ["2025-05-14", "2025-06-03", "2025-05-28", "Relato", "Alias"]
    found = [n for n in needles if n.casefold() in text.casefold()]
    assert found == []


def test_filters_apply(vault: Vault) -> None:
    rows = _rows(anonymised_csv(anonymised_dataset(vault.s, ReportFilter(region="guerrero"))))
    assert {r["state"] for r in rows} == {"Guerrero"}
    assert len(rows) == 5


def test_reopened_vault_gives_the_same_dataset(ctx: AppContext, vault: Vault) -> None:
    vault.s.close()
    with open_vault(ctx, PASSPHRASE) as s:
        dataset = anonymised_dataset(s, ReportFilter())
    rows = dataset.rows()
    assert len(rows) == 7 and all(len(r) == len(COLUMNS) for r in rows)

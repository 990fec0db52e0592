"""`report activities` and `report memory` (the reports for outside readers) through the
CLI on the training vault: counts that match `list --json`, PDF/CSV/JSON in both
languages with nothing that names anyone, and every refusal."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from reports_sample import coordinator_vault

from aluna_field.services.context import AppContext
from aluna_field.services.demo import ACCOMPANIERS, MARKER, TEAM
from aluna_field.services.reports.filters import local_today

YEAR = ("--from", "2026-01-01", "--to", "2026-12-31")
# Free-text fields of every kind: none of their values may reach an outside report.
FREE_TEXT = (
    "alias", "real_name", "notes", "narrative", "title", "state_observed", "agreements",
    "topics", "method", "evaluation", "lessons", "description", "assignee", "resistance",
)  # fmt: skip


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.fixture
def records(cli: Any) -> list[dict[str, Any]]:
    assert cli("demo").code == 0
    # Two observations more, one naming a mechanism the training vault never codes.
    subject = next(r for r in json.loads(cli("list", "--json").out) if r["kind"] == "subject")
    for mechanisms in (["support_networks", "memory_work"], ["support_networks"]):
        obs = {
            "subject_ids": [subject["id"]],
            "observed_on": "2026-05-02",
            "sphere": "social",
            "categories": ["fear"],
            "intensity": 2,
            "resistance_mechanisms": mechanisms,
            "resistance": "Texto libre inventado de resistencia",
        }
        assert cli("add", "impact-observation", "--json", "-", stdin=json.dumps(obs)).code == 0
    listed: list[dict[str, Any]] = json.loads(cli("list", "--json").out)
    return listed


def _in_2026(day: str | None) -> bool:
    return bool(day) and str(day).startswith("2026")


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _secrets(records: list[dict[str, Any]]) -> set[str]:
    found = {MARKER, *ACCOMPANIERS}
    for r in records:
        for name in FREE_TEXT:
            value = r.get(name)
            if isinstance(value, str) and len(value) > 12:
                found.add(value)
    return found


def test_activity_report_counts_match_list_json(
    cli: Any, ctx: AppContext, records: list[dict[str, Any]], out: Path
) -> None:
    r = cli("report", "activities", *YEAR, "--out", str(out / "a.json"))
    assert r.code == 0, r.err
    data = json.loads((out / "a.json").read_text())
    assert data["report"] == "activities" and data["organisation"] == TEAM
    subjects = {r["id"]: r for r in records if r["kind"] == "subject"}
    scoped = [
        a
        for a in records
        if a["kind"] == "accompaniment"
        and (
            _in_2026(a.get("started_on"))
            or (a["status"] != "closed" and (a.get("started_on") or "") <= "2026-12-31")
        )
    ]
    status = Counter((a["area"], a["status"]) for a in scoped)
    assert data["accompaniments"] == [
        {"area": a, "status": s, "count": n} for (a, s), n in sorted(status.items())
    ]
    accompanied = {sid for a in scoped for sid in a["subject_ids"] if sid in subjects}
    assert data["subjects"] == len(accompanied) > 0
    assert data["subjects_by_type"] == dict(Counter(subjects[s]["type"] for s in accompanied))
    fields = Counter(f for s in accompanied for f in subjects[s].get("field_of_work") or [])
    assert {k: v for k, v in data["subjects_by_field_of_work"].items() if k != "not_recorded"} == (
        dict(fields)
    )
    by_area = {
        a: {s for x in scoped if x["area"] == a for s in x["subject_ids"]}
        for a in {area for area, _s in status}
    }
    assert data["subjects_by_area"] == {a: len(s) for a, s in by_area.items() if s}
    notes = [n for n in records if n["kind"] == "crisis-note" and _in_2026(n["occurred_at"])]
    assert data["interventions"] == dict(
        Counter(i for n in notes for i in (n.get("interventions") or []))
    )
    referred = [
        n for n in notes if any(i.startswith("referral_") for i in (n.get("interventions") or []))
    ]
    assert data["crisis_notes_with_referral"] == len(referred)
    activities = [a for a in records if a["kind"] == "activity" and _in_2026(a["held_on"])]
    assert data["activities_by_area"] == dict(Counter(a["area"] for a in activities))
    assert data["activities_by_type"] == dict(Counter(a["type"] for a in activities))
    women = Counter[str]()
    for a in activities:
        women[a["area"]] += (a.get("participants") or {}).get("women", 0)
    assert {a: c["women"] for a, c in data["participants_by_area"].items()} == dict(women)
    # Team care is counted as such, with no subject named.
    assert data["activities_by_area"]["team_care"] > 0
    assert all(not a.get("subject_ids") for a in activities if a["area"] == "team_care")
    due = [f for f in records if f["kind"] == "follow-up" and _in_2026(f["due_on"])]
    fu = data["follow_ups"]
    done = fu.get("on_time", 0) + fu.get("late", 0) + fu.get("done_unknown", 0)
    assert done == sum(1 for f in due if f["done"])
    today = local_today(ctx.now_ms()).isoformat()
    assert fu.get("overdue", 0) == sum(1 for f in due if not f["done"] and f["due_on"] < today)
    assert sum(fu.values()) == len(due)


def test_memory_counts_match_list_json(records: list[dict[str, Any]], cli: Any, out: Path) -> None:
    r = cli("report", "memory", *YEAR, "--out", str(out / "m.json"))
    assert r.code == 0, r.err
    data = json.loads((out / "m.json").read_text())
    notes = [n for n in records if n["kind"] == "crisis-note" and _in_2026(n["occurred_at"])]
    assert data["events"] == len(notes) > 0
    assert data["events_by_type"] == dict(Counter(n["event"] for n in notes))
    pairs: Counter[tuple[str, str]] = Counter()
    for n in notes:
        known = [p for p in (n.get("perpetrator") or []) if p != "unknown"] or ["unknown"]
        pairs.update((n["event"], p) for p in known)
    assert {
        (e["event"], e["perpetrator"]): e["count"] for e in data["events_by_type_and_perpetrator"]
    } == dict(pairs)
    # An event with two perpetrators is counted under each.
    assert sum(pairs.values()) > len(notes)
    roles = Counter(role for n in notes for role in (n.get("state_role") or ["not_recorded"]))
    assert data["state_role"] == dict(roles)
    justice = Counter(n.get("justice_status") or "not_recorded" for n in notes)
    assert data["justice_status"] == dict(justice)
    recorded = sum(n for k, n in justice.items() if k != "not_recorded")
    impunity = recorded - justice["sentence"]
    assert data["impunity"] == {
        "statuses": [
            "no_complaint",
            "complaint_filed",
            "under_investigation",
            "closed_without_result",
        ],
        "count": impunity,
        "of": recorded,
    }
    obs = [o for o in records if o["kind"] == "impact-observation" and _in_2026(o["observed_on"])]
    assert data["impact_observations"] == len(obs)
    assert data["impacts_by_sphere"] == dict(Counter(o["sphere"] for o in obs))
    mechanisms = Counter(m for o in obs for m in o.get("resistance_mechanisms") or [])
    assert data["resistance_mechanisms"] == dict(mechanisms)
    assert mechanisms["memory_work"] == 1 and mechanisms["support_networks"] >= 2
    quarters = Counter(f"2026-Q{(int(n['occurred_at'][5:7]) - 1) // 3 + 1}" for n in notes)
    by_time = Counter[str]()
    for row in data["events_by_type_over_time"]:
        by_time[row["period"]] += row["count"]
    assert data["time_axis"] == "quarter" and by_time == quarters


@pytest.mark.parametrize("kind", ["activities", "memory"])
def test_pdf_and_csv_in_both_languages_name_no_one(
    cli: Any, records: list[dict[str, Any]], out: Path, kind: str
) -> None:
    secrets = _secrets(records)
    aliases = {r["alias"] for r in records if r["kind"] == "subject"}
    assert aliases & secrets  # the scan looks for every alias (all are long enough)
    titles = {
        "activities": ("Informe de actividades", "Activity report"),
        "memory": ("Memoria", "Memory report"),
    }
    for lang, title, period, method in (
        ("es", titles[kind][0], "del 1 de enero al 31 de diciembre de 2026", "Nota metodológica"),
        ("en", titles[kind][1], "from 1 January to 31 December 2026", "Method note"),
    ):
        for suffix in ("pdf", "csv"):
            path = out / f"{kind}-{lang}.{suffix}"
            r = cli("--lang", lang, "report", kind, *YEAR, "--out", str(path))
            assert r.code == 0, r.err
            words = _pdf_text(path) if suffix == "pdf" else path.read_text(encoding="utf-8-sig")
            flat = " ".join(words.split())
            for needle in (title, TEAM, period, method):
                assert needle in flat, (lang, suffix, needle)
            leaked = [s for s in secrets if " ".join(s.split()) in flat]
            assert not leaked, (lang, suffix, leaked[:3])
    assert "none is suppressed" in " ".join(_pdf_text(out / f"{kind}-en.pdf").split())


def test_memory_method_note_says_how_perpetrators_and_impunity_count(
    cli: Any, records: list[dict[str, Any]], out: Path
) -> None:
    r = cli(
        "report",
        "memory",
        *YEAR,
        "--organisation",
        "Colectivo Inventado de Prueba",
        "--out",
        str(out / "m.csv"),
    )
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO((out / "m.csv").read_text(encoding="utf-8-sig"))))
    lines = [" ".join(row) for row in rows]
    assert "Organisation: Colectivo Inventado de Prueba" in lines
    assert any("several perpetrators counts once under each" in line for line in lines)
    assert any(
        "no complaint, a complaint filed, are under investigation or were closed without result"
        in line
        for line in lines
    )
    impunity = next(row for row in rows if row and row[0] == "Impunity")
    assert impunity[1].endswith("events)") and "%" in impunity[1]


@pytest.mark.parametrize("kind", ["activities", "memory"])
def test_a_reversed_period_exits_4_with_nothing_written(
    cli: Any, records: list[dict[str, Any]], out: Path, kind: str
) -> None:
    for suffix in ("pdf", "csv", "json"):
        r = cli(
            "report",
            kind,
            "--from",
            "2026-06-01",
            "--to",
            "2026-01-01",
            "--out",
            str(out / f"r.{suffix}"),
        )
        assert r.code == 4 and "--from date is after the --to date" in r.err
    r = cli("report", kind, "--region", "Oaxaca", "--out", str(out / "r.csv"))
    assert r.code == 2 and "take no --region or --area" in r.err
    r = cli("report", kind, "--organisation", "Dos\nlíneas", "--out", str(out / "r.csv"))
    assert r.code == 4
    assert not any(out.iterdir())


def test_an_accompanier_is_refused(cli: Any, ctx: AppContext, out: Path) -> None:
    coordinator_vault(ctx, role="accompanier")
    for kind in ("activities", "memory"):
        for suffix in ("pdf", "csv", "json"):
            r = cli("report", kind, "--out", str(out / f"r.{suffix}"))
            assert r.code == 2 and "Reports are for coordinators only" in r.err
    assert not any(out.iterdir())


def test_period_in_words_open_ends(cli: Any, records: list[dict[str, Any]], out: Path) -> None:
    r = cli(
        "--lang", "es", "report", "activities", "--from", "2026-03-01", "--out", str(out / "a.csv")
    )
    assert r.code == 0, r.err
    body = (out / "a.csv").read_text(encoding="utf-8-sig")
    assert "Periodo: desde el 1 de marzo de 2026" in body
    assert "hasta" not in body.split("Periodo:")[1].splitlines()[0]


def test_the_organisations_own_codes_are_counted_and_named_in_the_memoria(
    cli: Any, records: list[dict[str, Any]], out: Path
) -> None:
    group = {"code": "self_defence_group", "labels": {"es": "Grupo de autodefensa", "en": "Group"}}
    assert cli("vocabulary", "add", "perpetrator", "--json", "-", stdin=json.dumps(group)).code == 0
    subject = next(r for r in records if r["kind"] == "subject")
    note = {
        "subject_ids": [subject["id"]],
        "occurred_at": "2026-06-03T09:00:00",
        "event": "threat",
        "perpetrator": ["self_defence_group"],
        "urgency": "medium",
        "narrative": "Relato ficticio de una amenaza en la ribera",
    }
    assert cli("add", "crisis-note", "--json", "-", stdin=json.dumps(note)).code == 0
    assert cli("report", "memory", *YEAR, "--out", str(out / "m.json")).code == 0
    data = json.loads((out / "m.json").read_text())
    pairs = {(e["event"], e["perpetrator"]) for e in data["events_by_type_and_perpetrator"]}
    assert ("threat", "self_defence_group") in pairs  # not folded into "unknown"
    assert cli("--lang", "es", "report", "memory", *YEAR, "--out", str(out / "m.pdf")).code == 0
    assert "Grupo de autodefensa" in " ".join(_pdf_text(out / "m.pdf").split())

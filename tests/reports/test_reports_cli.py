"""`report` and `report anonymised` through the CLI: files, contents and every refusal."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from reports_sample import Sample, coordinator_vault

from aluna_field.services.context import AppContext

YEAR = ("--from", "2025-01-01", "--to", "2025-12-31")


@pytest.fixture
def sample(ctx: AppContext) -> Sample:
    return coordinator_vault(ctx)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


def _pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_pdf_in_english_and_spanish(cli: Any, sample: Sample, out: Path) -> None:
    r = cli("report", *YEAR, "--out", str(out / "r.pdf"))
    assert r.code == 0, r.err
    assert r.err.strip() == f"Report saved to {out / 'r.pdf'}."
    assert (out / "r.pdf").read_bytes().startswith(b"%PDF")
    words = _pdf_text(out / "r.pdf")
    for heading in (
        "Coordination report",
        "Filters",
        "Period: from 2025-01-01 to 2025-12-31",
        "Impacts by category and sphere",
        "Events by perpetrator type",
        "Crisis notes by month and urgency",
        "Records by region and month",
        "Risk level by subject",
        "Follow-ups",
    ):
        assert heading in words, heading
    assert "Crisis notes: 5" in words and "Impact observations: 4" in words
    assert "Red Prueba Jacaranda" in words and "2025-03-25" in words
    r = cli("--lang", "es", "report", *YEAR, "--region", "Oaxaca", "--out", str(out / "es.pdf"))
    assert r.code == 0, r.err
    words = _pdf_text(out / "es.pdf")
    assert "Reporte de coordinación" in words and "Región: Oaxaca" in words
    assert "Notas de crisis: 3" in words and "Impactos por categoría y ámbito" in words


def test_csv_and_json(cli: Any, sample: Sample, out: Path) -> None:
    assert cli("report", *YEAR, "--out", str(out / "r.csv")).code == 0
    rows = list(csv.reader(io.StringIO((out / "r.csv").read_text(encoding="utf-8-sig"))))
    assert ["Crisis notes", "5"] in rows
    assert ["Fear", "1", "0", "1", "0", "2"] in rows
    assert ["Oaxaca", "2025-01", "2", "1", "1", "4"] in rows
    assert cli("report", *YEAR, "--out", str(out / "r.json")).code == 0
    data = json.loads((out / "r.json").read_text())
    assert data["counts"]["crisis-note"] == 5 and data["filters"]["from"] == "2025-01-01"
    assert {"event": "threat", "perpetrator": "state_police", "count": 2} in data["events"]
    assert data["follow_ups"]["due_soon_days"] == 7
    # --format wins over the file name's suffix
    assert cli("report", "--format", "json", "--out", str(out / "plain.txt")).code == 0
    assert json.loads((out / "plain.txt").read_text())["counts"]["crisis-note"] == 6


def test_area_filter(cli: Any, sample: Sample, out: Path) -> None:
    r = cli("report", "--area", "research_analysis", "--out", str(out / "a.json"))
    assert r.code == 0, r.err
    assert json.loads((out / "a.json").read_text())["counts"]["crisis-note"] == 2


def _data_lines(path: Path) -> list[str]:
    return [ln for ln in path.read_text().splitlines() if not ln.startswith("#")]


def test_anonymised(cli: Any, sample: Sample, out: Path) -> None:
    r = cli("report", "anonymised", "--out", str(out / "anon.csv"))
    assert r.code == 0, r.err
    assert "0 published" in r.err and "suppressed (" in r.err
    assert "At this threshold no level keeps a cell" in r.err
    text = (out / "anon.csv").read_text()
    assert _data_lines(out / "anon.csv") == [
        "table,period,country,state,sphere,category,event,perpetrator,urgency,risk_level,count"
    ]
    assert all(secret not in text for secret in sample.secrets)
    assert cli("report", "anonymized", "--min-cell", "3", "--out", str(out / "b.csv")).code == 0


def test_anonymised_names_the_organisation_and_the_period_in_words(
    cli: Any, sample: Sample, out: Path
) -> None:
    target = out / "anon.csv"
    r = cli("--lang", "es", "report", "anonymised", *YEAR, "--by", "year", "--out", str(target))
    assert r.code == 0, r.err
    top = [ln for ln in target.read_text().splitlines() if ln.startswith("#")]
    assert "# Periodo: del 1 de enero al 31 de diciembre de 2025" in top
    assert "celdas por año / país" in r.err
    args = ("report", "anonymised", "--organisation", "Colectiva Inventada de Prueba")
    assert cli(*args, "--area-level", "state", "--out", str(target)).code == 0
    text = target.read_text()
    assert "# Organisation: Colectiva Inventada de Prueba" in text
    assert "# Period: every record, with no date limit" in text
    assert "# Cells by year and state or department" in text
    r = cli("report", "anonymised", "--organisation", "Dos\nlíneas", "--out", str(out / "x.csv"))
    assert r.code == 4 and "one line" in r.err and not (out / "x.csv").exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("--from", "2025-13-01"), 2, "The --from date is not valid"),
        (("--to", "ayer"), 2, "The --to date is not valid"),
        (("--from", "2025-06-01", "--to", "2025-01-01"), 4, "--from date is after"),
        (("--format", "xml"), 2, "Usage error"),
        (("--area", "gardening"), 2, "Usage error"),
        (("--region", "Atlántida"), 4, "No subject has the region Atlántida."),
    ],
)
def test_bad_options(
    cli: Any, sample: Sample, out: Path, args: tuple[str, ...], code: int, message: str
) -> None:
    r = cli("report", *args, "--out", str(out / "r.pdf"))
    assert (r.code, message in r.err) == (code, True), r.err
    assert "Traceback" not in r.err and not (out / "r.pdf").exists()


def test_out_is_required(cli: Any, sample: Sample) -> None:
    r = cli("report", *YEAR)
    assert r.code == 2 and "--out" in r.err


@pytest.mark.parametrize("where", ["missing", "folder", "vault", "vault-sub"])
def test_bad_out_paths(cli: Any, sample: Sample, ctx: AppContext, out: Path, where: str) -> None:
    (ctx.vault_dir / "sub").mkdir(exist_ok=True)
    target = {
        "missing": out / "no-such-folder" / "r.pdf",
        "folder": out,
        "vault": ctx.vault_dir / "vault.db",
        "vault-sub": ctx.vault_dir / "sub" / ".." / "r.csv",
    }[where]
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in ctx.vault_dir.glob("*.*")}
    r = cli("report", "--format", "csv", "--out", str(target))
    assert r.code == 4 and "Traceback" not in r.err
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in ctx.vault_dir.glob("*.*")}
    assert after == before and not (ctx.vault_dir / "r.csv").exists()


def test_anonymised_refusals(cli: Any, sample: Sample, out: Path) -> None:
    r = cli("report", "anonymised", "--format", "pdf", "--out", str(out / "a.pdf"))
    assert r.code == 2 and "only saved as CSV" in r.err
    r = cli("report", "anonymised", "--min-cell", "2", "--out", str(out / "a.csv"))
    assert r.code == 4 and "--min-cell must be at least 3" in r.err
    reversed_period = ("--from", "2025-06-01", "--to", "2025-01-01")
    r = cli("report", "anonymised", *reversed_period, "--out", str(out / "a.csv"))
    assert r.code == 4 and "--from date is after the --to date" in r.err
    r = cli("report", "anonymised", "--by", "week", "--out", str(out / "a.csv"))
    assert r.code == 2 and "--by" in r.err
    r = cli("report", "anonymised", "--min-cell", "cinco", "--out", str(out / "a.csv"))
    assert r.code == 2
    assert not any(out.iterdir())


def test_accompanier_is_refused(cli: Any, ctx: AppContext, out: Path) -> None:
    coordinator_vault(ctx, role="accompanier")
    for extra in ((), ("anonymised",)):
        r = cli("report", *extra, "--out", str(out / "r.csv"))
        assert r.code == 2 and "Reports are for coordinators only" in r.err
    r = cli("--lang", "es", "report", "--out", str(out / "r.csv"))
    assert "Los reportes son solo para coordinación" in r.err
    assert not any(out.iterdir())


def test_wrong_passphrase_and_no_vault(cli: Any, sample: Sample, out: Path) -> None:
    cli.passphrase = "no es la frase correcta"
    r = cli("report", "--out", str(out / "r.pdf"))
    assert r.code == 3 and not any(out.iterdir())


def test_spanish_refusal(cli: Any, sample: Sample, out: Path) -> None:
    r = cli("--lang", "es", "report", "--from", "15/01/2025", "--out", str(out / "r.pdf"))
    assert r.code == 2 and "La fecha de --from no es válida" in r.err


def test_training_vault_year_pdf_and_anonymised_csv(cli: Any, out: Path) -> None:
    from aluna_field.services.demo import ACCOMPANIERS, MARKER

    assert cli("demo").code == 0
    year = ("--from", "2026-01-01", "--to", "2026-12-31")
    r = cli("--lang", "es", "report", *year, "--out", str(out / "anual.pdf"))
    assert r.code == 0, r.err
    words = _pdf_text(out / "anual.pdf")
    assert "Periodo: del 2026-01-01 al 2026-12-31" in words and "Notas de crisis:" in words
    assert MARKER not in words  # no narrative reaches the report
    r = cli("report", "anonymised", *year, "--min-cell", "3", "--out", str(out / "anon.csv"))
    assert r.code == 0, r.err
    text = (out / "anon.csv").read_text()
    rows = list(csv.DictReader(io.StringIO("\n".join(_data_lines(out / "anon.csv")))))
    assert all(int(row["count"]) >= 3 for row in rows)
    for needle in (MARKER, "Ficticio", "Ficticia", "Medellín", "Chilpancingo", *ACCOMPANIERS):
        assert needle not in text, needle
    # A team of ten's year, for the whole country, at the default threshold: rows.
    national = ("--by", "year", "--area-level", "country")
    r = cli("report", "anonymised", *year, *national, "--out", str(out / "national.csv"))
    assert r.code == 0, r.err
    rows = list(csv.DictReader(io.StringIO("\n".join(_data_lines(out / "national.csv")))))
    assert rows and all(int(row["count"]) >= 5 and row["state"] == "" for row in rows)
    published = int(r.err.split("): ")[1].split()[0])
    assert published == len(rows)
    assert {row["country"] for row in rows} <= {"MX", "CO"}
    # The published counts are those `list --json` gives, note by note.
    records = json.loads(cli("list", "--json").out)
    colombia = {"Cauca", "Antioquia", "Chocó"}
    country = {
        r["id"]: "CO" if r["region"].split(" / ")[0] in colombia else "MX"
        for r in records
        if r["kind"] == "subject"
    }
    expected: dict[tuple[str, str], int] = {}
    for note in (r for r in records if r["kind"] == "crisis-note"):
        if note["occurred_at"].startswith("2026"):
            for place in {country[sid] for sid in note["subject_ids"]}:
                key = (place, note["urgency"])
                expected[key] = expected.get(key, 0) + 1
    urgency = [row for row in rows if row["table"] == "urgency"]
    assert urgency
    for row in urgency:
        assert int(row["count"]) == expected[(row["country"], row["urgency"])], row

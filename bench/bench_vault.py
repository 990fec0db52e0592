"""Foundation benchmarks: unlock, saving one record, bulk insert, search over 100,000 notes.

Limits measured in the same run: raw SQLCipher inserts of the same JSON in one
transaction (the floor under our store), and a raw-key open without any KDF.
"""

from __future__ import annotations

import json
import secrets
import statistics
import time
from pathlib import Path
from typing import Any

from aluna_field.services.context import AppContext
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store.db import open_database
from aluna_field.store.kdf import KdfPolicy

from .common import Figure, scratch, timed

PASS = "frase ficticia de benchmark 2026"
WORDS = (
    "amenaza vigilancia hostigamiento comunidad territorio defensa colectivo miedo "
    "duelo impunidad reunión llamada visita acompañamiento periodista radio"
).split()


def _note(sid: str, i: int, rng: secrets.SystemRandom) -> dict[str, object]:
    text = " ".join(rng.choice(WORDS) for _ in range(75)) + f" nota{i}"  # ~600 characters
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": text,
        "urgency": "high",
    }


SIZES = (20_000, 100_000)


def run(scale: float = 1.0) -> list[Figure]:
    rng = secrets.SystemRandom()
    figures: list[Figure] = []
    with scratch("vault") as root:
        ctx = AppContext(vault_dir=root / "v", lang="en", kdf_policy=KdfPolicy())
        session = create_vault(ctx, PASS, "Persona Benchmark", "coordinator")
        session.close()
        unlock = timed(lambda: open_vault(ctx, PASS).close(), repeat=3)
        raw_key = secrets.token_bytes(32)
        raw_open = timed(lambda: open_database(root / "raw-open.db", raw_key).close(), repeat=3)
        figures.append(
            Figure(
                "vault",
                "unlock (Argon2id calibrated + open)",
                unlock * 1000,
                "ms",
                better="lower",
                limit_name="raw-key SQLCipher open",
                limit_value=raw_open * 1000,
                target="~500 ms by design",
            )
        )
        with open_vault(ctx, PASS) as s:
            sid = s.add(
                "subject", {"type": "collective", "alias": "Colectivo Bench", "region": "Guerrero"}
            )[0]
            singles = []
            notes = [_note(sid, i, rng) for i in range(200)]
            for rec in notes:
                start = time.perf_counter()
                s.add("crisis-note", rec)
                singles.append(time.perf_counter() - start)
            figures.append(
                Figure(
                    "vault",
                    "save one record (median)",
                    statistics.median(singles) * 1000,
                    "ms",
                    better="lower",
                    limit_name="raw SQLCipher insert of one note with FTS5 + commit",
                    limit_value=_raw_single_save(root / "raw-single.db", notes) * 1000,
                    target="< 15 ms",
                )
            )
            done = 0
            for k, size in enumerate(SIZES):
                n_size = max(1000, int(size * scale))
                batch = [_note(sid, done + i, rng) for i in range(n_size)]
                done += n_size
                start = time.perf_counter()
                for chunk in range(0, n_size, 10_000):
                    s.add("crisis-note", batch[chunk : chunk + 10_000])
                store_rate = n_size / (time.perf_counter() - start)
                raw_rate = raw_insert_rate(root / f"raw-{k}.db", batch)
                figures.append(
                    Figure(
                        "vault",
                        f"bulk add of {n_size:,} notes",
                        store_rate,
                        "records/s",
                        limit_name="raw SQLCipher insert of the same JSON with FTS5",
                        limit_value=raw_rate,
                        target=">= 0.5 x raw",
                        note=f"{done - n_size:,} notes in the vault before",
                    )
                )
            n = done
            queries = ["amenaza", "territorio defensa", "nota4217", "periodista radio", "duel"]
            lat = []
            for q in queries * 4:
                start = time.perf_counter()
                s.search(q)
                lat.append(time.perf_counter() - start)
            figures.append(
                Figure(
                    "vault",
                    f"search over {n:,} notes (median of 20)",
                    statistics.median(lat) * 1000,
                    "ms",
                    better="lower",
                    target="< 50 ms",
                    note="results capped at 500 per query",
                )
            )
    return figures


def raw_database(path: Path) -> Any:
    """A raw SQLCipher database with a row of JSON and its text in a full-text index
    configured as the vault's (migrations v1: same tokenizer, prefixes, secure-delete)."""
    conn = open_database(path, secrets.token_bytes(32))
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute(
        "CREATE VIRTUAL TABLE t_fts USING fts5(body,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    conn.execute("INSERT INTO t_fts (t_fts, rank) VALUES ('secure-delete', 1)")
    return conn


def raw_insert_rate(path: Path, batch: list[dict[str, object]], text_of: Any = None) -> float:
    """Rows per second inserting batch (JSON, and its text in the full-text index) into
    a raw database in one transaction, the better of two runs into fresh files (one run
    on its own varied 2x with the disk's write-back). The text is the narrative by default."""
    return max(_raw_insert_once(path, batch, text_of), _raw_insert_once(path, batch, text_of))


def _raw_insert_once(path: Path, batch: list[dict[str, object]], text_of: Any) -> float:
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    text_of = text_of or (lambda r: str(r["narrative"]))
    conn = raw_database(path)
    start = time.perf_counter()
    conn.execute("BEGIN")
    rows = [(i + 1, json.dumps(r, ensure_ascii=False)) for i, r in enumerate(batch)]
    conn.executemany("INSERT INTO t (id, body) VALUES (?, ?)", rows)
    conn.executemany(
        "INSERT INTO t_fts (rowid, body) VALUES (?, ?)",
        ((i + 1, text_of(r)) for i, r in enumerate(batch)),
    )
    conn.execute("COMMIT")
    rate = len(batch) / (time.perf_counter() - start)
    conn.close()
    return rate


def _raw_single_save(path: Path, notes: list[dict[str, object]]) -> float:
    """Median seconds to insert one note (row and full-text entry) and commit."""
    conn = raw_database(path)
    times = []
    for i, note in enumerate(notes):
        start = time.perf_counter()
        conn.execute("BEGIN")
        conn.execute("INSERT INTO t (id, body) VALUES (?, ?)", (i + 1, json.dumps(note)))
        conn.execute("INSERT INTO t_fts (rowid, body) VALUES (?, ?)", (i + 1, note["narrative"]))
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return statistics.median(times)

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
    text = " ".join(rng.choice(WORDS) for _ in range(40)) + f" nota{i}"
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": text,
        "urgency": "high",
    }


def run(scale: float = 1.0) -> list[Figure]:
    n = max(1000, int(100_000 * scale))
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
            for i in range(200):
                rec = _note(sid, i, rng)
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
                    target="< 15 ms",
                )
            )
            batch = [_note(sid, i, rng) for i in range(n)]
            start = time.perf_counter()
            for chunk in range(0, n, 10_000):
                s.add("crisis-note", batch[chunk : chunk + 10_000])
            store_rate = n / (time.perf_counter() - start)
            raw_rate = _raw_insert_rate(root / "raw.db", batch)
            figures.append(
                Figure(
                    "vault",
                    f"bulk insert of {n:,} notes",
                    store_rate,
                    "records/s",
                    limit_name="raw SQLCipher insert of the same JSON",
                    limit_value=raw_rate,
                    target=">= 0.3 x raw",
                )
            )
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


def _raw_insert_rate(path: Path, batch: list[dict[str, object]]) -> float:
    conn = open_database(path, secrets.token_bytes(32))
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    start = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO t (body) VALUES (?)", ((json.dumps(r),) for r in batch))
    conn.execute("COMMIT")
    rate = len(batch) / (time.perf_counter() - start)
    conn.close()
    return rate

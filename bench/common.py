"""What every benchmark returns, and helpers to measure it.

Each `bench/bench_*.py` module exposes `run(scale: float) -> list[Figure]`; `bench.run_all`
runs them all in one process run and writes `docs/performance.md`. A figure carries its
limit (raw SQLCipher, raw ChaCha20-Poly1305…) and its peer (gpg…) measured in the same
run, so ratios compare like with like. Benchmarks never fail on timing.
"""

from __future__ import annotations

import resource
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Figure:
    """One measured number. `better` says which direction is good ("higher"/"lower")."""

    area: str
    name: str
    value: float
    unit: str
    better: str = "higher"
    limit_name: str | None = None
    limit_value: float | None = None
    peer_name: str | None = None
    peer_value: float | None = None
    target: str | None = None
    note: str = ""

    def ratio(self, other: float | None) -> float | None:
        if other in (None, 0) or self.value == 0:
            return None
        assert other is not None
        return self.value / other if self.better == "higher" else other / self.value


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time in seconds of fn over repeat runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def peak_rss_mb_children() -> float:
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


@contextmanager
def scratch(prefix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix=f"aluna-bench-{prefix}-") as d:
        yield Path(d)

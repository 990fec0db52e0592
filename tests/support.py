"""Helpers shared by the tests (importable as `support`; see pytest's pythonpath)."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from aluna_field.services.context import AppContext
from aluna_field.store.kdf import Argon2Params, KdfPolicy

CHEAP_KDF = KdfPolicy(
    fixed=Argon2Params(memory_kib=1024, iterations=1, lanes=1), allow_below_floor=True
)
PASSPHRASE = "frase de prueba ficticia 42"


class FakeClock:
    """Milliseconds that only move when a test says so."""

    def __init__(self, start_ms: int = 1_790_000_000_000) -> None:
        self.ms = start_ms

    def __call__(self) -> int:
        return self.ms

    def advance(self, ms: int) -> None:
        self.ms += ms


def make_ctx(folder: Path, clock: Callable[[], int] | None = None, lang: str = "en") -> AppContext:
    return AppContext(
        vault_dir=folder,
        lang=lang,
        now_ms=clock or FakeClock(),
        kdf_policy=CHEAP_KDF,
        log_dir=folder.parent / "logs",
    )


@dataclass
class CliResult:
    code: int
    out: str
    err: str


def run_cli(ctx: AppContext, *argv: str, stdin: str = "") -> CliResult:
    """One CLI command in-process on ctx's vault (the passphrase comes from the env)."""
    from aluna_field.cli.main import run

    out, err = io.StringIO(), io.StringIO()
    code = run(list(argv), context=ctx, stdin=io.StringIO(stdin), stdout=out, stderr=err)
    return CliResult(code, out.getvalue(), err.getvalue())

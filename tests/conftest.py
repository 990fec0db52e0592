"""Shared fixtures: real vaults in temporary folders, a controllable clock, cheap KDF.

Cheap Argon2id parameters reach the code only through the composition root
(`AppContext.kdf_policy`), as the architecture requires; nothing is monkeypatched.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from aluna_field.cli.main import run
from aluna_field.services.context import AppContext
from support import PASSPHRASE, FakeClock, make_ctx


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> AppContext:
    return make_ctx(tmp_path / "vault", clock)


@dataclass
class CliResult:
    code: int
    out: str
    err: str


@dataclass
class CliRunner:
    """Runs CLI commands in-process against one context, passphrase in the environment."""

    ctx: AppContext
    monkeypatch: pytest.MonkeyPatch
    passphrase: str = PASSPHRASE
    env: dict[str, str] = field(default_factory=dict)

    def __call__(self, *argv: str, stdin: str = "", **env: str) -> CliResult:
        self.monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", self.passphrase)
        for k, v in {**self.env, **env}.items():
            self.monkeypatch.setenv(k, v)
        out, err = io.StringIO(), io.StringIO()
        code = run(list(argv), context=self.ctx, stdin=io.StringIO(stdin), stdout=out, stderr=err)
        for k in {**self.env, **env}:
            self.monkeypatch.delenv(k, raising=False)
        return CliResult(code, out.getvalue(), err.getvalue())


@pytest.fixture
def cli(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    yield CliRunner(ctx, monkeypatch)

"""Shared fixtures: real vaults in temporary folders, a controllable clock, cheap KDF.

Cheap Argon2id parameters reach the code only through the composition root
(`AppContext.kdf_policy`), as the architecture requires; nothing is monkeypatched.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


from aluna_field.services.context import AppContext
from support import PASSPHRASE, CliResult, FakeClock, make_ctx, run_cli


@pytest.fixture(autouse=True)
def _gui_thread_collection(request: pytest.FixtureRequest) -> Iterator[None]:
    """Qt tests collect cycles on the GUI thread only, as the app does (run_app): the
    collector on a worker thread can destroy a Qt object there, which Qt does not allow."""
    if "qtbot" not in request.fixturenames and "qapp" not in request.fixturenames:
        yield
        return
    request.getfixturevalue("qapp")
    from aluna_field.ui.common.collector import GuiThreadCollector

    collector = GuiThreadCollector()
    collector.start()
    try:
        yield
    finally:
        collector.stop()
        collector.deleteLater()


def _compile_catalogues() -> None:
    """Build the .mo files from the .po when they are missing or older (what `make
    catalogues` does), so that a bare `pytest` reads the catalogues in the tree."""
    import runpy

    tool = Path(__file__).resolve().parents[1] / "tools" / "l10n_catalogue.py"
    runpy.run_path(str(tool))["compile_all"]()


_compile_catalogues()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> AppContext:
    return make_ctx(tmp_path / "vault", clock)


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
        result = run_cli(self.ctx, *argv, stdin=stdin)
        for k in {**self.env, **env}:
            self.monkeypatch.delenv(k, raising=False)
        return result


@pytest.fixture
def cli(ctx: AppContext, monkeypatch: pytest.MonkeyPatch) -> Iterator[CliRunner]:
    yield CliRunner(ctx, monkeypatch)

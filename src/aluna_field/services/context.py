"""The composition root: every path, clock and policy the app uses is chosen here once.

Tests build their own `AppContext` (temporary folders, a fixed clock, cheap KDF
parameters); the CLI and the app build it with `default_context`, which never takes
cheap KDF parameters from the outside.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

from ..store.kdf import KdfPolicy

APP_NAME = "AlunaField"


def _wall_ms() -> int:
    return time.time_ns() // 1_000_000


def _sleep_ms(ms: int) -> None:
    time.sleep(ms / 1000)


def portable_root() -> Path | None:
    """The program's folder when a file named `portable` sits beside it (USB-stick mode)."""
    exe = Path(sys.executable if getattr(sys, "frozen", False) else sys.argv[0]).resolve()
    folder = exe.parent
    return folder if (folder / "portable").exists() else None


def default_vault_dir() -> Path:
    """ALUNA_FIELD_VAULT, else the portable folder, else the user's data folder."""
    env = os.environ.get("ALUNA_FIELD_VAULT")
    if env:
        return Path(env).expanduser()
    portable = portable_root()
    if portable is not None:
        return portable / "vault"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "vault"


@dataclass(frozen=True)
class AppContext:
    vault_dir: Path
    lang: str
    now_ms: Callable[[], int] = _wall_ms
    kdf_policy: KdfPolicy = field(default_factory=KdfPolicy)
    log_dir: Path | None = None
    # How a command line waits out the unlock guard's delay; tests pass one that moves
    # their fake clock instead of sleeping.
    sleep_ms: Callable[[int], None] = _sleep_ms


def default_context(vault_dir: Path | None, lang: str) -> AppContext:
    """The production context: calibrated KDF with its floor, the real clock."""
    portable = portable_root()
    if portable is not None:
        # On a stick nothing, not even the error log, is left on the host laptop.
        state = portable / "logs"
    else:
        state = Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))
    return AppContext(vault_dir=vault_dir or default_vault_dir(), lang=lang, log_dir=state)

"""The unlock guard's file beside the vault: how many passphrases in a row were wrong,
when the last one was, and whether the vault is wiped after a number of them.

It must be read while the vault is locked, so it cannot live inside it. It holds no
record content, no name, nothing derived from the passphrase: three numbers.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from .atomic import write_atomic

GUARD_NAME = "unlock-guard.json"


@dataclass(frozen=True)
class GuardState:
    failures: int = 0
    last_failure_ms: int = 0
    wipe_after: int | None = None  # None: never wipe (the default)


def load(folder: Path) -> GuardState:
    """The guard's state; a missing or unreadable file counts as a fresh one."""
    try:
        raw = json.loads((folder / GUARD_NAME).read_text(encoding="utf-8"))
        wipe_after = raw.get("wipe_after")
        return GuardState(
            failures=max(0, int(raw.get("failures", 0))),
            last_failure_ms=int(raw.get("last_failure_ms", 0)),
            wipe_after=int(wipe_after) if wipe_after is not None else None,
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return GuardState()


def save(folder: Path, state: GuardState) -> None:
    write_atomic(folder / GUARD_NAME, json.dumps(asdict(state)).encode("utf-8"))


def remove(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / GUARD_NAME).unlink()

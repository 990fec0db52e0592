"""A failure a person can do something about, recognised for the UI (the CLI maps it to an
exit code in cli/errors.py)."""

from __future__ import annotations

from pathlib import Path

from ..store.db import is_disk_full
from ..store.errors import VaultDiskFull


def is_vault_disk_full(exc: BaseException, vault_dir: Path) -> bool:
    """True when exc says the vault's disk has no room left (nothing was half-written)."""
    return isinstance(exc, VaultDiskFull) or is_disk_full(exc, vault_dir)

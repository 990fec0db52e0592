"""Wrong passphrases slow down, and (only if the person chose it) end in a wipe.

The first FREE_TRIES wrong passphrases in a row cost nothing more than Argon2id; from
then on each one makes the next attempt wait longer (5 s, 10 s, 20 s … up to 5 min).
With `wipe_after` set (never below MIN_WIPE_AFTER, off by default), that many wrong
passphrases in a row crypto-erase the vault. A right passphrase starts the count again.
The window and the command line obey the same count: the window counts the wait down
and keeps its inputs disabled, the command line waits it out (`open_after_wait`) before
trying. This guards the program; a copy of the files is guarded by Argon2id alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..store import unlock_guard as guard_file
from ..store import vault as vault_store
from ..store.errors import WrongPassphrase
from ..store.unlock_guard import GuardState
from .context import AppContext
from .session import Session
from .vaults import open_vault

FREE_TRIES = 5
FIRST_DELAY_MS = 5_000
MAX_DELAY_MS = 300_000
MIN_WIPE_AFTER = 10


class TooSoon(Exception):
    """Too many wrong passphrases: the next try must wait `wait_ms`."""

    def __init__(self, wait_ms: int) -> None:
        super().__init__(wait_ms)
        self.wait_ms = wait_ms


class WipedAfterFailures(Exception):
    """The chosen number of wrong passphrases was reached: the vault was erased."""


def delay_ms(failures: int) -> int:
    if failures < FREE_TRIES:
        return 0
    return int(min(FIRST_DELAY_MS * 2 ** (failures - FREE_TRIES), MAX_DELAY_MS))


def wait_ms(ctx: AppContext) -> int:
    """How long until the next attempt is allowed (0: now)."""
    state = guard_file.load(ctx.vault_dir)
    return max(0, state.last_failure_ms + delay_ms(state.failures) - ctx.now_ms())


def failures(ctx: AppContext) -> int:
    return guard_file.load(ctx.vault_dir).failures


def open_guarded(ctx: AppContext, passphrase: str) -> Session:
    """open_vault, counting wrong passphrases: TooSoon before the wait is over,
    WipedAfterFailures when the chosen limit was reached, WrongPassphrase otherwise."""
    waiting = wait_ms(ctx)
    if waiting:
        raise TooSoon(waiting)
    state = guard_file.load(ctx.vault_dir)
    try:
        session = open_vault(ctx, passphrase)
    except WrongPassphrase:
        count = state.failures + 1
        if state.wipe_after is not None and count >= state.wipe_after:
            vault_store.wipe(ctx.vault_dir)
            guard_file.remove(ctx.vault_dir)
            raise WipedAfterFailures() from None
        guard_file.save(ctx.vault_dir, GuardState(count, ctx.now_ms(), state.wipe_after))
        raise
    if state.failures:
        guard_file.save(ctx.vault_dir, GuardState(0, 0, state.wipe_after))
    return session


def open_after_wait(
    ctx: AppContext, passphrase: str, waiting: Callable[[int], None] | None = None
) -> Session:
    """open_guarded after waiting out any delay the earlier wrong passphrases earned
    (through ctx.sleep_ms; `waiting` is told the milliseconds first, to say so). Raises
    what open_guarded raises; TooSoon only if another process failed meanwhile."""
    left = wait_ms(ctx)
    if left:
        if waiting is not None:
            waiting(left)
        ctx.sleep_ms(left)
    return open_guarded(ctx, passphrase)


def wipe_after(vault_dir: Path) -> int | None:
    return guard_file.load(vault_dir).wipe_after


def set_wipe_after(vault_dir: Path, count: int | None) -> None:
    """Turn the wipe on (after `count` wrong passphrases, at least MIN_WIPE_AFTER) or off."""
    if count is not None and count < MIN_WIPE_AFTER:
        raise ValueError("wipe_after below the minimum")
    state = guard_file.load(vault_dir)
    guard_file.save(vault_dir, GuardState(state.failures, state.last_failure_ms, count))

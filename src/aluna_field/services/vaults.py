"""Creating, unlocking and wiping vaults: where a Session comes from."""

from __future__ import annotations

from ..store import device as device_store
from ..store import vault as vault_store
from ..store.db import transaction
from ..store.vault import Vault
from ..sync.identity import DeviceIdentity
from .context import AppContext
from .passphrases import MIN_PASSPHRASE, check_passphrase
from .session import Session
from .team import found_team

__all__ = ["MIN_PASSPHRASE", "check_passphrase"]


def create_vault(
    ctx: AppContext, passphrase: str, name: str, role: str, team: str | None = None
) -> Session:
    """A new vault with a fresh device identity; the caller closes the session."""
    # Checked before the folder is touched: a refused passphrase creates nothing. The
    # person's own name is the first thing a guesser tries.
    check_passphrase(passphrase, (name,))
    if role not in device_store.ROLES:
        raise ValueError("unknown role")
    vault = Vault.create(ctx.vault_dir, passphrase, ctx.kdf_policy)
    try:
        identity = DeviceIdentity.generate()
        row = device_store.DeviceRow(
            identity.device_id, name, role, team, identity.to_secret_bytes(), ctx.now_ms()
        )
        with transaction(vault.conn):
            device_store.save_device(vault.conn, row)
        session = Session(ctx, vault)
        if role == "coordinator":
            found_team(session)
        return session
    except BaseException:
        vault.close()
        vault_store.wipe(ctx.vault_dir)
        raise


def open_vault(ctx: AppContext, passphrase: str) -> Session:
    vault = Vault.unlock(ctx.vault_dir, passphrase)
    try:
        return Session(ctx, vault)
    except BaseException:
        vault.close()
        raise


def open_vault_with_recovery(ctx: AppContext, words: str) -> Session:
    vault = Vault.unlock_with_recovery(ctx.vault_dir, words)
    try:
        return Session(ctx, vault)
    except BaseException:
        vault.close()
        raise


def vault_exists(ctx: AppContext) -> bool:
    return vault_store.VaultPaths(ctx.vault_dir).exists()


def wipe_vault(ctx: AppContext) -> None:
    vault_store.wipe(ctx.vault_dir)

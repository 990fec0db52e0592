"""Errors raised by the vault and the record store.

Messages never carry record content, passphrases or keys: they name what failed,
so that they are safe to show, log or put in an exit message.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .ops import Op


class StoreError(Exception):
    """Base class for every error of the store layer."""

    code: str = "store"


class VaultError(StoreError):
    """The vault cannot be opened or changed (CLI exit 3)."""

    code = "vault"


class VaultNotFound(VaultError):
    code = "vault_not_found"


class VaultExists(VaultError):
    code = "vault_exists"


class KeyFileMissing(VaultError):
    code = "key_file_missing"


class KeyFileInvalid(VaultError):
    code = "key_file_invalid"


class WrongPassphrase(VaultError):
    code = "wrong_passphrase"


class WrongRecoveryKey(VaultError):
    code = "wrong_recovery_key"


class VaultDamaged(VaultError):
    code = "vault_damaged"


class VaultDiskFull(VaultError):
    """The disk that holds the vault has no room: SQLite wrote nothing (it rolled back)."""

    code = "vault_disk_full"


class VaultInUse(VaultError):
    code = "vault_in_use"


class NotSQLCipher(VaultError):
    code = "not_sqlcipher"


class WeakKdfParameters(VaultError):
    code = "weak_kdf"


class RecordNotFound(StoreError):
    code = "record_not_found"


class OpRejected(StoreError):
    """An operation that cannot enter the store (unknown schema, bad hash, bad shape)."""

    code = "op_rejected"


class RecordIdUnbound(OpRejected):
    """An op with no parents that does not prove its author created that record id.

    `legacy` is the op when it has the shape earlier versions wrote (a creating put
    with no origin): a vault that already holds that exact op may take it again.
    """

    code = "record_id_unbound"

    def __init__(self, message: str, legacy: Op | None = None) -> None:
        super().__init__(message)
        self.legacy = legacy

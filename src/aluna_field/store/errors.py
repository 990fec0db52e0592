"""Errors raised by the vault and the record store.

Messages never carry record content, passphrases or keys: they name what failed,
so that they are safe to show, log or put in an exit message.
"""

from __future__ import annotations


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

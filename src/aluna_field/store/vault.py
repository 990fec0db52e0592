"""The vault folder: an encrypted database, its key file, and a process lock.

Layout: `vault.db` (SQLCipher, raw random key), `vault.key` (the data key wrapped by
the passphrase and optionally by recovery words), `vault.lock`. Wiping destroys the
key file, after which the database is noise to everyone.
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
from dataclasses import dataclass
from pathlib import Path

from . import kdf
from .db import Connection, open_database
from .errors import (
    KeyFileInvalid,
    KeyFileMissing,
    VaultExists,
    VaultNotFound,
    WrongPassphrase,
    WrongRecoveryKey,
)
from .keyfile import DATA_KEY_BYTES, KeyFile, open_slot, seal_slot
from .migrations import migrate
from .proclock import ProcessLock
from .recovery import new_recovery_words, recovery_kek, words_to_secret

DB_NAME = "vault.db"
KEY_NAME = "vault.key"
LOCK_NAME = "vault.lock"


@dataclass(frozen=True)
class VaultPaths:
    folder: Path

    @property
    def db(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def lock(self) -> Path:
        return self.folder / LOCK_NAME

    def exists(self) -> bool:
        return self.db.exists() or self.key.exists()


def _passphrase_slot(passphrase: str, data_key: bytes, policy: kdf.KdfPolicy) -> object:
    params = policy.choose()
    salt = secrets.token_bytes(16)
    kek = kdf.derive(passphrase, salt, params)
    desc = {**params.to_json(), "salt": salt.hex()}
    return seal_slot("passphrase", desc, kek, data_key)


def _slot_salt(kdf_desc: dict[str, object]) -> bytes:
    """The slot's salt; KeyFileInvalid unless it is hex of a sensible length."""
    try:
        salt = bytes.fromhex(str(kdf_desc.get("salt", "")))
    except ValueError as exc:
        raise KeyFileInvalid("key slot salt is malformed") from exc
    if not kdf.MIN_SALT_BYTES <= len(salt) <= kdf.MAX_SALT_BYTES:
        raise KeyFileInvalid("key slot salt has the wrong length")
    return salt


def _passphrase_kek(passphrase: str, kdf_desc: dict[str, object]) -> bytes:
    # Parameters are validated (ceilings included) before the derivation starts: a key
    # file edited to ask for 2 TiB must be refused, not attempted.
    try:
        params = kdf.Argon2Params.from_json(kdf_desc)
    except ValueError as exc:
        raise KeyFileInvalid("passphrase slot parameters are malformed") from exc
    return kdf.derive(passphrase, _slot_salt(kdf_desc), params)


class Vault:
    """An unlocked vault: the open database connection and the lock that guards it.

    Hold one per process; `close()` (or leaving the `with` block) releases both and
    forgets the data key.
    """

    def __init__(self, paths: VaultPaths, conn: Connection, lock: ProcessLock, key: bytes):
        self.paths = paths
        self.conn = conn
        self._lock = lock
        self._key = bytearray(key)

    # -- opening -------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, passphrase: str, policy: kdf.KdfPolicy) -> Vault:
        """Create a new vault in folder (made if missing); VaultExists if one is there."""
        paths = VaultPaths(folder)
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if paths.exists():
            raise VaultExists("a vault already exists in this folder")
        lock = ProcessLock(paths.lock)
        lock.acquire()
        try:
            data_key = secrets.token_bytes(DATA_KEY_BYTES)
            slot = _passphrase_slot(passphrase, data_key, policy)
            conn = open_database(paths.db, data_key)
            try:
                migrate(conn)
            except BaseException:
                conn.close()
                raise
            # Written last: until the key file exists there is no vault to open.
            KeyFile((slot,)).save(paths.key)  # type: ignore[arg-type]
        except BaseException:
            lock.release()
            with contextlib.suppress(OSError):
                for p in folder.glob(f"{DB_NAME}*"):
                    p.unlink()
            raise
        return cls(paths, conn, lock, data_key)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> Vault:
        """Open the vault with the passphrase; WrongPassphrase, VaultDamaged, VaultInUse…"""
        keyfile = cls._keyfile(folder)
        slot = keyfile.slot("passphrase")
        if slot is None:
            raise KeyFileMissing("the key file has no passphrase slot")
        data_key = open_slot(slot, _passphrase_kek(passphrase, slot.kdf))
        if data_key is None:
            raise WrongPassphrase("the passphrase does not open this vault")
        return cls._open(folder, data_key)

    @classmethod
    def unlock_with_recovery(cls, folder: Path, words: str) -> Vault:
        """Open the vault with the recovery words; WrongRecoveryKey if they do not fit."""
        keyfile = cls._keyfile(folder)
        slot = keyfile.slot("recovery")
        if slot is None:
            raise WrongRecoveryKey("this vault has no recovery key")
        salt = _slot_salt(slot.kdf)
        secret = words_to_secret(words)
        data_key = open_slot(slot, recovery_kek(secret, salt))
        if data_key is None:
            raise WrongRecoveryKey("the recovery words do not open this vault")
        return cls._open(folder, data_key)

    @staticmethod
    def _keyfile(folder: Path) -> KeyFile:
        paths = VaultPaths(folder)
        if not paths.db.exists() and not paths.key.exists():
            raise VaultNotFound("no vault in this folder")
        if not paths.db.exists():
            raise VaultNotFound("the vault database is missing")
        return KeyFile.load(paths.key)

    @classmethod
    def _open(cls, folder: Path, data_key: bytes) -> Vault:
        paths = VaultPaths(folder)
        lock = ProcessLock(paths.lock)
        lock.acquire()
        try:
            conn = open_database(paths.db, data_key, existing=True)
            try:
                migrate(conn)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return cls(paths, conn, lock, data_key)

    # -- key management ------------------------------------------------------------
    def passphrase_fits(self, passphrase: str) -> bool:
        """Whether `passphrase` opens this (open) vault's key file: the data key it unwraps
        is compared with the one in use in constant time."""
        slot = KeyFile.load(self.paths.key).slot("passphrase")
        if slot is None:
            return False
        data_key = open_slot(slot, _passphrase_kek(passphrase, slot.kdf))
        return data_key is not None and hmac.compare_digest(bytes(data_key), bytes(self._key))

    def change_passphrase(self, new_passphrase: str, policy: kdf.KdfPolicy) -> None:
        """Re-wrap the data key under a new passphrase; the database is not touched."""
        keyfile = KeyFile.load(self.paths.key)
        slot = _passphrase_slot(new_passphrase, bytes(self._key), policy)
        keyfile.with_slot(slot).save(self.paths.key)  # type: ignore[arg-type]

    def add_recovery(self, lang: str) -> str:
        """Create (or replace) the recovery slot; returns the words to write down, once."""
        words, secret = new_recovery_words(lang)
        salt = secrets.token_bytes(16)
        slot = seal_slot(
            "recovery",
            {"alg": "hkdf-sha256", "salt": salt.hex()},
            recovery_kek(secret, salt),
            bytes(self._key),
        )
        KeyFile.load(self.paths.key).with_slot(slot).save(self.paths.key)
        return words

    # -- closing -------------------------------------------------------------------
    def close(self) -> None:
        """Close the database, release the lock and overwrite the key copy in memory."""
        if self.conn is not None:
            with contextlib.suppress(Exception):
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self.conn.close()
            self.conn = None
        for i in range(len(self._key)):
            self._key[i] = 0
        self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def is_open(self) -> bool:
        return self.conn is not None


def wipe(folder: Path) -> None:
    """Crypto-erase the vault: destroy the key file, then remove the database files.

    Works on a locked vault (no passphrase needed is a deliberate choice for duress);
    refuses while another process holds the vault open.
    """
    from .atomic import destroy_file

    paths = VaultPaths(folder)
    if not paths.exists():
        raise VaultNotFound("no vault in this folder")
    lock = ProcessLock(paths.lock)
    lock.acquire()
    try:
        destroy_file(paths.key)
        for p in sorted(folder.glob(f"{DB_NAME}*")):
            with contextlib.suppress(OSError):
                p.unlink()
    finally:
        lock.release()
    with contextlib.suppress(OSError):
        paths.lock.unlink()
    from .unlock_guard import remove as remove_guard

    remove_guard(folder)

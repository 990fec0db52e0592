"""The one place that opens a SQLCipher database, always with a raw 32-byte key.

`sqlcipher3`'s `set_key(bytes)` would treat the bytes as a passphrase and run
SQLCipher's own PBKDF2 on every open; the raw-key PRAGMA skips that because our key is
already random. PRAGMA statements take no bound parameters, so the key is interpolated
only after checking that it is exactly 64 lowercase hex characters.
"""

from __future__ import annotations

import contextlib
import gc
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from .errors import NotSQLCipher, VaultDamaged, VaultDiskFull

_HEX64 = re.compile(r"[0-9a-f]{64}")
CACHE_KIB = 64 * 1024

Connection = Any  # sqlcipher3 ships no type information


def key_pragma(key: bytes) -> str:
    """The `PRAGMA key` statement for a raw key; refuses anything but 32 bytes."""
    if len(key) != 32:
        raise ValueError("the data key must be 32 bytes")
    hexkey = key.hex()
    if not _HEX64.fullmatch(hexkey):
        raise ValueError("the data key did not encode as hex")
    return f"PRAGMA key = \"x'{hexkey}'\""


def open_database(path: Path, key: bytes, *, existing: bool = False) -> Connection:
    """Open (or create) the encrypted database at path with the raw key and check it.

    Raises NotSQLCipher on a plain SQLite build and VaultDamaged when the first read
    fails (a wrong key only fails there, as does a damaged page). With `existing`, a
    database without any schema is damage too, and is refused before anything is written.
    """
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # Set before keying so a failing page is not reported (with its number) on stderr.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(key_pragma(key))
        version = conn.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            raise NotSQLCipher("the SQLite library is not SQLCipher")
        try:
            tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            # An empty file (or a copy taken without its write-ahead log) beside a valid
            # key file reads as an empty database; migrating it would quietly turn it into
            # a new, empty vault. A vault always has a schema once its key file exists
            # (create writes the key file last), so no schema means damage. Checked
            # before the journal-mode switch, which is the first write.
            if existing and tables == 0:
                raise VaultDamaged("the vault database has no schema")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if is_disk_full(exc, path.parent):
                raise VaultDiskFull("no room for the write-ahead log") from exc
            raise VaultDamaged("the vault database cannot be read") from exc
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 64 MiB of page cache instead of SQLite's 2,000 pages (8 MiB): a bulk write
        # inserts into indexes keyed by random ids (op ids, record ids), and with the
        # small cache nearly every insert read and decrypted a page again.
        conn.execute(f"PRAGMA cache_size = {-CACHE_KIB}")
        conn.execute("PRAGMA secure_delete = ON")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """BEGIN IMMEDIATE … COMMIT; rolls back on any exception, so nothing is half-applied."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # COMMIT itself can fail (disk full, busy, interrupted): roll back then too, so
        # the connection is never left inside a half-done transaction.
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a batch runs (it made ~30 % of a bulk write's
    time, walking objects the batch is still using); back on, as it was, afterwards."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def is_damage(exc: BaseException) -> bool:
    """True for the errors SQLCipher raises on a page that fails its HMAC or is cut short.

    A damaged page is found only when it is read, so these can surface mid-command.
    """
    if not isinstance(exc, sqlcipher3.DatabaseError) or isinstance(
        exc, sqlcipher3.OperationalError
    ):
        return False
    text = str(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


SQLITE_IOERR = 10
SQLITE_FULL = 13
# Below this, an I/O error is taken for a full disk: SQLite reports one when it cannot
# even create the write-ahead log or its shared-memory file.
NO_ROOM_BYTES = 1024 * 1024


def is_disk_full(exc: BaseException, folder: Path) -> bool:
    """True when exc is SQLite saying the disk of the vault in folder is full.

    SQLITE_FULL is unambiguous; SQLITE_IOERR counts only when the disk has (almost) no
    room left. Either way SQLite has rolled the change back: nothing is half-written.
    """
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code == SQLITE_FULL or "disk is full" in str(exc):
        return True
    if code != SQLITE_IOERR and "disk i/o error" not in str(exc).lower():
        return False
    try:
        return shutil.disk_usage(folder).free < NO_ROOM_BYTES
    except OSError:
        return False

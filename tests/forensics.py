"""Reading a vault as a forensic examiner with the key would: every page of the database
and of its write-ahead log, decrypted (SQLCipher 4 defaults: AES-256-CBC, 4 KiB pages)."""

from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC at the end of every page


def _decrypt_page(page: bytes, key: bytes, first: bool) -> bytes:
    start = 16 if first else 0  # page 1 begins with the file's salt
    iv = page[PAGE - RESERVE : PAGE - RESERVE + 16]
    dec = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
    return dec.update(page[start : PAGE - RESERVE]) + dec.finalize()


def plaintext_pages(folder: Path, key: bytes) -> bytes:
    """Every page of vault.db and every frame of vault.db-wal, decrypted with the key."""
    out = []
    db = (folder / "vault.db").read_bytes()
    for i in range(len(db) // PAGE):
        out.append(_decrypt_page(db[i * PAGE : (i + 1) * PAGE], key, i == 0))
    wal_path = folder / "vault.db-wal"
    wal = wal_path.read_bytes() if wal_path.exists() else b""
    frame = 24 + PAGE
    for at in range(32, len(wal) - frame + 1, frame):
        number = int.from_bytes(wal[at : at + 4], "big")
        out.append(_decrypt_page(wal[at + 24 : at + frame], key, number == 1))
    return b"".join(out)

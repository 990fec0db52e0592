"""The vault: keying, unlocking, passphrase change, recovery, wipe, damage, one process."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

from aluna_field.store import kdf
from aluna_field.store.db import is_damage, key_pragma, open_database
from aluna_field.store.errors import (
    KeyFileInvalid,
    KeyFileMissing,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultNotFound,
    WeakKdfParameters,
    WrongPassphrase,
    WrongRecoveryKey,
)
from aluna_field.store.keyfile import KeyFile
from aluna_field.store.vault import Vault, wipe
from support import CHEAP_KDF

PASS = "frase ficticia de prueba"


def _make(folder: Path) -> None:
    with Vault.create(folder, PASS, CHEAP_KDF) as v:
        v.conn.execute("CREATE TABLE t (x TEXT)")
        v.conn.execute("INSERT INTO t VALUES ('hola')")


def _digest(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


def test_create_unlock_lock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.unlock(folder, PASS) as v:
        assert v.conn.execute("SELECT x FROM t").fetchone()[0] == "hola"
    assert not (folder / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert oct(folder.stat().st_mode & 0o777) == "0o700"


def test_create_refuses_existing_vault(tmp_path: Path) -> None:
    _make(tmp_path / "v")
    with pytest.raises(VaultExists):
        Vault.create(tmp_path / "v", PASS, CHEAP_KDF)


def test_wrong_passphrase(tmp_path: Path) -> None:
    _make(tmp_path / "v")
    with pytest.raises(WrongPassphrase) as info:
        Vault.unlock(tmp_path / "v", "otra frase cualquiera")
    assert "otra" not in str(info.value)


def test_no_vault_and_missing_key_file(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.unlock(tmp_path / "nada", PASS)
    _make(tmp_path / "v")
    (tmp_path / "v" / "vault.key").unlink()
    with pytest.raises(KeyFileMissing):
        Vault.unlock(tmp_path / "v", PASS)


@pytest.mark.parametrize("damage", ["truncate", "flip_page", "flip_header"])
def test_damaged_vault_is_refused_and_not_overwritten(tmp_path: Path, damage: str) -> None:
    folder = tmp_path / "v"
    _make(folder)
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 3 + 7]
    elif damage == "flip_page":
        data[len(data) - 100] ^= 0x40
    else:
        data[20] ^= 0x01
    db.write_bytes(bytes(data))
    before = _digest(folder)
    # Page 1 is checked at unlock; a later page fails its HMAC when it is first read.
    with pytest.raises((VaultDamaged, sqlcipher3.DatabaseError)) as info:
        with Vault.unlock(folder, PASS) as v:
            v.conn.execute("SELECT * FROM t").fetchall()
    assert isinstance(info.value, VaultDamaged) or is_damage(info.value)
    assert _digest(folder) == before


def _all_files(folder: Path) -> dict[str, str]:
    """Every file of the folder, lock included: a refusal must not even add one."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


@pytest.mark.parametrize("kind", ["empty", "page_one_only"])
def test_database_without_schema_beside_a_key_file_is_damage(tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "v"
    _make(folder)
    db = folder / "vault.db"
    if kind == "empty":
        db.write_bytes(b"")
    else:
        # What a copy of vault.db taken without its write-ahead log can look like: the
        # first page, keyed with the vault's own data key, and no schema in it yet.
        with Vault.unlock(folder, PASS) as v:
            data_key = bytes(v._key)
        db.unlink()
        open_database(db, data_key).close()
        assert 0 < db.stat().st_size <= 4096
    before = _all_files(folder)
    with pytest.raises(VaultDamaged):
        Vault.unlock(folder, PASS)
    assert _all_files(folder) == before


def test_change_passphrase_is_a_rewrap(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    db_before = hashlib.sha256((folder / "vault.db").read_bytes()).hexdigest()
    with Vault.unlock(folder, PASS) as v:
        v.change_passphrase("nueva frase ficticia", CHEAP_KDF)
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)
    Vault.unlock(folder, "nueva frase ficticia").close()
    # Only the key file changed (checkpointing may rewrite WAL frames, not content keys).
    assert db_before


def test_passwd_is_a_rewrap_so_an_old_key_file_copy_still_opens_later_data(
    tmp_path: Path,
) -> None:
    """Pins the documented choice (docs/threat-model.md, seizure and coercion): changing
    the passphrase re-wraps the data key, it does not re-key the database. Whoever kept
    the old key file and learnt the old passphrase opens copies made afterwards too; the
    recovery words keep working across the change."""
    folder = tmp_path / "v"
    _make(folder)
    with Vault.unlock(folder, PASS) as v:
        words = v.add_recovery("es")
    old_key_file = (folder / "vault.key").read_bytes()
    with Vault.unlock(folder, PASS) as v:
        v.change_passphrase("nueva frase ficticia", CHEAP_KDF)
    with Vault.unlock(folder, "nueva frase ficticia") as v:
        v.conn.execute("INSERT INTO t VALUES ('escrito después del cambio')")
    later_copy = tmp_path / "copia"
    later_copy.mkdir()
    (later_copy / "vault.db").write_bytes((folder / "vault.db").read_bytes())
    (later_copy / "vault.key").write_bytes(old_key_file)
    with Vault.unlock(later_copy, PASS) as v:
        rows = {r[0] for r in v.conn.execute("SELECT x FROM t")}
    assert "escrito después del cambio" in rows
    with Vault.unlock_with_recovery(folder, words) as v:
        assert v.conn.execute("SELECT count(*) FROM t").fetchone()[0] == 2


def test_recovery_words_unlock(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.unlock(folder, PASS) as v:
        words = v.add_recovery("es")
    assert len(words.split()) == 12
    with Vault.unlock_with_recovery(folder, words) as v:
        assert v.conn.execute("SELECT x FROM t").fetchone()[0] == "hola"
    wrong = " ".join(reversed(words.split()))
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery(folder, wrong)
    with pytest.raises(WrongRecoveryKey):
        Vault.unlock_with_recovery(folder, "no son palabras")


def test_wipe_is_crypto_erase(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    wipe(folder)
    assert not (folder / "vault.key").exists()
    with pytest.raises(VaultNotFound):
        Vault.unlock(folder, PASS)


def test_one_process_per_vault(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    with Vault.unlock(folder, PASS):
        with pytest.raises(VaultInUse):
            Vault.unlock(folder, PASS)
        code = (
            "import sys; from pathlib import Path\n"
            "from aluna_field.store.vault import Vault\n"
            "from aluna_field.store.errors import VaultInUse\n"
            "try:\n    Vault.unlock(Path(sys.argv[1]), sys.argv[2])\n"
            "except VaultInUse:\n    sys.exit(7)\n"
        )
        r = subprocess.run([sys.executable, "-c", code, str(folder), PASS], timeout=60)
        assert r.returncode == 7
    Vault.unlock(folder, PASS).close()


def test_key_file_records_kdf_parameters_and_floor(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    slot = KeyFile.load(folder / "vault.key").slot("passphrase")
    assert slot is not None and slot.kdf["alg"] == "argon2id"
    assert {"m", "t", "p", "salt"} <= set(slot.kdf)
    with pytest.raises(WeakKdfParameters):
        kdf.KdfPolicy(fixed=kdf.Argon2Params(1024, 1, 1)).choose()
    assert kdf.KdfPolicy().fixed is None  # production calibrates


def test_calibration_never_goes_below_floor() -> None:
    ticks = iter([0.0, 5.0])  # a very slow machine: one derivation "takes" 5 s
    params = kdf.calibrate(0.5, timer=lambda: next(ticks))
    assert params.memory_kib >= kdf.FLOOR_MEMORY_KIB and params.iterations >= kdf.FLOOR_ITERATIONS


def test_tampered_kdf_parameters_do_not_open(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    _make(folder)
    doc = json.loads((folder / "vault.key").read_text())
    doc["slots"][0]["kdf"]["t"] += 1
    (folder / "vault.key").write_text(json.dumps(doc))
    with pytest.raises(WrongPassphrase):
        Vault.unlock(folder, PASS)
    (folder / "vault.key").write_text("{not json")
    with pytest.raises(KeyFileInvalid):
        Vault.unlock(folder, PASS)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("m", 2**31),  # 2 TiB of memory
        ("m", kdf.CEILING_MEMORY_KIB + 1),
        ("t", 2**31 - 1),
        ("t", kdf.CEILING_ITERATIONS + 1),
        ("p", 2**24 - 1),
        ("p", kdf.CEILING_LANES + 1),
        ("p", 0),
        ("m", True),
        ("salt", "00"),
        ("salt", "zz"),
    ],
)
def test_kdf_parameters_above_the_ceiling_are_refused_before_deriving(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, field: str, value: object
) -> None:
    folder = tmp_path / "v"
    _make(folder)
    doc = json.loads((folder / "vault.key").read_text())
    doc["slots"][0]["kdf"][field] = value
    (folder / "vault.key").write_text(json.dumps(doc))
    before = _all_files(folder)

    def no_derivation(*_args: object) -> bytes:
        raise AssertionError("derivation attempted with refused parameters")

    monkeypatch.setattr(kdf, "derive", no_derivation)
    with pytest.raises(KeyFileInvalid):
        Vault.unlock(folder, PASS)
    assert _all_files(folder) == before


def test_the_kdf_ceiling_is_far_above_anything_calibration_picks() -> None:
    ticks = iter([0.0, 1e-6])  # a machine so fast calibration wants the most passes
    fastest = kdf.calibrate(0.5, timer=lambda: next(ticks))
    assert fastest.iterations == kdf.MAX_ITERATIONS and fastest.within_ceiling()
    assert kdf.CEILING_MEMORY_KIB >= 8 * fastest.memory_kib
    assert kdf.CEILING_ITERATIONS >= 8 * fastest.iterations
    assert kdf.CEILING_LANES >= 2 * fastest.lanes


def test_set_key_with_bytes_is_a_passphrase_not_a_raw_key(tmp_path: Path) -> None:
    """Pins sqlcipher3's behaviour that made us write the raw-key PRAGMA helper."""
    key = bytes(range(32))
    path = tmp_path / "raw.db"
    conn = open_database(path, key)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    other = sqlcipher3.connect(str(path))
    other.set_key(key)
    with pytest.raises(sqlcipher3.DatabaseError):
        other.execute("SELECT count(*) FROM sqlite_master").fetchone()
    other.close()


def test_key_pragma_validates() -> None:
    assert key_pragma(b"\x00" * 32) == "PRAGMA key = \"x'" + "00" * 32 + "'\""
    with pytest.raises(ValueError):
        key_pragma(b"short")


def test_attachments_same_bytes_same_id_seekable_or_not(tmp_path: Path) -> None:
    import io

    from aluna_field.store import attachments
    from aluna_field.store.db import transaction

    class Pipe(io.RawIOBase):
        def __init__(self, data: bytes) -> None:
            self._inner = io.BytesIO(data)

        def readable(self) -> bool:
            return True

        def read(self, n: int = -1) -> bytes:
            return self._inner.read(n)

    data = b"adjunto ficticio " * 200_000  # a few chunks
    with Vault.create(tmp_path / "v", PASS, CHEAP_KDF) as v:
        with transaction(v.conn):
            a = attachments.store_stream(v.conn, io.BytesIO(data), "a.bin", "x/y")
            b = attachments.store_stream(v.conn, Pipe(data), "b.bin", "x/y")  # type: ignore[arg-type]
        assert a.att_id == b.att_id == hashlib.sha256(data).hexdigest()
        assert a.size == len(data)
        assert b"".join(attachments.read_chunks(v.conn, a.att_id)) == data
        rows = v.conn.execute("SELECT count(*) FROM attachments").fetchone()[0]
        assert rows == 1


def test_connections_use_4k_cipher_pages_and_a_64_mib_page_cache(tmp_path: Path) -> None:
    # docs/performance-notes.md: larger pages were measured and not taken; the bulk-write
    # gain they showed came from the bigger page cache, which is set here instead.
    from aluna_field.store.db import CACHE_KIB

    conn = open_database(tmp_path / "v.db", bytes(range(32)))
    assert conn.execute("PRAGMA cipher_page_size").fetchone()[0] in ("4096", 4096)
    assert conn.execute("PRAGMA cache_size").fetchone()[0] == -CACHE_KIB == -65536
    conn.close()

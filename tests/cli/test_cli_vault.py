"""Vault commands through the CLI, and every refusal with its exit code."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest


def _digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file() and p.name != "vault.lock"
    }


@pytest.fixture
def made(cli):  # type: ignore[no-untyped-def]
    r = cli("init", "--name", "Persona Ficticia", "--role", "accompanier")
    assert r.code == 0, r.err
    return cli


def test_init_prints_device_and_fingerprint(made) -> None:  # type: ignore[no-untyped-def]
    info = json.loads(made("info", "--json").out)
    assert {"device_id", "name", "role", "fingerprint", "team", "records", "conflicts"} <= set(info)
    groups = info["fingerprint"].split()
    assert len(groups) == 6 and all(len(g) == 5 and g.isdigit() for g in groups)


def test_init_twice_is_refused(made) -> None:  # type: ignore[no-untyped-def]
    r = made("init", "--name", "Otra", "--role", "accompanier")
    assert r.code == 3 and "Traceback" not in r.err


def test_short_passphrase_refused(cli, ctx) -> None:  # type: ignore[no-untyped-def]
    cli.passphrase = "corta"
    r = cli("init", "--name", "X", "--role", "accompanier")
    assert r.code == 4 and not ctx.vault_dir.joinpath("vault.key").exists()


# The reason each gets, in English and in Spanish; none may echo the passphrase.
WEAK = [
    ("12345678", "most common", "frases más comunes"),
    ("password", "most common", "frases más comunes"),
    ("aaaaaaaa", "pattern", "patrón"),
    ("abcdefgh", "pattern", "patrón"),
    ("personaficticia", "your name", "tu nombre"),
    ("contraseña", "known word", "palabra o un nombre conocido"),
]


@pytest.mark.parametrize(("weak", "en", "es"), WEAK)
def test_weak_passphrase_refused_at_init_and_nothing_created(cli, ctx, weak, en, es) -> None:  # type: ignore[no-untyped-def]
    cli.passphrase = weak
    r = cli("init", "--name", "Persona Ficticia", "--role", "accompanier")
    assert r.code == 4 and en in r.err and weak not in r.err + r.out
    r = cli("--lang", "es", "init", "--name", "Persona Ficticia", "--role", "accompanier")
    assert r.code == 4 and es in r.err and weak not in r.err + r.out
    assert not ctx.vault_dir.exists() or not any(ctx.vault_dir.iterdir())


@pytest.mark.parametrize(("weak", "en", "es"), WEAK)
def test_weak_passphrase_refused_at_passwd_and_vault_unchanged(made, ctx, weak, en, es) -> None:  # type: ignore[no-untyped-def]
    before = _every_file(ctx.vault_dir)
    r = made("passwd", ALUNA_FIELD_NEW_PASSPHRASE=weak)
    assert r.code == 4 and en in r.err and weak not in r.err + r.out
    r = made("--lang", "es", "passwd", ALUNA_FIELD_NEW_PASSPHRASE=weak)
    assert r.code == 4 and es in r.err and weak not in r.err + r.out
    assert _every_file(ctx.vault_dir) == before
    assert made("info").code == 0  # the old passphrase still opens it


def test_strong_passphrase_accepted_at_init_and_passwd(cli) -> None:  # type: ignore[no-untyped-def]
    cli.passphrase = "lluvia tardía sobre el puerto de cedros"
    assert cli("init", "--name", "Persona Ficticia").code == 0
    r = cli("passwd", ALUNA_FIELD_NEW_PASSPHRASE="jaguar azul mide once faroles")
    assert r.code == 0, r.err
    cli.passphrase = "jaguar azul mide once faroles"
    assert cli("info").code == 0


def test_wrong_passphrase_exit_3(made) -> None:  # type: ignore[no-untyped-def]
    made.passphrase = "no es la frase correcta"
    r = made("info")
    assert r.code == 3 and "passphrase" in r.err and "Traceback" not in r.err


def test_spanish_messages(made) -> None:  # type: ignore[no-untyped-def]
    made.passphrase = "no es la frase correcta"
    r = made("--lang", "es", "info")
    assert r.code == 3 and "frase de paso" in r.err


def test_no_vault_exit_3(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("info")
    assert r.code == 3 and "no vault" in r.err.lower()


def test_missing_key_file_exit_3(made, ctx) -> None:  # type: ignore[no-untyped-def]
    (ctx.vault_dir / "vault.key").unlink()
    r = made("info")
    assert r.code == 3 and "key file" in r.err


@pytest.mark.parametrize("damage", ["truncate", "flip"])
def test_damaged_vault_exit_3_and_untouched(made, ctx, damage: str) -> None:  # type: ignore[no-untyped-def]
    sid = made(
        "add",
        "subject",
        "--json",
        "-",
        stdin=json.dumps({"type": "person", "alias": "Alias Ficticio", "region": "Oaxaca"}),
    )
    assert sid.code == 0
    made(
        "add",
        "subject",
        "--json",
        "-",
        stdin=json.dumps(
            [{"type": "person", "alias": f"Relleno {i}", "region": "Oaxaca"} for i in range(300)]
        ),
    )
    db = ctx.vault_dir / "vault.db"
    data = bytearray(db.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2 + 13]
    else:
        for pos in range(4096 + 100, len(data), 4096):
            data[pos] ^= 0x5A
    db.write_bytes(bytes(data))
    before = _digests(ctx.vault_dir)
    r = made("list")
    assert r.code == 3 and "damaged" in r.err and "Traceback" not in r.err
    assert _digests(ctx.vault_dir) == before


def _every_file(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.iterdir())
        if p.is_file()
    }


def test_empty_database_beside_a_valid_key_file_exit_3_and_untouched(made, ctx) -> None:  # type: ignore[no-untyped-def]
    # Not a new vault to fill: the key file says a vault was here, so this is damage.
    (ctx.vault_dir / "vault.db").write_bytes(b"")
    before = _every_file(ctx.vault_dir)
    r = made("list")
    assert r.code == 3 and "damaged" in r.err and "Traceback" not in r.err
    r = made("--lang", "es", "info")
    assert r.code == 3 and "dañada" in r.err
    assert _every_file(ctx.vault_dir) == before


@pytest.mark.parametrize(("field", "value"), [("m", 2**31), ("t", 2**31 - 1), ("p", 2**24 - 1)])
def test_absurd_kdf_cost_in_the_key_file_exit_3_key_file_damaged(made, ctx, field, value) -> None:  # type: ignore[no-untyped-def]
    key = ctx.vault_dir / "vault.key"
    doc = json.loads(key.read_text())
    doc["slots"][0]["kdf"][field] = value
    key.write_text(json.dumps(doc))
    before = _every_file(ctx.vault_dir)
    started = time.monotonic()
    r = made("info")
    assert r.code == 3 and "key file is damaged" in r.err and "Traceback" not in r.err
    r = made("--lang", "es", "info")
    assert r.code == 3 and "archivo de llave de la bóveda está dañado" in r.err
    assert time.monotonic() - started < 5  # refused, not derived
    assert _every_file(ctx.vault_dir) == before


HOLDER = """
import sys, time
from pathlib import Path
from aluna_field.store.proclock import ProcessLock
lock = ProcessLock(Path(sys.argv[1]) / "vault.lock")
lock.acquire()
print("held", flush=True)
time.sleep(30)
"""


def test_second_process_exit_3(made, ctx) -> None:  # type: ignore[no-untyped-def]
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            HOLDER,
            str(ctx.vault_dir),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        r = made("info")
        assert r.code == 3 and "another" in r.err
    finally:
        holder.kill()
        holder.wait()
    time.sleep(0.05)
    assert made("info").code == 0


def test_passwd_and_recovery(made) -> None:  # type: ignore[no-untyped-def]
    r = made("recovery")
    assert r.code == 0
    words = r.out.strip().splitlines()[-1]
    assert len(words.split()) == 12
    r = made("passwd", ALUNA_FIELD_NEW_PASSPHRASE="segunda frase ficticia")
    assert r.code == 0
    assert made("info").code == 3
    made.passphrase = "segunda frase ficticia"
    assert made("info").code == 0
    r = made(
        "passwd",
        "--recovery",
        ALUNA_FIELD_RECOVERY_WORDS=words,
        ALUNA_FIELD_NEW_PASSPHRASE="tercera frase ficticia",
    )
    assert r.code == 0
    made.passphrase = "tercera frase ficticia"
    assert made("info").code == 0
    r = made(
        "passwd",
        "--recovery",
        ALUNA_FIELD_RECOVERY_WORDS="palabras que no sirven",
        ALUNA_FIELD_NEW_PASSPHRASE="cuarta frase ficticia",
    )
    assert r.code == 3


def test_wipe_needs_yes_then_nothing_opens(made, ctx) -> None:  # type: ignore[no-untyped-def]
    r = made("wipe")
    assert r.code == 2 and (ctx.vault_dir / "vault.key").exists()
    assert made("wipe", "--yes").code == 0
    assert made("info").code == 3


def test_usage_error_exit_2(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("add").code == 2
    assert cli("no-such-command").code == 2
    assert cli("list", "--kind", "not-a-kind").code == 2

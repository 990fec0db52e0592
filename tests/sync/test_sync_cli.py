"""The team and sync commands on three vaults, as people would run them (in-process CLI)."""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from aluna_field.services.context import AppContext
from support import PASSPHRASE, CliResult, FakeClock, make_ctx, run_cli


@dataclass
class Device:
    ctx: AppContext

    def __call__(self, *argv: str, stdin: str = "") -> CliResult:
        return run_cli(self.ctx, *argv, stdin=stdin)

    def json(self, *argv: str) -> object:
        r = self(*argv, "--json")
        assert r.code == 0, r.err
        return json.loads(r.out)

    def add(self, kind: str, record: dict[str, object]) -> str:
        r = self("add", kind, "--json", "-", stdin=json.dumps(record))
        assert r.code == 0, r.err
        return r.out.strip()

    def db_digest(self) -> str:
        folder = self.ctx.vault_dir
        return hashlib.sha256(
            b"".join((folder / n).read_bytes() for n in ("vault.db", "vault.key"))
        ).hexdigest()


def _code(text: str) -> str:
    found = re.findall(r"\d{5}(?: \d{5}){11}", text)
    assert len(found) == 1
    return found[0]


@pytest.fixture
def devices(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Device]:
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    clock = FakeClock()
    devs = {n: Device(make_ctx(tmp_path / f"vault-{n}", clock)) for n in ("c", "a1", "a2")}
    assert devs["c"]("init", "--name", "Coordinación Ficticia", "--role", "coordinator").code == 0
    for n in ("a1", "a2"):
        assert devs[n]("init", "--name", f"Persona {n.upper()}").code == 0
    card_c = tmp_path / "card-c.txt"
    assert devs["c"]("team", "card", "--out", str(card_c)).code == 0
    for n in ("a1", "a2"):
        card = tmp_path / f"card-{n}.txt"
        assert devs[n]("team", "card", "--out", str(card)).code == 0
        joined = devs[n]("team", "join", str(card_c))
        added = devs["c"]("team", "add", str(card), "--role", "accompanier")
        assert joined.code == added.code == 0, joined.err + added.err
        assert _code(joined.out) == _code(added.out)
    return devs


def _exchange(sender: Device, receivers: list[Device], folder: Path) -> None:
    r = sender("sync", "export", "--to", str(folder))
    assert r.code == 0, r.err
    assert all(Path(line).suffix == ".afb" for line in r.out.split())
    for d in receivers:
        got = d("sync", "import", str(folder))
        assert got.code == 0, got.out + got.err


def test_three_devices_through_the_cli(devices: dict[str, Device], tmp_path: Path) -> None:
    c, a1, a2 = devices["c"], devices["a1"], devices["a2"]
    listed = c.json("team", "list")
    assert isinstance(listed, list) and len(listed) == 3
    assert all(set(m) == {"device_id", "name", "role", "fingerprint", "revoked"} for m in listed)
    _exchange(c, [a1, a2], tmp_path / "usb-roster")
    ids = {n: d.json("info")["device_id"] for n, d in devices.items()}  # type: ignore[index]
    sid = a1.add("subject", {"type": "person", "alias": "Periodista Ficticia", "region": "Oaxaca"})
    nid = a1.add(
        "crisis-note",
        {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": "Nota ficticia de A1",
            "urgency": "high",
        },
    )
    sid2 = a2.add(
        "subject", {"type": "community", "alias": "Comunidad Ficticia", "region": "Cauca"}
    )
    _exchange(a1, [c], tmp_path / "usb-a1")
    usb = tmp_path / "usb-a2"
    _exchange(a2, [c], usb)
    shown = c.json("show", nid)
    assert shown["narrative"] == "Nota ficticia de A1" and shown["author"] == ids["a1"]  # type: ignore[index]
    assert c.json("show", sid2)["author"] == ids["a2"]  # type: ignore[index]
    again = c("sync", "import", str(usb))
    assert again.code == 0 and "already imported" in again.out
    c.add(
        "accompaniment",
        {
            "subject_ids": [sid, sid2],
            "area": "crisis_support",
            "status": "active",
            "accompaniers": [ids["a1"], ids["a2"]],
        },
    )
    _exchange(c, [a1, a2], tmp_path / "usb-back")
    assert a2.json("show", sid)["author"] == ids["a1"]  # type: ignore[index]
    assert a1.json("show", sid2)["author"] == ids["a2"]  # type: ignore[index]
    assert a2("show", nid).code == 4  # the note is a1's own, not part of the accompaniment


def test_refusals_through_the_cli(devices: dict[str, Device], tmp_path: Path) -> None:
    c, a1 = devices["c"], devices["a1"]
    _exchange(c, [a1], tmp_path / "usb-roster")
    a1.add("subject", {"type": "person", "alias": "Persona Ficticia", "region": "Chiapas"})
    usb = tmp_path / "usb"
    assert a1("sync", "export", "--to", str(usb)).code == 0
    good = next(usb.iterdir())
    data = bytearray(good.read_bytes())
    data[len(data) // 2] ^= 1
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "alterado.afb").write_bytes(bytes(data))
    (bad / "aleatorio.afb").write_bytes(os.urandom(4096))
    (bad / "vacio.afb").write_bytes(b"")
    before = c.db_digest()
    r = c("sync", "import", str(bad))
    assert r.code == 5 and "Traceback" not in r.out + r.err
    assert r.out.count("refused") == 3
    assert c.db_digest() == before  # the vault's files, byte for byte
    mixed = c("sync", "import", str(bad), str(good))
    assert mixed.code == 5 and "imported" in mixed.out
    assert c("sync", "import", str(tmp_path / "no-such-file")).code == 4
    report = c.json("sync", "import", str(good))
    assert report[0]["status"] == "already"  # type: ignore[index]


def test_team_add_needs_the_role_chosen_by_the_coordinator(
    devices: dict[str, Device], tmp_path: Path
) -> None:
    # A fresh device whose card says "coordinator": without --role, nothing is added,
    # whatever the card declares.
    c = devices["c"]
    other = Device(make_ctx(tmp_path / "vault-b", FakeClock()))
    assert (
        other("init", "--name", "Beto Ficticio", "--role", "coordinator", "--team", "Otro").code
        == 0
    )
    card = tmp_path / "card-b.txt"
    assert other("team", "card", "--out", str(card)).code == 0
    before = c.db_digest()
    r = c("--lang", "es", "team", "add", str(card))
    assert r.code == 2 and "Traceback" not in r.err
    assert "Indica el rol con --role accompanier o --role coordinator" in r.err
    r = c("--lang", "en", "team", "add", str(card))
    assert r.code == 2 and "Give the role with --role accompanier or --role coordinator" in r.err
    assert c.db_digest() == before
    assert c("team", "add", str(card), "--role", "accompanier").code == 0
    listed = {m["name"]: m["role"] for m in c.json("team", "list")}  # type: ignore[union-attr]
    assert listed["Beto Ficticio"] == "accompanier"


def test_team_command_refusals(devices: dict[str, Device], tmp_path: Path) -> None:
    c, a1 = devices["c"], devices["a1"]
    junk = tmp_path / "junk.txt"
    junk.write_text("ALUNA-FIELD-CARD-1\nNOT A CARD\n")
    r = c("team", "add", str(junk), "--role", "accompanier")
    assert r.code == 4 and "card" in r.err
    assert c("team", "add", str(tmp_path / "missing.txt"), "--role", "accompanier").code == 4
    assert c("team", "add", "-", "--role", "accompanier", stdin="\x00\x01").code == 4
    card_a2 = tmp_path / "card-a2.txt"
    assert a1("team", "add", str(card_a2), "--role", "accompanier").code == 4  # not a coordinator
    a1_id = a1.json("info")["device_id"]  # type: ignore[index]
    assert c("team", "revoke", "0" * 32).code == 4
    r = c("team", "revoke", a1_id)
    assert r.code == 0
    listed = {m["device_id"]: m for m in c.json("team", "list")}  # type: ignore[union-attr]
    assert listed[a1_id]["revoked"] is True
    # nothing is exported for a revoked device
    out = c("sync", "export", "--to", str(tmp_path / "after"), "--for", a1_id)
    assert out.code == 4

"""`sync relay` as people run it (in-process CLI on real vaults, a real wsgidav server)."""

from __future__ import annotations

import json
import socket
from dataclasses import dataclass
from pathlib import Path

import pytest
from davserver import PASSWORD, USER, DavServer
from teamkit import SUBJECT, make_team

from aluna_field.services.context import AppContext
from aluna_field.services.vaults import open_vault
from aluna_field.sync.relay import settings as relay_settings
from support import PASSPHRASE, CliResult, FakeClock, make_ctx, run_cli


@dataclass
class Device:
    ctx: AppContext

    def __call__(self, *argv: str, stdin: str = "") -> CliResult:
        return run_cli(self.ctx, *argv, stdin=stdin)


@pytest.fixture
def devices(tmp_path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> dict[str, Device]:
    make_team(tmp_path, clock).close()
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("ALUNA_FIELD_RELAY_PASSWORD", PASSWORD)
    names = {"c": "Coordinación Ficticia", "a1": "Persona A1"}
    return {k: Device(make_ctx(tmp_path / f"vault-{n}", clock)) for k, n in names.items()}


def _note(subject: str) -> str:
    return json.dumps(
        {
            "subject_ids": [subject],
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": "Nota ficticia por la línea de órdenes",
            "urgency": "high",
        }
    )


def test_push_pull_and_remembered_relay(devices: dict[str, Device], dav: DavServer) -> None:
    c, a1 = devices["c"], devices["a1"]
    url = dav.url()
    r = c("sync", "relay", url, "--user", USER, "--remember")
    assert r.code == 0, r.err
    assert r.out.count("Sent ") == 2 and "Relay: 2 sent" in r.out
    assert "remembered" in r.err
    r = a1("sync", "relay", url, "--user", USER, "--json")
    assert r.code == 0, r.err
    doc = json.loads(r.out)
    assert {"sent", "received", "skipped", "deleted", "pending", "error", "exit_code"} <= set(doc)
    assert [x["status"] for x in doc["received"]] == ["imported"] and doc["error"] is None
    sid = a1("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT))
    assert sid.code == 0, sid.err
    assert a1("add", "crisis-note", "--json", "-", stdin=_note(sid.out.strip())).code == 0
    assert a1("sync", "relay", url, "--user", USER).code == 0
    r = c("sync", "relay")  # the remembered relay, the password from the environment
    assert r.code == 0, r.err
    assert "imported, from Persona A1" in r.out and "1 received" in r.out
    found = json.loads(c("search", "ficticia", "--json").out)
    assert any("línea de órdenes" in str(x.get("narrative")) for x in found)


def test_remembered_password_lives_only_in_the_vault(
    devices: dict[str, Device], dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = devices["c"]
    r = c("sync", "relay", dav.url(), "--user", USER, "--remember-password")
    assert r.code == 0, r.err
    monkeypatch.delenv("ALUNA_FIELD_RELAY_PASSWORD")
    assert c("sync", "relay").code == 0
    for p in c.ctx.vault_dir.rglob("*"):
        if p.is_file():
            assert PASSWORD.encode() not in p.read_bytes(), p.name
    # Remembering again without --remember-password forgets the password (after this run).
    assert c("sync", "relay", dav.url(), "--user", USER, "--remember").code == 0
    r = c("sync", "relay")
    assert r.code == 2 and "ALUNA_FIELD_RELAY_PASSWORD" in r.err
    monkeypatch.setenv("ALUNA_FIELD_RELAY_PASSWORD", PASSWORD)
    pin = "AB:" * 31 + "AB"  # (a pin only matters for https; this relay is loopback http)
    assert c("sync", "relay", dav.url(), "--user", USER, "--pin", pin, "--remember").code == 0
    assert c("sync", "relay", "--remember").code == 0
    with open_vault(c.ctx, PASSPHRASE) as s:
        kept = relay_settings.load(s.conn)
    assert kept is not None and kept.pin == pin and kept.password is None  # pin kept
    assert c("sync", "relay", "--forget").code == 0
    r = c("sync", "relay")
    assert r.code == 2 and "No relay is remembered" in r.err


def test_relay_refusals_have_clear_messages_and_codes(
    devices: dict[str, Device], dav: DavServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    c = devices["c"]
    cases = [
        (("sync", "relay"), 2, "No relay is remembered"),
        (("sync", "relay", "http://relay.example.org/dav/"), 2, "must use https"),
        (("sync", "relay", "https://u:p@relay.example.org/"), 2, "Do not put a user"),
        (("sync", "relay", "ftp://relay.example.org/"), 2, "not valid"),
        (("sync", "relay", dav.url(), "--pin", "zz"), 2, "SHA-256"),
    ]
    for argv, code, text in cases:
        r = c(*argv)
        assert r.code == code and text in r.err and "Traceback" not in r.err, (argv, r)
    with socket.create_server(("127.0.0.1", 0)) as s:
        dead = f"http://127.0.0.1:{s.getsockname()[1]}/relay/"
    r = c("--lang", "es", "sync", "relay", dead, "--user", USER)
    assert r.code == 6 and "Sin conexión" in r.err
    monkeypatch.setenv("ALUNA_FIELD_RELAY_PASSWORD", "contraseña-equivocada")
    r = c("sync", "relay", dav.url(), "--user", USER)
    assert r.code == 7 and "401" in r.err and "Nothing was pulled" in r.err
    assert "contraseña-equivocada" not in r.err + r.out
    monkeypatch.delenv("ALUNA_FIELD_RELAY_PASSWORD")
    r = c("sync", "relay", dav.url(), "--user", USER)  # no terminal to ask on
    assert r.code == 2 and "ALUNA_FIELD_RELAY_PASSWORD" in r.err

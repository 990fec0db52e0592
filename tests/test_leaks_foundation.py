"""Nothing readable leaks beside the vault: a real CLI session, then a scan of every folder
the process could have written (vault, temp, config, cache, state/logs)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

MARKER = "MARCAFICTICIA" + os.urandom(4).hex().upper()


def _forms(text: str) -> list[bytes]:
    raw = text.encode()
    return [raw, text.encode("utf-16-le"), text.encode("utf-16-be"), base64.b64encode(raw)]


def _hits(root: Path, needle: str) -> list[str]:
    out = []
    for p in root.rglob("*"):
        if p.is_file():
            data = p.read_bytes()
            if any(f in data for f in _forms(needle)):
                out.append(str(p))
    return out


@pytest.mark.slow
def test_no_marker_outside_the_encrypted_vault(tmp_path: Path) -> None:
    home = tmp_path / "home"
    tmp = tmp_path / "tmp"
    for d in (home, tmp):
        d.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "ALUNA_FIELD_PASSPHRASE": "frase ficticia para la prueba de fugas",
    }
    env.pop("ALUNA_FIELD_VAULT", None)
    exe = [sys.executable, "-c", "from aluna_field.cli.main import main; main()"]

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        r = subprocess.run(
            [*exe, "--lang", "es", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
        assert "Traceback" not in r.stderr
        return r

    assert run("init", "--name", "Persona Ficticia").returncode == 0
    sid = run(
        "add",
        "subject",
        "--json",
        "-",
        stdin=json.dumps({"type": "person", "alias": f"Alias {MARKER}", "region": "Chiapas"}),
    ).stdout.strip()
    nid = run(
        "add",
        "crisis-note",
        "--json",
        "-",
        stdin=json.dumps(
            {
                "subject_ids": [sid],
                "occurred_at": "2026-09-20T10:30:00",
                "event": "threat",
                "narrative": f"Relato {MARKER} ficticio",
                "urgency": "high",
            }
        ),
    ).stdout.strip()
    attachment = tmp_path / "input" / "nota.txt"
    attachment.parent.mkdir()
    attachment.write_text(f"Adjunto {MARKER}")
    assert run("attach", nid, str(attachment)).returncode == 0
    attachment.unlink()  # the user's own input file is not ours to scan
    assert run("search", MARKER).returncode == 0
    assert (
        run(
            "edit", nid, "--json", "-", stdin=json.dumps({"narrative": f"Otro relato {MARKER}"})
        ).returncode
        == 0
    )
    bad = run(
        "add",
        "crisis-note",
        "--json",
        "-",
        stdin=json.dumps({"subject_ids": [sid], "narrative": MARKER, "urgency": MARKER}),
    )
    assert bad.returncode == 4 and MARKER not in bad.stderr

    vault = home / ".local/share/AlunaField/vault"
    assert (vault / "vault.db").exists()
    assert not (vault / "vault.db").read_bytes().startswith(b"SQLite format 3")
    assert _hits(home, MARKER) == [] and _hits(tmp, MARKER) == []
    assert _hits(home, "Relato") == []

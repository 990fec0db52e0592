"""Leak scan: nothing a person typed leaves the encrypted vault in a readable form.

A scripted session, in two halves, each in real subprocesses whose HOME, XDG folders,
XDG_RUNTIME_DIR and TMPDIR point into this test's folder from the start:
- the desktop app offscreen (tests/evidence/leak_gui_session.py): create the vault, one
  record of every kind through the forms, a picture and a text file attached, search,
  copy, edit, an unsaved edit kept as a draft, lock;
- the CLI: two vaults enrolled in person, one record of every kind with a marker in every
  text field (including the ones the forms do not show), an attachment, search, edit, a
  refused record, export to a folder, import on the second vault.
Every text field gets its own marker. Afterwards every file the processes could write
(vaults, temp, home, config, cache, state, runtime, logs, the export and roster folders)
and the captured standard output and error are searched for each marker and for the
passphrase, as UTF-8, UTF-16-LE/BE, and base64 of those (at each byte alignment), in
upper and lower case (full-text indexes fold case). None may be found. The standard
output of `show` and `search`, which print the records asked for, is the one exception.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pytest

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.services.vaults import open_vault
from support import PASSPHRASE, make_ctx

GUI_FIELDS = [
    "alias",
    "real_name",
    "region",
    "subject_notes",
    "title",
    "accompanier",
    "acc_notes",
    "narrative",
    "state_observed",
    "agreements",
    "threat",
    "vulnerability",
    "capacity",
    "measure",
    "measure_who",
    "risk_notes",
    "impact",
    "resistance",
    "lessons",
    "follow_up",
    "assignee",
    "edit",
    "draft",
    "att_name",
    "att_png_text",
    "att_text_name",
    "att_text",
]
CLI_FIELDS = [*GUI_FIELDS, "threat_who", "threat_when", "credibility", "refused"]
CLI = [sys.executable, "-c", "from aluna_field.cli.main import main; main()"]
GUI = [sys.executable, str(Path(__file__).with_name("leak_gui_session.py"))]


def markers(prefix: str, fields: list[str]) -> dict[str, str]:
    # One alphanumeric token each, so a full-text index would hold it whole.
    return {f: f"{prefix}{i:02d}Q{secrets.token_hex(5).upper()}" for i, f in enumerate(fields)}


def _b64_cores(raw: bytes) -> list[bytes]:
    """Base64 of raw as it appears inside a longer encoded text, at each of the three
    byte alignments (the characters that depend on neighbouring bytes left out)."""
    out = []
    for shift in range(3):
        enc = base64.b64encode(bytes(shift) + raw)
        core = enc[4 if shift else 0 : 4 * ((shift + len(raw)) // 3)]
        out += [core, core.replace(b"+", b"-").replace(b"/", b"_")]
    return out


def forms(needle: str) -> set[bytes]:
    out: set[bytes] = set()
    for text in (needle, needle.lower(), needle.upper()):
        for codec in ("utf-8", "utf-16-le", "utf-16-be"):
            raw = text.encode(codec)
            out.add(raw)
            out.update(_b64_cores(raw))
    return out


class Scanner:
    def __init__(self, needles: list[str]) -> None:
        self.needles = {n: forms(n) for n in needles}

    def hits(self, data: bytes) -> list[str]:
        return [n for n, fs in self.needles.items() if any(f in data for f in fs)]

    def scan_tree(self, root: Path, skip: Path) -> dict[str, list[str]]:
        found = {}
        for path in root.rglob("*"):
            if path.is_file() and not path.is_symlink() and skip not in path.parents:
                hits = self.hits(path.read_bytes())
                if hits:
                    found[str(path.relative_to(root))] = hits
        return found


def _png(text: str) -> bytes:
    """A 2×2 PNG with a text chunk: what an image viewer would have to cache to leak."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    pixels = zlib.compress(b"\x00\x22\x44\x66\x22\x44\x66" * 2)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
        + chunk(b"tEXt", b"Comment\x00" + text.encode())
        + chunk(b"IDAT", pixels)
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def world(tmp_path: Path) -> dict[str, Path]:
    home = tmp_path / "home"
    places = {
        "home": home,
        "tmp": tmp_path / "tmp",
        "runtime": tmp_path / "runtime",
        "vaults": tmp_path / "vaults",
        "input": tmp_path / "input",
    }
    for folder in places.values():
        folder.mkdir(mode=0o700)
    return places


def environment(world: dict[str, Path]) -> dict[str, str]:
    home = world["home"]
    env = {
        **os.environ,
        "HOME": str(home),
        "TMPDIR": str(world["tmp"]),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "XDG_DATA_HOME": str(home / ".local/share"),
        "XDG_STATE_HOME": str(home / ".local/state"),
        "XDG_RUNTIME_DIR": str(world["runtime"]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    for name in ("ALUNA_FIELD_VAULT", "ALUNA_FIELD_PASSPHRASE", "ALUNA_FIELD_LANG"):
        env.pop(name, None)
    return env


class Cli:
    """The real CLI in subprocesses; keeps every output that must hold no content."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = {**env, "ALUNA_FIELD_PASSPHRASE": PASSPHRASE}
        self.outputs: list[tuple[str, str]] = []

    def __call__(self, vault: Path, *args: str, stdin: str = "", code: int = 0) -> str:
        r = subprocess.run(
            [*CLI, "--vault", str(vault), "--lang", "es", *args],
            input=stdin,
            capture_output=True,
            text=True,
            env=self.env,
            timeout=120,
        )
        assert r.returncode == code, (args[:2], r.returncode)
        assert "Traceback" not in r.stderr
        label = " ".join(args[:2])
        self.outputs.append((f"{label}: stderr", r.stderr))
        if args[0] not in ("show", "search", "list"):  # these print the records asked for
            self.outputs.append((f"{label}: stdout", r.stdout))
        return r.stdout


def cli_session(cli: Cli, world: dict[str, Path], m: dict[str, str]) -> None:
    office, field, inputs = world["vaults"] / "office", world["vaults"] / "field", world["input"]
    cli(office, "init", "--name", "Coordinación Ficticia", "--role", "coordinator", "--team", "Eq")
    cli(field, "init", "--name", "Persona Ficticia")
    cli(field, "team", "card", "--out", str(inputs / "field-card.txt"))
    cli(office, "team", "card", "--out", str(inputs / "office-card.txt"))
    cli(field, "team", "join", str(inputs / "office-card.txt"))
    cli(office, "team", "add", str(inputs / "field-card.txt"), "--role", "accompanier")
    cli(office, "sync", "export", "--to", str(world["home"] / "roster-stick"))
    cli(field, "sync", "import", str(world["home"] / "roster-stick"))

    def add(kind: str, record: dict[str, object]) -> str:
        return cli(field, "add", kind, "--json", "-", stdin=json.dumps(record)).strip()

    sid = add(
        "subject",
        {
            "type": "person",
            "alias": f"Alias {m['alias']}",
            "real_name": f"Nombre {m['real_name']}",
            "region": f"Chiapas / {m['region']}",
            "notes": f"Notas {m['subject_notes']}",
        },
    )
    add(
        "accompaniment",
        {
            "subject_ids": [sid],
            "area": "crisis_support",
            "title": f"Proceso {m['title']}",
            "accompaniers": [f"Ana {m['accompanier']}"],
            "notes": f"Notas {m['acc_notes']}",
        },
    )
    nid = add(
        "crisis-note",
        {
            "subject_ids": [sid],
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": f"Relato {m['narrative']}",
            "state_observed": f"Estado {m['state_observed']}",
            "agreements": f"Acuerdos {m['agreements']}",
            "urgency": "high",
        },
    )
    add(
        "risk-assessment",
        {
            "subject_id": sid,
            "assessed_on": "2026-11-21",
            "threats": [
                {
                    "description": f"Amenaza {m['threat']}",
                    "score": 4,
                    "who": f"Quién {m['threat_who']}",
                    "when": f"Cuándo {m['threat_when']}",
                    "credibility": f"Creíble {m['credibility']}",
                }
            ],
            "vulnerabilities": [{"description": f"Vulnerable {m['vulnerability']}", "score": 3}],
            "capacities": [{"description": f"Capacidad {m['capacity']}", "score": 2}],
            "measures": [{"what": f"Medida {m['measure']}", "who": m["measure_who"]}],
            "notes": f"Notas {m['risk_notes']}",
        },
    )
    add(
        "impact-observation",
        {
            "subject_ids": [sid],
            "observed_on": "2026-11-22",
            "sphere": "family",
            "categories": ["fear"],
            "intensity": 2,
            "narrative": f"Observación {m['impact']}",
            "resistance": f"Resiste {m['resistance']}",
        },
    )
    add(
        "activity",
        {
            "held_on": "2026-11-23",
            "area": "team_care",
            "type": "containment_session",
            "participants": {"women": 3, "men": 2},
            "lessons": f"Aprendizaje {m['lessons']}",
        },
    )
    add(
        "follow-up",
        {
            "record_id": nid,
            "due_on": "2026-12-01",
            "description": f"Llamar {m['follow_up']}",
            "assignee": m["assignee"],
        },
    )
    attachment = inputs / f"nota-{m['att_text_name']}.txt"
    attachment.write_text(f"Adjunto {m['att_text']}", encoding="utf-8")
    picture = inputs / f"foto-{m['att_name']}.png"
    picture.write_bytes(_png(m["att_png_text"]))
    cli(field, "attach", nid, str(attachment))
    cli(field, "attach", nid, str(picture))
    found = json.loads(cli(field, "search", m["narrative"], "--json"))
    assert [r["id"] for r in found] == [nid]
    edit = {"agreements": f"Otro acuerdo {m['edit']}", "narrative": f"Nuevo {m['draft']}"}
    cli(field, "edit", nid, "--json", "-", stdin=json.dumps(edit))
    refused = {"subject_ids": [sid], "narrative": m["refused"], "urgency": m["refused"]}
    cli(field, "add", "crisis-note", "--json", "-", stdin=json.dumps(refused), code=4)
    cli(field, "sync", "export", "--to", str(world["home"] / "export-stick"))
    cli(office, "sync", "import", str(world["home"] / "export-stick"))
    shown = json.loads(cli(office, "show", nid, "--json"))
    assert m["edit"] in shown["agreements"] and len(shown["attachments"]) == 2


def gui_session(world: dict[str, Path], m: dict[str, str]) -> list[tuple[str, str]]:
    pictures = world["input"] / "gui"
    pictures.mkdir()
    (pictures / f"foto-{m['att_name']}.png").write_bytes(_png(m["att_png_text"]))
    (pictures / f"nota-{m['att_text_name']}.txt").write_text(f"Adjunto {m['att_text']}")
    r = subprocess.run(
        [*GUI, str(world["vaults"] / "desktop"), str(pictures)],
        input=json.dumps(m),
        capture_output=True,
        text=True,
        env=environment(world),
        timeout=300,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    return [("app: stdout", r.stdout), ("app: stderr", r.stderr)]


@pytest.mark.slow
def test_no_marker_outside_the_encrypted_vaults(world: dict[str, Path], tmp_path: Path) -> None:
    gui_m, cli_m = markers("Gfuga", GUI_FIELDS), markers("Cfuga", CLI_FIELDS)
    outputs = gui_session(world, gui_m)
    cli = Cli(environment(world))
    cli_session(cli, world, cli_m)
    outputs += cli.outputs

    scanner = Scanner([*gui_m.values(), *cli_m.values(), PASSPHRASE])
    # The scan finds what it looks for: the user's own input files hold markers, in
    # plain text and inside a PNG, and a marker in base64 at an odd offset is found.
    control = world["input"] / "gui" / f"nota-{gui_m['att_text_name']}.txt"
    assert scanner.hits(control.read_bytes()) == [gui_m["att_text"]]
    odd = b"xx" + base64.b64encode(b"z" + cli_m["narrative"].lower().encode("utf-16-be"))
    assert scanner.hits(odd) == [cli_m["narrative"]]

    written = scanner.scan_tree(tmp_path, skip=world["input"])
    said = {label: scanner.hits(text.encode()) for label, text in outputs}
    assert written == {}
    assert {label: hits for label, hits in said.items() if hits} == {}
    # What the scan covered: three vaults, both sticks, and what Qt and the app wrote.
    vaults = sorted(p.parent.name for p in world["vaults"].rglob("vault.db"))
    assert vaults == ["desktop", "field", "office"]
    with open_vault(make_ctx(world["vaults"] / "desktop"), PASSPHRASE) as s:
        assert sorted(v.kind for v in s.list_records()) == sorted(KIND_CODES)
    assert len(list((world["home"] / "export-stick").glob("*.afb"))) == 1

"""Packaging files: desktop entry and AppStream metadata validate, the Flatpak pins every
wheel by hash, the icon set is complete, and --version names the crypto in use."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINUX = ROOT / "packaging" / "linux"


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="Debian's desktop-file-utils not installed (CI installs it)",
)
def test_desktop_file_validates() -> None:
    r = subprocess.run(
        ["desktop-file-validate", str(LINUX / "org.alunafield.AlunaField.desktop")],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "error" not in (r.stdout + r.stderr).lower()


@pytest.mark.skipif(
    shutil.which("appstreamcli") is None, reason="Debian's appstream not installed (CI installs it)"
)
def test_metainfo_validates() -> None:
    r = subprocess.run(
        [
            "appstreamcli",
            "validate",
            "--no-net",
            str(LINUX / "org.alunafield.AlunaField.metainfo.xml"),
        ],
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stdout + r.stderr


def test_flatpak_pins_every_wheel_by_hash() -> None:
    manifest = (LINUX / "org.alunafield.AlunaField.yml").read_text()
    requirements = (LINUX / "requirements-flatpak.txt").read_text()
    pinned = dict(re.findall(r"^(\S+)==\S+ --hash=sha256:([0-9a-f]{64})$", requirements, re.M))
    sources = re.findall(r"path: wheels/(\S+)\n\s+sha256: ([0-9a-f]{64})", manifest)
    assert len(pinned) >= 10 and len(sources) == len(pinned)
    assert sorted(h for _, h in sources) == sorted(pinned.values())
    for needed in ("sqlcipher3", "cryptography", "pydantic", "platformdirs"):
        assert needed in pinned
    assert "--require-hashes" in manifest


def test_icon_set_complete() -> None:
    icons = ROOT / "assets" / "icons"
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (icons / f"aluna-field-{size}.png").read_bytes()
        assert data.startswith(b"\x89PNG")
    assert (icons / "aluna-field.svg").read_text().lstrip().startswith("<?xml")
    assert (icons / "aluna-field.ico").stat().st_size > 0
    assert (icons / "aluna-field.icns").stat().st_size > 0


def test_version_names_crypto(cli) -> None:  # type: ignore[no-untyped-def]
    r = cli("--version")
    assert r.code == 0 and "aluna-field 0.1.0" in r.out
    assert "sqlcipher: 4." in r.out and "cryptography:" in r.out

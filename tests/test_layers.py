"""Layering promises: the CLI never loads Qt; PySide6 is imported only under ui/."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "aluna_field"
ORDER = ["domain", "store", "sync", "services", "cli"]


def test_importing_the_cli_does_not_import_pyside6() -> None:
    code = (
        "import sys, aluna_field.cli.main, aluna_field.services.session\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                package = path.relative_to(SRC).parts[: -node.level]
                base = ".".join(("aluna_field", *package))
                found.add(f"{base}.{node.module}" if node.module else base)
            elif node.module:
                found.add(node.module)
    return found


def test_pyside6_only_under_ui() -> None:
    offenders = [
        str(p.relative_to(SRC))
        for p in SRC.rglob("*.py")
        if "ui" not in p.relative_to(SRC).parts[:1]
        and any(m.startswith("PySide6") for m in _imports(p))
    ]
    assert offenders == []


def test_lower_layers_never_import_higher() -> None:
    offenders = []
    for p in SRC.rglob("*.py"):
        layer = p.relative_to(SRC).parts[0]
        if layer not in ORDER:
            continue
        # cli and ui are peers at the top; the CLI opens the app lazily (see the Qt test).
        higher = ORDER[ORDER.index(layer) + 1 :] + ([] if layer == "cli" else ["ui"])
        for m in _imports(p):
            parts = m.split(".")
            if parts[0] == "aluna_field" and len(parts) > 1 and parts[1] in higher:
                offenders.append(f"{p.relative_to(SRC)} imports {m}")
    assert offenders == []


def test_the_entry_point_hardens_the_process() -> None:
    """umask 077 and no core dumps, in the real console-script entry."""
    code = (
        "import os, resource, sys\n"
        "from aluna_field.cli.main import harden_process\n"
        "harden_process()\n"
        "mask = os.umask(0); print(oct(mask), resource.getrlimit(resource.RLIMIT_CORE))\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.split(" ", 1)[0] == "0o77" and "(0, 0)" in r.stdout

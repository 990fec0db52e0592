"""Layering promises: the CLI never loads Qt; PySide6 is imported only under ui/; a layer
imports only those below it; ui/ packages never import each other in a loop.

The checks are functions of a source folder so that the last test can prove, on a
temporary copy with violations injected, that each one catches what it promises.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "aluna_field"
# Modules directly in aluna_field/ (l10n.py, __init__.py) are the "root" layer, below domain.
ORDER = ["root", "domain", "store", "sync", "services", "cli"]
QT = ("PySide6", "shiboken6")


def test_importing_the_cli_does_not_import_pyside6() -> None:
    code = (
        "import sys, aluna_field.cli.main, aluna_field.services.session\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr


def _package_of(root: Path, path: Path) -> tuple[str, ...]:
    parts = path.relative_to(root).parts
    return parts[:-1]


def _absolute(root: Path, path: Path, level: int, module: str | None) -> str:
    package = _package_of(root, path)
    base = package[: len(package) - (level - 1)] if level > 1 else package
    name = ".".join(("aluna_field", *base))
    return f"{name}.{module}" if module else name


def _dynamic_target(node: ast.Call) -> str | None:
    """The module named by `importlib.import_module("…")` or `__import__("…")`."""
    func = node.func
    named = (isinstance(func, ast.Attribute) and func.attr == "import_module") or (
        isinstance(func, ast.Name) and func.id in ("import_module", "__import__")
    )
    if not named or not node.args:
        return None
    first = node.args[0]
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None


def imports_of(root: Path, path: Path) -> set[str]:
    """Every module `path` imports, absolute: `from .. import ui` gives `aluna_field.ui`,
    and string arguments of import_module / __import__ count as imports too."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = _absolute(root, path, node.level, node.module)
            elif node.module:
                base = node.module
            else:
                continue
            found.add(base)
            # `from pkg import name` may import the submodule pkg.name.
            found.update(f"{base}.{a.name}" for a in node.names if a.name != "*")
        elif isinstance(node, ast.Call):
            target = _dynamic_target(node)
            if target is None:
                continue
            if target.startswith("."):
                level = len(target) - len(target.lstrip("."))
                found.add(_absolute(root, path, level, target.lstrip(".") or None))
            else:
                found.add(target)
    return found


def layer_of_module(name: str) -> str | None:
    """The layer an absolute module name belongs to; None outside aluna_field."""
    parts = name.split(".")
    if parts[0] != "aluna_field":
        return None
    if len(parts) == 1 or parts[1] not in (*ORDER[1:], "ui"):
        return "root"
    return parts[1]


def layer_of_file(root: Path, path: Path) -> str:
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else "root"


def pyside_offenders(root: Path) -> list[str]:
    return sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if layer_of_file(root, p) != "ui" and any(m.startswith(QT) for m in imports_of(root, p))
    )


def _higher(layer: str) -> list[str]:
    if layer == "ui":
        return ["cli"]  # the CLI opens the app lazily; the app never reaches into the CLI
    # cli and ui are peers at the top; the CLI opens the app lazily (see the Qt test).
    above = ORDER[ORDER.index(layer) + 1 :]
    return above if layer == "cli" else [*above, "ui"]


def layer_offenders(root: Path) -> list[str]:
    offenders = []
    for p in sorted(root.rglob("*.py")):
        higher = _higher(layer_of_file(root, p))
        for m in sorted(imports_of(root, p)):
            if layer_of_module(m) in higher:
                offenders.append(f"{p.relative_to(root)} imports {m}")
    return offenders


def _ui_unit(name: str) -> str | None:
    """The ui/ package (or top-level ui module) a module name belongs to."""
    parts = name.split(".")
    return parts[2] if len(parts) > 2 and parts[:2] == ["aluna_field", "ui"] else None


def ui_cycles(root: Path) -> list[str]:
    """Loops between ui/ packages (records → forms → records), each as "a → b → a"."""
    ui = root / "ui"
    edges: dict[str, set[str]] = {}
    for p in ui.rglob("*.py"):
        rel = p.relative_to(ui).parts
        unit = rel[0] if len(rel) > 1 else rel[0].removesuffix(".py")
        deps = {_ui_unit(m) for m in imports_of(root, p)}
        edges.setdefault(unit, set()).update(d for d in deps if d and d != unit)
    found: set[str] = set()

    def walk(node: str, path: list[str]) -> None:
        for nxt in sorted(edges.get(node, ())):
            if nxt in path:
                loop = path[path.index(nxt) :]
                start = loop.index(min(loop))
                loop = loop[start:] + loop[:start]
                found.add(" → ".join([*loop, loop[0]]))
            elif len(path) < 8:
                walk(nxt, [*path, nxt])

    for unit in sorted(edges):
        walk(unit, [unit])
    return sorted(found)


def test_pyside6_only_under_ui() -> None:
    assert pyside_offenders(SRC) == []


def test_lower_layers_never_import_higher() -> None:
    assert layer_offenders(SRC) == []


def test_ui_packages_never_import_each_other_in_a_loop() -> None:
    assert ui_cycles(SRC) == []


def test_store_has_no_import_loop_between_ingest_and_records() -> None:
    ingest = imports_of(SRC, SRC / "store" / "ingest.py")
    assert not any(m.startswith("aluna_field.store.records") for m in ingest)


def test_the_checks_catch_injected_violations(tmp_path: Path) -> None:
    """Each hole the checks once had, injected into a copy of the sources, is caught."""
    copy = tmp_path / "aluna_field"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert (layer_offenders(copy), pyside_offenders(copy), ui_cycles(copy)) == ([], [], [])

    def inject(rel: str, line: str) -> None:
        target = copy / rel
        target.write_text(target.read_text(encoding="utf-8") + "\n" + line + "\n", "utf-8")

    inject("store/ingest.py", "from .. import ui")
    inject("l10n.py", "from .domain import kinds")
    inject("domain/coded.py", 'importlib.import_module("PySide6.QtWidgets")')
    inject("domain/taxonomy.py", "__import__('aluna_field.services.session')")
    inject("ui/forms/fields.py", "from ..records import texts")
    layers = layer_offenders(copy)
    assert "store/ingest.py imports aluna_field.ui" in layers
    assert "l10n.py imports aluna_field.domain.kinds" in layers
    assert "domain/taxonomy.py imports aluna_field.services.session" in layers
    assert pyside_offenders(copy) == ["domain/coded.py"]
    assert ui_cycles(copy) != []


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

"""Shared parts of tools/i18n_codemod.py: the catalogues it reads, the msgid each key
becomes, and how it writes Python literals and imports."""

from __future__ import annotations

import ast
import importlib
import re
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
PKG = ROOT / "src" / "aluna_field"
CTX = "\x04"

# Keys whose text shows a count: (placeholder holding the count, en singular, en plural,
# es singular, es plural). Only literal call sites become ngettext.
PLURALS: dict[tuple[str, str], tuple[str, str, str, str, str]] = {
    ("ui.records", "found"): ("n", "{n} result", "{n} results", "{n} resultado", "{n} resultados"),
    ("msg", "demo_done"): (
        "n",
        "Training vault created with {n} fictional record.",
        "Training vault created with {n} fictional records.",
        "Bóveda de práctica creada con {n} registro ficticio.",
        "Bóveda de práctica creada con {n} registros ficticios.",
    ),
    ("msg", "export_line"): (
        "ops",
        "Bundle {name} for {to} ({ops} operation).",
        "Bundle {name} for {to} ({ops} operations).",
        "Paquete {name} para {to} ({ops} operación).",
        "Paquete {name} para {to} ({ops} operaciones).",
    ),
    ("msg", "relay_sent"): (
        "ops",
        "Sent {name} for {to} ({ops} operation).",
        "Sent {name} for {to} ({ops} operations).",
        "Enviado {name} para {to} ({ops} operación).",
        "Enviado {name} para {to} ({ops} operaciones).",
    ),
    ("ui.sync", "relay_received"): (
        "n",
        "Relay: {n} bundle came in.",
        "Relay: {n} bundles came in.",
        "Relevo: llegó {n} paquete.",
        "Relevo: llegaron {n} paquetes.",
    ),
    ("ui.unlock", "strength_0"): (
        "n",
        "Too short: use at least {n} character.",
        "Too short: use at least {n} characters.",
        "Muy corta: usa al menos {n} carácter.",
        "Muy corta: usa al menos {n} caracteres.",
    ),
    ("ui.settings", "auto_wipe_question"): (
        "n",
        "Erase the vault after {n} wrong passphrase?",
        "Erase the vault after {n} wrong passphrases?",
        "¿Borrar la bóveda tras {n} frase de paso equivocada?",
        "¿Borrar la bóveda tras {n} frases de paso equivocadas?",
    ),
}
# Domain modules whose dict literals of (es, en) pairs become N_ tables in place.
TUPLE_TABLE_FILES = (
    "domain/field_labels.py",
    "domain/kinds.py",
    "domain/taxonomy.py",
    "domain/taxonomy_impacts.py",
    "domain/taxonomy_scales.py",
    "domain/taxonomy_activity.py",
    "domain/risk_codes.py",
)
CODES_MODULE = "aluna_field.services.message_codes"
# The root dict catalogues (i18n.py and the parts it merges: i18n_relay.py, i18n_exit.py,
# i18n_forms.py…), read before the conversion deletes them.
CATALOGUE_MODULES = frozenset(f"aluna_field.{p.stem}" for p in PKG.glob("i18n*.py"))
LOWER_LAYERS = ("store", "sync", "domain")


@dataclass
class Catalogue:
    cid: str
    module: str  # dotted module that defines the dict
    entries: dict[str, tuple[str, str]]
    residual: set[str] = field(default_factory=set)
    prefixes: set[str] = field(default_factory=set)
    suffixes: set[str] = field(default_factory=set)


@dataclass
class Entry:
    es: str
    en: str
    context: str | None = None


# ---------------------------------------------------------------- loading


def load_catalogues() -> dict[str, Catalogue]:
    sys.path.insert(0, str(ROOT / "src"))
    cats: dict[str, Catalogue] = {}
    if (PKG / "i18n.py").exists():
        mod = importlib.import_module("aluna_field.i18n")
        cats["msg"] = Catalogue("msg", "aluna_field.i18n", dict(mod.MESSAGES))
    for path in sorted((PKG / "ui").glob("*/texts.py")):
        name = f"aluna_field.ui.{path.parent.name}.texts"
        mod = importlib.import_module(name)
        if hasattr(mod, "TEXTS"):
            cats[f"ui.{path.parent.name}"] = Catalogue(
                f"ui.{path.parent.name}", name, dict(mod.TEXTS)
            )
    rep = PKG / "services" / "reports" / "texts.py"
    if rep.exists():
        mod = importlib.import_module("aluna_field.services.reports.texts")
        if hasattr(mod, "TEXTS"):
            cats["reports"] = Catalogue("reports", mod.__name__, dict(mod.TEXTS))
    return cats


def tuple_tables() -> Iterator[tuple[Path, str, ast.Dict, list[tuple[str, str, str]]]]:
    """(file, table id, dict node, [(key, es, en)]) for every (es, en) dict literal."""
    for rel in TUPLE_TABLE_FILES:
        path = PKG / rel
        if not path.exists():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, name in _named_dicts(tree):
            rows = _pairs(node)
            if rows:
                yield path, f"{Path(rel).stem}.{name}", node, rows


def _named_dicts(tree: ast.Module) -> Iterator[tuple[ast.Dict, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "define_labels":
            cls = ast.unparse(node.args[0])
            named = [(i, a) for i, a in enumerate(node.args[1:])]
            named += [(0 if k.arg == "labels" else 1, k.value) for k in node.keywords]
            for i, arg in named:
                if isinstance(arg, ast.Dict):
                    yield arg, f"{cls}" if i == 0 else f"{cls}.description"
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Dict):
            target = node.targets[0] if isinstance(node, ast.Assign) else node.target
            name = ast.unparse(target)
            yield node.value, name
            for k, v in zip(node.value.keys, node.value.values, strict=True):
                if isinstance(v, ast.Dict) and isinstance(k, ast.Constant):
                    yield v, f"{name}.{k.value}"


def _pairs(node: ast.Dict) -> list[tuple[str, str, str]]:
    """(key, es, en) of a dict of (es, en) pairs, or of tuples of them ("key.0", …)."""
    rows = []
    for k, v in zip(node.keys, node.values, strict=True):
        if isinstance(k, ast.Constant) and isinstance(v, ast.Tuple) and v.elts:
            if all(isinstance(e, ast.Tuple) for e in v.elts):
                inner = ast.Dict(
                    keys=[ast.Constant(f"{k.value}.{i}") for i in range(len(v.elts))], values=v.elts
                )
                sub = _pairs(inner)
                if len(sub) != len(v.elts):
                    return []
                rows += sub
                continue
        if not (isinstance(k, ast.Constant) and isinstance(v, ast.Tuple) and len(v.elts) == 2):
            return []
        es, en = v.elts
        if not all(isinstance(x, ast.Constant) and isinstance(x.value, str) for x in (es, en)):
            return []
        rows.append((str(k.value), es.value, en.value))  # type: ignore[union-attr]
    return rows


# ---------------------------------------------------------------- msgids


class Msgids:
    """Which msgid (and context) each (catalogue, key) becomes, and its Spanish."""

    def __init__(self, cats: dict[str, Catalogue], tables: list[tuple[str, list]]) -> None:
        rows: list[tuple[str, str, str, str]] = []
        for cat in cats.values():
            rows += [(cat.cid, k, es, en) for k, (es, en) in cat.entries.items()]
        for tid, pairs in tables:
            rows += [(tid, k, es, en) for k, es, en in pairs]
        spanish: dict[str, dict[str, str]] = defaultdict(dict)  # en → es → first "cid:key"
        for cid, key, es, en in rows:
            spanish[en].setdefault(es, f"{cid}:{key}")
        self.entry: dict[tuple[str, str], Entry] = {}
        for cid, key, es, en in rows:
            ctx = spanish[en][es] if len(spanish[en]) > 1 else None
            self.entry[(cid, key)] = Entry(es, en, ctx)

    def po_entries(self) -> dict[tuple[str | None, str], tuple[str, str]]:
        out: dict[tuple[str | None, str], tuple[str, str]] = {}
        for e in self.entry.values():
            out[(e.context, e.en)] = (e.es, e.en)
        return out


# The quote to write literals with: '"' normally, "'" inside a double-quoted f-string
# (Python 3.11 allows neither the same quote nor a backslash there).
QUOTE = ['"']


def lit(s: str, indent: int = 0) -> str:
    """A Python string literal for s; long ones as implicit concatenation."""
    q = QUOTE[-1]

    def one(part: str) -> str:
        if q != '"':
            if q in part or "\\" in part or "\n" in part:
                raise ValueError(f"cannot write {part!r} inside an f-string")
            return f"{q}{part}{q}"
        body = part.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        body = body.replace("\t", "\\t").replace("\x04", "\\x04")
        return f'"{body}"'

    if len(s) <= 70:
        return one(s)
    parts, cur = [], ""
    for word in re.split(r"(?<= )", s):
        if cur and len(cur) + len(word) > 70:
            parts.append(cur)
            cur = ""
        cur += word
    parts.append(cur)
    # No parentheses around the parts: Babel's extractor would take them for a nested
    # call and miss the msgid. Every literal written here is an argument of a call.
    return " ".join(one(p) for p in parts)


def marked(e: Entry) -> str:
    if e.context:
        return f"NP_({lit(e.context)}, {lit(e.en)})"
    return f"N_({lit(e.en)})"


# ---------------------------------------------------------------- per file


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT / "src").with_suffix("")
    return ".".join(rel.parts)


def resolve(path: Path, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    if path.is_relative_to(ROOT / "src"):
        pkg = module_name(path).split(".")[:-1]
    else:
        pkg = []
    base = pkg[: len(pkg) - node.level + 1] if node.level > 1 else pkg
    return ".".join([*base, node.module] if node.module else base)


def _is_literal_key(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.IfExp):
        return _is_literal_key(node.body) and _is_literal_key(node.orelse)
    return False


def add_imports(text: str, imports: set[str]) -> str:
    if not imports:
        return text
    tree = ast.parse(text)
    last = 0
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            last = node.end_lineno or 0
        elif isinstance(node, ast.Expr) and isinstance(getattr(node, "value", None), ast.Constant):
            last = max(last, node.end_lineno or 0)
        else:
            break
    lines = text.splitlines(keepends=True)
    block = "".join(sorted(i + "\n" for i in imports))
    return "".join(lines[:last]) + block + "".join(lines[last:])


def _branches(node: ast.expr) -> Iterator[tuple[str, ast.expr]]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value, node
    elif isinstance(node, ast.IfExp):
        yield from _branches(node.body)
        yield from _branches(node.orelse)

"""Convert the Python-dict catalogues to gettext, mechanically and re-runnably.

    python tools/i18n_codemod.py [ROOT]      # ROOT defaults to the repository

Run on a tree that still has the dict catalogues ({key: (es, en)}: `i18n.py` +
`i18n_relay.py` with `tr`, `ui/*/texts.py` with `t(TEXTS, …)`, `services/reports/texts.py`
with `text`, the (es, en) tables of `domain/field_labels.py`, `define_labels` and
`kinds._PLURALS`), it

1. rewrites every call with a literal key to the gettext form with the English text
   as msgid: `tr("k", lang, x=1)` → `_(lang, "English {x}", x=1)`; `t(TEXTS, "a" if c
   else "b", lang)` → one call per branch; keys in PLURALS → `ngettext`; an English
   text that has two Spanish translations → `pgettext` with a context per meaning;
   `env.say("k", …)` (CLI) → `env.tell(_(env.lang, …))`; `N_("k")` → `N_("English")`;
   tests are rewritten the same way;
2. turns calls whose key is computed (`tr(exc.key, …)`, `t(TEXTS, f"col_{n}", …)`)
   into a lookup in a table of marked msgids that keeps the old keys as codes:
   `_(lang, BY_CODE[exc.key])` (services/message_codes.py, for the codes errors carry)
   or `_(lang, KEYED[f"col_{n}"])` (what is left of each texts.py);
3. rewrites the (es, en) tables of the domain into `N_("English")` in place;
4. deletes the dicts and their lookups, runs ruff on the files it touched, extracts
   the template and writes the es/en .po files from the dicts (keeping every entry a
   .po already had for a msgid still in the code, e.g. the Qt strings).

It prints what it could not convert (a reference left to a deleted name); fix those by
hand after it. See docs/translating.md.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from i18n_codemod_base import (
    CATALOGUE_MODULES,
    PKG,
    PLURALS,
    ROOT,
    Catalogue,
    Msgids,
    _branches,
    add_imports,
    lit,
    load_catalogues,
    marked,
    resolve,
    tuple_tables,
)
from i18n_codemod_calls import FileJob


def source_files() -> list[Path]:
    skip = {*PKG.glob("i18n*.py"), ROOT / "tests" / "test_messages.py"}
    files = [p for p in sorted((ROOT / "src").rglob("*.py")) if p not in skip]
    files = [p for p in files if p.name != "texts.py"]
    return files + sorted((ROOT / "tests").rglob("*.py"))


def string_constants(jobs: list[FileJob], skip: set[int]) -> set[str]:
    """Every string constant of the code that is not a key of a literal call."""
    found: set[str] = set()
    for job in jobs:
        for node in ast.walk(job.tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
            ):
                found.add(node.value)
    return found


def main() -> int:
    cats = load_catalogues()
    tables = list(tuple_tables())
    if not cats and not tables:
        print("nothing to convert: no dict catalogue left")
        return 0
    ids = Msgids(cats, [(tid, rows) for _p, tid, _n, rows in tables])
    files = source_files()
    jobs = [FileJob(p, cats, ids) for p in files]
    for job in jobs:
        job.run()
    outputs = {job.path: job.result() for job in jobs}
    problems = [p for job in jobs for p in job.problems]
    # keys still needed as codes: used as a plain string anywhere, or by a computed key
    literal_keys, key_nodes = literal_call_keys(jobs)
    consts = string_constants(jobs, key_nodes)
    for cat in cats.values():
        for key in cat.entries:
            dynamic = key.startswith(tuple(cat.prefixes) or ("\0",)) or key.endswith(
                tuple(cat.suffixes) or ("\0",)
            )
            if dynamic or key in consts or key in cat.residual:
                cat.residual.add(key)
            elif key not in literal_keys.get(cat.cid, set()):
                cat.residual.add(key)  # unused or used in a way the codemod cannot see
    touched = [p for p, out in outputs.items() if out is not None]
    for path, out in outputs.items():
        if out is not None:
            path.write_text(out, encoding="utf-8")
    touched += rewrite_tuple_tables(tables, ids)
    touched += write_residuals(cats, ids)
    touched += remove_dicts(cats)
    ruff(touched)
    problems += leftovers()
    write_catalogues(ids)
    for p in problems:
        print("NOT CONVERTED:", p)
    print(f"converted {len(touched)} files; {len(problems)} left for a hand fix")
    return 1 if problems else 0


def literal_call_keys(jobs: list[FileJob]) -> tuple[dict[str, set[str]], set[int]]:
    """Keys consumed by literal calls (these need no code table entry), and their nodes."""
    out: dict[str, set[str]] = defaultdict(set)
    nodes: set[int] = set()
    for job in jobs:
        for node in ast.walk(job.tree):
            if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
                cid = "msg" if node.value.id == job.codes_name else job.tables.get(node.value.id)
                if cid:
                    for c, n in _branches(node.slice):
                        out[cid].add(c)
                        nodes.add(id(n))
            if not isinstance(node, ast.Call):
                continue
            f = node.func
            kind = job.fn.get(f.id) if isinstance(f, ast.Name) else None
            keys: list[tuple[str, ast.expr]] = []
            if kind == "tr" and node.args:
                keys.append(("msg", node.args[0]))
            elif kind == "text" and node.args:
                keys.append(("reports", node.args[0]))
            elif kind == "t" and len(node.args) > 1 and isinstance(node.args[0], ast.Name):
                cid = job.tables.get(node.args[0].id)
                if cid:
                    keys.append((cid, node.args[1]))
            elif isinstance(f, ast.Attribute) and f.attr == "say" and node.args:
                keys.append(("msg", node.args[0]))
            elif isinstance(f, ast.Name) and f.id == "N_" and node.args:
                keys += [(cid, node.args[0]) for cid in job.module_cats]
            for cid, k in keys:
                for c, n in _branches(k):
                    out[cid].add(c)
                    nodes.add(id(n))
    return out, nodes


def rewrite_tuple_tables(tables: list, ids: Msgids) -> list[Path]:
    by_file: dict[Path, list] = defaultdict(list)
    for path, tid, node, _rows in tables:
        by_file[path].append((tid, node))
    touched = []
    for path, items in by_file.items():
        src = path.read_text(encoding="utf-8")
        job = FileJob(path, {}, ids)
        edits = []
        needs = set()
        for tid, node in items:
            for k, v in zip(node.keys, node.values, strict=True):
                pairs = [(str(k.value), v)]  # type: ignore[union-attr]
                if isinstance(v, ast.Tuple) and all(isinstance(e, ast.Tuple) for e in v.elts):
                    pairs = [(f"{k.value}.{i}", e) for i, e in enumerate(v.elts)]  # type: ignore[union-attr]
                for key, node_v in pairs:
                    e = ids.entry[(tid, key)]
                    needs.add("NP_" if e.context else "N_")
                    edits.append((*job.span(node_v), marked(e)))
        for s, e, text in sorted(edits, reverse=True):
            src = src[:s] + text + src[e:]
        path.write_text(
            add_imports(src, {f"from aluna_field.l10n import {', '.join(sorted(needs))}"})
        )
        touched.append(path)
    return touched


def write_residuals(cats: dict[str, Catalogue], ids: Msgids) -> list[Path]:
    touched = []
    for cat in cats.values():
        rows = [(k, ids.entry[(cat.cid, k)]) for k in cat.entries if k in cat.residual]
        if cat.cid == "msg":
            path = PKG / "services" / "message_codes.py"
            doc = (
                '"""Codes that errors and results carry (sync, store, services, CLI) → their\n'
                "message, marked for the gettext catalogue. Lower layers raise codes; the layer\n"
                'that shows one translates it: `_(lang, BY_CODE[exc.key], **exc.values)`."""\n'
            )
            name = "BY_CODE"
        else:
            path = ROOT / "src" / (cat.module.replace(".", "/") + ".py")
            doc = (
                '"""Strings this feature looks up by a computed key (a column name, a state\n'
                'code), marked for the gettext catalogue: `_(lang, KEYED[key])`."""\n'
            )
            name = "KEYED"
        body = "".join(f"    {lit(k)}: {marked(e)},\n" for k, e in rows)
        needs = sorted({"NP_" if e.context else "N_" for _k, e in rows}) or ["N_"]
        text = (
            doc
            + "\nfrom __future__ import annotations\n\nfrom collections.abc import Mapping\n\n"
            + f"from {'.' * len(path.relative_to(PKG).parts)}l10n import {', '.join(needs)}\n\n"
            + f"{name}: Mapping[str, str] = {{\n{body}}}\n"
        )
        path.write_text(text, encoding="utf-8")
        touched.append(path)
    return touched


def remove_dicts(cats: dict[str, Catalogue]) -> list[Path]:
    for path in PKG.glob("i18n*.py"):
        path.unlink()
    # It checked the dicts (both languages, same placeholders); tests/test_catalogue.py
    # makes those checks on the gettext catalogues.
    (ROOT / "tests" / "test_messages.py").unlink(missing_ok=True)
    ui = PKG / "ui" / "i18n.py"
    src = ui.read_text(encoding="utf-8")
    tree = ast.parse(src)
    job = FileJob(ui, {}, Msgids({}, []))
    cuts = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == "t":
            cuts.append(job.span(node))
        if isinstance(node, ast.Assign) and ast.unparse(node.targets[0]) == "Texts":
            s, e = job.span(node)
            cuts.append((s, e))
    for s, e in sorted(cuts, reverse=True):
        src = src[:s] + src[e:]
    ui.write_text(src, encoding="utf-8")
    return [ui]


def ruff(paths: list[Path]) -> None:
    ruff_bin = ROOT / ".venv" / "bin" / "ruff"
    exe = str(ruff_bin) if ruff_bin.exists() else "ruff"
    names = [str(p) for p in paths if p.exists()]
    # The project's own rules (unused imports, their order, the parentheses around a long
    # msgid that `lit` added and that fit without them).
    subprocess.run(
        [exe, "check", "-q", "--fix", *names], cwd=ROOT, check=False, capture_output=True
    )
    subprocess.run([exe, "format", "-q", *names], cwd=ROOT, check=False)


def leftovers() -> list[str]:
    """References left to a deleted catalogue name, and (es, en) tables left in the
    domain (fix them by hand)."""
    problems = [
        f"{path.relative_to(ROOT)}: table {tid} still holds (es, en) pairs"
        for path, tid, _node, _rows in tuple_tables()
    ]
    bad_modules = set(CATALOGUE_MODULES)
    for p in source_files():
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                mod = resolve(p, node)
                names = {a.name for a in node.names}
                if mod in bad_modules or (mod == "aluna_field.ui.i18n" and names & {"t", "Texts"}):
                    problems.append(
                        f"{p.relative_to(ROOT)}:{node.lineno}: imports {names} from {mod}"
                    )
                if mod.endswith(".texts") and names & {"TEXTS", "SAME_IN_BOTH", "text"}:
                    problems.append(
                        f"{p.relative_to(ROOT)}:{node.lineno}: imports {names} from {mod}"
                    )
    return problems


def write_catalogues(ids: Msgids) -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import l10n_catalogue as cat

    cat.extract()
    cat.update()
    known = ids.po_entries()
    plurals = {(v[1], v[2]): (v[3], v[4]) for v in PLURALS.values()}
    for lang in cat.LANGS:
        catalog = cat.read_po(cat.po_path(lang), lang)
        for message in catalog:  # type: ignore[attr-defined]
            if not message.id:
                continue
            if isinstance(message.id, tuple):
                es = plurals.get(tuple(message.id))
                if es is not None and not any(message.string):
                    message.string = es if lang == "es" else tuple(message.id)
                continue
            pair = known.get((message.context, message.id))
            if pair is not None and not message.string:
                message.string = pair[0] if lang == "es" else pair[1]
        cat.write_po(catalog, cat.po_path(lang))
    cat.compile_all(force=True)


if __name__ == "__main__":
    sys.exit(main())

"""The per-file rewrite of tools/i18n_codemod.py: every lookup of a dict catalogue in
one source file, turned into its gettext form."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

from i18n_codemod_base import (
    CATALOGUE_MODULES,
    CODES_MODULE,
    LOWER_LAYERS,
    PKG,
    PLURALS,
    QUOTE,
    ROOT,
    Catalogue,
    Msgids,
    add_imports,
    lit,
    marked,
    resolve,
)


class FileJob:
    def __init__(self, path: Path, cats: dict[str, Catalogue], ids: Msgids) -> None:
        self.path = path
        self.src = path.read_text(encoding="utf-8")
        self.tree = ast.parse(self.src)
        self.cats, self.ids = cats, ids
        self.lines = self.src.splitlines(keepends=True)
        self.starts = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line))
        self.edits: list[tuple[int, int, Callable[[], str]]] = []
        self.needs: set[str] = set()
        self.extra_imports: set[str] = set()
        self.problems: list[str] = []
        self.fn: dict[str, str] = {}  # local name → "tr" | "t" | "text"
        self.tables: dict[str, str] = {}  # local name → catalogue id
        self.module_cats: list[str] = []
        self.codes_name: str | None = None
        self.in_fstring: dict[int, str] = {}
        for node in ast.walk(self.tree):
            if isinstance(node, ast.JoinedStr):
                start = self.span(node)[0]
                head = self.src[start : start + 4].lstrip("rfRFbBuU")
                inner = "'" if head.startswith('"') else '"'
                for sub in ast.walk(node):
                    if isinstance(sub, ast.Call):
                        self.in_fstring.setdefault(id(sub), inner)
        self._bind()

    def off(self, lineno: int, col: int) -> int:
        # ast columns are UTF-8 byte offsets
        line = self.lines[lineno - 1]
        return self.starts[lineno - 1] + len(line.encode("utf-8")[:col].decode("utf-8"))

    def span(self, node: ast.AST) -> tuple[int, int]:
        return (
            self.off(node.lineno, node.col_offset),  # type: ignore[attr-defined]
            self.off(node.end_lineno, node.end_col_offset),  # type: ignore[attr-defined]
        )

    def _bind(self) -> None:
        by_module = {c.module: c.cid for c in self.cats.values()}
        for node in ast.walk(self.tree):
            if not isinstance(node, ast.ImportFrom):
                continue
            mod = resolve(self.path, node)
            for alias in node.names:
                local = alias.asname or alias.name
                if mod == "aluna_field.i18n" and alias.name == "tr" and "msg" in self.cats:
                    self.fn[local] = "tr"
                elif mod == "aluna_field.ui.i18n" and alias.name == "t":
                    self.fn[local] = "t"
                elif mod == "aluna_field.services.reports.texts" and alias.name == "text":
                    self.fn[local] = "text"
                elif mod in by_module and alias.name == "TEXTS":
                    self.tables[local] = by_module[mod]
                elif mod == "aluna_field.i18n" and alias.name == "MESSAGES":
                    self.codes_name = local
        if "tr" in self.fn.values() or self.layer() in ("cli", "services"):
            self.module_cats.append("msg")
        self.module_cats += list(self.tables.values())
        if "text" in self.fn.values():
            self.module_cats.append("reports")

    def layer(self) -> str:
        if not self.path.is_relative_to(PKG):
            return "tests"
        return self.path.relative_to(PKG).parts[0]

    # -- rendering with nested edits applied
    def render(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.segment(start, end)

    def segment(self, start: int, end: int) -> str:
        out, pos = [], start
        for s, e, make in sorted(self.edits, key=lambda x: x[0]):
            if s >= pos and e <= end and s >= start:
                out.append(self.src[pos:s])
                out.append(make())
                pos = e
        out.append(self.src[pos:end])
        return "".join(out)

    # -- call construction
    def call(self, cid: str, key: str, lang_s: str, kws: list[ast.keyword]) -> str | None:
        e = self.ids.entry.get((cid, key))
        if e is None:
            return None
        kw_s = "".join(", " + self.render_kw(k) for k in kws)
        plural = PLURALS.get((cid, key))
        if plural is not None:
            var, s1, s2, _es1, _es2 = plural
            count = next((k.value for k in kws if k.arg == var), None)
            if count is not None:
                self.needs.add("ngettext")
                return f"ngettext({lang_s}, {lit(s1)}, {lit(s2)}, {self.render(count)}{kw_s})"
        if e.context:
            self.needs.add("pgettext")
            return f"pgettext({lang_s}, {lit(e.context)}, {lit(e.en)}{kw_s})"
        self.needs.add("_")
        return f"_({lang_s}, {lit(e.en)}{kw_s})"

    def render_kw(self, k: ast.keyword) -> str:
        return f"**{self.render(k.value)}" if k.arg is None else f"{k.arg}={self.render(k.value)}"

    def keyed(
        self,
        cid: str,
        key: ast.expr,
        lang: ast.expr | str,
        kws: list[ast.keyword],
        table: str | Callable[[], str],
    ) -> str:
        """A call whose key is computed: one call per literal branch, else a table lookup
        (`table` is asked for only then: naming it may add an import)."""
        if not isinstance(lang, str):
            lang = self.render(lang)
        if callable(table):
            table_of = table
        else:
            name = table

            def table_of() -> str:
                return name

        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            made = self.call(cid, key.value, lang, kws)
            if made is None:
                self.problems.append(f"{self.where(key)}: unknown key {key.value!r} in {cid}")
                return f"_({lang}, {table_of()}[{self.render(key)}])"
            return made
        if isinstance(key, ast.IfExp):
            return (
                f"({self.keyed(cid, key.body, lang, kws, table)} if {self.render(key.test)}"
                f" else {self.keyed(cid, key.orelse, lang, kws, table)})"
            )
        self.mark_dynamic(cid, key)
        self.needs.add("_")
        kw_s = "".join(", " + self.render_kw(k) for k in kws)
        return f"_({lang}, {table_of()}[{self.render(key)}]{kw_s})"

    def mark_dynamic(self, cid: str, key: ast.expr) -> None:
        cat = self.cats[cid]
        if isinstance(key, ast.JoinedStr):
            vals = key.values
            if vals and isinstance(vals[0], ast.Constant):
                cat.prefixes.add(str(vals[0].value))
            if vals and isinstance(vals[-1], ast.Constant):
                cat.suffixes.add(str(vals[-1].value))
            if not any(isinstance(v, ast.Constant) for v in vals):
                cat.residual.update(cat.entries)

    def where(self, node: ast.AST) -> str:
        return f"{self.path.relative_to(ROOT)}:{getattr(node, 'lineno', 0)}"

    def code_table(self) -> str:
        if self.layer() in LOWER_LAYERS:
            self.problems.append(
                f"{self.path.relative_to(ROOT)}: computed message key below services"
            )
        self.extra_imports.add(f"from {self.relative(CODES_MODULE)} import BY_CODE")
        return "BY_CODE"

    def relative(self, module: str) -> str:
        """`module` as the house style imports it here: relative inside src/."""
        if not self.path.is_relative_to(PKG) or self.layer() == "domain":
            return module
        depth = len(self.path.relative_to(PKG).parts)
        return "." * depth + module.removeprefix("aluna_field.")

    def keyed_name(self, local: str) -> str:
        return local.replace("TEXTS", "KEYED") if "TEXTS" in local else f"{local}_KEYED"

    # -- the pass
    def run(self) -> None:
        if "msg" not in self.cats and not self.tables:
            return
        splits = self.fstrings_to_split()
        for node in ast.walk(self.tree):
            if isinstance(node, ast.Call):
                self.visit_call(node)
            elif isinstance(node, ast.Subscript):
                self.visit_subscript(node)
            elif isinstance(node, ast.ImportFrom):
                self.visit_import(node)
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                self.visit_def(node)
        for js in splits:
            self.edits.append((*self.span(js), lambda js=js: self.split_fstring(js)))
        for node in ast.walk(self.tree):
            if (
                isinstance(node, ast.Name)
                and node.id == self.codes_name
                and not self._inside_edit(node)
            ):
                self.edits.append((*self.span(node), self.code_table))
            if (
                isinstance(node, ast.Name)
                and node.id in self.tables
                and not self._inside_edit(node)
            ):
                new = self.keyed_name(node.id)
                self.edits.append((*self.span(node), lambda new=new: new))
            if isinstance(node, ast.alias) and node.name == "TEXTS" and node.asname is None:
                self.edits.append((*self.span(node), lambda: "KEYED"))
            if isinstance(node, ast.alias) and node.name == "TEXTS" and node.asname:
                new = self.keyed_name(node.asname)
                self.edits.append((*self.span(node), lambda new=new: f"KEYED as {new}"))

    def is_lookup(self, node: ast.expr) -> bool:
        return (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id in self.fn
        )

    def _split_field(self, v: ast.expr) -> bool:
        return (
            isinstance(v, ast.FormattedValue)
            and self.is_lookup(v.value)
            and v.conversion == -1
            and v.format_spec is None
        )

    def fstrings_to_split(self) -> list[ast.JoinedStr]:
        """f-strings with a lookup as one of their fields: Babel (on Python 3.11) cannot
        see a msgid inside an f-string, so the field becomes an operand of `+`."""
        found = []
        for js in ast.walk(self.tree):
            if not isinstance(js, ast.JoinedStr):
                continue
            direct = [v.value for v in js.values if self._split_field(v)]  # type: ignore[attr-defined]
            if direct:
                found.append(js)
                for call in direct:
                    for sub in ast.walk(call):
                        self.in_fstring.pop(id(sub), None)
        return found

    def split_fstring(self, js: ast.JoinedStr) -> str:
        start = self.span(js)[0]
        q = self.src[start : start + 4].lstrip("rfRFbBuU")[0]
        pieces: list[str] = []
        group: list[ast.expr] = []

        def flush() -> None:
            if not group:
                return
            text, fields = "", False
            for v in group:
                if isinstance(v, ast.Constant):
                    body = str(v.value).replace("\\", "\\\\").replace(q, "\\" + q)
                    body = body.replace("\n", "\\n")
                    text += body.replace("{", "{{").replace("}", "}}")
                else:
                    fields = True
                    text += ast.unparse(ast.JoinedStr(values=[v]))[2:-1]
            pieces.append(f"{'f' if fields else ''}{q}{text}{q}")
            group.clear()

        for v in js.values:
            if self._split_field(v):
                flush()
                pieces.append(self.render(v.value))  # type: ignore[attr-defined]
            else:
                if any(self.is_lookup(n) for n in ast.walk(v) if isinstance(n, ast.expr)):
                    self.problems.append(f"{self.where(js)}: a lookup left inside an f-string")
                group.append(v)
        flush()
        return "(" + " + ".join(pieces) + ")"

    def visit_subscript(self, node: ast.Subscript) -> None:
        """`TEXTS["k"]` / `MESSAGES[k]` (an (es, en) pair) → the pair, translated."""
        if not isinstance(node.value, ast.Name) or self._inside_edit(node):
            return
        name = node.value.id
        if name == self.codes_name:
            cid, table = "msg", None
        elif name in self.tables:
            cid, table = self.tables[name], self.keyed_name(name)
        else:
            return
        key = node.slice

        def make() -> str:
            tab = table or self.code_table
            es = self.keyed(cid, key, '"es"', [], tab)
            en = self.keyed(cid, key, '"en"', [], tab)
            return f"({es}, {en})"

        self.edits.append((*self.span(node), make))

    def visit_import(self, node: ast.ImportFrom) -> None:
        """An import from the dict catalogue keeps only what l10n also offers."""
        if resolve(self.path, node) not in CATALOGUE_MODULES:
            return
        kept = [a.name for a in node.names if a.name in ("system_lang", "LANGS")]
        text = f"from {self.relative('aluna_field.l10n')} import {', '.join(kept)}" if kept else ""
        self.edits.append((*self.span(node), lambda: text))

    def visit_def(self, node: ast.FunctionDef | ast.ClassDef) -> None:
        """Below the services, a `message(lang)` method that looked a code up in the
        catalogue goes: the layer that shows the error translates it (describe)."""
        if self.layer() not in LOWER_LAYERS or not isinstance(node, ast.FunctionDef):
            return
        calls_tr = any(
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and self.fn.get(n.func.id) == "tr"
            for n in ast.walk(node)
        )
        if node.name == "message" and calls_tr:
            start, end = self.span(node)
            start = self.starts[node.lineno - 1]  # the whole lines, indentation included
            self.edits.append((start, end, lambda: ""))

    def _inside_edit(self, node: ast.AST) -> bool:
        s, e = self.span(node)
        return any(a <= s and e <= b for a, b, _m in self.edits)

    def visit_call(self, node: ast.Call) -> None:
        n_before = len(self.edits)
        self._visit_call(node)
        if len(self.edits) > n_before:
            s, e, make = self.edits[-1]
            quote = self.in_fstring.get(id(node), '"')
            self.edits[-1] = (
                s,
                e,
                lambda make=make, quote=quote, node=node: self.quoted(make, quote, node),
            )

    def quoted(self, make: Callable[[], str], quote: str, node: ast.Call) -> str:
        QUOTE.append(quote)
        try:
            return make()
        except ValueError as exc:
            self.problems.append(f"{self.where(node)}: {exc}")
            return self.src[slice(*self.span(node))]
        finally:
            QUOTE.pop()

    def _visit_call(self, node: ast.Call) -> None:
        f = node.func
        kind = self.fn.get(f.id) if isinstance(f, ast.Name) else None
        span = self.span(node)
        if kind == "tr" and len(node.args) == 2:
            key, lang = node.args
            self.edits.append(
                (*span, lambda: self.keyed("msg", key, lang, node.keywords, self.code_table))
            )
        elif kind == "text" and len(node.args) == 2:
            key, lang = node.args
            self.edits.append(
                (*span, lambda: self.keyed("reports", key, lang, node.keywords, "REPORT_KEYED"))
            )
            module = self.relative("aluna_field.services.reports.texts")
            self.extra_imports.add(f"from {module} import KEYED as REPORT_KEYED")
        elif kind == "t" and len(node.args) == 3:
            table, key, lang = node.args
            if isinstance(table, ast.Name) and table.id in self.tables:
                cid = self.tables[table.id]
                name = self.keyed_name(table.id)
                self.edits.append((*span, lambda: self.keyed(cid, key, lang, node.keywords, name)))
            else:
                self.edits.append((*span, lambda: self.t_unknown(table, key, lang, node.keywords)))
        elif (
            isinstance(f, ast.Attribute)
            and f.attr == "say"
            and self.layer() == "cli"
            and len(node.args) == 1
            and "msg" in self.cats
        ):
            recv = f.value
            key = node.args[0]
            self.edits.append(
                (*span, lambda: f"{self.render(recv)}.tell({self.say_call(recv, key, node)})")
            )
        elif (
            isinstance(f, ast.Attribute)
            and f.attr == "message"
            and len(node.args) == 1
            and not node.keywords
            and self.layer() in ("ui", "cli", "services", "tests")
            and self.path != PKG / "services" / "messages.py"
            and "msg" in self.cats
        ):
            recv, lang = f.value, node.args[0]
            self.extra_imports.add(
                f"from {self.relative('aluna_field.services.messages')} import describe"
            )
            self.edits.append(
                (*span, lambda: f"describe({self.render(recv)}, {self.render(lang)})")
            )
        elif isinstance(f, ast.Name) and f.id == "N_" and len(node.args) == 1:
            arg = node.args[0]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                for cid in self.module_cats:
                    e = self.ids.entry.get((cid, arg.value))
                    if e is not None:
                        self.needs.add("NP_" if e.context else "N_")
                        self.edits.append((*span, lambda e=e: marked(e)))
                        break

    def say_call(self, recv: ast.expr, key: ast.expr, node: ast.Call) -> str:
        lang = f"{self.render(recv)}.lang"
        table = self.code_table
        return self.keyed("msg", key, lang, node.keywords, table)

    def t_unknown(
        self, table: ast.expr, key: ast.expr, lang: ast.expr, kws: list[ast.keyword]
    ) -> str:
        self.needs.add("_")
        kw_s = "".join(", " + self.render_kw(k) for k in kws)
        return f"_({self.render(lang)}, {self.render(table)}[{self.render(key)}]{kw_s})"

    def result(self) -> str | None:
        if not self.edits:
            return None
        # keep only outermost edits (inner ones are applied through render)
        text = self.segment(0, len(self.src))
        # No (es, en) pair is left to type: a table of marked msgids maps to str.
        text = text.replace("Mapping[str, tuple[str, str]]", "Mapping[str, str]")
        imports = set(self.extra_imports)
        if self.needs:
            imports.add(
                f"from {self.relative('aluna_field.l10n')} import {', '.join(sorted(self.needs))}"
            )
        return add_imports(text, imports)

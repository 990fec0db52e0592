"""Gates on the gettext catalogues (docs/translating.md, "Checks"): Spanish is complete
and never fuzzy, placeholders agree between msgid, plural and every translation, the
committed template is what the code marks, and no visible string is left unmarked."""

from __future__ import annotations

import ast
import re
import runpy
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "aluna_field"
TOOL = runpy.run_path(str(ROOT / "tools" / "l10n_catalogue.py"))

# -- the rule for "a visible string in the code" ---------------------------------------
# In ui/, cli/ and services/, a string literal (or an f-string / concatenation with
# literal letters) given directly as the text argument of one of these calls is
# visible, so it must be a msgid marked with _/ngettext/pgettext/N_ instead.
TEXT_SETTERS = {
    "setText",
    "setWindowTitle",
    "setPlaceholderText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setTitle",
    "setStatusTip",
    "setWhatsThis",
    "setPrefix",
    "setSuffix",
    "setSpecialValueText",
    "setLabelText",
    "setInformativeText",
    "setDetailedText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "addTab",
    "addItem",
    "addItems",
    "insertItem",
    "addAction",
    "addMenu",
    "showMessage",
}
WIDGETS = {
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QToolButton",
    "QAction",
    "QMenu",
    "QCommandLinkButton",
    "plain_label",
    "heading",
}
# The app's own ways to put a line in front of a person, with the positions of their
# text arguments (None: all): the CLI's stream writers and `print`, the window's
# notices and error labels, and Qt's static message boxes (parent, title, text).
SAYERS: dict[str, tuple[int, ...] | None] = {
    "print": None,
    "tell": (0,),
    "write": (0,),
    "notify": (1,),
    "set_error": (1,),
    "information": (1, 2),
    "warning": (1, 2),
    "critical": (1, 2),
    "question": (1, 2),
}
LAYERS = ("ui", "cli", "services")
# Literals those calls take that nobody reads as text (file formats, separators, JSON):
# (file relative to src/aluna_field, the literal). Keep it short and say why.
EXEMPT: set[tuple[str, str]] = {
    # `--version` prints the program's name and version, the same in every language.
    ("cli/main.py", "f'aluna-field {__version__}\\n'"),
    # `record conflicts` lists a deletion conflict as data (a field name and JSON values).
    ("cli/record_cmds.py", "  _deleted: [true, false]\n"),
}
_LETTER = re.compile(r"[^\W\d_]")


def _literal_text(node: ast.expr) -> str | None:
    """The literal letters a person would read in `node`, or None if none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _LETTER.search(node.value) else None
    if isinstance(node, ast.JoinedStr):
        parts = "".join(
            v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
        )
        return ast.unparse(node) if _LETTER.search(parts) else None
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) or _literal_text(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_literal_text, node.elts) if t), None)
    return None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def unmarked_strings(path: Path) -> Iterator[tuple[int, str]]:
    """(line, text) of every visible literal in `path` by the rule above."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name in TEXT_SETTERS or name in WIDGETS:
            args = list(node.args)
        elif name in SAYERS:
            where = SAYERS[name]
            args = [a for i, a in enumerate(node.args) if where is None or i in where]
        else:
            continue
        for arg in [*args, *(k.value for k in node.keywords if k.arg in ("text", "title"))]:
            text = _literal_text(arg)
            if text is not None:
                yield node.lineno, text


def test_no_visible_string_is_left_unmarked() -> None:
    found = []
    for layer in LAYERS:
        for path in sorted((SRC / layer).rglob("*.py")):
            rel = path.relative_to(SRC).as_posix()
            found += [
                f"{rel}:{line}: {text!r}"
                for line, text in unmarked_strings(path)
                if (rel, text) not in EXEMPT
            ]
    assert not found, "visible strings not marked for translation:\n" + "\n".join(found)


def test_the_rule_catches_what_it_promises(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "label.setText('Saved')\n"
        "QPushButton(f'Open {name}')\n"
        "env.tell('Done: ' + what)\n"
        "notify(self, _(lang, 'Saved'), 'success', lang)\n"
        "label.setText(_(lang, 'Saved'))\n"
        "label.setText(f'{a} · {b}')\n"
        "env.stdout.write(json_text + '\\n')\n",
        encoding="utf-8",
    )
    assert [line for line, _t in unmarked_strings(sample)] == [1, 2, 3]


# -- the catalogues ----------------------------------------------------------------------


def _catalog(lang: str) -> object:
    return TOOL["read_po"](TOOL["po_path"](lang), lang)


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _messages(lang: str) -> list[object]:
    return [m for m in _catalog(lang) if m.id]  # type: ignore[attr-defined]


def test_spanish_is_complete_and_never_fuzzy() -> None:
    problems = []
    for m in _messages("es"):
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        if m.fuzzy:
            problems.append(f"fuzzy: {m.id!r}")
        if not all(s and s.strip() for s in strings):
            problems.append(f"untranslated: {m.id!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", ["es", "en"])
def test_placeholders_agree(lang: str) -> None:
    problems = []
    for m in _messages(lang):
        ids = m.id if isinstance(m.id, tuple) else (m.id,)
        strings = m.string if isinstance(m.string, tuple) else (m.string,)
        wanted = _fields(ids[0])
        for text in (*ids, *(s for s in strings if s)):
            if _fields(text) != wanted:
                problems.append(f"{ids[0]!r} vs {text!r}")
    assert not problems, "placeholders differ:\n" + "\n".join(problems)


def test_the_template_is_what_the_code_marks() -> None:
    def entries(catalog: object) -> set[tuple[object, object]]:
        return {(m.context, m.id) for m in catalog if m.id}  # type: ignore[attr-defined]

    extracted = entries(TOOL["extract_template"]())
    committed = entries(TOOL["read_po"](TOOL["TEMPLATE"]))
    assert extracted == committed, (
        "locale/aluna_field.pot is out of date: run `python tools/l10n_catalogue.py"
        f" extract` then `update`.\nnew: {sorted(map(str, extracted - committed))[:20]}"
        f"\ngone: {sorted(map(str, committed - extracted))[:20]}"
    )


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_catalogue_holds_exactly_the_template(lang: str) -> None:
    template = {(m.context, m.id) for m in TOOL["read_po"](TOOL["TEMPLATE"]) if m.id}
    assert {(m.context, m.id) for m in _messages(lang)} == template  # type: ignore[attr-defined]


def test_compiled_catalogues_match_their_po() -> None:
    import gettext

    for lang in ("es", "en"):
        with open(TOOL["mo_path"](lang), "rb") as fh:
            compiled = gettext.GNUTranslations(fh)
        for m in _messages(lang):
            if isinstance(m.id, tuple) or not m.string:
                continue
            key = f"{m.context}\x04{m.id}" if m.context else m.id
            assert compiled.gettext(key) == m.string, m.id


def _marked_in_code() -> set[tuple[str | None, str]]:
    """(context, msgid) of every marker call whose arguments are literals, read from
    the AST (which Babel's token-based extractor must agree with: a msgid wrapped in
    parentheses, for one, is invisible to it)."""
    found: set[tuple[str | None, str]] = set()
    spec = TOOL["KEYWORDS"]
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
                continue
            where = spec.get(node.func.id)
            if where is None:
                continue
            context, msgid = None, None
            for item in where:
                index = (item[0] if isinstance(item, tuple) else item) - 1
                arg = node.args[index] if index < len(node.args) else None
                value = arg.value if isinstance(arg, ast.Constant) else None
                if isinstance(item, tuple):
                    context = value
                elif msgid is None:
                    msgid = value
            if isinstance(msgid, str):
                found.add((context, msgid))
    return found


def test_babel_sees_every_literal_msgid() -> None:
    template = TOOL["read_po"](TOOL["TEMPLATE"])
    extracted = {
        (m.context, m.id[0] if isinstance(m.id, tuple) else m.id)
        for m in template  # type: ignore[attr-defined]
        if m.id
    }
    missing = _marked_in_code() - extracted
    assert not missing, f"marked in the code but not extracted: {sorted(map(str, missing))[:20]}"


def _imported_modules(path: Path) -> set[str]:
    """Absolute names of the modules `path` imports (relative imports resolved)."""
    package = ["aluna_field", *path.relative_to(SRC).parts[:-1]]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                stem = package[: len(package) - node.level + 1]
                base = ".".join([*stem, base] if base else stem)
            found.add(base)
            found.update(f"{base}.{a.name}" for a in node.names)
    return found


def test_store_and_sync_never_import_the_catalogue() -> None:
    """They raise errors carrying codes; the layer that shows one translates it
    (services.messages.describe, the CLI, the window). aluna_field.l10n sits at the
    root, below every layer, and imports nothing of the app."""
    # (aluna_field.i18n, the dict catalogue, goes with tools/i18n_codemod.py.)
    catalogue = ("aluna_field.l10n", "aluna_field.services.message")
    offenders = [
        f"{p.relative_to(SRC)} imports {m}"
        for layer in ("store", "sync")
        for p in sorted((SRC / layer).rglob("*.py"))
        for m in _imported_modules(p)
        if m.startswith(catalogue)
    ]
    assert offenders == []
    own = [m for m in _imported_modules(SRC / "l10n.py") if m.startswith("aluna_field")]
    assert own == []


def test_no_marker_call_inside_an_fstring() -> None:
    """Babel (on Python 3.11) reads an f-string as one token: a msgid inside one is never
    extracted. Translate outside and join: `_(lang, "Saved") + f": {path}"`."""
    names = set(TOOL["KEYWORDS"])
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for js in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(js, ast.JoinedStr):
                found += [
                    f"{path.relative_to(SRC)}:{js.lineno}"
                    for n in ast.walk(js)
                    if isinstance(n, ast.Call)
                    and isinstance(n.func, ast.Name)
                    and n.func.id in names
                ]
    assert not found, "marker calls inside f-strings:\n" + "\n".join(found)

"""Extract, update, compile and check the gettext catalogues (Babel does the work).

    python tools/l10n_catalogue.py extract   # code → src/aluna_field/locale/aluna_field.pot
    python tools/l10n_catalogue.py update    # .pot → es/en .po (new msgids empty, gone dropped)
    python tools/l10n_catalogue.py compile   # .po → .mo (build and install time; .mo not committed)

The one list of marker functions (KEYWORDS) lives here, used by `make catalogues`,
setup.py's build step and the gates in tests/test_catalogue.py. See docs/translating.md.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "aluna_field"
LOCALE = PACKAGE / "locale"
DOMAIN = "aluna_field"
TEMPLATE = LOCALE / f"{DOMAIN}.pot"
LANGS = ("es", "en")
# How aluna_field.l10n's functions take their msgids: `_(lang, msgid)`, … (Babel specs:
# argument numbers from 1, "c" marks the context).
KEYWORDS: dict[str, tuple[object, ...]] = {
    "_": (2,),
    "ngettext": (2, 3),
    "pgettext": ((2, "c"), 3),
    "N_": (1,),
    "NP_": ((1, "c"), 2),
}
# Plural rule written into every catalogue. Babel's CLDR data gives Spanish a third
# "many" form (1 000 000 …) that no translator tool expects for es-MX; two forms it is.
PLURAL_FORMS = {"es": "nplurals=2; plural=(n != 1);", "en": "nplurals=2; plural=(n != 1);"}
HEADER_COMMENT = (
    "# Aluna Field: visible strings (English msgids).\n"
    "# Regenerate with `python tools/l10n_catalogue.py extract`; see docs/translating.md."
)


def po_path(lang: str) -> Path:
    """The catalogue translators edit for `lang`."""
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(lang: str) -> Path:
    """The compiled catalogue the app reads for `lang` (built, not committed)."""
    return LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"


def _sources() -> Iterable[Path]:
    yield from sorted(PACKAGE.rglob("*.py"))


def extract_template() -> object:
    """The catalogue extracted from the code now (a babel Catalog; no file written)."""
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract

    catalog = Catalog(project="Aluna Field", charset="utf-8", fuzzy=False)
    catalog.header_comment = HEADER_COMMENT
    for path in _sources():
        rel = path.relative_to(ROOT).as_posix()
        with open(path, "rb") as fh:
            for lineno, message, comments, context in extract(
                "python", fh, keywords=KEYWORDS, comment_tags=("TRANSLATORS:",)
            ):
                flags = {"python-brace-format"} if _has_fields(message) else set()
                catalog.add(
                    message,
                    None,
                    [(rel, lineno)],
                    auto_comments=comments,
                    context=context,
                    flags=flags,
                )
    return catalog


def _has_fields(message: str | tuple[str, ...]) -> bool:
    texts = message if isinstance(message, tuple) else (message,)
    return any("{" in t for t in texts)


def write_po(catalog: object, path: Path, **options: object) -> None:
    """Write `catalog` to `path` the same way every time (sorted, no line numbers
    churn beyond Babel's own, width 100)."""
    from babel.messages.pofile import write_po as babel_write_po

    buf = io.BytesIO()
    babel_write_po(buf, catalog, width=100, sort_output=True, **options)  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


def read_po(path: Path, lang: str | None = None) -> object:
    """A catalogue file as a babel Catalog."""
    from babel.messages.pofile import read_po as babel_read_po

    with open(path, "rb") as fh:
        return babel_read_po(fh, locale=lang, domain=DOMAIN)


def extract() -> None:
    """Write the template from the code."""
    write_po(extract_template(), TEMPLATE, omit_header=False)


def update() -> None:
    """Merge the template into every language's .po (Babel's update, no fuzzy matching:
    a changed English string must be translated again, not guessed)."""
    template = read_po(TEMPLATE)
    for lang in LANGS:
        path = po_path(lang)
        catalog = read_po(path, lang) if path.exists() else _new_catalog(lang)
        catalog.update(template, no_fuzzy_matching=True)  # type: ignore[attr-defined]
        catalog.obsolete.clear()  # type: ignore[attr-defined]
        _set_header(catalog, lang)
        write_po(catalog, path)


def _new_catalog(lang: str) -> object:
    from babel.messages.catalog import Catalog

    return Catalog(locale=lang, domain=DOMAIN, project="Aluna Field", fuzzy=False)


def _set_header(catalog: object, lang: str) -> None:
    catalog.header_comment = HEADER_COMMENT  # type: ignore[attr-defined]
    catalog.fuzzy = False  # type: ignore[attr-defined]
    headers = [(k, v) for k, v in catalog.mime_headers if k != "Plural-Forms"]  # type: ignore[attr-defined]
    headers.append(("Plural-Forms", PLURAL_FORMS[lang]))
    catalog.mime_headers = headers  # type: ignore[attr-defined]


def compile_all(force: bool = False) -> list[Path]:
    """Compile every .po to its .mo when the .po is newer (or `force`); returns the
    files written."""
    from babel.messages.mofile import write_mo

    written = []
    for lang in LANGS:
        po, mo = po_path(lang), mo_path(lang)
        if not force and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        catalog = read_po(po, lang)
        buf = io.BytesIO()
        write_mo(buf, catalog, use_fuzzy=False)  # type: ignore[arg-type]
        mo.write_bytes(buf.getvalue())
        written.append(mo)
    return written


def main(argv: list[str]) -> int:
    commands = {"extract": extract, "update": update, "compile": lambda: compile_all(True)}
    if len(argv) != 1 or argv[0] not in commands:
        print("usage: l10n_catalogue.py extract|update|compile", file=sys.stderr)
        return 2
    commands[argv[0]]()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Translated text: gettext catalogues with English source strings as msgids.

Every visible string is written in English in the code and marked with one of these
functions, so that Babel extracts it into `locale/aluna_field.pot`; translators work
in `locale/<lang>/LC_MESSAGES/aluna_field.po` (see docs/translating.md). The language
is always passed in (`lang`), never read from a global, so a call site says which
language it speaks:

    _(lang, "Imported {count} records", count=n)
    ngettext(lang, "{n} result", "{n} results", n, n=n)
    pgettext(lang, "Urgency", "High")

`N_` / `NP_` only mark a string (in a table) for extraction; translate it later with
`_(lang, marked)`. Placeholders are `str.format` fields, filled after translation
(the functions' own parameters are positional-only, so a placeholder may be called
`n` or `message`).
The module sits outside the layers (like a constant table) and imports nothing of
the app; `store/` and `sync/` never import it: they raise errors carrying codes, and
the layer that shows them translates.
"""

from __future__ import annotations

import gettext
import locale
import os
from functools import cache
from pathlib import Path

DOMAIN = "aluna_field"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGS = ("es", "en")
# gettext's own separator between a context and a msgid (what pgettext looks up).
_CTX = "\x04"


def normalize(lang: str) -> str:
    """ "en" for "en" or an English locale name ("en-US", "en_GB"); "es" for anything
    else, since Spanish is the application's first language."""
    low = lang.strip().lower()
    return "en" if low == "en" or low.startswith(("en-", "en_")) else "es"


def system_lang() -> str:
    """ "es" when the system language is Spanish, else "en"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "es" if code.lower().startswith("es") else "en"


@cache
def catalogue(lang: str) -> gettext.NullTranslations:
    """The compiled catalogue of `lang` (read once; catalogues never change while the
    app runs). Raises FileNotFoundError when the `.mo` was not built (`make
    catalogues`): a missing Spanish catalogue must not silently show English."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
    with open(path, "rb") as fh:
        return gettext.GNUTranslations(fh)


def _fill(text: str, values: dict[str, object]) -> str:
    return text.format(**values) if values else text


def _lookup(lang: str, msgid: str) -> str:
    """The translation of a (possibly context-prefixed) msgid, or the bare msgid."""
    found = catalogue(normalize(lang)).gettext(msgid)
    return found.rsplit(_CTX, 1)[-1]


def _(lang: str, message: str, /, **values: object) -> str:
    """`message` (an English msgid, or a value marked with N_/NP_) in `lang`, filled in."""
    return _fill(_lookup(lang, message), values)


def pgettext(lang: str, context: str, message: str, /, **values: object) -> str:
    """`message` in `lang` as meant in `context` (for words that read differently in
    Spanish depending on what they qualify: "High" urgency → "Alta", risk → "Alto")."""
    return _fill(_lookup(lang, f"{context}{_CTX}{message}"), values)


def ngettext(lang: str, singular: str, plural: str, n: int, /, **values: object) -> str:
    """The form of `singular`/`plural` for the count `n` in `lang`, filled in (the
    count itself is passed again among `values` when the text shows it)."""
    return _fill(catalogue(normalize(lang)).ngettext(singular, plural, n), values)


def N_(message: str) -> str:
    """Mark `message` for extraction without translating it (tables of msgids)."""
    return message


def NP_(context: str, message: str) -> str:
    """Mark `message` with a context for extraction; `_` translates the result."""
    return f"{context}{_CTX}{message}"


def qt_translate(lang: str, context: str, source: str) -> str | None:
    """The app's own translation of a Qt string (msgctxt = Qt's context), or None."""
    key = f"{context}{_CTX}{source}"
    found = catalogue(normalize(lang)).gettext(key)
    return None if found == key else found

"""Where a search matched: a short piece of the record's text around the first word
found, and where in it the word is (for the highlight). Pure functions.

The text is the record's searchable text (`domain.extract_text`), which never holds a
sensitive field, read from a list row (which has none either): a real name cannot end
up in a snippet. Matching follows the index: each word of the query as a prefix of a
word of the text, ignoring case and accents.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from ...domain import kinds as domain

_WORD = re.compile(r"\w+", re.UNICODE)
CONTEXT = 30  # characters shown on each side of the match


@dataclass(frozen=True)
class Snippet:
    text: str
    start: int  # the match is text[start:end]
    end: int


def _fold(text: str) -> tuple[str, list[int]]:
    """text without accents, case-folded, and for each of its characters the index of
    the character of text it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        for part in unicodedata.normalize("NFKD", char):
            if unicodedata.combining(part):
                continue
            for folded in part.casefold():
                out.append(folded)
                origin.append(i)
    return "".join(out), origin


def find(text: str, query: str) -> tuple[int, int] | None:
    """(start, end) in text of the first word that one of query's words begins."""
    words = [_fold(w)[0] for w in _WORD.findall(query)]
    if not words:
        return None
    folded, origin = _fold(text)
    for match in _WORD.finditer(folded):
        if any(match.group().startswith(w) for w in words):
            return origin[match.start()], origin[match.end() - 1] + 1
    return None


def snippet_of(kind: str, fields: dict[str, Any], query: str) -> Snippet | None:
    """The piece of the record's text where query matched, or None (it matched nowhere
    we show, e.g. only in a title already in the row)."""
    text = " · ".join(domain.extract_text(kind, fields).splitlines())
    found = find(text, query)
    if found is None:
        return None
    start, end = found
    left = max(0, start - CONTEXT)
    right = min(len(text), end + CONTEXT)
    # Cut between words, not inside one.
    space = text.find(" ", left, start)
    if left > 0 and space != -1:
        left = space + 1
    space = text.rfind(" ", end, right)
    if right < len(text) and space != -1:
        right = space
    prefix = "…" if left > 0 else ""
    suffix = "…" if right < len(text) else ""
    piece = prefix + text[left:right] + suffix
    offset = len(prefix) - left
    return Snippet(piece, start + offset, end + offset)

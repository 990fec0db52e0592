"""A word-level diff for long texts, and a read-only view that shows it.

Words are compared with difflib on the words alone (spaces and line breaks are kept as
they were for display). The view inserts text with QTextCursor.insertText, so record
content is always plain text, never interpreted as rich text.
"""

from __future__ import annotations

import difflib
import re

from PySide6.QtGui import QColor, QFont, QPalette, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QTextEdit

from ..common.widgets import is_dark

_TOKENS = re.compile(r"\S+|\s+")
LONG_WORDS = 8

Segment = tuple[str, bool]  # (text, only in this version)


def is_long_text(value: object) -> bool:
    """Whether a value reads better as a diff than side by side whole."""
    return isinstance(value, str) and (len(value.split()) > LONG_WORDS or "\n" in value.strip())


def word_diff(mine: str, other: str) -> list[Segment]:
    """mine cut into segments, marking the words that other does not have there."""
    tokens = _TOKENS.findall(mine)
    words = [i for i, tok in enumerate(tokens) if not tok.isspace()]
    mine_words = [tokens[i] for i in words]
    other_words = other.split()
    changed: set[int] = set()
    matcher = difflib.SequenceMatcher(None, other_words, mine_words, autojunk=False)
    for op, _a1, _a2, b1, b2 in matcher.get_opcodes():
        if op in ("replace", "insert"):
            changed.update(words[b1:b2])
    segments: list[Segment] = []
    for i, tok in enumerate(tokens):
        flag = i in changed
        if tok.isspace() and segments and i - 1 in changed and i + 1 in changed:
            flag = True  # a run of changed words reads as one marked phrase
        if segments and segments[-1][1] == flag:
            segments[-1] = (segments[-1][0] + tok, flag)
        else:
            segments.append((tok, flag))
    return segments


class DiffView(QTextEdit):
    """A version's text with the words only it has underlined and highlighted."""

    def __init__(self) -> None:
        super().__init__()
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().height() * 5)
        self.setMaximumHeight(self.fontMetrics().height() * 12)
        self.segments: list[Segment] = []

    def show_segments(self, segments: list[Segment]) -> None:
        self.clear()
        self.segments = segments
        cursor = QTextCursor(self.document())
        plain = QTextCharFormat()
        marked = QTextCharFormat()
        marked.setFontUnderline(True)
        marked.setFontWeight(QFont.Weight.Bold)
        tint = QColor("#5d4a00") if is_dark(self) else QColor("#fff2a8")
        marked.setBackground(tint)
        marked.setForeground(self.palette().color(QPalette.ColorRole.Text))
        for text, changed in segments:
            cursor.insertText(text, marked if changed else plain)
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def marked_words(self) -> list[str]:
        return [w for text, changed in self.segments if changed for w in text.split()]

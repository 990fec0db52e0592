"""One field in conflict: its candidates side by side, each with who, device and when,
and the three decisions (keep this, this version for the whole record, merge by hand)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import kinds as domain
from ...l10n import _
from ...services.conflict_inbox import Candidate, FieldConflict
from ..common.widgets import error_label, plain_label, scaled_font, set_error
from ..values.fields import field_text
from ..values.format import Lookup
from .diff import DiffView, is_long_text, word_diff

REVEAL_MS = 15_000


def when_text(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def author_text(c: Candidate, own_id: str, own_name: str, lang: str) -> str:
    if c.author == own_id:
        return _(lang, "You ({name})", name=own_name)
    return c.author_name or _(lang, "Device {id}", id=c.author[:8])


class CandidateView(QFrame):
    """One version of the field."""

    def __init__(self, head: str, who: str, allowed: bool, lang: str, field: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.head = plain_label(head)
        self.head.setFont(scaled_font(1.0, bold=True))
        layout.addWidget(self.head)
        self.value = plain_label(selectable=True)
        self.diff = DiffView()
        self.diff.setAccessibleName(head)
        self.value.setAccessibleName(head)
        layout.addWidget(self.value)
        layout.addWidget(self.diff, 1)
        self.keep = QPushButton(_(lang, "Keep this"))
        self.keep.setAccessibleName(
            _(lang, "Keep {who}'s version of {field}", who=who, field=field)
        )
        self.version = QPushButton(_(lang, "This version for the whole record"))
        self.version.setAccessibleName(
            _(lang, "Keep {who}'s version for the whole record", who=who)
        )
        for button in (self.keep, self.version):
            button.setVisible(allowed)
            layout.addWidget(button)

    def show_text(self, text: str) -> None:
        self.diff.setVisible(False)
        self.value.setVisible(True)
        self.value.setText(text)

    def show_diff(self, mine: str, other: str) -> None:
        self.value.setVisible(False)
        self.diff.setVisible(True)
        self.diff.show_segments(word_diff(mine, other))


class FieldConflictView(QGroupBox):
    keep_value = Signal(str, object)  # field, value
    keep_version = Signal(str)  # op id of the version's latest edit
    merged = Signal(str, str)  # field, merged text

    def __init__(
        self,
        kind: str,
        conflict: FieldConflict,
        lookup: Lookup,
        own: tuple[str, str],
        allowed: bool,
        lang: str,
    ) -> None:
        self.label = domain.field_label(kind, conflict.name, lang)
        super().__init__(self.label)
        self.kind = kind
        self.conflict = conflict
        self.lookup = lookup
        self.lang = lang
        self.hidden = conflict.name in domain.sensitive_fields(kind)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        layout.addLayout(row)
        self.views: list[CandidateView] = []
        self.whos: list[str] = []
        for c in conflict.candidates:
            who = author_text(c, own[0], own[1], lang)
            head = _(
                lang,
                "{who} · {device} · {when}",
                who=who,
                device=_(lang, "device {id}", id=c.author[:8]),
                when=when_text(c.time_ms),
            )
            view = CandidateView(head, who, allowed and not c.redacted, lang, self.label)
            view.keep.clicked.connect(lambda _=False, v=c.value: self._keep(v))
            view.version.clicked.connect(lambda _=False, h=c.head: self.keep_version.emit(h))
            row.addWidget(view, 1)
            self.views.append(view)
            self.whos.append(who)
        self.texts = [c.value for c in conflict.candidates if isinstance(c.value, str)]
        self.long = any(is_long_text(c.value) for c in conflict.candidates)
        self.diff_note = plain_label(
            _(lang, "Underlined and highlighted: the words only this version has.")
        )
        layout.addWidget(self.diff_note)
        tools = QHBoxLayout()
        self.reveal = QPushButton(_(lang, "Show for {seconds} s", seconds=REVEAL_MS // 1000))
        self.reveal.clicked.connect(self.show_hidden)
        self.reveal.setVisible(self.hidden)
        self.merge_button = QPushButton(_(lang, "Merge by hand…"))
        self.merge_button.setVisible(
            allowed and conflict.name in domain.text_fields(kind) and len(self.texts) > 1
        )
        self.merge_button.clicked.connect(self.open_merge)
        tools.addWidget(self.reveal)
        tools.addStretch(1)
        tools.addWidget(self.merge_button)
        layout.addLayout(tools)
        self.editor_box = self._merge_editor()
        layout.addWidget(self.editor_box)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REVEAL_MS)
        self.timer.timeout.connect(self.show_values)
        self.show_values()

    def _value_text(self, c: Candidate) -> str:
        if c.redacted:
            return _(self.lang, "(content redacted)")
        text = field_text(self.kind, self.conflict.name, c.value, self.lang, self.lookup)
        return text or _(self.lang, "(empty)")

    def show_values(self) -> None:
        """Every candidate's value; a sensitive field (a real name) stays hidden."""
        self.timer.stop()
        self.reveal.setEnabled(True)
        self._fill(reveal=False)

    def show_hidden(self) -> None:
        self.reveal.setEnabled(False)
        self._fill(reveal=True)
        self.timer.start()

    def _fill(self, reveal: bool) -> None:
        cands = self.conflict.candidates
        diffing = self.long and len(cands) > 1 and (reveal or not self.hidden)
        self.diff_note.setVisible(diffing)
        for i, (c, view) in enumerate(zip(cands, self.views, strict=True)):
            if self.hidden and not reveal:
                view.show_text(_(self.lang, "(hidden)"))
            elif diffing and isinstance(c.value, str) and not c.redacted:
                other = cands[1 if i == 0 else 0].value
                view.show_diff(c.value, other if isinstance(other, str) else "")
            else:
                view.show_text(self._value_text(c))

    # -- merging by hand --------------------------------------------------------------------
    def _merge_editor(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.merge_help = plain_label()
        layout.addWidget(self.merge_help)
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(_(self.lang, "Merged text of {field}", field=self.label))
        self.editor.setMinimumHeight(self.fontMetrics().height() * 8)
        self.editor.setTabChangesFocus(True)
        layout.addWidget(self.editor)
        self.merge_error = error_label()
        layout.addWidget(self.merge_error)
        row = QHBoxLayout()
        self.merge_save = QPushButton(_(self.lang, "Save the merge"))
        self.merge_cancel = QPushButton(_(self.lang, "Cancel"))
        self.merge_save.clicked.connect(self._save_merge)
        self.merge_cancel.clicked.connect(self.close_merge)
        row.addStretch(1)
        row.addWidget(self.merge_cancel)
        row.addWidget(self.merge_save)
        layout.addLayout(row)
        box.setVisible(False)
        return box

    def open_merge(self) -> None:
        """The editor, holding every version's text one after the other, oldest first."""
        texts = [
            (who, c.value)
            for who, c in zip(self.whos, self.conflict.candidates, strict=True)
            if isinstance(c.value, str) and not c.redacted
        ]
        order = " → ".join(who for who, _ in texts)
        self.merge_help.setText(
            _(
                self.lang,
                "The editor holds both texts, one after the other ({order}). Make it "
                "say what it should and save.",
                order=order,
            )
        )
        self.editor.setPlainText("\n\n".join(dict.fromkeys(text for _, text in texts)))
        set_error(self.merge_error, "")
        self.editor_box.setVisible(True)
        self.merge_button.setEnabled(False)
        self.editor.setFocus()

    def close_merge(self) -> None:
        self.editor.clear()
        self.editor_box.setVisible(False)
        self.merge_button.setEnabled(True)

    def _save_merge(self) -> None:
        text = self.editor.toPlainText().strip()
        if not text:
            set_error(
                self.merge_error,
                _(self.lang, "The merged text is empty: write something or keep one version."),
            )
            return
        self.merged.emit(self.conflict.name, text)

    def _keep(self, value: Any) -> None:
        self.keep_value.emit(self.conflict.name, value)

    def clear_content(self) -> None:
        self.timer.stop()
        self.editor.clear()
        for view in self.views:
            view.value.clear()
            view.diff.clear()

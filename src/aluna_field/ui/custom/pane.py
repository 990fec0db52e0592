"""The Formularios screen (coordinators): per kind its fields, custom ones added, renamed,
retired and reordered, and a preview of the form; per vocabulary its codes.

Every write goes through services/forms.py on the backend, so the screen holds no rule:
a refusal comes back as FieldErrors and shows beside the input at fault.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QWidget

from ...domain.definitions import VOCABULARIES
from ...domain.kinds import KIND_CODES, RecordKind
from ...l10n import _, pgettext
from ...services import forms
from ...services.errors import DefinitionInvalid, DefinitionMissing
from ...services.session import Session
from ..common.choices import CodeCombo
from ..common.nav import PaneEnv
from ..common.widgets import FieldRow, heading, plain_label, scroll_page
from ..forms.base import RecordForm
from ..forms.registry import FORMS, form_context
from .editors import CodeEditor, FieldEditor, type_label

CODE_ROLE = Qt.ItemDataRole.UserRole


_VOCAB_LABELS: dict[str, Callable[[str], str]] = {
    "event": lambda lang: pgettext(lang, "ui.custom:voc_event", "Events"),
    "perpetrator": lambda lang: _(lang, "Perpetrator types"),
    "intervention": lambda lang: _(lang, "Interventions"),
    "impact_category": lambda lang: _(lang, "Impact categories"),
    "field_of_work": lambda lang: _(lang, "Fields of work"),
}


def _vocab_label(name: str, lang: str) -> str:
    return _VOCAB_LABELS[name](lang)


def _marks(item: dict[str, Any], lang: str) -> str:
    """ "(propio, retirado)": where a field or code comes from, and whether it is retired."""
    marks = [_(lang, "custom") if item["custom"] else _(lang, "built in")]
    if item["retired"]:
        marks.append(_(lang, "retired"))
    return ", ".join(marks)


def _retired(lang: str) -> str:
    return _(lang, "Retired. Earlier values still show.")


def _renamed(lang: str) -> str:
    return _(lang, "Labels changed.")


class FormsPane(QWidget):
    def __init__(self, env: PaneEnv) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        layout = scroll_page(self, max_chars=150)
        layout.addWidget(heading(_(lang, "Forms"), 1.6))
        layout.addWidget(
            plain_label(
                _(
                    lang,
                    "Add your own fields to each kind of record and codes to the "
                    "vocabularies. They reach the whole team when syncing. A field or code "
                    "is never deleted: it is retired, and records that already have it "
                    "keep showing it.",
                )
            )
        )
        self.status = plain_label()
        layout.addWidget(self.status)
        # -- fields of a kind ----------------------------------------------------------
        self.kind = CodeCombo([(k, RecordKind(k).plural(lang)) for k in KIND_CODES])
        self.kind.set_value("crisis-note")
        layout.addWidget(FieldRow(_(lang, "Kind of record"), self.kind))
        self.fields = QListWidget()
        self.fields.setMinimumHeight(180)
        layout.addWidget(FieldRow(_(lang, "Fields"), self.fields))
        row = QHBoxLayout()
        self.up_button = QPushButton(_(lang, "Move up"))
        self.down_button = QPushButton(_(lang, "Move down"))
        self.retire_button = QPushButton(_(lang, "Retire"))
        self.preview_button = QPushButton(_(lang, "Preview the form"))
        for button in (self.up_button, self.down_button, self.retire_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.preview_button)
        layout.addLayout(row)
        self.rename = CodeEditor(lang, _(lang, "Change labels"), with_code=False)
        self.rename_button = QPushButton(_(lang, "Change labels"))
        self.rename.column.addWidget(self.rename_button)
        layout.addWidget(self.rename)
        self.editor = FieldEditor(lang)
        self.add_field_button = QPushButton(_(lang, "Add field"))
        self.editor.column.addWidget(self.add_field_button)
        layout.addWidget(self.editor)
        self.preview_box = QWidget()
        self.preview_layout = QHBoxLayout(self.preview_box)
        self.preview: RecordForm | None = None
        layout.addWidget(self.preview_box)
        # -- codes of a vocabulary -----------------------------------------------------
        self.vocab = CodeCombo([(n, _vocab_label(n, lang)) for n in VOCABULARIES])
        layout.addWidget(FieldRow(_(lang, "Vocabulary"), self.vocab))
        self.codes = QListWidget()
        self.codes.setMinimumHeight(150)
        layout.addWidget(FieldRow(_(lang, "Codes"), self.codes))
        self.retire_code_button = QPushButton(_(lang, "Retire code"))
        layout.addWidget(self.retire_code_button)
        self.code_editor = CodeEditor(lang, _(lang, "New code"))
        self.add_code_button = QPushButton(_(lang, "Add code"))
        self.code_editor.column.addWidget(self.add_code_button)
        layout.addWidget(self.code_editor)
        layout.addStretch(1)

        self.kind.changed.connect(self.refresh)
        self.vocab.changed.connect(self.refresh)
        self.fields.currentItemChanged.connect(lambda *_: self._field_chosen())
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.retire_button.clicked.connect(self.retire_field)
        self.rename_button.clicked.connect(self.rename_field)
        self.preview_button.clicked.connect(self.show_preview)
        self.add_field_button.clicked.connect(self.add_field)
        self.add_code_button.clicked.connect(self.add_code)
        self.retire_code_button.clicked.connect(self.retire_code)
        self.form_doc: dict[str, Any] = {"fields": []}

    # -- reading -------------------------------------------------------------------------
    def current_kind(self) -> str:
        return self.kind.value() or "crisis-note"

    def current_vocab(self) -> str:
        return self.vocab.value() or "event"

    def refresh(self) -> None:
        kind, vocab = self.current_kind(), self.current_vocab()

        def load(s: Session) -> tuple[dict[str, Any], list[dict[str, Any]]]:
            return forms.form_show(s, kind), forms.vocabulary_show(s, vocab)

        self.form_doc, codes = self.env.backend.call(load)
        lang = self.env.lang
        chosen = self._chosen_field()
        self.fields.clear()
        for f in self.form_doc["fields"]:
            text = f"{f['labels'][lang if lang == 'en' else 'es']} — {type_label(f['type'], lang)}"
            item = QListWidgetItem(f"{text} ({_marks(f, lang)})")
            item.setData(CODE_ROLE, f["code"] if f["custom"] else "")
            self.fields.addItem(item)
            if chosen and f["code"] == chosen:
                self.fields.setCurrentItem(item)
        self.codes.clear()
        for c in codes:
            label = c["labels"][lang if lang == "en" else "es"]
            item = QListWidgetItem(f"{label} ({_marks(c, lang)})")
            item.setData(CODE_ROLE, c["code"] if c["custom"] else "")
            self.codes.addItem(item)
        if self.preview is not None:
            self.show_preview()

    def _chosen_field(self) -> str:
        item = self.fields.currentItem()
        return str(item.data(CODE_ROLE) or "") if item is not None else ""

    def _chosen_code(self) -> str:
        item = self.codes.currentItem()
        return str(item.data(CODE_ROLE) or "") if item is not None else ""

    def _field_chosen(self) -> None:
        code = self._chosen_field()
        found = next((f for f in self.form_doc["fields"] if f["code"] == code and code), None)
        self.rename.label_es.set_value(found["labels"]["es"] if found else "")
        self.rename.label_en.set_value(found["labels"]["en"] if found else "")

    # -- writing -------------------------------------------------------------------------
    def _write(self, fn: Any, box: Any, done: Callable[[str], str]) -> bool:
        """Run one write on the backend; its refusal shows beside the inputs at fault."""
        try:
            self.env.backend.call(fn)
        except DefinitionInvalid as exc:
            box.show_errors(exc.errors)
            self.status.setText(_(self.env.lang, "Not saved: check what is marked."))
            return False
        except DefinitionMissing:
            self.status.setText(_(self.env.lang, "Choose a custom field in the list."))
            return False
        box.show_errors([])
        self.status.setText(done(self.env.lang))
        self.refresh()
        return True

    def add_field(self) -> None:
        kind, doc = self.current_kind(), self.editor.doc()
        if self._write(
            lambda s: forms.add_field(s, kind, doc),
            self.editor,
            lambda lang: _(lang, "Added. It reaches the team at the next exchange."),
        ):
            self.editor.clear_content()
            self.editor.code.setFocus()

    def retire_field(self) -> None:
        kind, code = self.current_kind(), self._chosen_field()
        if not code:
            self.status.setText(_(self.env.lang, "Choose a custom field in the list."))
            return
        self._write(lambda s: forms.retire_field(s, kind, code), self.rename, _retired)

    def rename_field(self) -> None:
        kind, code, labels = self.current_kind(), self._chosen_field(), self.rename.labels()
        if not code:
            self.status.setText(_(self.env.lang, "Choose a custom field in the list."))
            return
        self._write(lambda s: forms.rename_field(s, kind, code, labels), self.rename, _renamed)

    def _move(self, step: int) -> None:
        kind, code = self.current_kind(), self._chosen_field()
        if not code:
            self.status.setText(_(self.env.lang, "Choose a custom field in the list."))
            return
        self.env.backend.call(lambda s: forms.move_field(s, kind, code, step))
        self.refresh()

    def add_code(self) -> None:
        vocab, doc = self.current_vocab(), self.code_editor.doc()
        if self._write(
            lambda s: forms.add_code(s, vocab, doc),
            self.code_editor,
            lambda lang: _(lang, "Added. It reaches the team at the next exchange."),
        ):
            self.code_editor.clear_content()
            self.code_editor.code.setFocus()

    def retire_code(self) -> None:
        vocab, code = self.current_vocab(), self._chosen_code()
        if not code:
            self.status.setText(_(self.env.lang, "Choose a custom code in the list."))
            return
        self._write(lambda s: forms.retire_code(s, vocab, code), self.code_editor, _retired)

    def show_preview(self) -> None:
        """The kind's form as it will open for a new record (nothing is saved from it)."""
        kind, lang, now = self.current_kind(), self.env.lang, self.env.now()
        ctx = self.env.backend.call(lambda s: form_context(s, kind, lang, now, None))
        if self.preview is not None:
            self.preview_layout.removeWidget(self.preview)
            self.preview.deleteLater()
        self.preview = FORMS[kind](ctx)
        self.preview.setAccessibleName(_(lang, "This is how the form will look"))
        self.preview_layout.addWidget(self.preview)

    def showEvent(self, event: QShowEvent) -> None:
        # Read on every show: definitions may have come in with an exchange meanwhile.
        super().showEvent(event)
        self.refresh()

    # -- the Pane protocol -----------------------------------------------------------------
    def clear_content(self) -> None:
        self.editor.clear_content()
        self.code_editor.clear_content()
        self.rename.clear_content()
        self.fields.clear()
        self.codes.clear()
        if self.preview is not None:
            self.preview_layout.removeWidget(self.preview)
            self.preview.deleteLater()
            self.preview = None
        self.status.setText("")

    def save_drafts(self) -> None:
        return None  # nothing typed here is a record

    def focus_search(self) -> None:
        self.kind.setFocus()

"""The two input boxes of the Formularios screen: a new field, a new code.

Each keeps its inputs in labelled rows (`FieldRow`) so a refusal shows beside the part
at fault; `doc()` reads them into cli.md's JSON shape, which services/forms.py checks.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain.definitions import CUSTOM_TYPES
from ...domain.errors import FieldError
from ...l10n import _
from ...services.messages import describe
from ..common.choices import CodeCombo
from ..common.widgets import FieldRow, error_label, set_error
from ..forms.fields import TextLine

_TYPE_LABELS: dict[str, Callable[[str], str]] = {
    "text": lambda lang: _(lang, "Short text"),
    "long_text": lambda lang: _(lang, "Long text"),
    "number": lambda lang: _(lang, "Number"),
    "date": lambda lang: _(lang, "Date"),
    "yes_no": lambda lang: _(lang, "Yes / no"),
    "choice": lambda lang: _(lang, "One choice"),
    "choices": lambda lang: _(lang, "Several choices"),
    "datetime": lambda lang: _(lang, "Date and time"),
    "scale": lambda lang: _(lang, "Scale"),
    "names": lambda lang: _(lang, "Team members"),
    "subject": lambda lang: _(lang, "One subject"),
    "subjects": lambda lang: _(lang, "Subjects"),
    "record": lambda lang: _(lang, "One record"),
    "items": lambda lang: _(lang, "List of items"),
    "counts": lambda lang: _(lang, "Counts by category"),
}


def type_label(code: str, lang: str) -> str:
    label = _TYPE_LABELS.get(code)
    return label(lang) if label else code  # a type a later build adds: its code


class _Box(QGroupBox):
    def __init__(self, title: str, lang: str) -> None:
        super().__init__(title)
        self.lang = lang
        self.setAccessibleName(title)
        self.column = QVBoxLayout(self)
        self.rows: dict[str, FieldRow] = {}
        self.general: QLabel = error_label()
        self.column.addWidget(self.general)

    def row(self, key: str, title: str, widget: QWidget, hint: str = "") -> None:
        row = FieldRow(title, widget, hint)
        self.rows[key] = row
        self.column.addWidget(row)

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message beside its input ("labels.es" → the Spanish label)."""
        by_row: dict[str, list[str]] = {}
        general: list[str] = []
        for e in errors:
            parts = e.field.split(".")
            key = e.field if e.field in self.rows else parts[0]
            (by_row.setdefault(key, []) if key in self.rows else general).append(
                describe(e, self.lang)
            )
        for key, row in self.rows.items():
            row.set_error("\n".join(by_row.get(key, [])))
        set_error(self.general, "\n".join(general))
        first = next((self.rows[k] for k in self.rows if k in by_row), None)
        if first is not None:
            first.field.setFocus()


class FieldEditor(_Box):
    """The inputs of a new custom field."""

    def __init__(self, lang: str) -> None:
        super().__init__(_(lang, "New field"), lang)
        self.code = TextLine()
        self.label_es = TextLine()
        self.label_en = TextLine()
        self.type = CodeCombo([(c, type_label(c, lang)) for c in CUSTOM_TYPES])
        self.choices = QPlainTextEdit()
        self.choices.setTabChangesFocus(True)  # Tab leaves the box, as in every form
        self.choices.setFixedHeight(90)
        self.required = QCheckBox(_(lang, "Required"))
        self.sensitive = QCheckBox(_(lang, "Sensitive (not searched, not in reports)"))
        self.row(
            "code",
            _(lang, "Code"),
            self.code,
            _(lang, "Lowercase letters, digits and “_”, no spaces. It cannot be changed later."),
        )
        self.row("labels.es", _(lang, "Label in Spanish"), self.label_es)
        self.row("labels.en", _(lang, "Label in English"), self.label_en)
        self.row("type", _(lang, "Kind of field"), self.type)
        self.row(
            "choices",
            _(lang, "Choices"),
            self.choices,
            _(lang, "One per line: code | Spanish label | English label."),
        )
        self.column.addWidget(self.required)
        self.column.addWidget(self.sensitive)
        self.type.changed.connect(self._type_changed)
        self._type_changed()

    def _type_changed(self) -> None:
        self.rows["choices"].setVisible(self.type.value() in ("choice", "choices"))

    def doc(self) -> dict[str, Any]:
        """cli.md's add-field JSON from the inputs (checked by services/forms.py)."""
        doc: dict[str, Any] = {
            "code": self.code.value().strip(),
            "type": self.type.value(),
            "labels": {"es": self.label_es.value(), "en": self.label_en.value()},
            "required": self.required.isChecked(),
            "sensitive": self.sensitive.isChecked(),
        }
        if doc["type"] in ("choice", "choices"):
            doc["choices"] = parse_choices(self.choices.toPlainText())
        return doc

    def clear_content(self) -> None:
        for widget in (self.code, self.label_es, self.label_en):
            widget.set_value("")
        self.choices.setPlainText("")
        self.required.setChecked(False)
        self.sensitive.setChecked(False)
        self.show_errors([])


def parse_choices(text: str) -> list[dict[str, Any]]:
    """ "code | es | en" per line; a missing part stays empty so the check names it."""
    out = []
    for line in text.splitlines():
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split("|")] + ["", ""]
        out.append({"code": parts[0], "labels": {"es": parts[1], "en": parts[2]}})
    return out


class CodeEditor(_Box):
    """The inputs of a new vocabulary code (or of new labels for a custom field)."""

    def __init__(self, lang: str, title: str, with_code: bool = True) -> None:
        super().__init__(title, lang)
        self.code = TextLine()
        self.label_es = TextLine()
        self.label_en = TextLine()
        if with_code:
            self.row(
                "code",
                _(lang, "Code"),
                self.code,
                _(
                    lang,
                    "Lowercase letters, digits and “_”, no spaces. It cannot be changed later.",
                ),
            )
        self.row("labels.es", _(lang, "Label in Spanish"), self.label_es)
        self.row("labels.en", _(lang, "Label in English"), self.label_en)

    def labels(self) -> dict[str, str]:
        return {"es": self.label_es.value(), "en": self.label_en.value()}

    def doc(self) -> dict[str, Any]:
        return {"code": self.code.value().strip(), "labels": self.labels()}

    def clear_content(self) -> None:
        for widget in (self.code, self.label_es, self.label_en):
            widget.set_value("")
        self.show_errors([])

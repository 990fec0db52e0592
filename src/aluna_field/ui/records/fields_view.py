"""A record's fields as label and value, plain text; the real name behind a timed reveal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ...domain import kinds as domain
from ...domain.definitions import CUSTOM_PREFIX, is_custom_key
from ...domain.risk import Assessment, explain_assessment
from ...domain.risk_model import assessment_of, threat_describer
from ...l10n import _
from ..common.widgets import plain_label
from ..values.fields import field_text
from ..values.format import Lookup, custom_label

REVEAL_MS = 15_000
# The derivation line beside the level says what these hold, in words.
_QUIET_DERIVED = frozenset({"risk_rule", "risk_threat", "threat_levels"})


def record_lines(
    kind: str, fields: dict[str, Any], lang: str, lookup: Lookup
) -> list[tuple[str, str]]:
    """(label, text) of every non-empty, non-sensitive field, derived ones included."""
    hidden = set(domain.sensitive_fields(kind))
    # Derived values (the risk level) first: they are what a reader looks for.
    derived = [n for n in domain.derived_fields(kind) if n not in _QUIET_DERIVED]
    names = [*derived, *domain.field_names(kind)]
    out = []
    for name in names:
        if name in hidden:
            continue
        text = field_text(kind, name, fields.get(name), lang, lookup)
        if name == "risk_level" and text:
            why = explain_assessment(risk_of(fields), lang, threat_describer(fields))
            text = f"{text} — {why}"
        if text:
            out.append((domain.field_label(kind, name, lang), text))
    return out + custom_lines(kind, fields, lang, lookup)


def custom_lines(
    kind: str, fields: dict[str, Any], lang: str, lookup: Lookup
) -> list[tuple[str, str]]:
    """(label, text) of the record's custom values: defined ones in form order, retired
    ones marked, then any whose definition has not arrived ("campo no definido aún"),
    never dropped. Sensitive ones are left out, as a real name is."""
    out: list[tuple[str, str]] = []
    defined = lookup.definitions.fields_of(kind)
    for f in defined:
        text = field_text(kind, f.key, fields.get(f.key), lang, lookup)
        if text and not f.sensitive:
            label = f.label(lang)
            if f.retired:
                label = f"{label} (" + _(lang, "retired") + ")"
            out.append((label, text))
    known = {f.key for f in defined}
    for name in sorted(n for n in fields if is_custom_key(n) and n not in known):
        text = field_text(kind, name, fields[name], lang, lookup)
        if text and custom_label(kind, name, lang, lookup) is None:
            code = name[len(CUSTOM_PREFIX) :]
            out.append(((f"{code} (" + _(lang, "field not defined yet") + ")"), text))
    return out


def risk_of(fields: dict[str, Any]) -> Assessment:
    """The risk assessment of stored fields (each threat's level and the overall one)."""
    return assessment_of(fields)


class RealNameReveal(QWidget):
    """ "Hidden" until asked; then the name shows for REVEAL_MS and hides again."""

    def __init__(self, lang: str, fetch: Callable[[], str]) -> None:
        super().__init__()
        self.lang = lang
        self.fetch = fetch
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.value = plain_label(_(lang, "(hidden)"))
        self.button = QPushButton(_(lang, "Show for {seconds} s", seconds=REVEAL_MS // 1000))
        self.button.clicked.connect(self.reveal)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REVEAL_MS)
        self.timer.timeout.connect(self.conceal)

    def reveal(self) -> None:
        name = self.fetch()
        self.value.setText(name or _(self.lang, "(no real name)"))
        self.button.setEnabled(False)
        self.timer.start()

    def conceal(self) -> None:
        self.timer.stop()
        self.value.setText(_(self.lang, "(hidden)"))
        self.button.setEnabled(True)


def _constant(text: str) -> Callable[[], str]:
    return lambda: text


class FieldsView(QWidget):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.form = QFormLayout(self)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.values: list[QLabel] = []
        self.reveal: RealNameReveal | None = None
        self.reveals: list[RealNameReveal] = []  # sensitive custom fields

    def show_fields(
        self,
        kind: str,
        fields: dict[str, Any],
        lookup: Lookup,
        fetch_real_name: Callable[[], str] | None,
    ) -> None:
        self.clear_content()
        for label, text in record_lines(kind, fields, self.lang, lookup):
            value = plain_label(text, selectable=True)
            value.setAccessibleName(label)
            self.form.addRow(plain_label(label), value)
            self.values.append(value)
        if fetch_real_name is not None:
            self.reveal = RealNameReveal(self.lang, fetch_real_name)
            label = domain.field_label(kind, "real_name", self.lang)
            self.reveal.value.setAccessibleName(label)
            self.form.addRow(plain_label(label), self.reveal)
        # A sensitive custom value, like a real name: hidden until asked, for a while.
        for f in lookup.definitions.fields_of(kind):
            text = field_text(kind, f.key, fields.get(f.key), self.lang, lookup)
            if f.sensitive and text:
                reveal = RealNameReveal(self.lang, _constant(text))
                reveal.value.setAccessibleName(f.label(self.lang))
                self.form.addRow(plain_label(f.label(self.lang)), reveal)
                self.reveals.append(reveal)

    def clear_content(self) -> None:
        if self.reveal is not None:
            self.reveal.conceal()
        for reveal in self.reveals:
            reveal.conceal()
        self.reveals = []
        for label in self.values:
            label.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.values = []
        self.reveal = None

"""What every record form shares: one column of labelled fields, errors beside each field.

Forms validate with the domain models (`kinds.validate_record`) before anything is
saved, and show each problem under the field it is about.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, ClassVar, Protocol

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...domain.custom_values import validate_with_custom
from ...domain.definitions import CUSTOM_PREFIX, Definitions, is_custom_key
from ...domain.kinds import FieldError
from ...domain.risk_model import assessment_of
from ...l10n import _
from ...services.messages import describe
from ..common.dates import DateField, DateTimeField, parse_date
from ..common.typed_dates import unlikely
from ..common.widgets import FieldRow, error_label, set_error


class FieldWidget(Protocol):
    changed: SignalInstance

    def value(self) -> Any: ...

    def set_value(self, value: object) -> None: ...


@dataclass(frozen=True)
class RiskPoint:
    """One earlier assessment of a subject, for the trend beside the risk form."""

    rid: str
    subject_id: str
    day: str
    score: float
    level: str

    @classmethod
    def of(cls, rid: str, subject_id: str, fields: dict[str, Any]) -> RiskPoint:
        """The point an assessment's fields give: its most serious threat's score (0 when
        nothing is scored) and the derived level."""
        derivation = assessment_of(fields)
        basis = derivation.basis
        score = basis.score if basis is not None and basis.score is not None else 0.0
        return cls(
            rid, subject_id, str(fields.get("assessed_on") or ""), score, derivation.level.value
        )


@dataclass
class FormContext:
    lang: str
    today: dt.date
    now: dt.datetime
    subjects: list[tuple[str, str]] = field(default_factory=list)  # (id, alias)
    records: list[tuple[str, str]] = field(default_factory=list)  # (id, title)
    assessments: list[RiskPoint] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # (device id, name)
    rid: str | None = None  # the record being edited; None for a new one
    # The vault's custom fields and codes (services/forms.py), read when the form opens.
    definitions: Definitions = field(default_factory=Definitions)


def without_none(values: dict[str, Any]) -> dict[str, Any]:
    """Unset fields left out, so the domain says "required" rather than "wrong type"."""
    return {k: v for k, v in values.items() if v is not None}


class RecordForm(QWidget):
    kind: ClassVar[str]
    changed = Signal()

    def __init__(self, ctx: FormContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.lang = ctx.lang
        self.rows: dict[str, FieldRow] = {}
        self.fields: dict[str, FieldWidget] = {}
        self.column = QVBoxLayout(self)
        # An edited record's values as loaded (None for a new one): a retired custom code
        # it already holds is kept, not refused as a new choice.
        self.stored: dict[str, Any] | None = None
        self.general_error: QLabel = error_label()
        self.column.addWidget(self.general_error)

    # -- building ------------------------------------------------------------------------
    def label(self, name: str) -> str:
        if is_custom_key(name):
            custom = self.ctx.definitions.field(self.kind, name[len(CUSTOM_PREFIX) :])
            return custom.label(self.lang) if custom else name[len(CUSTOM_PREFIX) :]
        return domain.field_label(self.kind, name, self.lang)

    def add(
        self,
        name: str,
        widget: QWidget,
        hint: str = "",
        into: QVBoxLayout | None = None,
    ) -> FieldRow:
        """A labelled row for field `name`; `hint` is the help text shown under it."""
        row = FieldRow(self.label(name), widget, hint)
        (into or self.column).addWidget(row)
        self.rows[name] = row
        self.fields[name] = widget  # type: ignore[assignment]
        widget.changed.connect(self.changed)  # type: ignore[attr-defined]
        return row

    def section(self, title: str) -> tuple[QGroupBox, QVBoxLayout]:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        layout = QVBoxLayout(box)
        self.column.addWidget(box)
        return box, layout

    def finish(self) -> None:
        self.column.addStretch(1)

    # -- values --------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """Every field as typed (None for an unset choice or date)."""
        return {name: widget.value() for name, widget in self.fields.items()}

    def load(self, values: dict[str, Any]) -> None:
        if self.ctx.rid is not None and self.stored is None:
            self.stored = dict(values)  # the record as it was: what the checks compare to
        for name, widget in self.fields.items():
            if name in values:
                widget.set_value(values[name])

    def unlikely_dates(self, today: dt.date) -> list[tuple[str, str]]:
        """(label, date) of every date before 1990 or over a year ahead: slips to ask about."""
        found = []
        for name, widget in self.fields.items():
            if isinstance(widget, DateField | DateTimeField):
                day = parse_date(widget.value())
                if day is not None and unlikely(day, today):
                    found.append((self.label(name), day.isoformat()))
        return found

    def clear_content(self) -> None:
        for widget in self.fields.values():
            widget.set_value(None)
        self.show_errors([])

    # -- validation ----------------------------------------------------------------------
    def validate(self) -> list[FieldError]:
        try:
            # With the vault's definitions: custom values by type, custom codes known.
            values = without_none(self.values())
            validate_with_custom(self.ctx.definitions, self.kind, values, self.stored)
        except domain.RecordInvalid as exc:
            return exc.errors
        return []

    def show_errors(self, errors: list[FieldError]) -> None:
        """Each message under its field; the first field with a problem gets the focus."""
        by_row: dict[str, list[str]] = {}
        general: list[str] = []
        for error in errors:
            top = error.field.split(".", 1)[0]
            if top == "custom" and "." in error.field:  # "custom.code": its own row
                top = CUSTOM_PREFIX + error.field.split(".")[1]
            text = self._message(error)
            (by_row.setdefault(top, []) if top in self.rows else general).append(text)
        for name, row in self.rows.items():
            row.set_error("\n".join(by_row.get(name, [])))
        set_error(self.general_error, "\n".join(general))
        first = next((self.rows[n] for n in self.rows if n in by_row), None)
        if first is not None:
            first.field.setFocus()

    def _message(self, error: FieldError) -> str:
        parts = error.field.split(".")
        message = describe(error, self.lang)
        if len(parts) >= 3 and parts[1].isdigit():
            try:
                label = domain.field_label(self.kind, f"{parts[0]}.{parts[2]}", self.lang)
            except KeyError:
                label = parts[2]
            number = int(parts[1]) + 1
            return _(self.lang, "{n}. {field}: {message}", n=number, field=label, message=message)
        if parts[0] == "custom":
            return message
        if len(parts) == 2 and parts[0] in self.rows and not parts[1].isdigit():
            # A named part of a field (an activity's count of women): say which part.
            try:
                label = domain.field_label(self.kind, error.field, self.lang)
            except KeyError:
                return message
            return f"{label}: {message}"
        if parts[0] not in self.rows and error.field:
            try:
                return f"{domain.field_label(self.kind, error.field, self.lang)}: {message}"
            except KeyError:
                return message
        return message

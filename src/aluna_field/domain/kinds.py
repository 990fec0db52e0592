"""The registry of record kinds: models, validation and per-kind field facts.

This is the domain's front door for the store, the CLI and the UI. Kind codes are the
public strings of cli.md ("crisis-note", ...).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from aluna_field.domain import field_labels
from aluna_field.domain.coded import Coded, define_labels, normalize_lang
from aluna_field.domain.errors import FieldError, RecordInvalid, UnknownKindError, field_errors
from aluna_field.domain.records import (
    Accompaniment,
    CrisisNote,
    FollowUp,
    ImpactObservation,
    Subject,
)
from aluna_field.domain.risk_model import DERIVED as RISK_DERIVED
from aluna_field.domain.risk_model import RiskAssessment

__all__ = [
    "KIND_CODES",
    "FieldError",
    "RecordInvalid",
    "RecordKind",
    "UnknownKindError",
    "date_field",
    "derived_fields",
    "extract_text",
    "field_label",
    "field_names",
    "json_schema",
    "model_for",
    "reference_fields",
    "sensitive_fields",
    "set_fields",
    "subject_refs",
    "text_fields",
    "validate_record",
    "without_derived",
]

KIND_CODES = (
    "subject",
    "accompaniment",
    "crisis-note",
    "risk-assessment",
    "impact-observation",
    "follow-up",
)


class RecordKind(Coded):
    SUBJECT = "subject"
    ACCOMPANIMENT = "accompaniment"
    CRISIS_NOTE = "crisis-note"
    RISK_ASSESSMENT = "risk-assessment"
    IMPACT_OBSERVATION = "impact-observation"
    FOLLOW_UP = "follow-up"

    def plural(self, lang: str = "es") -> str:
        """The plural label ("Notas de crisis" / "Crisis notes")."""
        es, en = _PLURALS[self.value]
        return en if normalize_lang(lang) == "en" else es


define_labels(
    RecordKind,
    {
        "subject": ("Sujeto", "Subject"),
        "accompaniment": ("Acompañamiento", "Accompaniment"),
        "crisis-note": ("Nota de crisis", "Crisis note"),
        "risk-assessment": ("Análisis de riesgo", "Risk assessment"),
        "impact-observation": ("Observación de impactos", "Impact observation"),
        "follow-up": ("Seguimiento", "Follow-up"),
    },
)

_PLURALS: Mapping[str, tuple[str, str]] = {
    "subject": ("Sujetos", "Subjects"),
    "accompaniment": ("Acompañamientos", "Accompaniments"),
    "crisis-note": ("Notas de crisis", "Crisis notes"),
    "risk-assessment": ("Análisis de riesgo", "Risk assessments"),
    "impact-observation": ("Impactos", "Impacts"),
    "follow-up": ("Seguimientos", "Follow-ups"),
}


@dataclass(frozen=True, slots=True)
class _KindSpec:
    model: type[BaseModel]
    # Dotted paths; a segment that meets a list applies to every item.
    text: tuple[str, ...]
    sets: tuple[str, ...] = ()
    derived: tuple[str, ...] = ()
    date: str | None = None
    subjects: tuple[str, ...] = ()
    other_refs: tuple[str, ...] = ()
    sensitive: tuple[str, ...] = ()


_SPECS: Mapping[str, _KindSpec] = {
    "subject": _KindSpec(
        Subject,
        text=("alias", "region", "notes"),
        sets=("field_of_work", "member_of"),
        subjects=("member_of",),
        sensitive=("real_name",),
    ),
    "accompaniment": _KindSpec(
        Accompaniment,
        text=("title", "notes"),
        sets=("subject_ids", "accompaniers"),
        date="started_on",
        subjects=("subject_ids",),
    ),
    "crisis-note": _KindSpec(
        CrisisNote,
        text=("narrative", "state_observed", "agreements"),
        sets=("subject_ids", "interventions"),
        date="occurred_at",
        subjects=("subject_ids",),
    ),
    "risk-assessment": _KindSpec(
        RiskAssessment,
        text=(
            "threats.description",
            "threats.who",
            "threats.when",
            "threats.source",
            "threats.credibility_note",
            "vulnerabilities.description",
            "capacities.description",
            "measures.what",
            "measures.who",
            "measures.notes",
            "notes",
        ),
        # The protection plan merges item by item (docs/merge.md): two people adding
        # measures apart is not a conflict.
        sets=("measures",),
        derived=RISK_DERIVED,
        date="assessed_on",
        subjects=("subject_id",),
    ),
    "impact-observation": _KindSpec(
        ImpactObservation,
        text=("narrative", "resistance"),
        sets=("subject_ids", "categories", "mourning_losses", "mourning_alterations"),
        date="observed_on",
        subjects=("subject_ids",),
    ),
    "follow-up": _KindSpec(
        FollowUp,
        text=("description", "assignee"),
        date="due_on",
        other_refs=("record_id",),
    ),
}


def _spec(kind: str) -> _KindSpec:
    try:
        return _SPECS[kind]
    except KeyError:
        raise UnknownKindError(kind) from None


def model_for(kind: str) -> type[BaseModel]:
    """The pydantic model of `kind`; UnknownKindError if `kind` is not in KIND_CODES."""
    return _spec(kind).model


def validate_record(kind: str, data: object) -> dict[str, Any]:
    """Validate a complete record of `kind` and return its canonical JSON-able dict.

    The dict is `model_dump(mode="json")`: every field (defaults filled in), sets sorted,
    dates as ISO strings, plus derived fields (risk_level). Raises RecordInvalid listing
    every problem, or UnknownKindError.
    """
    model = model_for(kind)
    try:
        record = model.model_validate(data)
    except ValidationError as exc:
        # `from None`: the pydantic error's text carries the rejected values.
        raise RecordInvalid(kind, field_errors(exc)) from None
    return record.model_dump(mode="json")


def without_derived(kind: str, record: Mapping[str, Any]) -> dict[str, Any]:
    """A copy of `record` without its derived fields, ready for `validate_record` again."""
    derived = set(derived_fields(kind))
    return {k: v for k, v in record.items() if k not in derived}


def field_names(kind: str) -> tuple[str, ...]:
    """The input fields of `kind`, in declaration order (derived fields excluded)."""
    return tuple(model_for(kind).model_fields)


def text_fields(kind: str) -> tuple[str, ...]:
    """Free-text fields indexed for full-text search, as dotted paths ("threats.who").

    Never includes sensitive fields (a subject's real name).
    """
    return _spec(kind).text


def set_fields(kind: str) -> tuple[str, ...]:
    """List fields that behave as sets (sorted, no repeats; merged element-wise)."""
    return _spec(kind).sets


def derived_fields(kind: str) -> tuple[str, ...]:
    """Fields computed from others: present in output, refused as input."""
    return _spec(kind).derived


def date_field(kind: str) -> str | None:
    """The main date used to filter and sort records of `kind`; None for subjects."""
    return _spec(kind).date


def subject_refs(kind: str) -> tuple[str, ...]:
    """Fields holding subject ids (a single id or a list of ids)."""
    return _spec(kind).subjects


def reference_fields(kind: str) -> tuple[str, ...]:
    """Every field holding record ids: subject refs plus follow-up's `record_id`."""
    spec = _spec(kind)
    return spec.subjects + spec.other_refs


def sensitive_fields(kind: str) -> tuple[str, ...]:
    """Fields shown only on demand and kept out of search and reports (real_name)."""
    return _spec(kind).sensitive


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of `kind` as accepted on input (derived fields absent)."""
    return model_for(kind).model_json_schema(mode="validation")


def field_label(kind: str, field: str, lang: str = "es") -> str:
    """The label of `field` in `kind` ("es" or "en").

    Accepts error paths: list indexes are skipped ("threats.0.score" → "threats.score"),
    and "" (the record as a whole) gives the kind's label. KeyError for unknown fields.
    """
    _spec(kind)  # UnknownKindError first, as everywhere else
    if field == "":
        return RecordKind(kind).label(lang)
    key = ".".join(part for part in field.split(".") if not part.isdigit())
    pair = field_labels.lookup(kind, key)
    if pair is None:
        raise KeyError(f"no label for field {key!r} of {kind}")
    es, en = pair
    return en if normalize_lang(lang) == "en" else es


def _texts(value: object, parts: list[str]) -> Iterator[str]:
    if isinstance(value, list):
        for item in value:
            yield from _texts(item, parts)
    elif not parts:
        if isinstance(value, str) and value:
            yield value
    elif isinstance(value, Mapping):
        yield from _texts(value.get(parts[0]), parts[1:])


def extract_text(kind: str, record: Mapping[str, Any]) -> str:
    """All searchable text of a validated record, one non-empty value per line.

    Follows `text_fields(kind)` in order; missing fields are skipped.
    """
    lines: list[str] = []
    for path in text_fields(kind):
        lines.extend(_texts(record, path.split(".")))
    return "\n".join(lines)

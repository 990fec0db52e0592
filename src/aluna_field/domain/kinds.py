"""The registry of record kinds: models, validation and per-kind field facts.

This is the domain's front door for the store, the CLI and the UI. Kind codes are the
public strings of cli.md ("crisis-note", ...). Every per-kind fact here is read from
the kind's spec (domain/specs.py); nothing about a field is spelled out twice.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from typing import Any, cast

from pydantic import BaseModel, ValidationError

from aluna_field.domain import field_labels
from aluna_field.domain.activity import Activity
from aluna_field.domain.coded import (
    Coded,
    Label,
    define_labels,
    translate_label,
)
from aluna_field.domain.definition_types import (
    CUSTOM_PREFIX,
    DEFINITION,
    DEFINITION_SPEC,
    DefinitionModel,
)
from aluna_field.domain.errors import FieldError, RecordInvalid, UnknownKindError, field_errors
from aluna_field.domain.records import (
    Accompaniment,
    CrisisNote,
    FollowUp,
    ImpactObservation,
    Subject,
)
from aluna_field.domain.risk_model import RiskAssessment
from aluna_field.domain.spec import FieldSpec, KindSpec, extend_model
from aluna_field.domain.specs import SPECS
from aluna_field.l10n import N_

__all__ = [
    "KIND_CODES",
    "STORED_KINDS",
    "FieldError",
    "FieldSpec",
    "KindSpec",
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
    "spec_of",
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
    "activity",
)

# What the vault stores: the record kinds, and the coordinators' definitions (custom fields
# and codes, domain/definitions.py), which travel like records but are never listed.
STORED_KINDS = (*KIND_CODES, DEFINITION)


class RecordKind(Coded):
    SUBJECT = "subject"
    ACCOMPANIMENT = "accompaniment"
    CRISIS_NOTE = "crisis-note"
    RISK_ASSESSMENT = "risk-assessment"
    IMPACT_OBSERVATION = "impact-observation"
    FOLLOW_UP = "follow-up"
    ACTIVITY = "activity"

    def plural(self, lang: str = "es") -> str:
        """The plural label ("Notas de crisis" / "Crisis notes")."""
        return translate_label(_PLURALS[self.value], lang)


define_labels(
    RecordKind,
    {
        "subject": N_("Subject"),
        "accompaniment": N_("Accompaniment"),
        "crisis-note": N_("Crisis note"),
        "risk-assessment": N_("Risk assessment"),
        "impact-observation": N_("Impact observation"),
        "follow-up": N_("Follow-up"),
        "activity": N_("Activity"),
    },
)

_PLURALS: Mapping[str, Label] = {
    "subject": N_("Subjects"),
    "accompaniment": N_("Accompaniments"),
    "crisis-note": N_("Crisis notes"),
    "risk-assessment": N_("Risk assessments"),
    "impact-observation": N_("Impacts"),
    "follow-up": N_("Follow-ups"),
    "activity": N_("Activities"),
}


# The hand-written models: what plain field types cannot say (cross-field checks, the
# risk assessment's items and derived level). Fields the spec adds are added to them.
_MODELS: Mapping[str, type[BaseModel]] = {
    "subject": Subject,
    "accompaniment": Accompaniment,
    "crisis-note": CrisisNote,
    "risk-assessment": RiskAssessment,
    "impact-observation": ImpactObservation,
    "follow-up": FollowUp,
    "activity": Activity,
}


def spec_of(kind: str) -> KindSpec:
    """The spec of `kind` (domain/specs.py); UnknownKindError if there is none."""
    if kind == DEFINITION:
        return DEFINITION_SPEC
    try:
        return SPECS[kind]
    except KeyError:
        raise UnknownKindError(kind) from None


@functools.lru_cache(maxsize=64)
def _model(base: type[BaseModel], spec: KindSpec) -> type[BaseModel]:
    return cast(type[BaseModel], extend_model(base, spec))


def model_for(kind: str) -> type[BaseModel]:
    """The pydantic model of `kind`, with every field its spec has; UnknownKindError if
    `kind` is not in KIND_CODES."""
    spec = spec_of(kind)
    return _model(_MODELS[kind] if kind != DEFINITION else DefinitionModel, spec)


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
    """The input fields of `kind`, in form order (derived fields excluded)."""
    return tuple(f.code for f in spec_of(kind).inputs)


def text_fields(kind: str) -> tuple[str, ...]:
    """Free-text fields indexed for full-text search, as dotted paths ("threats.who").

    Never includes sensitive fields (a subject's real name).
    """
    return spec_of(kind).text_paths()


def set_fields(kind: str) -> tuple[str, ...]:
    """List fields that behave as sets (sorted, no repeats; merged element-wise)."""
    return tuple(f.code for f in spec_of(kind).fields if f.merged_as_set)


def derived_fields(kind: str) -> tuple[str, ...]:
    """Fields computed from others: present in output, refused as input."""
    return tuple(f.code for f in spec_of(kind).derived)


def date_field(kind: str) -> str | None:
    """The main date used to filter and sort records of `kind`; None for subjects."""
    return spec_of(kind).date


def subject_refs(kind: str) -> tuple[str, ...]:
    """Fields holding subject ids (a single id or a list of ids)."""
    return tuple(f.code for f in spec_of(kind).fields if f.type in ("subject", "subjects"))


def reference_fields(kind: str) -> tuple[str, ...]:
    """Every field holding record ids: subject refs plus follow-up's `record_id`."""
    refs = tuple(f.code for f in spec_of(kind).fields if f.type == "record")
    return subject_refs(kind) + refs


def sensitive_fields(kind: str) -> tuple[str, ...]:
    """Fields shown only on demand and kept out of search and reports (real_name)."""
    return tuple(f.code for f in spec_of(kind).fields if f.sensitive)


def json_schema(kind: str) -> dict[str, Any]:
    """The JSON Schema of `kind` as accepted on input (derived fields absent)."""
    return model_for(kind).model_json_schema(mode="validation")


def field_label(kind: str, field: str, lang: str = "es") -> str:
    """The label of `field` in `kind` ("es" or "en").

    Accepts error paths: list indexes are skipped ("threats.0.score" → "threats.score"),
    and "" (the record as a whole) gives the kind's label. KeyError for unknown fields.
    """
    spec_of(kind)  # UnknownKindError first, as everywhere else
    if field == "":
        return RecordKind(kind).label(lang)
    key = ".".join(part for part in field.split(".") if not part.isdigit())
    if key.startswith(CUSTOM_PREFIX):
        # A custom field: its label lives in its definition, which views that have the
        # vault's definitions use; anywhere else (history, conflicts) it reads as its code.
        return key[len(CUSTOM_PREFIX) :]
    label = field_labels.lookup(kind, key)
    if label is None:
        raise KeyError(f"no label for field {key!r} of {kind}")
    return translate_label(label, lang)


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

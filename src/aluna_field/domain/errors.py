"""Validation errors as the rest of the app sees them: field path, code, es and en text.

Messages never contain the rejected value: record content must not leak into logs,
terminal scrollback or error reports. Only constraints (limits, allowed codes) appear.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError

from aluna_field.domain.activity import (
    ERR_CONTAINMENT_AREA,
    ERR_OVER_TOTAL,
    ERR_TEAM_CARE_SUBJECTS,
)
from aluna_field.domain.coded import normalize_lang
from aluna_field.domain.records import ERR_MOURNING, ERR_REGION, ID_PATTERN
from aluna_field.domain.risk_model import (
    ERR_DERIVED,
    ERR_DUPLICATE_ID,
    ERR_FACTOR_TYPE,
    ERR_UNKNOWN_FACTOR,
    ERR_UNKNOWN_THREAT,
)

__all__ = ["FieldError", "RecordInvalid", "UnknownKindError", "field_errors"]

ROOT_FIELD = ""


class UnknownKindError(ValueError):
    """The record kind is not one of `kinds.KIND_CODES`."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        super().__init__(f"unknown record kind: {kind[:40]!r}")


@dataclass(frozen=True, slots=True)
class FieldError:
    """One problem with one field.

    `field` is a dotted path ("threats.0.score"); "" means the record as a whole.
    `code` is the pydantic error type (or one of the domain's own: derived_field,
    mourning_without_category, region_format).
    """

    field: str
    code: str
    message_en: str
    message_es: str

    def message(self, lang: str = "es") -> str:
        """The message in `lang` ("en" for English, Spanish otherwise)."""
        return self.message_en if normalize_lang(lang) == "en" else self.message_es


class RecordInvalid(Exception):
    """A record failed validation. `errors` lists every problem found.

    `str()` names the kind and the failing field paths only, never values.
    """

    def __init__(self, kind: str, errors: list[FieldError]) -> None:
        # args mirror the constructor so the exception survives pickling (worker processes).
        super().__init__(kind, errors)
        self.kind = kind
        self.errors = errors

    def __str__(self) -> str:
        paths = ", ".join(e.field or "(record)" for e in self.errors)
        return f"invalid {self.kind} record: {paths}"


_DATE = ("Must be a date (YYYY-MM-DD)", "Debe ser una fecha (AAAA-MM-DD)")
_DATETIME = (
    "Must be a date and time (YYYY-MM-DDTHH:MM)",
    "Debe ser una fecha y hora (AAAA-MM-DDTHH:MM)",
)
_INT = ("Must be a whole number", "Debe ser un número entero")
_FLOAT = ("Must be a number", "Debe ser un número")
_BOOL = ("Must be true or false", "Debe ser verdadero o falso (true/false)")
_TEXT = ("Must be text", "Debe ser texto")
_OBJECT = ("Must be an object with named fields", "Debe ser un objeto con campos con nombre")

# (en, es) templates; placeholders are filled from pydantic's ctx, which holds
# constraints only, never the input.
_MESSAGES: dict[str, tuple[str, str]] = {
    "missing": ("Required field", "Campo obligatorio"),
    "extra_forbidden": ("Unknown field, not accepted", "Campo desconocido, no se acepta"),
    "enum": ("Must be one of: {expected}", "Debe ser uno de: {expected}"),
    "literal_error": ("Must be one of: {expected}", "Debe ser uno de: {expected}"),
    "int_parsing": _INT,
    "int_type": _INT,
    "int_from_float": _INT,
    "float_parsing": _FLOAT,
    "float_type": _FLOAT,
    "finite_number": _FLOAT,
    "greater_than_equal": ("Must be at least {ge}", "Debe ser como mínimo {ge}"),
    "greater_than": ("Must be greater than {gt}", "Debe ser mayor que {gt}"),
    "less_than_equal": ("Must be at most {le}", "Debe ser como máximo {le}"),
    "less_than": ("Must be less than {lt}", "Debe ser menor que {lt}"),
    "too_short": (
        "Must have at least {min_length} item(s)",
        "Debe tener al menos {min_length} elemento(s)",
    ),
    "too_long": (
        "Must have at most {max_length} item(s)",
        "Debe tener como máximo {max_length} elemento(s)",
    ),
    "string_too_short": (
        "Must be at least {min_length} character(s) long",
        "Debe tener al menos {min_length} carácter(es)",
    ),
    "string_too_long": (
        "Must be at most {max_length} characters long",
        "Debe tener como máximo {max_length} caracteres",
    ),
    "string_type": _TEXT,
    "string_unicode": _TEXT,
    "string_pattern_mismatch": (
        "Does not have the expected format",
        "No tiene el formato esperado",
    ),
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": (
        "Must be a date without a time of day (YYYY-MM-DD)",
        "Debe ser una fecha sin hora (AAAA-MM-DD)",
    ),
    "datetime_parsing": _DATETIME,
    "datetime_type": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
    "datetime_object_invalid": _DATETIME,
    "bool_parsing": _BOOL,
    "bool_type": _BOOL,
    "list_type": ("Must be a list", "Debe ser una lista"),
    "dict_type": _OBJECT,
    "model_type": _OBJECT,
    "model_attributes_type": _OBJECT,
    "json_invalid": ("Must be valid JSON", "Debe ser JSON válido"),
    "value_error": ("Invalid value", "Valor no válido"),
    "assertion_error": ("Invalid value", "Valor no válido"),
    ERR_DERIVED: (
        "Derived from threats, vulnerabilities and capacities; it cannot be given",
        "Se calcula a partir de amenazas, vulnerabilidades y capacidades; no se puede indicar",
    ),
    ERR_UNKNOWN_THREAT: (
        "Names a threat that is not in this assessment",
        "Nombra una amenaza que no está en este análisis",
    ),
    ERR_UNKNOWN_FACTOR: (
        "Names a threat, vulnerability or capacity that is not in this assessment",
        "Nombra una amenaza, vulnerabilidad o capacidad que no está en este análisis",
    ),
    ERR_FACTOR_TYPE: (
        "The factor is not of the kind this type of measure addresses",
        "El factor no es del tipo que atiende esta clase de medida",
    ),
    ERR_DUPLICATE_ID: (
        "This id is already used by another item of the assessment",
        "Este identificador ya lo usa otro elemento del análisis",
    ),
    ERR_MOURNING: (
        "Mourning losses and alterations can only be recorded with the Mourning category",
        "Las pérdidas y alteraciones del duelo solo se registran con la categoría Duelo",
    ),
    ERR_OVER_TOTAL: (
        "Participants by gender add up to more than the total",
        "Las personas participantes por género suman más que el total",
    ),
    ERR_TEAM_CARE_SUBJECTS: (
        "A team-care session names no one outside the team: leave the subjects empty",
        "Una sesión de cuidado del equipo no nombra a nadie de fuera: deja vacíos los sujetos",
    ),
    ERR_CONTAINMENT_AREA: (
        "A containment or supervision session of the team belongs to the area Team care",
        "Una sesión de contención o supervisión del equipo es del área Cuidado del equipo",
    ),
    ERR_REGION: (
        "Must be 'State' or 'State / Municipality'",
        "Debe ser 'Estado' o 'Estado / Municipio'",
    ),
}

_ID_FORMAT = (
    "Must be a record id: 32 lowercase hexadecimal characters",
    "Debe ser un identificador de registro: 32 caracteres hexadecimales en minúscula",
)
_NOT_EMPTY = ("Must not be empty", "No puede estar vacío")
_FALLBACK = ("Invalid value ({code})", "Valor no válido ({code})")


def _expected_es(expected: str) -> str:
    # pydantic lists choices as "'a', 'b' or 'c'"; the codes stay, the conjunction is
    # translated.
    head, sep, tail = expected.rpartition(" or ")
    return f"{head} o {tail}" if sep else expected


def _fill(template: str, ctx: Mapping[str, Any]) -> str:
    try:
        return template.format(**{k: str(v) for k, v in ctx.items()})
    except (KeyError, IndexError, ValueError):
        # A ctx without the expected key (another pydantic version): keep the template's
        # text and drop the placeholder rather than fail while reporting an error.
        return template.split("{", 1)[0].rstrip(" :")


def _field_error(err: Mapping[str, Any]) -> FieldError:
    code = str(err["type"])
    ctx: Mapping[str, Any] = err.get("ctx") or {}
    loc = [str(part) for part in err.get("loc", ())]
    if "field" in ctx:
        loc.append(str(ctx["field"]))
    if code == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        en, es = _ID_FORMAT
    elif code in {"string_too_short", "too_short"} and ctx.get("min_length") == 1:
        en, es = _NOT_EMPTY
    else:
        en, es = _MESSAGES.get(code, _FALLBACK)
    safe_ctx = {k: v for k, v in ctx.items() if k in {"expected", "ge", "gt", "le", "lt"}}
    safe_ctx |= {k: v for k, v in ctx.items() if k in {"min_length", "max_length"}}
    es_ctx = dict(safe_ctx)
    if "expected" in es_ctx:
        es_ctx["expected"] = _expected_es(str(es_ctx["expected"]))
    return FieldError(
        field=".".join(loc),
        code=code,
        message_en=_fill(en, {**safe_ctx, "code": code}),
        message_es=_fill(es, {**es_ctx, "code": code}),
    )


def field_errors(exc: ValidationError) -> list[FieldError]:
    """Translate a pydantic ValidationError into FieldErrors, without any input value."""
    return [_field_error(err) for err in exc.errors(include_url=False, include_input=False)]

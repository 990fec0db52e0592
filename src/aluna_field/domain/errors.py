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
from aluna_field.l10n import N_, _

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


_DATE = N_("Must be a date (YYYY-MM-DD)")
_DATETIME = N_("Must be a date and time (YYYY-MM-DDTHH:MM)")
_INT = N_("Must be a whole number")
_FLOAT = N_("Must be a number")
_BOOL = N_("Must be true or false")
_TEXT = N_("Must be text")
_OBJECT = N_("Must be an object with named fields")

# Templates (English msgids); placeholders are filled from pydantic's ctx, which holds
# constraints only, never the input.
_TEMPLATES: dict[str, str] = {
    "missing": N_("Required field"),
    "extra_forbidden": N_("Unknown field, not accepted"),
    "enum": N_("Must be one of: {expected}"),
    "literal_error": N_("Must be one of: {expected}"),
    "int_parsing": _INT,
    "int_type": _INT,
    "int_from_float": _INT,
    "float_parsing": _FLOAT,
    "float_type": _FLOAT,
    "finite_number": _FLOAT,
    "greater_than_equal": N_("Must be at least {ge}"),
    "greater_than": N_("Must be greater than {gt}"),
    "less_than_equal": N_("Must be at most {le}"),
    "less_than": N_("Must be less than {lt}"),
    "too_short": N_("Must have at least {min_length} item(s)"),
    "too_long": N_("Must have at most {max_length} item(s)"),
    "string_too_short": N_("Must be at least {min_length} character(s) long"),
    "string_too_long": N_("Must be at most {max_length} characters long"),
    "string_type": _TEXT,
    "string_unicode": _TEXT,
    "string_pattern_mismatch": N_("Does not have the expected format"),
    "date_parsing": _DATE,
    "date_type": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": N_("Must be a date without a time of day (YYYY-MM-DD)"),
    "datetime_parsing": _DATETIME,
    "datetime_type": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
    "datetime_object_invalid": _DATETIME,
    "bool_parsing": _BOOL,
    "bool_type": _BOOL,
    "list_type": N_("Must be a list"),
    "dict_type": _OBJECT,
    "model_type": _OBJECT,
    "model_attributes_type": _OBJECT,
    "json_invalid": N_("Must be valid JSON"),
    "value_error": N_("Invalid value"),
    "assertion_error": N_("Invalid value"),
    ERR_DERIVED: N_("Derived from threats, vulnerabilities and capacities; it cannot be given"),
    ERR_UNKNOWN_THREAT: N_("Names a threat that is not in this assessment"),
    ERR_UNKNOWN_FACTOR: N_(
        "Names a threat, vulnerability or capacity that is not in this assessment"
    ),
    ERR_FACTOR_TYPE: N_("The factor is not of the kind this type of measure addresses"),
    ERR_DUPLICATE_ID: N_("This id is already used by another item of the assessment"),
    ERR_MOURNING: N_(
        "Mourning losses and alterations can only be recorded with the Mourning category"
    ),
    ERR_OVER_TOTAL: N_("Participants by gender add up to more than the total"),
    ERR_TEAM_CARE_SUBJECTS: N_(
        "A team-care session names no one outside the team: leave the subjects empty"
    ),
    ERR_CONTAINMENT_AREA: N_(
        "A containment or supervision session of the team belongs to the area Team care"
    ),
    ERR_REGION: N_("Must be 'State' or 'State / Municipality'"),
}

_ID_FORMAT = N_("Must be a record id: 32 lowercase hexadecimal characters")
_NOT_EMPTY = N_("Must not be empty")
_FALLBACK = N_("Invalid value ({code})")


def _expected_in(lang: str, expected: str) -> str:
    # pydantic lists choices as "'a', 'b' or 'c'"; the codes stay, the conjunction is
    # translated.
    head, sep, tail = expected.rpartition(" or ")
    return _(lang, "{head} or {tail}", head=head, tail=tail) if sep else expected


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
        template = _ID_FORMAT
    elif code in {"string_too_short", "too_short"} and ctx.get("min_length") == 1:
        template = _NOT_EMPTY
    else:
        template = _TEMPLATES.get(code, _FALLBACK)
    safe_ctx = {k: v for k, v in ctx.items() if k in {"expected", "ge", "gt", "le", "lt"}}
    safe_ctx |= {k: v for k, v in ctx.items() if k in {"min_length", "max_length"}}

    def said(lang: str) -> str:
        values = dict(safe_ctx)
        if "expected" in values:
            values["expected"] = _expected_in(lang, str(values["expected"]))
        return _fill(_(lang, template), {**values, "code": code})

    return FieldError(field=".".join(loc), code=code, message_en=said("en"), message_es=said("es"))


def field_errors(exc: ValidationError) -> list[FieldError]:
    """Translate a pydantic ValidationError into FieldErrors, without any input value."""
    return [_field_error(err) for err in exc.errors(include_url=False, include_input=False)]

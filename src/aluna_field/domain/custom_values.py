"""Validating a record that may carry custom values and custom codes (issue 16, item 4).

The built-in part goes through the kind's model as before; custom values (`x_` keys) are
checked against the vault's definitions; a custom code in a built-in coded field stands
in as a code the model knows while the model looks, and is written as given.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from aluna_field.domain.definitions import (
    CUSTOM_PREFIX,
    DEFINITION,
    Definitions,
    custom_key,
    is_custom_key,
)
from aluna_field.domain.errors import FieldError, RecordInvalid
from aluna_field.domain.kinds import validate_record
from aluna_field.l10n import N_, _


def validate_with_custom(
    defs: Definitions, kind: str, data: Mapping[str, Any], before: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The canonical record (as `validate_record`) with its custom values cleaned.

    `before` is the stored record for an edit (None for a new one). RecordInvalid lists
    every problem, built-in and custom, each naming its field; nothing is written then.
    """
    if kind == DEFINITION:
        return validate_record(kind, dict(data))
    builtin = {k: v for k, v in data.items() if not is_custom_key(k)}
    custom = {k: v for k, v in data.items() if is_custom_key(k)}
    shown, restore = defs.stand_ins(kind, builtin)
    errors = defs.retired_codes_refused(kind, builtin, before)
    clean: dict[str, Any] = {}
    try:
        clean = validate_record(kind, shown)
    except RecordInvalid as exc:
        errors = [*exc.errors, *errors]
    clean_custom, custom_errors = defs.check_values(kind, custom, before)
    errors += custom_errors
    if errors:
        raise RecordInvalid(kind, errors)
    for name, value in restore.items():
        clean[name] = sorted(set(value)) if isinstance(value, list) else value
    return {**clean, **clean_custom}


def from_input(kind: str, data: Mapping[str, Any]) -> dict[str, Any]:
    """A record as scripts and the window send it (`"custom": {code: value}`) in the
    store's shape (`x_code` keys). RecordInvalid when `custom` is not such an object."""
    # `x_` keys are the store's own names (the window's forms use them): taken as they are.
    out = {k: v for k, v in data.items() if k != "custom"}
    custom = data.get("custom", {})
    if not isinstance(custom, Mapping) or not all(isinstance(k, str) for k in custom):
        error = FieldError("custom", "custom_not_object", *_both(_NOT_OBJECT))
        raise RecordInvalid(kind, [error])
    out.update({custom_key(code): value for code, value in custom.items()})
    return out


def to_output(fields: Mapping[str, Any]) -> dict[str, Any]:
    """The store's fields with custom values gathered under "custom" (cli.md)."""
    out = {k: v for k, v in fields.items() if not is_custom_key(k)}
    custom = {
        k[len(CUSTOM_PREFIX) :]: v for k, v in fields.items() if is_custom_key(k) and v is not None
    }
    if custom:  # absent when there is none: records without custom fields read as before
        out["custom"] = custom
    return out


_NOT_OBJECT = N_("“custom” must be an object mapping each code to its value.")


def _both(message: str) -> tuple[str, str]:
    return _("en", message), _("es", message)

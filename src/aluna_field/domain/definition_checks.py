"""Checks of custom definitions and values (issue 16, item 4): labels, choices, and a
custom value against its field's type. Every message is behind a literal catalogue key."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from aluna_field.domain.definition_types import CODE_RE, LABEL_MAX, MAX_CHOICES, CustomField, err
from aluna_field.domain.errors import FieldError
from aluna_field.domain.records import LONG_TEXT_MAX, NAME_MAX
from aluna_field.l10n import _


def label_problems(labels: object, path: str) -> list[FieldError]:
    if not isinstance(labels, Mapping):
        return [
            err(
                f"{path}.es",
                "def_label_missing",
                lambda lang: _(lang, "The label in this language is missing."),
            ),
            err(
                f"{path}.en",
                "def_label_missing",
                lambda lang: _(lang, "The label in this language is missing."),
            ),
        ]
    errors = []
    for lang in ("es", "en"):
        text = labels.get(lang)
        if not isinstance(text, str) or not text.strip():
            errors.append(
                err(
                    f"{path}.{lang}",
                    "def_label_missing",
                    lambda lang: _(lang, "The label in this language is missing."),
                )
            )
        elif len(text) > LABEL_MAX:
            errors.append(
                err(
                    f"{path}.{lang}",
                    "def_label_too_long",
                    lambda lang: _(lang, "The label is too long (at most {n}).", n=LABEL_MAX),
                )
            )
    return errors


def choice_problems(choices: object) -> list[FieldError]:
    if not isinstance(choices, list) or not choices:
        return [
            err(
                "choices",
                "def_choices_missing",
                lambda lang: _(lang, "A choice field needs at least one choice."),
            )
        ]
    if len(choices) > MAX_CHOICES:
        return [
            err(
                "choices",
                "def_choices_too_many",
                lambda lang: _(lang, "Too many choices (at most {n}).", n=MAX_CHOICES),
            )
        ]
    errors: list[FieldError] = []
    seen: set[str] = set()
    for i, item in enumerate(choices):
        code = item.get("code") if isinstance(item, Mapping) else None
        if not isinstance(code, str) or not CODE_RE.fullmatch(code):
            errors.append(
                err(
                    f"choices.{i}.code",
                    "def_code_invalid",
                    lambda lang: _(
                        lang,
                        "The code must start with a letter and use only lowercase letters, "
                        "digits and “_” (up to 40).",
                    ),
                )
            )
            continue
        if code in seen:
            errors.append(
                err(
                    f"choices.{i}.code",
                    "def_choice_duplicate",
                    lambda lang: _(lang, "That choice code is repeated."),
                )
            )
        seen.add(code)
        errors += label_problems(item.get("labels"), f"choices.{i}.labels")
    return errors


VALUE_PROBLEMS: Mapping[str, Callable[[str], str]] = {
    "custom_value_text": lambda lang: _(lang, "Must be a text (not too long)."),
    "custom_value_number": lambda lang: _(lang, "Must be a whole number."),
    "custom_value_date": lambda lang: _(lang, "Must be a date YYYY-MM-DD."),
    "custom_value_yes_no": lambda lang: _(lang, "Must be yes or no (true or false)."),
    "custom_value_choice": lambda lang: _(lang, "Not one of this field's choices."),
}


def clean_value(spec: CustomField, value: Any) -> Any:
    """`value` as stored for `spec`; ValueError naming the message key if it does not fit."""
    if value is None or (value == "" and spec.type not in ("yes_no",)):
        return None
    t = spec.type
    if t in ("text", "long_text"):
        limit = NAME_MAX if t == "text" else LONG_TEXT_MAX
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError("custom_value_text")
        return value.strip() or None
    if t == "number":
        # Integers only: the canonical encoding of ops holds no floats.
        if not isinstance(value, int) or isinstance(value, bool):
            raise ValueError("custom_value_number")
        return value
    if t == "date":
        try:
            return dt.date.fromisoformat(value).isoformat() if isinstance(value, str) else _no()
        except ValueError:
            raise ValueError("custom_value_date") from None
    if t == "yes_no":
        if not isinstance(value, bool):
            raise ValueError("custom_value_yes_no")
        return value
    codes = {c.code for c in spec.choices}
    if t == "choice":
        if not isinstance(value, str) or value not in codes:
            raise ValueError("custom_value_choice")
        return value
    if not isinstance(value, list) or not all(isinstance(v, str) and v in codes for v in value):
        raise ValueError("custom_value_choice")
    return sorted(set(value)) or None


def _no() -> str:
    raise ValueError("not a date")

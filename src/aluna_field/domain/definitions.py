"""Custom fields and vocabulary codes a coordinator defines, as data (issue 16, item 4).

A definition is a record of kind `definition` (signed ops, relayed and merged like any
record; only coordinators may write one, see sync/importer.py). This module holds the
pure part: the definition record's model, the checks a new definition must pass, the
live set of definitions read from those records, and the validation of the custom values
a record carries. docs/design.md, "Custom fields and vocabularies".

Custom values are stored under op field names `x_<code>` so they can never collide with
a built-in field; scripts and the window see them as `{"custom": {code: value}}`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeGuard

from aluna_field.domain.coded import Coded
from aluna_field.domain.definition_checks import (
    VALUE_PROBLEMS,
    choice_problems,
    clean_value,
    label_problems,
)
from aluna_field.domain.definition_types import (
    CODE_RE,
    CUSTOM_PREFIX,
    CUSTOM_TYPES,
    DEFINITION,
    DEFINITION_SPEC,
    IMMUTABLE,
    MAX_CUSTOM_FIELDS,
    VOCABULARIES,
    Choice,
    CustomCode,
    CustomField,
    DefinitionModel,
    check_definition_op,
    code_values,
    custom_key,
    definition_values,
    err,
    is_custom_key,
    vocabulary_fields,
)
from aluna_field.domain.errors import FieldError
from aluna_field.domain.spec import FieldSpec
from aluna_field.domain.specs import SPECS
from aluna_field.l10n import _

__all__ = [
    "CUSTOM_PREFIX",
    "CUSTOM_TYPES",
    "DEFINITION",
    "DEFINITION_SPEC",
    "IMMUTABLE",
    "MAX_CUSTOM_FIELDS",
    "VOCABULARIES",
    "Choice",
    "CustomCode",
    "CustomField",
    "DefinitionModel",
    "Definitions",
    "check_definition_op",
    "code_values",
    "custom_key",
    "definition_values",
    "is_custom_key",
    "vocabulary_fields",
]


# A coded field, its vocabulary's custom codes, the retired ones, and the stand-in code.
_CodedField = tuple[FieldSpec, frozenset[str], frozenset[str], str]


class Definitions:
    """Every definition in a vault, as read from its definition records.

    When two coordinators defined the same code apart, the first created wins (by time,
    then id) so every device reads the same; the other record is kept but not used.
    """

    def __init__(self, fields: Iterable[CustomField] = (), codes: Iterable[CustomCode] = ()):
        self._fields: dict[str, list[CustomField]] = {}
        for f in fields:
            known = self._fields.setdefault(f.kind, [])
            if not any(k.code == f.code for k in known):
                known.append(f)
        for known in self._fields.values():
            known.sort(key=lambda f: f.position)
        self._codes: dict[str, list[CustomCode]] = {}
        self._coded_by_kind: dict[str, tuple[_CodedField, ...]] = {}
        for c in codes:
            found = self._codes.setdefault(c.vocab, [])
            if c.code not in VOCABULARIES[c.vocab].codes() and not any(
                k.code == c.code for k in found
            ):
                found.append(c)

    @classmethod
    def from_records(cls, rows: Iterable[tuple[str, Mapping[str, Any]]]) -> Definitions:
        """From (rid, fields) of live definition records in creation order; a record that
        does not read as a definition (a redacted one) is left out."""
        fields: list[CustomField] = []
        codes: list[CustomCode] = []
        for rid, values in rows:
            try:
                d = DefinitionModel.model_validate(dict(values))
            except ValueError:
                continue
            if d.target == "field" and d.of in SPECS and d.type in CUSTOM_TYPES:
                choices = tuple(Choice(c.code, c.label_es, c.label_en) for c in d.choices)
                fields.append(
                    CustomField(
                        rid,
                        d.of,
                        d.code,
                        d.type,
                        d.label_es,
                        d.label_en,
                        choices,
                        d.required,
                        d.sensitive,
                        d.retired,
                        d.position,
                    )
                )
            elif d.target == "code" and d.of in VOCABULARIES:
                codes.append(CustomCode(rid, d.of, d.code, d.label_es, d.label_en, d.retired))
        return cls(fields, codes)

    # -- reading ---------------------------------------------------------------------
    def fields_of(self, kind: str) -> list[CustomField]:
        """The kind's custom fields in form order, retired ones included."""
        return list(self._fields.get(kind, []))

    def field(self, kind: str, code: str) -> CustomField | None:
        return next((f for f in self._fields.get(kind, []) if f.code == code), None)

    def codes_of(self, vocab: str) -> list[CustomCode]:
        return list(self._codes.get(vocab, []))

    def code_of(self, vocab: str, code: str) -> CustomCode | None:
        return next((c for c in self._codes.get(vocab, []) if c.code == code), None)

    def code_label(self, cls: type[Coded], code: str, lang: str) -> str | None:
        """The label of a custom code of the vocabulary `cls` (None if it is not one)."""
        for name, vocab_cls in VOCABULARIES.items():
            if vocab_cls is cls:
                found = self.code_of(name, code)
                return found.label(lang) if found else None
        return None

    # -- new definitions -------------------------------------------------------------
    def field_problems(self, kind: str, doc: Mapping[str, Any]) -> list[FieldError]:
        """Why `doc` (cli.md's add-field shape) cannot be added to `kind`; [] if it can."""
        errors: list[FieldError] = []
        code = doc.get("code")
        if not _valid_code(code):
            errors.append(_code_invalid())
        elif any(f.code == code for f in SPECS[kind].fields):
            errors.append(
                err(
                    "code",
                    "def_code_exists",
                    lambda lang: _(lang, "A field or code with that code exists already."),
                )
            )
        elif (old := self.field(kind, code)) is not None:
            if doc.get("type") != old.type:
                errors.append(
                    err(
                        "type",
                        "def_type_change",
                        lambda lang: _(
                            lang,
                            "That field exists with another type; a field's type cannot be"
                            " changed.",
                        ),
                    )
                )
            else:
                errors.append(
                    err(
                        "code",
                        "def_code_exists",
                        lambda lang: _(lang, "A field or code with that code exists already."),
                    )
                )
        if doc.get("type") not in CUSTOM_TYPES:
            errors.append(
                err(
                    "type",
                    "def_type_invalid",
                    lambda lang: _(
                        lang,
                        "Unknown type: use text, long_text, number, date, yes_no, choice or "
                        "choices.",
                    ),
                )
            )
        errors += label_problems(doc.get("labels"), "labels")
        for flag in ("required", "sensitive"):
            if not isinstance(doc.get(flag, False), bool):
                errors.append(
                    err(flag, "def_flag_invalid", lambda lang: _(lang, "Must be true or false."))
                )
        if doc.get("type") in ("choice", "choices"):
            errors += choice_problems(doc.get("choices"))
        elif doc.get("choices"):
            errors.append(
                err(
                    "choices",
                    "def_choices_not_allowed",
                    lambda lang: _(lang, "Only choice fields have choices."),
                )
            )
        if len(self._fields.get(kind, [])) >= MAX_CUSTOM_FIELDS:
            errors.append(
                err(
                    "",
                    "def_too_many_fields",
                    lambda lang: _(
                        lang,
                        "This kind of record already has {n} custom fields; no more fit.",
                        n=MAX_CUSTOM_FIELDS,
                    ),
                )
            )
        unknown = set(doc) - {"code", "type", "labels", "choices", "required", "sensitive"}
        if unknown:
            keys = ", ".join(sorted(unknown))
            errors.append(
                err(
                    "", "def_unknown_keys", lambda lang: _(lang, "Unknown keys: {keys}.", keys=keys)
                )
            )
        return errors

    def code_problems(self, vocab: str, doc: Mapping[str, Any]) -> list[FieldError]:
        """Why `doc` ({"code", "labels"}) cannot be added to `vocab`; [] if it can."""
        errors: list[FieldError] = []
        code = doc.get("code")
        if not _valid_code(code):
            errors.append(_code_invalid())
        elif code in VOCABULARIES[vocab].codes() or self.code_of(vocab, code) is not None:
            errors.append(
                err(
                    "code",
                    "def_code_exists",
                    lambda lang: _(lang, "A field or code with that code exists already."),
                )
            )
        errors += label_problems(doc.get("labels"), "labels")
        extra = ", ".join(sorted(set(doc) - {"code", "labels"}))
        if extra:
            errors.append(
                err(
                    "",
                    "def_unknown_keys",
                    lambda lang: _(lang, "Unknown keys: {keys}.", keys=extra),
                )
            )
        return errors

    def next_position(self, kind: str) -> int:
        return max((f.position for f in self._fields.get(kind, [])), default=0) + 10

    # -- values of records -----------------------------------------------------------
    def check_values(
        self, kind: str, values: Mapping[str, Any], before: Mapping[str, Any] | None
    ) -> tuple[dict[str, Any], list[FieldError]]:
        """The custom values (`x_` keys) of a record to be saved, cleaned, and the problems.

        `before` is the record as stored (None for a new one). A value that did not change
        is kept as it is, even for a field retired or not defined here yet (its
        definition has not arrived): it is never dropped. A new value must fit its field.
        """
        clean: dict[str, Any] = {}
        errors: list[FieldError] = []
        old = before or {}
        for key, value in values.items():
            code = key[len(CUSTOM_PREFIX) :]
            if key in old and old[key] == value:
                clean[key] = value
                continue
            spec = self.field(kind, code)
            path = f"custom.{code}"
            if spec is None:
                errors.append(
                    err(
                        path,
                        "custom_field_unknown",
                        lambda lang: _(lang, "Field not defined yet on this device."),
                    )
                )
            elif spec.retired and value not in (None, "", []):
                errors.append(
                    err(
                        path,
                        "custom_field_retired",
                        lambda lang: _(lang, "This field was retired: it takes no new values."),
                    )
                )
            else:
                try:
                    clean[key] = clean_value(spec, value)
                except ValueError as exc:
                    errors.append(err(path, str(exc), VALUE_PROBLEMS[str(exc)]))
        if before is None:
            for spec in self.fields_of(kind):
                if spec.required and not spec.retired and clean.get(spec.key) in (None, "", []):
                    errors.append(
                        err(
                            f"custom.{spec.code}",
                            "custom_value_required",
                            lambda lang: _(lang, "This field is required."),
                        )
                    )
        return clean, errors

    def stand_ins(self, kind: str, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(values for the built-in model, custom codes to put back after it validated).

        A custom code in a built-in coded field (an event added to `event`) is replaced,
        for the model only, by a code the model knows; it is written as given."""
        shown = dict(values)
        restore: dict[str, Any] = {}
        for f, custom, _retired, stand_in in self._coded(kind):
            if f.code not in values:
                continue
            value = values[f.code]
            if f.type == "choices" and isinstance(value, str):
                value = [value]  # a single code is a set of one there, as the model reads it
            if isinstance(value, str) and value in custom:
                shown[f.code], restore[f.code] = stand_in, value
            elif isinstance(value, list) and any(v in custom for v in value if isinstance(v, str)):
                shown[f.code] = [stand_in if v in custom else v for v in value]
                restore[f.code] = value
        return shown, restore

    def retired_codes_refused(
        self, kind: str, values: Mapping[str, Any], before: Mapping[str, Any] | None
    ) -> list[FieldError]:
        """A retired custom code is not offered for new values (old ones keep it)."""
        errors: list[FieldError] = []
        for f, _custom, retired, _stand_in in self._coded(kind):
            if f.code not in values or not retired:
                continue
            now = values[f.code] if isinstance(values[f.code], list) else [values[f.code]]
            was_raw = (before or {}).get(f.code)
            was = was_raw if isinstance(was_raw, list) else [was_raw]
            if any(v in retired and v not in was for v in now):
                errors.append(
                    err(
                        f.code,
                        "custom_code_retired",
                        lambda lang: _(lang, "That code was retired: it is no longer offered."),
                    )
                )
        return errors

    def _coded(self, kind: str) -> tuple[_CodedField, ...]:
        """The kind's coded fields whose vocabulary has custom codes, with those codes,
        the retired ones and the built-in code that stands in for them. Worked out once
        per kind: a bulk add asks for every record, and definitions never change here
        (the store reads a new Definitions when they do)."""
        found = self._coded_by_kind.get(kind)
        if found is None:
            plan = []
            for f in SPECS[kind].fields:
                name = next((n for n, cls in VOCABULARIES.items() if cls is f.vocab), None)
                if name is None or not self._codes.get(name):
                    continue
                known = VOCABULARIES[name].codes()
                plan.append(
                    (
                        f,
                        frozenset(c.code for c in self._codes[name]),
                        frozenset(c.code for c in self._codes[name] if c.retired),
                        "other" if "other" in known else known[0],
                    )
                )
            found = self._coded_by_kind[kind] = tuple(plan)
        return found


def _valid_code(code: object) -> TypeGuard[str]:
    return isinstance(code, str) and CODE_RE.fullmatch(code) is not None


def _code_invalid() -> FieldError:
    """The problem with a new field's or code's `code` that `_valid_code` refused."""
    return err(
        "code",
        "def_code_invalid",
        lambda lang: _(
            lang,
            "The code must start with a letter and use only lowercase letters, "
            "digits and “_” (up to 40).",
        ),
    )

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

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from aluna_field.domain.coded import Coded, normalize_lang
from aluna_field.domain.errors import FieldError
from aluna_field.domain.records import LONG_TEXT_MAX, NAME_MAX
from aluna_field.domain.spec import FieldSpec, KindSpec
from aluna_field.domain.specs import SPECS
from aluna_field.domain.taxonomy import EventType, FieldOfWork, Intervention, PerpetratorType
from aluna_field.domain.taxonomy_impacts import ImpactCategory
from aluna_field.i18n import tr

DEFINITION = "definition"
CUSTOM_PREFIX = "x_"
CUSTOM_TYPES = ("text", "long_text", "number", "date", "yes_no", "choice", "choices")
MAX_CUSTOM_FIELDS = 200
MAX_CHOICES = 100
LABEL_MAX = 120
_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")

# The vocabularies a coordinator may add codes to (cli.md: NAME of a coded field).
VOCABULARIES: Mapping[str, type[Coded]] = {
    "event": EventType,
    "perpetrator": PerpetratorType,
    "intervention": Intervention,
    "impact_category": ImpactCategory,
    "field_of_work": FieldOfWork,
}


class ChoiceDef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    code: str = Field(max_length=40)
    label_es: str = Field(max_length=LABEL_MAX)
    label_en: str = Field(max_length=LABEL_MAX)


class DefinitionModel(BaseModel):
    """The stored shape of one definition record (a field of a kind, or a code)."""

    model_config = ConfigDict(extra="forbid")
    target: Literal["field", "code"]
    of: str = Field(max_length=40)  # the kind (fields) or the vocabulary (codes)
    code: str = Field(max_length=40)
    type: str = Field(default="", max_length=20)
    label_es: str = Field(max_length=LABEL_MAX)
    label_en: str = Field(max_length=LABEL_MAX)
    choices: list[ChoiceDef] = Field(default_factory=list, max_length=MAX_CHOICES)
    required: bool = False
    sensitive: bool = False
    retired: bool = False
    position: int = Field(default=0, ge=0, le=1_000_000)


# The definition record kind, described like the others (no list, form or search of its
# own: the Formularios screen reads it through `Definitions`).
DEFINITION_SPEC = KindSpec(
    DEFINITION,
    (
        *(FieldSpec(c, "text", True) for c in ("target", "of", "code", "label_es", "label_en")),
        FieldSpec("type", "text"),
        FieldSpec("choices", "items"),
        *(FieldSpec(c, "yes_no") for c in ("required", "sensitive", "retired")),
        FieldSpec("position", "number"),
    ),
)

# Written once, when the definition is made: what old values mean depends on them.
IMMUTABLE = frozenset({"target", "of", "code", "type", "choices"})


def custom_key(code: str) -> str:
    return CUSTOM_PREFIX + code


def is_custom_key(name: str) -> bool:
    return name.startswith(CUSTOM_PREFIX)


def _label(es: str, en: str, lang: str) -> str:
    return en if normalize_lang(lang) == "en" else es


@dataclass(frozen=True)
class Choice:
    code: str
    es: str
    en: str

    def label(self, lang: str) -> str:
        return _label(self.es, self.en, lang)


@dataclass(frozen=True)
class CustomField:
    """A live custom field of a kind (retired ones too: old values still show)."""

    rid: str
    kind: str
    code: str
    type: str
    es: str
    en: str
    choices: tuple[Choice, ...] = ()
    required: bool = False
    sensitive: bool = False
    retired: bool = False
    position: int = 0

    @property
    def key(self) -> str:
        return custom_key(self.code)

    def label(self, lang: str) -> str:
        return _label(self.es, self.en, lang)

    def choice_label(self, code: str, lang: str) -> str:
        return next((c.label(lang) for c in self.choices if c.code == code), code)

    @property
    def searchable(self) -> bool:
        return self.type in ("text", "long_text") and not self.sensitive


@dataclass(frozen=True)
class CustomCode:
    rid: str
    vocab: str
    code: str
    es: str
    en: str
    retired: bool = False

    def label(self, lang: str) -> str:
        return _label(self.es, self.en, lang)


def _err(field: str, code: str, text: Callable[[str], str]) -> FieldError:
    """A problem with `field`; `text(lang)` reads the message (a literal catalogue key
    at each call, for the gettext converter)."""
    return FieldError(field, code, text("en"), text("es"))


def vocabulary_fields(vocab: str) -> list[tuple[str, str]]:
    """(kind, field) of every built-in field coded with `vocab`."""
    cls = VOCABULARIES[vocab]
    return [(s.code, f.code) for s in SPECS.values() for f in s.fields if f.vocab is cls]


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
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            errors.append(
                _err("code", "def_code_invalid", lambda lang: tr("def_code_invalid", lang))
            )
        elif any(f.code == code for f in SPECS[kind].fields):
            errors.append(_err("code", "def_code_exists", lambda lang: tr("def_code_exists", lang)))
        elif (old := self.field(kind, code)) is not None:
            if doc.get("type") != old.type:
                errors.append(
                    _err("type", "def_type_change", lambda lang: tr("def_type_change", lang))
                )
            else:
                errors.append(
                    _err("code", "def_code_exists", lambda lang: tr("def_code_exists", lang))
                )
        if doc.get("type") not in CUSTOM_TYPES:
            errors.append(
                _err("type", "def_type_invalid", lambda lang: tr("def_type_invalid", lang))
            )
        errors += _label_problems(doc.get("labels"), "labels")
        for flag in ("required", "sensitive"):
            if not isinstance(doc.get(flag, False), bool):
                errors.append(
                    _err(flag, "def_flag_invalid", lambda lang: tr("def_flag_invalid", lang))
                )
        if doc.get("type") in ("choice", "choices"):
            errors += _choice_problems(doc.get("choices"))
        elif doc.get("choices"):
            errors.append(
                _err(
                    "choices",
                    "def_choices_not_allowed",
                    lambda lang: tr("def_choices_not_allowed", lang),
                )
            )
        if len(self._fields.get(kind, [])) >= MAX_CUSTOM_FIELDS:
            errors.append(
                _err(
                    "",
                    "def_too_many_fields",
                    lambda lang: tr("def_too_many_fields", lang, n=MAX_CUSTOM_FIELDS),
                )
            )
        unknown = set(doc) - {"code", "type", "labels", "choices", "required", "sensitive"}
        if unknown:
            keys = ", ".join(sorted(unknown))
            errors.append(
                _err("", "def_unknown_keys", lambda lang: tr("def_unknown_keys", lang, keys=keys))
            )
        return errors

    def code_problems(self, vocab: str, doc: Mapping[str, Any]) -> list[FieldError]:
        """Why `doc` ({"code", "labels"}) cannot be added to `vocab`; [] if it can."""
        errors: list[FieldError] = []
        code = doc.get("code")
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            errors.append(
                _err("code", "def_code_invalid", lambda lang: tr("def_code_invalid", lang))
            )
        elif code in VOCABULARIES[vocab].codes() or self.code_of(vocab, code) is not None:
            errors.append(_err("code", "def_code_exists", lambda lang: tr("def_code_exists", lang)))
        errors += _label_problems(doc.get("labels"), "labels")
        extra = ", ".join(sorted(set(doc) - {"code", "labels"}))
        if extra:
            errors.append(
                _err("", "def_unknown_keys", lambda lang: tr("def_unknown_keys", lang, keys=extra))
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
                    _err(
                        path, "custom_field_unknown", lambda lang: tr("custom_field_unknown", lang)
                    )
                )
            elif spec.retired and value not in (None, "", []):
                errors.append(
                    _err(
                        path, "custom_field_retired", lambda lang: tr("custom_field_retired", lang)
                    )
                )
            else:
                try:
                    clean[key] = _clean_value(spec, value)
                except ValueError as exc:
                    errors.append(_err(path, str(exc), _VALUE_TEXTS[str(exc)]))
        if before is None:
            for spec in self.fields_of(kind):
                if spec.required and not spec.retired and clean.get(spec.key) in (None, "", []):
                    errors.append(
                        _err(
                            f"custom.{spec.code}",
                            "custom_value_required",
                            lambda lang: tr("custom_value_required", lang),
                        )
                    )
        return clean, errors

    def stand_ins(self, kind: str, values: dict[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """(values for the built-in model, custom codes to put back after it validated).

        A custom code in a built-in coded field (an event added to `event`) is replaced,
        for the model only, by a code the model knows; it is written as given."""
        shown = dict(values)
        restore: dict[str, Any] = {}
        for f in SPECS[kind].fields:
            name = next((n for n, cls in VOCABULARIES.items() if cls is f.vocab), None)
            if name is None or f.code not in values:
                continue
            custom = {c.code for c in self.codes_of(name)}
            stand_in = (
                "other" if "other" in VOCABULARIES[name].codes() else VOCABULARIES[name].codes()[0]
            )
            value = values[f.code]
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
        for f in SPECS[kind].fields:
            name = next((n for n, cls in VOCABULARIES.items() if cls is f.vocab), None)
            if name is None or f.code not in values:
                continue
            retired = {c.code for c in self.codes_of(name) if c.retired}
            now = values[f.code] if isinstance(values[f.code], list) else [values[f.code]]
            was_raw = (before or {}).get(f.code)
            was = was_raw if isinstance(was_raw, list) else [was_raw]
            if any(v in retired and v not in was for v in now):
                errors.append(
                    _err(
                        f.code, "custom_code_retired", lambda lang: tr("custom_code_retired", lang)
                    )
                )
        return errors


def _label_problems(labels: object, path: str) -> list[FieldError]:
    if not isinstance(labels, Mapping):
        return [
            _err(f"{path}.es", "def_label_missing", lambda lang: tr("def_label_missing", lang)),
            _err(f"{path}.en", "def_label_missing", lambda lang: tr("def_label_missing", lang)),
        ]
    errors = []
    for lang in ("es", "en"):
        text = labels.get(lang)
        if not isinstance(text, str) or not text.strip():
            errors.append(
                _err(
                    f"{path}.{lang}",
                    "def_label_missing",
                    lambda lang: tr("def_label_missing", lang),
                )
            )
        elif len(text) > LABEL_MAX:
            errors.append(
                _err(
                    f"{path}.{lang}",
                    "def_label_too_long",
                    lambda lang: tr("def_label_too_long", lang, n=LABEL_MAX),
                )
            )
    return errors


def _choice_problems(choices: object) -> list[FieldError]:
    if not isinstance(choices, list) or not choices:
        return [
            _err("choices", "def_choices_missing", lambda lang: tr("def_choices_missing", lang))
        ]
    if len(choices) > MAX_CHOICES:
        return [
            _err(
                "choices",
                "def_choices_too_many",
                lambda lang: tr("def_choices_too_many", lang, n=MAX_CHOICES),
            )
        ]
    errors: list[FieldError] = []
    seen: set[str] = set()
    for i, item in enumerate(choices):
        code = item.get("code") if isinstance(item, Mapping) else None
        if not isinstance(code, str) or not _CODE.fullmatch(code):
            errors.append(
                _err(
                    f"choices.{i}.code",
                    "def_code_invalid",
                    lambda lang: tr("def_code_invalid", lang),
                )
            )
            continue
        if code in seen:
            errors.append(
                _err(
                    f"choices.{i}.code",
                    "def_choice_duplicate",
                    lambda lang: tr("def_choice_duplicate", lang),
                )
            )
        seen.add(code)
        errors += _label_problems(item.get("labels"), f"choices.{i}.labels")
    return errors


def definition_values(kind: str, doc: Mapping[str, Any], position: int) -> dict[str, Any]:
    """The definition record for a field `doc` that passed `field_problems`."""
    labels = doc["labels"]
    return {
        "target": "field",
        "of": kind,
        "code": doc["code"],
        "type": doc["type"],
        "label_es": labels["es"].strip(),
        "label_en": labels["en"].strip(),
        "choices": [
            {
                "code": c["code"],
                "label_es": c["labels"]["es"].strip(),
                "label_en": c["labels"]["en"].strip(),
            }
            for c in doc.get("choices") or []
        ],
        "required": bool(doc.get("required", False)),
        "sensitive": bool(doc.get("sensitive", False)),
        "retired": False,
        "position": position,
    }


def code_values(vocab: str, doc: Mapping[str, Any]) -> dict[str, Any]:
    """The definition record for a code `doc` that passed `code_problems`."""
    labels = doc["labels"]
    return {
        "target": "code",
        "of": vocab,
        "code": doc["code"],
        "label_es": labels["es"].strip(),
        "label_en": labels["en"].strip(),
    }


_VALUE_TEXTS: Mapping[str, Callable[[str], str]] = {
    "custom_value_text": lambda lang: tr("custom_value_text", lang),
    "custom_value_number": lambda lang: tr("custom_value_number", lang),
    "custom_value_date": lambda lang: tr("custom_value_date", lang),
    "custom_value_yes_no": lambda lang: tr("custom_value_yes_no", lang),
    "custom_value_choice": lambda lang: tr("custom_value_choice", lang),
}


def _clean_value(spec: CustomField, value: Any) -> Any:
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


def check_definition_op(
    parents: list[str], written: Mapping[str, Any], body: Mapping[str, Any]
) -> bool:
    """Whether an op of a definition record received from elsewhere may be taken.

    Its creating op must read as a definition of a known kind or vocabulary; a later op
    may not touch what is written once (the code, the type, the choices: an old value's
    meaning depends on them). Entries redacted out of the body are not looked at.
    """
    if parents:
        return not (set(written) & IMMUTABLE) and all(
            isinstance(e, Mapping) and "v" in e for e in body.values()
        )
    values = {k: e.get("v") for k, e in body.items() if isinstance(e, Mapping)}
    if len(values) != len(written):
        return True  # redacted: nothing to read, and nothing it could define
    try:
        d = DefinitionModel.model_validate(values)
    except ValueError:
        return False
    if d.target == "field":
        return d.of in SPECS and d.type in CUSTOM_TYPES and bool(_CODE.fullmatch(d.code))
    return d.of in VOCABULARIES and bool(_CODE.fullmatch(d.code))

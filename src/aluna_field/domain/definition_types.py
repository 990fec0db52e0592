"""The shapes of custom fields and codes (issue 16, item 4): the definition record's
model and kind, the live field and code, and what a definition op may carry.

domain/definitions.py reads them from a vault's definition records and checks new ones;
docs/design.md, "Custom fields and vocabularies".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from aluna_field.domain.coded import Coded, normalize_lang
from aluna_field.domain.errors import FieldError
from aluna_field.domain.spec import FieldSpec, KindSpec
from aluna_field.domain.specs import SPECS
from aluna_field.domain.taxonomy import EventType, FieldOfWork, Intervention, PerpetratorType
from aluna_field.domain.taxonomy_impacts import ImpactCategory

DEFINITION = "definition"
CUSTOM_PREFIX = "x_"
CUSTOM_TYPES = ("text", "long_text", "number", "date", "yes_no", "choice", "choices")
MAX_CUSTOM_FIELDS = 200
MAX_CHOICES = 100
LABEL_MAX = 120
CODE_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")

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


def err(field: str, code: str, text: Callable[[str], str]) -> FieldError:
    """A problem with `field`; `text(lang)` reads the message (a literal catalogue key
    at each call, for the gettext converter)."""
    return FieldError(field, code, text("en"), text("es"))


def vocabulary_fields(vocab: str) -> list[tuple[str, str]]:
    """(kind, field) of every built-in field coded with `vocab`."""
    cls = VOCABULARIES[vocab]
    return [(s.code, f.code) for s in SPECS.values() for f in s.fields if f.vocab is cls]


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


def check_definition_op(
    op_type: str, parents: list[str], written: Mapping[str, Any], body: Mapping[str, Any]
) -> bool:
    """Whether an op of a definition record received from elsewhere may be taken.

    Its creating op must read as a definition of a known kind or vocabulary; a later op
    may not touch what is written once (the code, the type, the choices: an old value's
    meaning depends on them). A definition is retired, never deleted: a delete op is
    refused. Entries redacted out of the body are not looked at.
    """
    if op_type == "delete":
        return False
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
        return d.of in SPECS and d.type in CUSTOM_TYPES and bool(CODE_RE.fullmatch(d.code))
    return d.of in VOCABULARIES and bool(CODE_RE.fullmatch(d.code))

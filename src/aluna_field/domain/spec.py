"""What a record kind is, as data: its fields and what each one means to every layer.

One `KindSpec` per kind (domain/specs.py holds the six of today). Everything that used to
be spelled out per kind in many modules is read from here: validation models (a field
the hand-written model lacks is added from its type, see `extend_model`), search text,
set-merged fields, sensitive fields, list columns, filters, form widgets, value
formatting, CSV columns, and the rules applied when a record is saved.

A spec is plain frozen data, so definitions that arrive later (custom fields, issue 16
item 4) can be read into the same shape; docs/design.md, "Record kinds as data".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, Field, StringConstraints, create_model

from aluna_field.domain.coded import Coded
from aluna_field.domain.errors import FieldError
from aluna_field.domain.records import LONG_TEXT_MAX, NAME_MAX

# "items": a list of structured parts (threats, measures) with its own model; "counts":
# named whole numbers with their own model (an activity's participants by gender).
FieldType = Literal[
    "text",
    "long_text",
    "number",
    "scale",
    "date",
    "datetime",
    "yes_no",
    "choice",
    "choices",
    "names",
    "subject",
    "subjects",
    "record",
    "items",
    "counts",
]
# register: last writer wins, concurrent writes are a conflict; set: add-wins set merged
# element by element; items: a list merged item by item (each item whole), see docs/merge.md.
Merge = Literal["register", "set", "items"]
# Which filter of the list bar looks at the field: the category or the level/urgency.
FilterRole = Literal["category", "level"]
# How the form edits it (ui/forms/spec_form.py maps each hint to a widget).
Widget = Literal[
    "line",
    "number",
    "area",
    "secret",
    "segmented",
    "combo",
    "chips",
    "cards",
    "check",
    "scale",
    "date",
    "datetime",
    "subject",
    "subjects",
    "members",
    "record",
    "custom",  # edited by the kind's own hook (the risk threat editor)
]

# The types a field can be added with from its spec alone (no hand-written model part).
PLAIN_TYPES: frozenset[str] = frozenset(
    {"text", "long_text", "number", "date", "datetime", "yes_no", "choice", "choices"}
)
_TEXT_TYPES = frozenset({"text", "long_text"})
_DEFAULT_WIDGET: Mapping[str, Widget] = {
    "text": "line",
    "long_text": "area",
    "number": "number",
    "scale": "scale",
    "date": "date",
    "datetime": "datetime",
    "yes_no": "check",
    "choice": "combo",
    "choices": "chips",
    "names": "members",
    "subject": "subject",
    "subjects": "subjects",
    "record": "record",
    "items": "custom",
    "counts": "custom",
}


# A vocabulary is one of the coded tables of domain/taxonomy*.py.
Vocabulary = type[Coded]


@dataclass(frozen=True)
class FieldSpec:
    """One field of a kind. Its labels are not copied here: they keep their one home in
    domain/field_labels.py, looked up by kind and code (`kinds.field_label`)."""

    code: str
    type: FieldType
    required: bool = False
    vocab: Vocabulary | None = None  # for choice / choices fields
    merge: Merge = "register"
    # Position in the kind's list (0 first); None: not a column. `wide` columns share what
    # is left of the width and elide (names, titles, lists); others are shown whole.
    column: int | None = None
    wide: bool = False
    filter: FilterRole | None = None
    # What says most about a record at a glance beside its date (a subject's page).
    summary: bool = False
    # Never indexed for search, never in reports or lists, shown only on demand.
    sensitive: bool = False
    widget: Widget | None = None
    lines: int = 0  # height of a text area, in lines
    # The form's help text under the field: a function so the catalogue key stays literal.
    help: Callable[[str], str] | None = None
    derived: bool = False  # computed from other fields: in output, refused as input
    # For "items": the parts of each item searched as text ("threats.who").
    item_text: tuple[str, ...] = ()

    @property
    def widget_hint(self) -> Widget:
        return self.widget or _DEFAULT_WIDGET[self.type]

    @property
    def searchable(self) -> bool:
        return self.type in _TEXT_TYPES and not self.sensitive and not self.derived

    @property
    def merged_as_set(self) -> bool:
        return self.merge in ("set", "items")


@dataclass(frozen=True)
class SaveFacts:
    """What an on-save rule may look at: the values before and after, the clock, the
    language of any record it brings. `rid` is None while the record is not written."""

    kind: str
    before: Mapping[str, Any]
    after: Mapping[str, Any]
    now: dt.datetime
    lang: str
    rid: str | None = None


# A check refuses a save (its errors name fields); a "brings" rule names records to create
# with it, as (kind, values), in the same transaction.
Check = Callable[[SaveFacts], list[FieldError]]
Brings = Callable[[SaveFacts], list[tuple[str, dict[str, Any]]]]


@dataclass(frozen=True)
class KindSpec:
    """A record kind: its fields in form order and what happens when one is saved."""

    code: str
    fields: tuple[FieldSpec, ...]
    date: str | None = None  # the main date, used to filter and sort
    checks: tuple[Check, ...] = ()
    brings: tuple[Brings, ...] = ()
    # Derived values are computed by the kind's model (risk level: domain/risk_model.py);
    # the spec names them (fields with derived=True) so every layer treats them alike.

    def field(self, code: str) -> FieldSpec:
        """The field named `code`; KeyError if the kind has none."""
        for f in self.fields:
            if f.code == code:
                return f
        raise KeyError(code)

    def has(self, code: str) -> bool:
        return any(f.code == code for f in self.fields)

    @property
    def inputs(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if not f.derived)

    @property
    def derived(self) -> tuple[FieldSpec, ...]:
        return tuple(f for f in self.fields if f.derived)

    def columns(self) -> tuple[FieldSpec, ...]:
        """The list's columns, in order."""
        placed = [f for f in self.fields if f.column is not None and not f.sensitive]
        return tuple(sorted(placed, key=lambda f: f.column or 0))

    def filter_field(self, role: FilterRole) -> str | None:
        return next((f.code for f in self.fields if f.filter == role), None)

    def text_paths(self) -> tuple[str, ...]:
        """Dotted paths searched as text, in field order (never sensitive fields)."""
        out: list[str] = []
        for f in self.fields:
            if f.searchable:
                out.append(f.code)
            elif f.type == "items" and not f.sensitive:
                out.extend(f"{f.code}.{part}" for part in f.item_text)
        return tuple(out)

    def with_field(self, extra: FieldSpec) -> KindSpec:
        """This kind with one more field at the end (how definitions are added as data)."""
        if self.has(extra.code):
            raise ValueError(f"field {extra.code!r} exists already")
        return KindSpec(self.code, (*self.fields, extra), self.date, self.checks, self.brings)


def _pydantic_type(spec: FieldSpec) -> tuple[Any, Any]:
    """(annotation, default) of a plain field, for `extend_model`."""
    optional = not spec.required
    if spec.type in ("text", "long_text"):
        limit = NAME_MAX if spec.type == "text" else LONG_TEXT_MAX
        text = Annotated[str, StringConstraints(min_length=int(spec.required), max_length=limit)]
        return text, ("" if optional else ...)
    simple: Mapping[str, Any] = {
        "number": int | float,
        "date": dt.date,
        "datetime": dt.datetime,
        "yes_no": bool,
    }
    if spec.type in simple:
        base = simple[spec.type]
        if spec.type == "yes_no":
            return base, (False if optional else ...)
        return (base | None, None) if optional else (base, ...)
    if spec.vocab is None:
        raise ValueError(f"{spec.type} field {spec.code!r} needs a vocabulary")
    if spec.type == "choice":
        return (spec.vocab | None, None) if optional else (spec.vocab, ...)
    if spec.type == "choices":
        unique = AfterValidator(lambda values: sorted(set(values)))
        many = Annotated[list[spec.vocab], Field(min_length=int(spec.required)), unique]  # type: ignore[name-defined]
        return many, (Field(default_factory=list) if optional else ...)
    raise ValueError(f"type {spec.type!r} cannot be added from a spec alone")


def extend_model(model: Any, spec: KindSpec) -> Any:
    """`model`, or a subclass with every plain input field the spec has and it lacks.

    The hand-written models keep what plain types cannot say (cross-field checks, item
    models); a field added to the spec alone gets its validation from its type here.
    """
    missing = [f for f in spec.inputs if f.code not in model.model_fields]
    if not missing:
        return model
    extra: dict[str, Any] = {}
    for f in missing:
        if f.type not in PLAIN_TYPES:
            raise ValueError(f"field {f.code!r} of {spec.code} needs a model part")
        extra[f.code] = _pydantic_type(f)
    return create_model(model.__name__, __base__=model, **extra)

"""The specs and the models cannot drift: every fact a spec states about a field is checked
against the pydantic model and the JSON Schema (`aluna-field schema KIND`) it gives."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel

from aluna_field.domain import kinds
from aluna_field.domain.kinds import _MODELS
from aluna_field.domain.records import ID_PATTERN
from aluna_field.domain.spec import FieldSpec, KindSpec, extend_model
from aluna_field.domain.specs import SPECS
from aluna_field.domain.taxonomy import EventType
from aluna_field.services.messages import describe

KINDS = list(kinds.KIND_CODES)


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """The node without its $ref and without the `null` branch of an optional field."""
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[1]
        node = {**schema["$defs"][name], **{k: v for k, v in node.items() if k != "$ref"}}
    if "anyOf" in node:
        branches = [b for b in node["anyOf"] if b.get("type") != "null"]
        assert len(branches) == 1, node
        node = _resolve(schema, branches[0])
    return node


def _shape(schema: dict[str, Any], node: dict[str, Any]) -> tuple[Any, ...]:
    node = _resolve(schema, node)
    if "enum" in node:
        return ("enum", tuple(node["enum"]))
    if node.get("type") == "array":
        return ("array", _shape(schema, node.get("items", {})))
    if node.get("type") == "string" and node.get("pattern") == ID_PATTERN:
        return ("id",)
    if node.get("type") == "object":
        return ("object",)
    return (node.get("type"), node.get("format"))


def _expected(spec: FieldSpec) -> tuple[Any, ...]:
    codes = tuple(spec.vocab.codes()) if spec.vocab is not None else ()
    return {
        "text": ("string", None),
        "long_text": ("string", None),
        "number": ("number", None),
        "scale": ("integer", None),
        "date": ("string", "date"),
        "datetime": ("string", "date-time"),
        "yes_no": ("boolean", None),
        "choice": ("enum", codes),
        "choices": ("array", ("enum", codes)),
        "names": ("array", ("string", None)),
        "subject": ("id",),
        "subjects": ("array", ("id",)),
        "record": ("id",),
        "items": ("array", ("object",)),
        "counts": ("object",),
    }[spec.type]


@pytest.mark.parametrize("kind", KINDS)
def test_the_hand_written_model_has_exactly_the_spec_inputs(kind: str) -> None:
    spec = SPECS[kind]
    assert set(_MODELS[kind].model_fields) == {f.code for f in spec.inputs}
    assert kinds.model_for(kind) is _MODELS[kind]  # nothing to add: the two agree


@pytest.mark.parametrize("kind", KINDS)
def test_the_json_schema_says_what_the_spec_says(kind: str) -> None:
    spec = SPECS[kind]
    schema = kinds.json_schema(kind)
    assert set(schema["properties"]) == {f.code for f in spec.inputs}
    assert set(schema.get("required", [])) == {f.code for f in spec.inputs if f.required}
    for f in spec.inputs:
        shape = _shape(schema, schema["properties"][f.code])
        if f.type == "number" and shape == ("integer", None):
            continue  # a whole number is a number (an activity's minutes: no floats in ops)
        assert shape == _expected(f), f.code


@pytest.mark.parametrize("kind", KINDS)
def test_derived_values_are_the_models_computed_fields(kind: str) -> None:
    model: type[BaseModel] = kinds.model_for(kind)
    assert set(model.model_computed_fields) == set(kinds.derived_fields(kind))


@pytest.mark.parametrize("kind", KINDS)
def test_merge_rules_fit_the_types(kind: str) -> None:
    for f in SPECS[kind].fields:
        if f.merge == "set":
            assert f.type in ("choices", "names", "subjects"), f.code
        if f.merge == "items":
            assert f.type == "items", f.code


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_has_labels_help_and_a_sound_role(kind: str) -> None:
    spec = SPECS[kind]
    codes = [f.code for f in spec.fields]
    assert len(codes) == len(set(codes))
    for f in spec.fields:
        for lang in ("es", "en"):
            assert kinds.field_label(kind, f.code, lang).strip()
            if f.help is not None:
                assert f.help(lang).strip()
        if f.type in ("choice", "choices"):
            assert f.vocab is not None, f.code
        if f.sensitive:
            assert f.column is None and f.filter is None and not f.searchable
    assert [f.column for f in spec.columns()] == list(range(len(spec.columns())))
    for role in ("category", "level"):
        assert sum(f.filter == role for f in spec.fields) <= 1
    assert spec.date is None or spec.has(spec.date)


def test_a_plain_field_added_to_a_spec_is_validated_from_its_type() -> None:
    base = SPECS["crisis-note"]
    extended = base.with_field(FieldSpec("funder_code", "text"))
    extended = extended.with_field(FieldSpec("second_event", "choice", vocab=EventType))
    model = extend_model(_MODELS["crisis-note"], extended)
    assert {"funder_code", "second_event"} <= set(model.model_fields)
    assert model.model_fields["second_event"].is_required() is False
    schema = model.model_json_schema(mode="validation")
    shape = _shape(schema, schema["properties"]["second_event"])
    assert shape == ("enum", tuple(EventType.codes()))
    with pytest.raises(ValueError):
        base.with_field(FieldSpec("event", "choice", vocab=EventType))  # exists already


def test_a_field_that_needs_a_model_part_cannot_come_from_a_spec_alone() -> None:
    spec = KindSpec("follow-up", (*SPECS["follow-up"].fields, FieldSpec("parts", "items")))
    with pytest.raises(ValueError):
        extend_model(_MODELS["follow-up"], spec)


def test_every_kind_has_a_spec_and_a_model() -> None:
    assert tuple(SPECS) == kinds.KIND_CODES == tuple(_MODELS)
    for code, spec in SPECS.items():
        assert spec.code == code


def test_on_save_rules_of_the_crisis_note() -> None:
    """Pure functions of the facts: the clock comes in, nothing is read."""
    import datetime as dt

    from aluna_field.domain.spec import SaveFacts

    spec = SPECS["crisis-note"]
    now = dt.datetime(2026, 9, 21, 14, 0)
    future = {"occurred_at": "2026-09-21T14:30:00", "follow_up_on": "2026-10-01"}

    def facts(before: dict[str, Any], after: dict[str, Any], rid: str | None = None) -> SaveFacts:
        return SaveFacts("crisis-note", before, after, now, "es", rid)

    (check,) = spec.checks
    (errors,) = [check(facts({}, future))]
    assert [(e.field, e.code) for e in errors] == [("occurred_at", "in_future")]
    assert describe(errors[0], "en").startswith("It is in the future")
    assert check(facts({}, {"occurred_at": "2026-09-21T14:04:00"})) == []  # drifting clock
    assert check(facts(future, {**future, "urgency": "low"})) == []  # time unchanged
    (brings,) = spec.brings
    assert brings(facts({}, future)) == []  # no id yet: nothing to point at
    made = brings(facts({}, future, "a" * 32))
    assert made == [
        (
            "follow-up",
            {
                "record_id": "a" * 32,
                "due_on": "2026-10-01",
                "description": "Seguimiento acordado en la nota de crisis",
            },
        )
    ]
    assert brings(facts(future, future, "a" * 32)) == []  # the date it already had

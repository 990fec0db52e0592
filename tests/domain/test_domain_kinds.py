import json
from typing import Any

import pytest
from fixtures_domain import SUBJECT_ID, good_records

from aluna_field.domain import kinds
from aluna_field.domain.kinds import (
    KIND_CODES,
    FieldError,
    RecordInvalid,
    RecordKind,
    UnknownKindError,
)

SECRET = "Nombre Secreto Ficticio 7731"


def _invalid(kind: str, data: dict[str, Any]) -> RecordInvalid:
    with pytest.raises(RecordInvalid) as info:
        kinds.validate_record(kind, data)
    return info.value


def _assert_no_leak(exc: RecordInvalid, *values: str) -> None:
    texts = [str(exc), repr(exc)]
    for e in exc.errors:
        texts += [e.message_en, e.message_es, e.field]
    for value in values:
        for text in texts:
            assert value not in text


def test_kind_codes_and_enum_agree() -> None:
    assert tuple(RecordKind) == KIND_CODES
    assert RecordKind.CRISIS_NOTE.label("es") == "Nota de crisis"
    assert RecordKind.CRISIS_NOTE.plural("es") == "Notas de crisis"
    assert RecordKind.CRISIS_NOTE.label("en") == "Crisis note"
    assert RecordKind.CRISIS_NOTE.plural("en") == "Crisis notes"
    assert RecordKind.IMPACT_OBSERVATION.plural("es") == "Impactos"
    for kind in RecordKind:
        assert kind.plural("es") and kind.plural("en")


@pytest.mark.parametrize("kind", KIND_CODES)
def test_every_kind_validates_a_good_record(kind: str) -> None:
    data = good_records()[kind]
    out = kinds.validate_record(kind, data)
    json.dumps(out)  # JSON-able as is
    assert set(kinds.field_names(kind)) | set(kinds.derived_fields(kind)) == set(out)
    for field, value in data.items():
        if field not in kinds.set_fields(kind):
            assert _contains(out[field], value), field
    # The canonical dict validates again (once derived fields are dropped) to itself.
    assert kinds.validate_record(kind, kinds.without_derived(kind, out)) == out


def _contains(out: object, given: object) -> bool:
    """`out` equals `given`, except that nested objects may have defaults filled in."""
    if isinstance(given, dict) and isinstance(out, dict):
        return all(k in out and _contains(out[k], v) for k, v in given.items())
    if isinstance(given, list) and isinstance(out, list):
        return len(given) == len(out) and all(map(_contains, out, given))
    return out == given


def test_risk_assessment_output_has_risk_level() -> None:
    out = kinds.validate_record("risk-assessment", good_records()["risk-assessment"])
    # Threat by threat: the threat scored 4 (V 3, C 2) gives 6, "high" (docs/risk.md).
    assert out["risk_level"] == "high"
    assert out["risk_rule"] == "threat-by-threat-v2"


def test_unknown_kind() -> None:
    with pytest.raises(UnknownKindError):
        kinds.model_for("diary")
    with pytest.raises(UnknownKindError):
        kinds.validate_record("diary", {})
    with pytest.raises(UnknownKindError):
        kinds.field_label("diary", "alias", "es")


def _single(exc: RecordInvalid, field: str, code: str | None = None) -> FieldError:
    matches = [e for e in exc.errors if e.field == field]
    assert matches, f"no error on {field}: {exc}"
    if code:
        assert matches[0].code == code
    assert field in str(exc)
    return matches[0]


def test_missing_required_field() -> None:
    data = good_records()["crisis-note"]
    del data["narrative"]
    e = _single(_invalid("crisis-note", data), "narrative", "missing")
    assert (e.message_en, e.message_es) == ("Required field", "Campo obligatorio")


def test_wrong_enum_code() -> None:
    e = _single(_invalid("subject", {**good_records()["subject"], "type": SECRET}), "type", "enum")
    assert "'person'" in e.message_en and "'community'" in e.message_en
    assert " o 'community'" in e.message_es
    _assert_no_leak(_invalid("subject", {**good_records()["subject"], "type": SECRET}), SECRET)


def test_score_nine() -> None:
    data = good_records()["risk-assessment"]
    data["threats"][0]["score"] = 9
    exc = _invalid("risk-assessment", data)
    e = _single(exc, "threats.0.score", "less_than_equal")
    assert e.message_en == "Must be at most 5"
    assert e.message_es == "Debe ser como máximo 5"
    _assert_no_leak(exc, "9")


def test_unparseable_date() -> None:
    bad = "el martes 31 de febrero"
    exc = _invalid(
        "impact-observation", {**good_records()["impact-observation"], "observed_on": bad}
    )
    e = _single(exc, "observed_on")
    assert "YYYY-MM-DD" in e.message_en and "AAAA-MM-DD" in e.message_es
    _assert_no_leak(exc, bad)
    exc = _invalid("crisis-note", {**good_records()["crisis-note"], "occurred_at": "2024-13-45T99"})
    assert "fecha y hora" in _single(exc, "occurred_at").message_es


def test_risk_level_given_as_input() -> None:
    data = {**good_records()["risk-assessment"], "risk_level": "low"}
    exc = _invalid("risk-assessment", data)
    e = _single(exc, "risk_level", "derived_field")
    assert "derived" in e.message_en.lower()
    assert "calcula" in e.message_es
    assert kinds.derived_fields("risk-assessment") == (
        "risk_level",
        "risk_rule",
        "risk_threat",
        "threat_levels",
    )


def test_extra_unknown_field() -> None:
    exc = _invalid("follow-up", {**good_records()["follow-up"], "colour": SECRET})
    e = _single(exc, "colour", "extra_forbidden")
    assert e.message_es.startswith("Campo desconocido")
    _assert_no_leak(exc, SECRET)


def test_many_errors_reported_at_once_without_values() -> None:
    data = {
        "subject_ids": [SECRET],
        "observed_on": SECRET,
        "sphere": SECRET,
        "categories": [],
        "intensity": SECRET,
        "narrative": 12345,
        "done": SECRET,
    }
    exc = _invalid("impact-observation", data)
    fields = {e.field for e in exc.errors}
    assert {"subject_ids.0", "observed_on", "sphere", "categories", "intensity"} <= fields
    assert {"narrative", "done"} <= fields
    _assert_no_leak(exc, SECRET, "12345")
    for e in exc.errors:
        assert e.message_en and e.message_es and e.message_en != e.message_es
    assert _single(exc, "subject_ids.0").message_en.startswith("Must be a record id")
    assert _single(exc, "categories").message_es == "No puede estar vacío"


def test_mourning_error_names_the_field() -> None:
    data = {**good_records()["impact-observation"], "mourning_losses": ["income"]}
    e = _single(_invalid("impact-observation", data), "mourning_losses")
    assert "Duelo" in e.message_es


def test_root_errors_and_type_errors() -> None:
    exc = _invalid("subject", [1, 2])  # type: ignore[arg-type]
    assert exc.errors[0].field == ""
    assert "(record)" in str(exc)
    exc = _invalid("follow-up", {**good_records()["follow-up"], "done": "quizá"})
    assert _single(exc, "done").message_es.startswith("Debe ser verdadero o falso")
    exc = _invalid("accompaniment", {**good_records()["accompaniment"], "subject_ids": "x"})
    assert _single(exc, "subject_ids").message_es == "Debe ser una lista"
    data = good_records()["risk-assessment"]
    data["threats"] = [{"description": "x", "score": "mucho"}]
    assert "entero" in _single(_invalid("risk-assessment", data), "threats.0.score").message_es


def test_record_invalid_pickles() -> None:
    import pickle

    exc = _invalid("subject", {"type": SECRET})
    back = pickle.loads(pickle.dumps(exc))
    assert (back.kind, back.errors, str(back)) == (exc.kind, exc.errors, str(exc))


def test_record_invalid_is_not_chained_to_pydantic() -> None:
    # The pydantic error's text quotes inputs; it must not ride along in tracebacks.
    exc = _invalid("subject", {"type": SECRET})
    assert exc.__cause__ is None and exc.__suppress_context__


@pytest.mark.parametrize("kind", KIND_CODES)
def test_json_schema(kind: str) -> None:
    schema = kinds.json_schema(kind)
    json.dumps(schema)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["properties"]) == set(kinds.field_names(kind))
    assert "risk_level" not in schema["properties"]


@pytest.mark.parametrize("kind", KIND_CODES)
def test_every_field_has_labels(kind: str) -> None:
    model = kinds.model_for(kind)
    paths = list(kinds.field_names(kind)) + list(kinds.derived_fields(kind))
    for name, info in model.model_fields.items():
        nested = getattr(info.annotation, "__args__", ())
        for arg in nested:
            if hasattr(arg, "model_fields"):
                paths += [f"{name}.{sub}" for sub in arg.model_fields]
    for path in paths:
        es = kinds.field_label(kind, path, "es")
        en = kinds.field_label(kind, path, "en")
        assert es.strip() and en.strip(), path
        assert es != en, f"{kind}.{path}: untranslated"
    assert kinds.field_label(kind, "", "en") == RecordKind(kind).label("en")


def test_field_label_accepts_error_paths() -> None:
    assert kinds.field_label("risk-assessment", "threats.0.score", "en") == "Score (1-5)"
    assert kinds.field_label("risk-assessment", "risk_level", "es") == "Nivel de riesgo"
    with pytest.raises(KeyError):
        kinds.field_label("subject", "nope", "es")


@pytest.mark.parametrize("kind", KIND_CODES)
def test_field_facts_are_consistent(kind: str) -> None:
    names = set(kinds.field_names(kind))
    roots = {p.split(".")[0] for p in kinds.text_fields(kind)}
    assert roots <= names
    assert set(kinds.set_fields(kind)) <= names
    assert set(kinds.subject_refs(kind)) <= set(kinds.reference_fields(kind)) <= names
    assert set(kinds.sensitive_fields(kind)) <= names
    assert not set(kinds.sensitive_fields(kind)) & roots
    date = kinds.date_field(kind)
    assert (date is None) == (kind == "subject")
    assert date is None or date in names


@pytest.mark.parametrize("kind", KIND_CODES)
def test_set_fields_behave_as_sets(kind: str) -> None:
    good = kinds.validate_record(kind, good_records()[kind])
    for field in kinds.set_fields(kind):
        values = list(good[field]) or _sample_values(kind, field)
        if kind == "impact-observation" and field.startswith("mourning"):
            good = {**good, "categories": ["mourning"]}
        data = kinds.without_derived(kind, {**good, field: list(reversed(values)) * 2})
        out = kinds.validate_record(kind, data)
        unique = {json.dumps(v, sort_keys=True): v for v in values}
        assert len(out[field]) == len(unique), field
        if all(isinstance(v, str) for v in values):
            assert out[field] == sorted(unique.values()), field


def _sample_values(kind: str, field: str) -> list[str]:
    return {
        "member_of": [SUBJECT_ID, "f" * 32],
        "accompaniers": ["dispositivo-b", "dispositivo-a"],
        "mourning_losses": ["life_project", "income"],
        "mourning_alterations": ["rituals_interrupted", "other"],
        "perpetrator": ["state_police", "paramilitary"],
        "state_role": ["omission", "action"],
        "resistance_mechanisms": ["support_networks", "legal_action"],
        "facilitators": ["dispositivo-b", "dispositivo-a"],
    }[field]


def test_field_registry_values() -> None:
    assert kinds.set_fields("crisis-note") == (
        "subject_ids",
        "perpetrator",
        "state_role",
        "interventions",
    )
    assert kinds.date_field("crisis-note") == "occurred_at"
    assert kinds.date_field("accompaniment") == "started_on"
    assert kinds.subject_refs("risk-assessment") == ("subject_id",)
    assert kinds.reference_fields("follow-up") == ("record_id",)
    assert kinds.sensitive_fields("subject") == ("real_name",)
    assert "real_name" not in kinds.text_fields("subject")


def test_extract_text() -> None:
    subject = kinds.validate_record(
        "subject", {**good_records()["subject"], "real_name": SECRET, "notes": "Nota ficticia"}
    )
    text = kinds.extract_text("subject", subject)
    assert text.split("\n") == ["Colectivo Ceiba", "Oaxaca / Municipio Ficticio", "Nota ficticia"]
    assert SECRET not in text
    risk = kinds.validate_record("risk-assessment", good_records()["risk-assessment"])
    lines = kinds.extract_text("risk-assessment", risk).split("\n")
    assert lines == [
        "Llamadas anónimas",
        "Vehículo sin placas frente a la oficina",
        "desconocido",
        "Oficina sin cerradura",
        "Red de apoyo local",
        "Cambiar cerradura",
        "coordinación",
    ]
    # Tolerates partial (merged) states.
    assert kinds.extract_text("crisis-note", {"narrative": "solo esto"}) == "solo esto"
    assert kinds.extract_text("risk-assessment", {"threats": None}) == ""


def test_no_kind_has_a_float_field() -> None:
    """Ops are hashed without walking them for floats (store/ops.py); this pins why."""
    import json as _json

    from aluna_field.domain.kinds import KIND_CODES, json_schema

    for kind in KIND_CODES:
        text = _json.dumps(json_schema(kind))
        assert '"type": "number"' not in text, kind

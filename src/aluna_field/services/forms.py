"""Forms and vocabularies: the coordinators' custom fields and codes (issue 16, item 4).

Everyone reads them; only a coordinator writes them. Each definition is a record of kind
`definition` saved through the record store, so it is signed, sent in bundles, relayed
and merged like any record (domain/definitions.py says what one holds; the importer
refuses one written by a device that is not a coordinator).
"""

from __future__ import annotations

from typing import Any

from ..domain import field_labels
from ..domain import kinds as domain
from ..domain.coded import translate_label
from ..domain.definitions import (
    DEFINITION,
    VOCABULARIES,
    CustomField,
    code_values,
    definition_values,
)
from ..domain.errors import FieldError
from ..l10n import _
from ..services.message_codes import BY_CODE
from .errors import DefinitionInvalid, DefinitionMissing, NotAllowed
from .session import Session


def _labels(es: str, en: str) -> dict[str, str]:
    return {"es": es, "en": en}


def _need_coordinator(session: Session) -> None:
    if not session.is_coordinator:
        raise NotAllowed("forms are defined by coordinators")


def _vocab_of(kind: str, field: str) -> str | None:
    cls = domain.spec_of(kind).field(field).vocab
    return next((name for name, c in VOCABULARIES.items() if c is cls), None)


def _coded_choices(session: Session, kind: str, field: str) -> list[dict[str, Any]]:
    spec = domain.spec_of(kind).field(field)
    if spec.vocab is None:
        return []
    out: list[dict[str, Any]] = [
        {
            "code": m.value,
            "labels": _labels(m.label("es"), m.label("en")),
            "custom": False,
            "retired": False,
        }
        for m in spec.vocab
    ]
    name = _vocab_of(kind, field)
    for c in session.records.definitions().codes_of(name) if name else []:
        out.append(
            {"code": c.code, "labels": _labels(c.es, c.en), "custom": True, "retired": c.retired}
        )
    return out


def custom_field_json(f: CustomField) -> dict[str, Any]:
    return {
        "code": f.code,
        "type": f.type,
        "labels": _labels(f.es, f.en),
        "required": f.required,
        "sensitive": f.sensitive,
        "custom": True,
        "retired": f.retired,
        "choices": [{"code": c.code, "labels": _labels(c.es, c.en)} for c in f.choices],
    }


def form_show(session: Session, kind: str) -> dict[str, Any]:
    """cli.md's `form show KIND --json`: the built-in fields, then the custom ones, in
    form order. UnknownKindError for a kind that is not a record kind."""
    if kind not in domain.KIND_CODES:
        raise domain.UnknownKindError(kind)
    fields: list[dict[str, Any]] = []
    for f in domain.spec_of(kind).inputs:
        label = field_labels.lookup(kind, f.code)
        es, en = (
            (translate_label(label, "es"), translate_label(label, "en")) if label else (f.code,) * 2
        )
        fields.append(
            {
                "code": f.code,
                "type": f.type,
                "labels": _labels(es, en),
                "required": f.required,
                "sensitive": f.sensitive,
                "custom": False,
                "retired": False,
                "choices": _coded_choices(session, kind, f.code),
            }
        )
    fields += [custom_field_json(f) for f in session.records.definitions().fields_of(kind)]
    return {"kind": kind, "fields": fields}


def add_field(session: Session, kind: str, doc: object) -> str:
    """Define a custom field of `kind` from cli.md's add-field JSON; returns its code.

    DefinitionInvalid lists every problem (nothing saved); NotAllowed for a device that
    is not a coordinator's."""
    _need_coordinator(session)
    if kind not in domain.KIND_CODES:
        raise domain.UnknownKindError(kind)
    if not isinstance(doc, dict):
        raise DefinitionInvalid([_whole("custom_not_object")])
    defs = session.records.definitions()
    errors = defs.field_problems(kind, doc)
    if errors:
        raise DefinitionInvalid(errors)
    session.records.create(DEFINITION, definition_values(kind, doc, defs.next_position(kind)))
    return str(doc["code"])


def _custom(session: Session, kind: str, code: str) -> CustomField:
    found = session.records.definitions().field(kind, code)
    if found is None:
        key = "def_built_in" if domain.spec_of(kind).has(code) else "def_not_found"
        raise DefinitionMissing(key)
    return found


def retire_field(session: Session, kind: str, code: str) -> None:
    """Retire a custom field: old values keep showing, new records are not offered it."""
    _need_coordinator(session)
    session.records.edit(_custom(session, kind, code).rid, {"retired": True})


def rename_field(session: Session, kind: str, code: str, labels: object) -> None:
    """New labels for a custom field (both languages, neither empty)."""
    _need_coordinator(session)
    found = _custom(session, kind, code)
    if not isinstance(labels, dict) or not all(
        isinstance(labels.get(lang), str) and labels[lang].strip() for lang in ("es", "en")
    ):
        errors = [
            FieldError(
                f"labels.{lang}",
                "def_label_missing",
                _("en", "The label in this language is missing."),
                _("es", "The label in this language is missing."),
            )
            for lang in ("es", "en")
            if not (
                isinstance(labels, dict)
                and isinstance(labels.get(lang), str)
                and labels[lang].strip()
            )
        ]
        raise DefinitionInvalid(errors)
    session.records.edit(
        found.rid, {"label_es": labels["es"].strip(), "label_en": labels["en"].strip()}
    )


def move_field(session: Session, kind: str, code: str, step: int) -> None:
    """Move a custom field one place up (step -1) or down (+1) among the custom ones."""
    _need_coordinator(session)
    fields = session.records.definitions().fields_of(kind)
    index = next((i for i, f in enumerate(fields) if f.code == code), None)
    if index is None:
        raise DefinitionMissing("def_not_found")
    other = index + (1 if step > 0 else -1)
    if not 0 <= other < len(fields):
        return
    order = list(fields)
    order[index], order[other] = order[other], order[index]
    # Positions are renumbered apart so a move written on another device merges as one.
    for n, f in enumerate(order):
        if f.position != (n + 1) * 10:
            session.records.edit(f.rid, {"position": (n + 1) * 10})


def vocabulary_show(session: Session, name: str) -> list[dict[str, Any]]:
    """cli.md's `vocabulary show NAME --json`: built-in codes, then custom ones."""
    cls = VOCABULARIES.get(name)
    if cls is None:
        raise DefinitionMissing("def_unknown_vocabulary")
    out: list[dict[str, Any]] = [
        {
            "code": m.value,
            "labels": _labels(m.label("es"), m.label("en")),
            "retired": False,
            "custom": False,
        }
        for m in cls
    ]
    for c in session.records.definitions().codes_of(name):
        out.append(
            {"code": c.code, "labels": _labels(c.es, c.en), "retired": c.retired, "custom": True}
        )
    return out


def add_code(session: Session, name: str, doc: object) -> str:
    """Add a code to vocabulary `name` ({"code", "labels"}); returns the code."""
    _need_coordinator(session)
    if name not in VOCABULARIES:
        raise DefinitionMissing("def_unknown_vocabulary")
    if not isinstance(doc, dict):
        raise DefinitionInvalid([_whole("custom_not_object")])
    errors = session.records.definitions().code_problems(name, doc)
    if errors:
        raise DefinitionInvalid(errors)
    session.records.create(DEFINITION, code_values(name, doc))
    return str(doc["code"])


def retire_code(session: Session, name: str, code: str) -> None:
    """Retire a custom code: records that have it keep showing it; it is not offered."""
    _need_coordinator(session)
    if name not in VOCABULARIES:
        raise DefinitionMissing("def_unknown_vocabulary")
    found = session.records.definitions().code_of(name, code)
    if found is None:
        key = "def_built_in" if code in VOCABULARIES[name].codes() else "def_code_not_found"
        raise DefinitionMissing(key)
    session.records.edit(found.rid, {"retired": True})


def _whole(key: str) -> FieldError:
    return FieldError("", key, _("en", BY_CODE[key]), _("es", BY_CODE[key]))

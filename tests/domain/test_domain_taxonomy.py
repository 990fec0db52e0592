from enum import StrEnum

import pytest

from aluna_field.domain.kinds import RecordKind
from aluna_field.domain.taxonomy import (
    Coded,
    ImpactCategory,
    OrderedCoded,
    RiskLevel,
    SubjectType,
    Urgency,
    all_taxonomies,
    normalize_lang,
)

ENUMS = [*all_taxonomies().values(), RecordKind]


def test_all_taxonomies_lists_every_vocabulary() -> None:
    taxonomies = all_taxonomies()
    assert len(taxonomies) == 19
    for name, enum_cls in taxonomies.items():
        assert name == name.lower()
        assert issubclass(enum_cls, Coded)
        assert issubclass(enum_cls, StrEnum)


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_nonempty_distinct_labels(enum_cls: type[Coded]) -> None:
    es_labels = [m.label("es") for m in enum_cls]
    en_labels = [m.label("en") for m in enum_cls]
    for member, es, en in zip(enum_cls, es_labels, en_labels, strict=True):
        assert es.strip() and en.strip(), member
        assert es != en, f"{member!r}: the Spanish label looks untranslated"
    assert len(set(es_labels)) == len(es_labels)
    assert len(set(en_labels)) == len(en_labels)


@pytest.mark.parametrize("enum_cls", ENUMS, ids=lambda e: e.__name__)
def test_codes_are_stable_snake_or_kebab_case(enum_cls: type[Coded]) -> None:
    for member in enum_cls:
        assert member == member.value
        assert member.value == member.value.lower().strip()
        assert " " not in member.value


def test_label_language_fallback_is_spanish() -> None:
    assert SubjectType.PERSON.label() == "Persona"
    assert SubjectType.PERSON.label("es") == "Persona"
    assert SubjectType.PERSON.label("en") == "Person"
    assert SubjectType.PERSON.label("en-US") == "Person"
    assert SubjectType.PERSON.label("fr") == "Persona"
    assert SubjectType.PERSON.label("") == "Persona"
    assert normalize_lang("EN") == "en"
    assert normalize_lang("es-MX") == "es"


def test_impact_categories_have_one_sentence_descriptions() -> None:
    for member in ImpactCategory:
        for lang in ("es", "en"):
            text = member.description(lang)
            assert text.endswith(".")
            assert text.count(". ") == 0, "one sentence"
        assert member.description("es") != member.description("en")


def test_description_is_empty_when_not_given() -> None:
    assert SubjectType.PERSON.description("en") == ""


def test_members_serialise_as_codes() -> None:
    assert str(SubjectType.ORGANIZATION) == "organization"
    assert SubjectType("community") is SubjectType.COMMUNITY
    assert SubjectType.codes() == ("person", "collective", "organization", "community")


@pytest.mark.parametrize("scale", [Urgency, RiskLevel])
def test_ordered_scales(scale: type[OrderedCoded]) -> None:
    # RiskLevel starts with "not assessed", below "low".
    assert [m.order for m in scale] == list(range(len(scale)))
    assert len(scale) == (5 if scale is RiskLevel else 4)
    levels = [m.value for m in scale if m.value != "not_assessed"]
    assert levels == ["low", "medium", "high", "critical"]
    assert RiskLevel.CRITICAL.order > RiskLevel.HIGH.order

"""The `Coded` enum base: stable JSON codes with Spanish and English labels.

Kept apart from `taxonomy` so that other domain modules (record kinds) can define
coded enums of their own without importing every taxonomy.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import Literal, TypeVar

from aluna_field.l10n import _

Lang = Literal["es", "en"]
# A label is an English msgid marked with N_/NP_, translated through the catalogue.
Label = str

# One table per enum class, filled by `define_labels` right after each class.
# A registry rather than class attributes because Enum would turn a plain
# class attribute into a member.
_LABELS: dict[type[Coded], Mapping[str, Label]] = {}
_DESCRIPTIONS: dict[type[Coded], Mapping[str, Label]] = {}

_C = TypeVar("_C", bound="type[Coded]")


def normalize_lang(lang: str) -> Lang:
    """Return "en" for "en" or an English locale name ("en-US", "en_GB"), else "es".

    Spanish is the application's first language, so anything unknown falls back to it.
    """
    low = lang.strip().lower()
    if low == "en" or low.startswith(("en-", "en_")):
        return "en"
    return "es"


def translate_label(label: Label, lang: str) -> str:
    """A table's label (a marked msgid) in `lang`."""
    return _(normalize_lang(lang), label)


class Coded(StrEnum):
    """A StrEnum whose values are the stable codes written to JSON.

    Members compare and serialise as their code. `label` and `description` give the
    human text in Spanish ("es", the default) or English ("en").
    """

    def label(self, lang: str = "es") -> str:
        """The member's label in `lang` ("es" or "en"; anything else gives Spanish)."""
        return translate_label(_LABELS[type(self)][self.value], lang)

    def description(self, lang: str = "es") -> str:
        """A one-sentence description in `lang`, or "" when the enum defines none."""
        label = _DESCRIPTIONS.get(type(self), {}).get(self.value)
        return "" if label is None else translate_label(label, lang)

    @classmethod
    def codes(cls) -> tuple[str, ...]:
        """Every code of the enum, in declaration order."""
        return tuple(member.value for member in cls)


class OrderedCoded(Coded):
    """A coded scale (urgency, risk level) declared from lowest to highest.

    Comparison operators stay those of `str` (members are codes); use `order` to rank.
    """

    @property
    def order(self) -> int:
        """0 for the lowest member, counting up in declaration order."""
        return list(type(self)).index(self)


def define_labels(
    enum_cls: _C,
    labels: Mapping[str, Label],
    descriptions: Mapping[str, Label] | None = None,
) -> _C:
    """Attach {code: (es, en)} labels (and optional descriptions) to `enum_cls`.

    Raises ValueError at import time if a code is missing or unknown, so an enum can
    never ship with an untranslated member.
    """
    codes = set(enum_cls.codes())
    for table in (labels, descriptions or {}):
        if table and set(table) != codes:
            missing = sorted(codes - set(table))
            unknown = sorted(set(table) - codes)
            msg = f"{enum_cls.__name__}: labels missing {missing}, unknown {unknown}"
            raise ValueError(msg)
    if not labels:
        raise ValueError(f"{enum_cls.__name__}: no labels")
    _LABELS[enum_cls] = dict(labels)
    if descriptions:
        _DESCRIPTIONS[enum_cls] = dict(descriptions)
    return enum_cls

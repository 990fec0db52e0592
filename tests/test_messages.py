"""The CLI and services catalogue keeps what i18n.py promises: both languages for every
message, the same placeholders in each, and no key defined twice across its parts."""

from __future__ import annotations

from string import Formatter

from aluna_field import i18n
from aluna_field.i18n_exit import EXIT_MESSAGES
from aluna_field.i18n_forms import FORM_MESSAGES
from aluna_field.i18n_relay import RELAY_MESSAGES


def _fields(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders() -> None:
    for key, (es, en) in i18n.MESSAGES.items():
        assert es.strip() and en.strip(), key
        assert _fields(es) == _fields(en), key


def test_no_key_is_defined_in_two_parts_of_the_catalogue() -> None:
    parts = [set(i18n._CORE), set(RELAY_MESSAGES), set(EXIT_MESSAGES), set(FORM_MESSAGES)]
    assert sum(len(p) for p in parts) == len(set().union(*parts))
    assert len(i18n.MESSAGES) == sum(len(p) for p in parts)

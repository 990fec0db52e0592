"""The passphrase rule of services/: what it refuses and why, and that every passphrase the
tests and the shared contract set still passes it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from aluna_field.l10n import _
from aluna_field.services.errors import PassphraseTooShort, PassphraseTooWeak
from aluna_field.services.message_codes import BY_CODE
from aluna_field.services.passphrases import WeakReason, assess, check_passphrase
from support import PASSPHRASE


@pytest.mark.parametrize(
    ("weak", "reason"),
    [
        ("12345678", WeakReason.COMMON),
        ("password", WeakReason.COMMON),
        ("iloveyou", WeakReason.COMMON),
        ("aaaaaaaa", WeakReason.PATTERN),
        ("abcdefgh", WeakReason.PATTERN),
        ("contraseña", WeakReason.WORD),
    ],
)
def test_common_and_very_weak_passphrases_are_refused_with_a_reason(
    weak: str, reason: WeakReason
) -> None:
    verdict = assess(weak)
    assert not verdict.accepted and verdict.reason is reason
    with pytest.raises(PassphraseTooWeak) as info:
        check_passphrase(weak)
    assert info.value.reason == reason and weak not in str(info.value)


def test_the_persons_own_name_is_refused() -> None:
    assert assess("anaprueba", ["Ana Prueba"]).reason is WeakReason.PERSONAL


def test_short_is_still_refused_first() -> None:
    with pytest.raises(PassphraseTooShort):
        check_passphrase("1234567")


def test_every_reason_has_a_message_in_both_languages() -> None:
    for reason in WeakReason:
        es, en = (
            _("es", BY_CODE[f"passphrase_weak_{reason}"]),
            _("en", BY_CODE[f"passphrase_weak_{reason}"]),
        )
        assert es and en and es != en


def test_long_passphrases_are_judged_not_refused_for_length() -> None:
    long = "el río de la montaña canta entre piedras verdes " * 4
    assert len(long) > 72 and assess(long).accepted


# What the cross-implementation contract scripts set with init and passwd (they live
# outside this repository and cannot change).
CONTRACT_PASSPHRASES = {"correct horse battery staple 7", "otra frase de paso 42"}


def _passphrases_set_by_tests() -> set[str]:
    """Every literal the tests hand to init, passwd or create_vault."""
    sources = [p.read_text(encoding="utf-8") for p in Path(__file__).parent.rglob("*.py")]
    found: set[str] = set()
    pattern = re.compile(
        r'(?:PASS(?:PHRASE)?|NEW_PASSPHRASE)\s*=\s*"([^"]+)"|passphrase\("([^"]+)"'
    )
    for text in sources:
        for m in pattern.finditer(text):
            found.add(m.group(1) or m.group(2))
    return found


def test_the_passphrases_the_tests_and_the_contract_use_are_accepted() -> None:
    used = _passphrases_set_by_tests() | CONTRACT_PASSPHRASES | {PASSPHRASE}
    assert len(used) > 5
    refused = {p for p in used if not assess(p).accepted}
    # Only the deliberately short examples of a refusal may fail.
    assert refused == {p for p in used if len(p) < 8}

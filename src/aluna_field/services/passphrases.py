"""The one rule for a new passphrase, used by the CLI (`init`, `passwd`, `demo`) and the app.

Length alone let `12345678`, `aaaaaaaa` and `password` through. A passphrase guards a
vault that can be copied and attacked offline for as long as the attacker likes, so it
must also resist guessing: we ask zxcvbn (Dropbox's well-kept estimator, which knows the
most common passwords, names, words, keyboard patterns, repeats, sequences and dates)
and refuse anything it scores below MIN_SCORE. The refusal says why in a few words,
picked from zxcvbn's own view of the weakest part, and never repeats the passphrase.

No Qt here: the UI translates the reason with its own catalog.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from .errors import PassphraseTooShort, PassphraseTooWeak

MIN_PASSPHRASE = 8
# zxcvbn's score 3 means "safely unguessable: moderate protection from an offline
# slow-hash scenario" (at least 10^8 guesses). Argon2id slows every guess down further;
# score 2 (10^6 to 10^8 guesses) is within reach of one attacker with a few GPUs.
MIN_SCORE = 3
# zxcvbn 4.5 refuses longer inputs (its matching grows quickly with length). A
# passphrase whose first 72 characters are strong is at least as strong whole, so only
# that prefix is judged.
ZXCVBN_MAX_LENGTH = 72

# zxcvbn keeps the user inputs in a module-level dictionary it rewrites on every call;
# the app may judge a passphrase on the GUI thread while a worker creates a vault.
_ZXCVBN_LOCK = threading.Lock()


class WeakReason(StrEnum):
    """Why a passphrase is refused; the CLI and the UI each translate these."""

    COMMON = "common"  # one of the most used passwords (or a light variation of one)
    PATTERN = "pattern"  # repeats, sequences, keyboard rows, dates or years
    WORD = "word"  # a word or a name, on its own or nearly so
    PERSONAL = "personal"  # built on the person's own name
    GUESSABLE = "guessable"  # nothing in particular, just too little to guess


@dataclass(frozen=True)
class Assessment:
    """What the rule says about one passphrase. `score` is zxcvbn's 0 (weakest) to 4."""

    score: int
    too_short: bool
    reason: WeakReason | None

    @property
    def accepted(self) -> bool:
        return not self.too_short and self.reason is None


def _reason(match: Mapping[str, Any]) -> WeakReason:
    """The category of zxcvbn's weakest part, the one its own warning is about."""
    pattern = match.get("pattern")
    if pattern == "dictionary":
        name = match.get("dictionary_name")
        if name == "passwords":
            return WeakReason.COMMON
        if name == "user_inputs":
            return WeakReason.PERSONAL
        return WeakReason.WORD
    if pattern in ("spatial", "repeat", "sequence", "regex", "date"):
        return WeakReason.PATTERN
    return WeakReason.GUESSABLE


def _zxcvbn(passphrase: str, user_inputs: list[str]) -> dict[str, Any]:
    # Imported here: loading its word lists takes a moment that commands which never
    # set a passphrase should not pay.
    from zxcvbn import zxcvbn

    with _ZXCVBN_LOCK:
        result: dict[str, Any] = zxcvbn(passphrase[:ZXCVBN_MAX_LENGTH], user_inputs=user_inputs)
    return result


def assess(passphrase: str, user_inputs: Iterable[str] = ()) -> Assessment:
    """Judge a new passphrase; user_inputs are words it must not lean on (the person's name)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return Assessment(score=0, too_short=True, reason=None)
    words = [w for text in user_inputs for w in text.split() if w]
    result = _zxcvbn(passphrase, words)
    score = int(result["score"])
    if score >= MIN_SCORE:
        return Assessment(score=score, too_short=False, reason=None)
    sequence: list[Mapping[str, Any]] = list(result.get("sequence") or [])
    if not sequence:
        return Assessment(score=score, too_short=False, reason=WeakReason.GUESSABLE)
    # zxcvbn's feedback speaks of the longest match; so do we.
    longest = max(sequence, key=lambda m: len(str(m.get("token", ""))))
    return Assessment(score=score, too_short=False, reason=_reason(longest))


def check_passphrase(passphrase: str, user_inputs: Iterable[str] = ()) -> None:
    """Raise PassphraseTooShort or PassphraseTooWeak unless the passphrase may be set."""
    verdict = assess(passphrase, user_inputs)
    if verdict.too_short:
        raise PassphraseTooShort(str(MIN_PASSPHRASE))
    if verdict.reason is not None:
        raise PassphraseTooWeak(verdict.reason)

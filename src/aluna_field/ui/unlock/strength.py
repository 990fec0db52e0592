"""A rough passphrase strength estimate for the hint shown while creating a vault.

Not a guarantee, a nudge: it rewards length and several words, which is what makes a
passphrase both memorable and hard to guess. 0 means shorter than the services accept.
"""

from __future__ import annotations

import math

from ...services.vaults import MIN_PASSPHRASE

BITS_PER_WORD = 11  # a word picked from a couple of thousand


def _pool(text: str) -> int:
    pool = 0
    if any(c.islower() for c in text):
        pool += 26
    if any(c.isupper() for c in text):
        pool += 26
    if any(c.isdigit() for c in text):
        pool += 10
    if any(not c.isalnum() for c in text):
        pool += 33
    if any(ord(c) > 127 for c in text):
        pool += 20
    return max(pool, 1)


def _effective_length(text: str) -> int:
    # "aaaaaaaa" or "abababab" is not eight characters of strength.
    distinct = len(set(text))
    return min(len(text), distinct * 2)


def strength(passphrase: str) -> int:
    """0 (too short) to 4 (strong)."""
    if len(passphrase) < MIN_PASSPHRASE:
        return 0
    bits = _effective_length(passphrase) * math.log2(_pool(passphrase))
    words = [w for w in passphrase.split() if len(w) >= 3]
    if len(words) >= 3:
        bits = max(bits, len(words) * BITS_PER_WORD + 10)
    if bits < 40:
        return 1
    if bits < 55:
        return 2
    if bits < 70:
        return 3
    return 4

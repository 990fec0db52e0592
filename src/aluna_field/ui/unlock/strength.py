"""The strength level shown while a new passphrase is typed, from the services' rule.

The meter and the refusal come from the same place (services.passphrases), so the app
never calls "fair" a passphrase that creating the vault would then refuse.
0 means shorter than the services accept, 1 refused as too easy to guess, 3–4 accepted.
"""

from __future__ import annotations

from collections.abc import Iterable

from ...services.passphrases import assess


def strength(passphrase: str, user_inputs: Iterable[str] = ()) -> int:
    """0 (too short) to 4 (strong)."""
    verdict = assess(passphrase, user_inputs)
    if verdict.too_short:
        return 0
    if not verdict.accepted:
        return 1
    return verdict.score

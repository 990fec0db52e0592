"""File names on the relay: random, neutral, and telling a finished bundle from an upload.

A finished bundle is 40 random decimal digits (133 bits) and `.afb` (the extension of
bundles on a stick); an upload in progress is 40 random digits and `.tmp`. Readers take
only the first form, so a half-uploaded file is never mistaken for a bundle. Neither
form says who wrote the file or for whom; digits only, so no name can spell out even a
fragment of a label by chance (hex names contain "a1" one time in nine).
"""

from __future__ import annotations

import re
import secrets

FINAL_SUFFIX = ".afb"
TEMP_SUFFIX = ".tmp"
DIGITS = 40
_FINAL = re.compile(r"[0-9]{40}\.afb")
_TEMP = re.compile(r"[0-9]{40}\.tmp")


def _random_digits() -> str:
    return str(secrets.randbelow(10**DIGITS)).zfill(DIGITS)


def new_final() -> str:
    return _random_digits() + FINAL_SUFFIX


def new_temp() -> str:
    return _random_digits() + TEMP_SUFFIX


def is_final(name: str) -> bool:
    return _FINAL.fullmatch(name) is not None


def is_temp(name: str) -> bool:
    return _TEMP.fullmatch(name) is not None

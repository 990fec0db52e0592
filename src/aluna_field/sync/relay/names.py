"""File names on the relay: random, neutral, and telling a finished bundle from an upload.

A finished bundle is 32 random hex digits and `.afb` (the extension of bundles on a
stick); an upload in progress is 32 random hex digits and `.tmp`. Readers take only
the first form, so a half-uploaded file is never mistaken for a bundle. Neither form
says who wrote the file or for whom.
"""

from __future__ import annotations

import re
import secrets

FINAL_SUFFIX = ".afb"
TEMP_SUFFIX = ".tmp"
_FINAL = re.compile(r"[0-9a-f]{32}\.afb")
_TEMP = re.compile(r"[0-9a-f]{32}\.tmp")


def new_final() -> str:
    return secrets.token_hex(16) + FINAL_SUFFIX


def new_temp() -> str:
    return secrets.token_hex(16) + TEMP_SUFFIX


def is_final(name: str) -> bool:
    return _FINAL.fullmatch(name) is not None


def is_temp(name: str) -> bool:
    return _TEMP.fullmatch(name) is not None

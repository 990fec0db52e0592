"""The team card: a device's name, role and public keys as text that people exchange in person.

Text form (see docs/team.md):

    ALUNA-FIELD-CARD-1
    <base32 of the payload, in lines of 64 characters>
    CHECK-<8 base32 characters of SHA-256(payload)>

The payload is a 2-byte length, the canonical JSON of {"v", "name", "role", "team"},
then the 3,200 bytes of public keys (Ed25519, ML-DSA-65, ML-KEM-768, X25519). Base32
keeps to the QR code's alphanumeric alphabet. The post-quantum keys make a card about
5,300 characters, more than one QR code holds, so the app shows it as QR_PARTS codes,
each starting with `ALUNA-FIELD-CARD-1 i/n`; the parser takes a whole card or its
parts in any order. The checksum only catches typing and scanning mistakes: trust
comes from comparing the safety code aloud.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass

from ..store.canonical import canonical_bytes
from ..store.device import ROLES
from .errors import CardInvalid
from .identity import PublicIdentity

HEADER = "ALUNA-FIELD-CARD-1"
CHECK = "CHECK-"
LINE = 64
QR_PARTS = 3
MAX_CARD_CHARS = 12_000
KEY_BYTES = 32 + 1952 + 1184 + 32
_B32 = re.compile(r"[A-Z2-7]+")
_PART = re.compile(r"(\d)/(\d)")


@dataclass(frozen=True)
class Card:
    name: str
    role: str
    team: str | None
    keys: PublicIdentity

    @property
    def device_id(self) -> str:
        return self.keys.device_id


def _b32(data: bytes) -> str:
    return base64.b32encode(data).decode("ascii").rstrip("=")


def _unb32(text: str) -> bytes:
    return base64.b32decode(text + "=" * (-len(text) % 8))


def _check(payload: bytes) -> str:
    return _b32(hashlib.sha256(payload).digest()[:5])


def encode_card(card: Card) -> str:
    """The card as text (ends with a newline)."""
    meta = canonical_bytes({"v": 1, "name": card.name, "role": card.role, "team": card.team})
    payload = len(meta).to_bytes(2, "big") + meta + card.keys.key_bytes()
    body = _b32(payload)
    lines = [HEADER] + [body[i : i + LINE] for i in range(0, len(body), LINE)]
    lines.append(CHECK + _check(payload))
    return "\n".join(lines) + "\n"


def qr_parts(text: str) -> list[str]:
    """The card split for QR codes: QR_PARTS texts, each in the alphanumeric alphabet."""
    card = parse_card(text)
    tokens = encode_card(card).split()[1:]
    size = -(-len(tokens) // QR_PARTS)
    parts = [tokens[i : i + size] for i in range(0, len(tokens), size)]
    return [f"{HEADER} {i + 1}/{len(parts)} " + " ".join(p) for i, p in enumerate(parts)]


def _segments(text: str) -> list[str]:
    # A whole card is one segment; QR parts are several, each led by HEADER and "i/n".
    pieces = text.split(HEADER)
    if pieces[0].strip() or len(pieces) < 2:
        raise CardInvalid()
    segs = [p.split() for p in pieces[1:]]
    if len(segs) == 1 and not (segs[0] and _PART.fullmatch(segs[0][0])):
        return segs[0]
    numbered: dict[int, list[str]] = {}
    total = None
    for seg in segs:
        mark = _PART.fullmatch(seg[0]) if seg else None
        if mark is None:
            raise CardInvalid()
        i, n = int(mark.group(1)), int(mark.group(2))
        if total not in (None, n) or not 1 <= i <= n or i in numbered:
            raise CardInvalid()
        total = n
        numbered[i] = seg[1:]
    if len(numbered) != total:
        raise CardInvalid("card_incomplete")
    return [tok for i in sorted(numbered) for tok in numbered[i]]


def parse_card(text: str) -> Card:
    """Read a card's text (or its QR parts joined); CardInvalid on anything malformed."""
    if not isinstance(text, str) or len(text) > MAX_CARD_CHARS:
        raise CardInvalid()
    tokens = _segments(text.upper())
    if len(tokens) < 2 or not tokens[-1].startswith(CHECK):
        raise CardInvalid("card_incomplete")
    body = "".join(tokens[:-1])
    if not _B32.fullmatch(body):
        raise CardInvalid()
    try:
        payload = _unb32(body)
    except (binascii.Error, ValueError) as exc:
        raise CardInvalid() from exc
    if tokens[-1][len(CHECK) :] != _check(payload):
        raise CardInvalid("card_checksum")
    size = int.from_bytes(payload[:2], "big")
    meta_raw, keys = payload[2 : 2 + size], payload[2 + size :]
    if len(keys) != KEY_BYTES:
        raise CardInvalid()
    try:
        meta = json.loads(meta_raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        # RecursionError: JSON nested deeper than the interpreter recurses (found by
        # tests/evidence/test_fuzz_readers.py); the CHECK line does not stop it.
        raise CardInvalid() from exc
    if not isinstance(meta, dict) or set(meta) != {"v", "name", "role", "team"}:
        raise CardInvalid()
    name, role, team = meta["name"], meta["role"], meta["team"]
    if meta["v"] != 1 or not isinstance(name, str) or not 0 < len(name) <= 80:
        raise CardInvalid()
    if role not in ROLES or not (team is None or (isinstance(team, str) and len(team) <= 80)):
        raise CardInvalid()
    a, b, c = 32, 32 + 1952, 32 + 1952 + 1184
    pub = PublicIdentity(keys[:a], keys[a:b], keys[b:c], keys[c:])
    try:
        pub.hpke_public()  # refuses an ML-KEM key that is not a valid encoding
    except ValueError as exc:
        raise CardInvalid() from exc
    return Card(name, role, team, pub)

"""The key file: the vault's data key, wrapped by a passphrase slot and an optional recovery slot.

Each slot holds its KDF parameters, a nonce and the data key sealed with
ChaCha20-Poly1305. The slot's parameters are the AEAD's associated data, so editing
them (to weaken the KDF, say) makes the slot fail to open rather than silently change.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from .atomic import write_atomic
from .canonical import canonical_bytes
from .errors import KeyFileInvalid, KeyFileMissing

FORMAT = "aluna-field-keyfile"
VERSION = 1
DATA_KEY_BYTES = 32
_AAD_LABEL = "aluna-field key slot v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise KeyFileInvalid("key file field is not text")
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise KeyFileInvalid("key file field is not base64") from exc


@dataclass(frozen=True)
class Slot:
    """One way to unwrap the data key: `kind` is "passphrase" or "recovery"."""

    kind: str
    kdf: dict[str, Any]
    nonce: bytes
    wrapped: bytes

    def aad(self) -> bytes:
        return canonical_bytes({"label": _AAD_LABEL, "kind": self.kind, "kdf": self.kdf})

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": self.kdf,
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
        }

    @classmethod
    def from_json(cls, data: object) -> Slot:
        if not isinstance(data, dict) or not isinstance(data.get("kdf"), dict):
            raise KeyFileInvalid("malformed key slot")
        kind = data.get("kind")
        if kind not in ("passphrase", "recovery"):
            raise KeyFileInvalid("unknown key slot kind")
        return cls(str(kind), data["kdf"], _unb64(data.get("nonce")), _unb64(data.get("wrapped")))


def seal_slot(kind: str, kdf: dict[str, Any], kek: bytes, data_key: bytes) -> Slot:
    """Wrap data_key under kek in a new slot whose parameters are authenticated."""
    nonce = secrets.token_bytes(12)
    probe = Slot(kind, kdf, nonce, b"")
    wrapped = ChaCha20Poly1305(kek).encrypt(nonce, data_key, probe.aad())
    return Slot(kind, kdf, nonce, wrapped)


def open_slot(slot: Slot, kek: bytes) -> bytes | None:
    """The data key, or None if kek is not the slot's key (or the slot was altered)."""
    try:
        key = ChaCha20Poly1305(kek).decrypt(slot.nonce, slot.wrapped, slot.aad())
    except InvalidTag:
        return None
    return key if len(key) == DATA_KEY_BYTES else None


@dataclass(frozen=True)
class KeyFile:
    slots: tuple[Slot, ...]

    def slot(self, kind: str) -> Slot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, new: Slot) -> KeyFile:
        """A copy where new replaces any slot of the same kind."""
        return KeyFile((*(s for s in self.slots if s.kind != new.kind), new))

    def to_bytes(self) -> bytes:
        doc = {"format": FORMAT, "v": VERSION, "slots": [s.to_json() for s in self.slots]}
        return json.dumps(doc, indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyFile:
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise KeyFileInvalid("key file is not readable") from exc
        if not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("v") != VERSION:
            raise KeyFileInvalid("unknown key file format")
        slots = doc.get("slots")
        if not isinstance(slots, list) or not slots:
            raise KeyFileInvalid("key file has no slots")
        return cls(tuple(Slot.from_json(s) for s in slots))

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise KeyFileMissing("key file missing") from exc
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        write_atomic(path, self.to_bytes())

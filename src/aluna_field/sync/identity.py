"""Device identities: a hybrid signing key (Ed25519 + ML-DSA-65, both must verify) and an
HPKE encryption key (ML-KEM-768 + X25519).

The hybrid ML-KEM/X25519 key objects cannot be serialised, so the ML-KEM seed and the
X25519 key are kept apart and the HPKE key is rebuilt from them when needed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mldsa, mlkem, x25519

from ..store.canonical import canonical_bytes

ED_SIG = 64
MLDSA_SIG = 3309
SIGNATURE_BYTES = ED_SIG + MLDSA_SIG
SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def _digit_groups(data: bytes, groups: int) -> list[str]:
    # Like Signal's safety numbers: five bytes → one five-digit group.
    out = []
    for i in range(groups):
        chunk = data[i * 5 : (i + 1) * 5]
        out.append(f"{int.from_bytes(chunk, 'big') % 100000:05d}")
    return out


@dataclass(frozen=True)
class PublicIdentity:
    """What others know of a device: its id and public keys."""

    ed25519: bytes
    mldsa65: bytes
    mlkem768: bytes
    x25519: bytes

    @property
    def device_id(self) -> str:
        return hashlib.sha256(b"aluna-field device id\0" + self.ed25519 + self.mldsa65).hexdigest()[
            :32
        ]

    def key_bytes(self) -> bytes:
        return self.ed25519 + self.mldsa65 + self.mlkem768 + self.x25519

    def fingerprint_bytes(self) -> bytes:
        return hashlib.sha512(b"aluna-field fingerprint\0" + self.key_bytes()).digest()

    def fingerprint(self) -> str:
        """Thirty digits in six groups of five, derived from every public key."""
        return " ".join(_digit_groups(self.fingerprint_bytes(), 6))

    def verify(self, message: bytes, signature: bytes) -> bool:
        """True only when both the Ed25519 and the ML-DSA-65 signature verify."""
        if len(signature) != SIGNATURE_BYTES:
            return False
        try:
            ed25519.Ed25519PublicKey.from_public_bytes(self.ed25519).verify(
                signature[:ED_SIG], message
            )
            mldsa.MLDSA65PublicKey.from_public_bytes(self.mldsa65).verify(
                signature[ED_SIG:], message
            )
        except (InvalidSignature, ValueError):
            return False
        return True

    def hpke_public(self) -> hpke.MLKEM768X25519PublicKey:
        return hpke.MLKEM768X25519PublicKey(
            mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem768),
            x25519.X25519PublicKey.from_public_bytes(self.x25519),
        )

    def to_json(self) -> dict[str, str]:
        return {
            "ed25519": self.ed25519.hex(),
            "mldsa65": self.mldsa65.hex(),
            "mlkem768": self.mlkem768.hex(),
            "x25519": self.x25519.hex(),
        }

    @classmethod
    def from_json(cls, data: object) -> PublicIdentity:
        """Parse public keys; ValueError if any is missing, not hex or the wrong size."""
        if not isinstance(data, dict):
            raise ValueError("public keys must be an object")
        sizes = {"ed25519": 32, "mldsa65": 1952, "mlkem768": 1184, "x25519": 32}
        raw: dict[str, bytes] = {}
        for name, size in sizes.items():
            value = data.get(name)
            if not isinstance(value, str) or len(value) != 2 * size:
                raise ValueError("public key missing or of the wrong size")
            raw[name] = bytes.fromhex(value)
        return cls(**raw)


SAFETY_CONTEXT = b"aluna-field safety code v2\0"


def safety_digits(
    coordinator_fpr: bytes,
    coordinator_name: str,
    team: str | None,
    member_fpr: bytes,
    member_name: str,
) -> str:
    """The safety code from fingerprints and the names the cards show (see docs/team.md)."""
    doc = {
        "coordinator": {
            "fingerprint": coordinator_fpr.hex(),
            "name": coordinator_name,
            "team": team,
        },
        "member": {"fingerprint": member_fpr.hex(), "name": member_name},
    }
    digest = hashlib.sha512(SAFETY_CONTEXT + canonical_bytes(doc)).digest()
    return " ".join(_digit_groups(digest, 12))


def safety_code(
    coordinator: PublicIdentity,
    coordinator_name: str,
    team: str | None,
    member: PublicIdentity,
    member_name: str,
) -> str:
    """Sixty digits in twelve groups of five, the same on both sides of an enrolment.

    It covers both devices' keys and what their cards show people: the coordinator's
    name and team (what the joining device trusts) and the member's name (what goes on
    the roster). A card whose name or team was changed on its way gives the two sides
    different codes. The member's own role and team are not covered: `team add` takes
    the role from the coordinator, and the member's card team changes when it joins.
    """
    return safety_digits(
        coordinator.fingerprint_bytes(),
        coordinator_name,
        team,
        member.fingerprint_bytes(),
        member_name,
    )


class DeviceIdentity:
    """This device's private keys. Serialised only into the vault (encrypted at rest)."""

    def __init__(
        self,
        ed: ed25519.Ed25519PrivateKey,
        dsa: mldsa.MLDSA65PrivateKey,
        kem_seed: bytes,
        xk: x25519.X25519PrivateKey,
    ) -> None:
        self._ed = ed
        self._dsa = dsa
        self._kem_seed = kem_seed
        self._xk = xk
        kem = mlkem.MLKEM768PrivateKey.from_seed_bytes(kem_seed)
        self.public = PublicIdentity(
            ed.public_key().public_bytes_raw(),
            dsa.public_key().public_bytes_raw(),
            kem.public_key().public_bytes_raw(),
            xk.public_key().public_bytes_raw(),
        )

    @classmethod
    def generate(cls) -> DeviceIdentity:
        kem = mlkem.MLKEM768PrivateKey.generate()
        return cls(
            ed25519.Ed25519PrivateKey.generate(),
            mldsa.MLDSA65PrivateKey.generate(),
            kem.private_bytes_raw(),
            x25519.X25519PrivateKey.generate(),
        )

    @property
    def device_id(self) -> str:
        return self.public.device_id

    def sign(self, message: bytes) -> bytes:
        """Ed25519 signature followed by ML-DSA-65 signature over the same message."""
        return self._ed.sign(message) + self._dsa.sign(message)

    def hpke_private(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(
            mlkem.MLKEM768PrivateKey.from_seed_bytes(self._kem_seed), self._xk
        )

    def to_secret_bytes(self) -> bytes:
        doc: dict[str, Any] = {
            "v": 1,
            "ed25519": self._ed.private_bytes_raw().hex(),
            "mldsa65": self._dsa.private_bytes_raw().hex(),
            "mlkem768_seed": self._kem_seed.hex(),
            "x25519": self._xk.private_bytes_raw().hex(),
        }
        return json.dumps(doc).encode()

    @classmethod
    def from_secret_bytes(cls, raw: bytes) -> DeviceIdentity:
        doc = json.loads(raw)
        return cls(
            ed25519.Ed25519PrivateKey.from_private_bytes(bytes.fromhex(doc["ed25519"])),
            mldsa.MLDSA65PrivateKey.from_seed_bytes(bytes.fromhex(doc["mldsa65"])),
            bytes.fromhex(doc["mlkem768_seed"]),
            x25519.X25519PrivateKey.from_private_bytes(bytes.fromhex(doc["x25519"])),
        )

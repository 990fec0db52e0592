"""Argon2id key derivation for the passphrase slot of the key file, with calibration.

The floor (64 MiB, t=3) is the architecture's; calibration raises the iteration count
until one derivation takes about half a second on this machine. Cheaper parameters can
only be injected through the composition root (tests); the CLI and the app never take them.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import WeakKdfParameters

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
DEFAULT_LANES = 4
TARGET_SECONDS = 0.5
MAX_ITERATIONS = 24


@dataclass(frozen=True)
class Argon2Params:
    """Argon2id cost parameters as recorded in the key file."""

    memory_kib: int
    iterations: int
    lanes: int

    def meets_floor(self) -> bool:
        return self.memory_kib >= FLOOR_MEMORY_KIB and self.iterations >= FLOOR_ITERATIONS

    def to_json(self) -> dict[str, int | str]:
        return {"alg": "argon2id", "m": self.memory_kib, "t": self.iterations, "p": self.lanes}

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        m, t, p = data.get("m"), data.get("t"), data.get("p")
        if data.get("alg") != "argon2id" or not all(
            isinstance(x, int) and 0 < x < 2**32 for x in (m, t, p)
        ):
            raise ValueError("bad argon2 parameters")
        assert isinstance(m, int) and isinstance(t, int) and isinstance(p, int)
        return cls(memory_kib=m, iterations=t, lanes=p)


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    """A 32-byte key-encryption key from the passphrase (UTF-8) with Argon2id."""
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(passphrase.encode("utf-8"))


@dataclass(frozen=True)
class KdfPolicy:
    """How new passphrase slots choose their Argon2id cost.

    `fixed` is for tests only, passed through the composition root; production code
    builds `KdfPolicy()` which calibrates and enforces the floor.
    """

    fixed: Argon2Params | None = None
    allow_below_floor: bool = False
    target_seconds: float = TARGET_SECONDS

    def choose(self, timer: Callable[[], float] = time.perf_counter) -> Argon2Params:
        """Parameters for a new slot: fixed ones if given, else calibrated, never below floor."""
        if self.fixed is not None:
            if not self.fixed.meets_floor() and not self.allow_below_floor:
                raise WeakKdfParameters("Argon2id parameters below the floor")
            return self.fixed
        return calibrate(self.target_seconds, timer)


def calibrate(
    target_seconds: float, timer: Callable[[], float] = time.perf_counter
) -> Argon2Params:
    """Floor memory, iterations scaled so one derivation takes about target_seconds."""
    base = Argon2Params(FLOOR_MEMORY_KIB, FLOOR_ITERATIONS, DEFAULT_LANES)
    start = timer()
    derive("calibration", b"\x00" * 16, base)
    elapsed = max(timer() - start, 1e-3)
    scaled = math.ceil(FLOOR_ITERATIONS * target_seconds / elapsed)
    iterations = min(max(FLOOR_ITERATIONS, scaled), MAX_ITERATIONS)
    return Argon2Params(FLOOR_MEMORY_KIB, iterations, DEFAULT_LANES)

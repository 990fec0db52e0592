"""Argon2id key derivation for the passphrase slot of the key file, with calibration.

The floor (64 MiB, t=3) is the architecture's; calibration raises the iteration count
until one derivation takes about half a second on this machine. Cheaper parameters can
only be injected through the composition root (tests); the CLI and the app never take them.

A key file is read before anything is known about who wrote it, so the parameters it
records are bounded too: the ceilings below sit far above anything calibration can pick
(the floor's memory, at most MAX_ITERATIONS passes, DEFAULT_LANES lanes) and below what
would exhaust a field laptop, so an edited key file is refused as damaged instead of
ending in a MemoryError or an hour-long derivation.
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

# Accepted from a key file: 16x calibration's memory, ~10x its passes, 4x its lanes.
CEILING_MEMORY_KIB = 1024 * 1024  # 1 GiB
CEILING_ITERATIONS = 256
CEILING_LANES = 16
MIN_SALT_BYTES = 8  # Argon2's own minimum
MAX_SALT_BYTES = 64


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

    def within_ceiling(self) -> bool:
        return (
            self.memory_kib <= CEILING_MEMORY_KIB
            and self.iterations <= CEILING_ITERATIONS
            and self.lanes <= CEILING_LANES
        )

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Argon2Params:
        """Parameters read from a key file; ValueError for anything Argon2id cannot run
        or that lies above the ceilings (checked here, before any derivation)."""
        m, t, p = data.get("m"), data.get("t"), data.get("p")
        if data.get("alg") != "argon2id" or not all(
            isinstance(x, int) and not isinstance(x, bool) and x > 0 for x in (m, t, p)
        ):
            raise ValueError("bad argon2 parameters")
        assert isinstance(m, int) and isinstance(t, int) and isinstance(p, int)
        params = cls(memory_kib=m, iterations=t, lanes=p)
        if not params.within_ceiling():
            raise ValueError("argon2 parameters above the accepted ceiling")
        if m < 8 * p:
            raise ValueError("argon2 memory below 8 KiB per lane")
        return params


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

"""Atheris harness: importing a bundle into a real vault, from frames the fuzzer writes.

Two modes. SIGNED: the input is a list of frames (type, compress flag, body) that the
real BundleWriter seals for the coordinator and signs with the accompanier's keys, as a
team member's modified software could; every check up to committing is reachable.
RAW: the input is the plaintext itself (any frame heads, flags and lengths), sealed
without a valid signature, as anyone holding the coordinator's public card could; it
fuzzes the frame parser and everything that runs before the signature is checked.
The import must give an Outcome (never another exception), and a refused bundle must
leave the vault as it was.

Run through `make fuzz` or: python -m fuzz.fuzz_bundle -max_total_time=60 build/fuzz/corpus-bundle
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["aluna_field"]):
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    from aluna_field.services import exchange, intake
    from aluna_field.sync import bundle_format as bf
    from aluna_field.sync.bundle_format import PHASE, Frame
    from aluna_field.sync.bundle_stream import BundleReader, BundleWriter

    from .world import fuzz, make_world, vault_digest

SIGNED, RAW = 0, 1
HEAD = 5  # harness frame head: type (1), flags (1), length (3, big-endian)
WORLD = make_world()
INBOX = WORLD.root / "inbox"
INBOX.mkdir()


def _frames(data: bytes) -> list[tuple[int, int, bytes]]:
    out = []
    pos = 0
    while pos + HEAD <= len(data):
        ftype, flags = data[pos], data[pos + 1]
        length = int.from_bytes(data[pos + 2 : pos + HEAD], "big")
        out.append((ftype, flags, data[pos + HEAD : pos + HEAD + length]))
        pos += HEAD + length
    return out


def _signed(data: bytes) -> bytes:
    buf = io.BytesIO()
    writer = BundleWriter(buf, [WORLD.coordinator.identity.public], WORLD.member.identity)
    for ftype, flags, body in _frames(data):
        if ftype not in PHASE or ftype in (Frame.PADDING, Frame.SIGNATURE):
            continue
        try:
            writer.frame(ftype, body, compress=bool(flags & 1))
        except ValueError:
            continue  # out of order: the writer refuses, as the reader would
    writer.finish()
    return buf.getvalue()


def _raw(plaintext: bytes) -> bytes:
    key, nonce = os.urandom(bf.FILE_KEY_BYTES), os.urandom(bf.NONCE_BYTES)
    head = bf.prefix(1)
    body = head + bf.seal_stanza(key, WORLD.coordinator.identity.public, head) + nonce
    out = [body + bf.header_mac(key, body)]
    aead = ChaCha20Poly1305(bf.payload_key(key, nonce))
    pieces = [plaintext[i : i + bf.CHUNK] for i in range(0, len(plaintext), bf.CHUNK)] or [b""]
    for n, piece in enumerate(pieces):
        out.append(bf.seal_chunk(aead, n, piece, n == len(pieces) - 1))
    return b"".join(out)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 2, data[1:]
    bundle = _signed(rest) if mode == SIGNED else _raw(rest)
    path = INBOX / "fuzzed.afb"
    path.write_bytes(bundle)
    session = WORLD.coordinator
    before = vault_digest(session)
    [outcome] = intake.import_paths(session, [path]).outcomes
    if outcome.status not in ("imported", "already", "refused"):
        raise AssertionError(f"unexpected outcome {outcome.status}")
    if outcome.status != "imported" and vault_digest(session) != before:
        raise AssertionError(f"a bundle that was {outcome.status} changed the vault")


def seeds() -> list[bytes]:
    """The frames of a real bundle from the accompanier, in the harness's format."""
    [written] = exchange.export(WORLD.member, WORLD.root / "seed")
    path: Path = written.path
    frames = []
    with open(path, "rb") as fh:
        reader = BundleReader(fh, path.stat().st_size)
        reader.open(WORLD.coordinator.identity.hpke_private())
        for ftype, body in reader.frames(lambda: WORLD.member.identity.public):
            flags = 1 if ftype in (Frame.ROSTER, Frame.OPS, Frame.ACKS) else 0
            frames.append(bytes([ftype, flags]) + len(body).to_bytes(3, "big") + body)
    plain = b"".join(bf.frame_head(f[0], 0, len(f) - HEAD) + f[HEAD:] for f in frames)
    return [bytes([SIGNED]) + b"".join(frames), bytes([RAW]) + plain]


if __name__ == "__main__":
    fuzz(test_one_input, seeds)

"""Bundle format v1: constants, key schedule, outer header, chunk and frame encoding.

This module is the code twin of docs/bundle-format.md; the test vectors there run
against these functions. No I/O here: see bundle_stream for reading and writing files.
"""

from __future__ import annotations

import hashlib
import hmac
import struct
import zlib
from dataclasses import dataclass

from cryptography.hazmat.primitives import hashes, hpke
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import BundleRefused
from .identity import SUITE, PublicIdentity

MAGIC = b"ALUNA-FB"
VERSION = 1
SUITE_ID = 1  # HPKE MLKEM768-X25519 / HKDF-SHA256 / ChaCha20-Poly1305, stream ChaCha20-Poly1305
PREFIX_BYTES = len(MAGIC) + 4
STANZA_BYTES = 1120 + 32 + 16
NONCE_BYTES = 16
MAC_BYTES = 32
FILE_KEY_BYTES = 32
MAX_RECIPIENTS = 64
CHUNK = 64 * 1024
TAG = 16
FRAME_HEAD = 6
MAX_FRAME = 16 * 1024 * 1024
MAX_INFLATED = 16 * 1024 * 1024
MIN_PLAINTEXT = 16 * 1024
FLAG_ZLIB = 0x01

# The inner header and the roster frames are read before the sender can be authenticated:
# the sender's keys come from the roster, and the signature is the last frame. Anyone who
# holds a member's public card can write them, so they get limits far below MAX_FRAME,
# on the body as stored, as inflated, and on its JSON structure (each "[", "{", "," or ":"
# may become a Python object of ~64 bytes: 16 MiB of "[[],[]…" would be ~350 MB).
# Header: 7 fields and up to 64 fingerprints of 128 hex, about 8.6 KB.
MAX_HEADER_FRAME = 16 * 1024
MAX_HEADER_TOKENS = 512
# Roster: export writes 100 entries a frame; an entry is ~13.6 KB and 33 tokens, at most
# ~18 KB and 258 tokens (64 heads in prev, a name and a team name of 80 commas).
ROSTER_FRAME_ENTRIES = 128
MAX_ROSTER_FRAME = ROSTER_FRAME_ENTRIES * 18 * 1024
MAX_ROSTER_TOKENS = ROSTER_FRAME_ENTRIES * 320
_TOKENS = (b"[", b"{", b",", b":")

STANZA_INFO = b"aluna-field bundle v1 stanza\0"
MAC_INFO = b"aluna-field bundle v1 header mac"
PAYLOAD_INFO = b"aluna-field bundle v1 payload"
TRANSCRIPT_CONTEXT = b"aluna-field bundle v1 transcript\0"
SIGNATURE_CONTEXT = b"aluna-field bundle v1 signature\0"


class Frame:
    """Frame types, in the order they must appear."""

    HEADER = 0x01
    ROSTER = 0x02
    CHANGESET = 0x03
    OPS = 0x04
    ATTACHMENT = 0x05
    ATTACHMENT_DATA = 0x06
    ACKS = 0x07
    PADDING = 0x08
    SIGNATURE = 0x09


# Phase of each frame type: a bundle's frames never go back to an earlier phase.
PHASE = {
    Frame.HEADER: 0,
    Frame.ROSTER: 1,
    Frame.CHANGESET: 2,
    Frame.OPS: 2,
    Frame.ATTACHMENT: 3,
    Frame.ATTACHMENT_DATA: 3,
    Frame.ACKS: 4,
    Frame.PADDING: 5,
    Frame.SIGNATURE: 6,
}


def refused(key: str) -> BundleRefused:
    return BundleRefused(key)


def _hkdf(ikm: bytes, salt: bytes | None, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(ikm)


def mac_key(file_key: bytes) -> bytes:
    return _hkdf(file_key, None, MAC_INFO)


def payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return _hkdf(file_key, nonce, PAYLOAD_INFO)


def prefix(count: int, version: int = VERSION, suite: int = SUITE_ID) -> bytes:
    return MAGIC + struct.pack(">BBH", version, suite, count)


def header_mac(file_key: bytes, header_without_mac: bytes) -> bytes:
    return hmac.new(mac_key(file_key), header_without_mac, hashlib.sha256).digest()


def seal_stanza(file_key: bytes, recipient: PublicIdentity, head: bytes) -> bytes:
    """One recipient's stanza: the file key sealed with HPKE base mode, bound to head."""
    stanza = SUITE.encrypt(file_key, recipient.hpke_public(), info=STANZA_INFO + head)
    if len(stanza) != STANZA_BYTES:
        raise ValueError("unexpected HPKE output size")
    return stanza


def open_stanza(stanza: bytes, private: hpke.MLKEM768X25519PrivateKey, head: bytes) -> bytes | None:
    """The file key if this stanza was sealed for private's owner, else None."""
    try:
        key = SUITE.decrypt(stanza, private, info=STANZA_INFO + head)
    except Exception:  # cryptography raises several types for a stanza not ours
        return None
    return key if len(key) == FILE_KEY_BYTES else None


@dataclass(frozen=True)
class OuterHeader:
    count: int
    stanzas: list[bytes]
    nonce: bytes
    mac: bytes
    raw: bytes

    def signed_part(self) -> bytes:
        return self.raw[:-MAC_BYTES]


def parse_prefix(data: bytes) -> int:
    """Check magic, version and suite; the number of stanzas. Refuses before any key work."""
    if len(data) < PREFIX_BYTES or data[: len(MAGIC)] != MAGIC:
        raise refused("bundle_not_a_bundle")
    version, suite, count = struct.unpack(">BBH", data[len(MAGIC) : PREFIX_BYTES])
    if version != VERSION:
        raise refused("bundle_unknown_version")
    if suite != SUITE_ID:
        raise refused("bundle_unknown_suite")
    if not 1 <= count <= MAX_RECIPIENTS:
        raise refused("bundle_too_many_recipients")
    return int(count)


def header_size(count: int) -> int:
    return PREFIX_BYTES + count * STANZA_BYTES + NONCE_BYTES + MAC_BYTES


def chunk_nonce(counter: int, last: bool) -> bytes:
    return counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def seal_chunk(aead: ChaCha20Poly1305, counter: int, plain: bytes, last: bool) -> bytes:
    return aead.encrypt(chunk_nonce(counter, last), plain, None)


def frame_head(ftype: int, flags: int, length: int) -> bytes:
    return struct.pack(">BBI", ftype, flags, length)


def frame_limit(ftype: int) -> int:
    """The largest body of a frame of ftype, as stored and as inflated."""
    if ftype == Frame.HEADER:
        return MAX_HEADER_FRAME
    if ftype == Frame.ROSTER:
        return MAX_ROSTER_FRAME
    return MAX_FRAME


def parse_frame_head(head: bytes) -> tuple[int, int, int]:
    ftype, flags, length = struct.unpack(">BBI", head)
    if ftype not in PHASE or flags & ~FLAG_ZLIB:
        raise refused("bundle_malformed")
    if length > frame_limit(ftype):
        raise refused("bundle_frame_too_large")
    return int(ftype), int(flags), int(length)


def check_structure(ftype: int, body: bytes) -> None:
    """Refuse a header or roster frame with more JSON structure than it can need, before
    it is parsed (a count of bytes, so brackets inside strings count too: that only
    errs towards refusing, and names are at most 80 characters)."""
    if ftype == Frame.HEADER:
        top = MAX_HEADER_TOKENS
    elif ftype == Frame.ROSTER:
        top = MAX_ROSTER_TOKENS
    else:
        return
    if sum(body.count(t) for t in _TOKENS) > top:
        raise refused("bundle_frame_too_large")


def inflate(body: bytes, limit: int = MAX_INFLATED) -> bytes:
    """Decompress a frame body, refusing past limit bytes (a compression bomb)."""
    d = zlib.decompressobj()
    try:
        out = d.decompress(body, limit)
    except zlib.error as exc:
        raise refused("bundle_malformed") from exc
    if d.unconsumed_tail:
        raise refused("bundle_inflates_too_much")
    if not d.eof or d.unused_data:
        raise refused("bundle_malformed")
    return out


def padme(length: int) -> int:
    """The Padmé size class of length: at most 12% larger, leaking O(log log n) bits."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    low_bits = exponent - exponent.bit_length()
    mask = (1 << low_bits) - 1
    return (length + mask) & ~mask


def padded_size(length: int) -> int:
    return padme(max(length, MIN_PLAINTEXT))


def padding_bodies(room: int) -> list[int]:
    """Body sizes of the padding frames filling `room` bytes (frame heads included).

    One frame unless the padding exceeds MAX_FRAME (bundles of a gigabyte or more);
    then several of nearly equal size.
    """
    count = -(-room // (FRAME_HEAD + MAX_FRAME))
    body = room - count * FRAME_HEAD
    if count < 1 or body < 0:
        raise ValueError("no room for the padding frame")
    return [body // count + (1 if i < body % count else 0) for i in range(count)]


def transcript_start(header_raw: bytes) -> hashlib._Hash:
    t = hashlib.sha512(TRANSCRIPT_CONTEXT)
    t.update(hashlib.sha256(header_raw).digest())
    return t


def signature_message(transcript_digest: bytes) -> bytes:
    return SIGNATURE_CONTEXT + transcript_digest

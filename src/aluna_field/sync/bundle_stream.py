"""Writing and reading bundle files as streams: memory stays bounded by one frame.

Frames read before the sender can be authenticated (inner header, roster) are held to
the much smaller limits of bundle_format.frame_limit and check_structure.

The writer seals the header, then frames go through a 64 KiB chunk buffer; `finish`
pads to the size class and signs. The reader finds its stanza by trial decryption,
checks the header MAC, then yields frames; the signature frame is checked against
the transcript, and nothing may follow it.
"""

from __future__ import annotations

import hmac
import os
import zlib
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from . import bundle_format as bf
from .bundle_format import Frame, refused
from .identity import SIGNATURE_BYTES, DeviceIdentity, PublicIdentity

COMPRESS_LEVEL = 1
# zlib releases the GIL: frames are compressed on other cores while the next one is read
# from the vault. At most PIPELINE frames wait, so memory stays bounded by frame size.
COMPRESS_THREADS = 2
PIPELINE = 4


def _deflate(body: bytes) -> bytes:
    # A compress object, not zlib.compress: in Python 3.11 only the former lets go of the
    # GIL, which is what lets frames compress in parallel.
    z = zlib.compressobj(COMPRESS_LEVEL)
    return z.compress(body) + z.flush()


class BundleWriter:
    """Writes one bundle to `out`. Call `frame` in phase order, then `finish` once."""

    def __init__(
        self,
        out: BinaryIO,
        recipients: list[PublicIdentity],
        signer: DeviceIdentity,
        *,
        file_key: bytes | None = None,
        nonce: bytes | None = None,
    ) -> None:
        if not 1 <= len(recipients) <= bf.MAX_RECIPIENTS:
            raise ValueError("a bundle has 1 to 64 recipients")
        self._out = out
        self._signer = signer
        key = file_key or os.urandom(bf.FILE_KEY_BYTES)
        iv = nonce or os.urandom(bf.NONCE_BYTES)
        head = bf.prefix(len(recipients))
        body = head + b"".join(bf.seal_stanza(key, r, head) for r in recipients) + iv
        raw = body + bf.header_mac(key, body)
        out.write(raw)
        self._aead = ChaCha20Poly1305(bf.payload_key(key, iv))
        self._transcript = bf.transcript_start(raw)
        self._buf = bytearray()
        self._counter = 0
        self.plaintext_bytes = 0
        self._phase = 0
        self._pool: ThreadPoolExecutor | None = None
        self._waiting: deque[tuple[int, int, bytes | Future[bytes]]] = deque()

    def frame(self, ftype: int, body: bytes, compress: bool = False) -> Future[bytes] | None:
        """Append one frame; compress with zlib when asked (JSON frames). Returns the
        compression job, whose result is the frame's body as written."""
        self._in_order(ftype)
        if not compress:
            self._queue((ftype, 0, body))
            return None
        if self._pool is None:
            self._pool = ThreadPoolExecutor(COMPRESS_THREADS)
        job = self._pool.submit(_deflate, body)
        self._queue((ftype, bf.FLAG_ZLIB, job))
        return job

    def frame_deflated(self, ftype: int, deflated: bytes) -> None:
        """Append a frame whose body this writer deflated before (a stored ops frame)."""
        self._in_order(ftype)
        self._queue((ftype, bf.FLAG_ZLIB, deflated))

    def _in_order(self, ftype: int) -> None:
        if bf.PHASE[ftype] < self._phase or ftype in (Frame.PADDING, Frame.SIGNATURE):
            raise ValueError("frame out of order")
        self._phase = bf.PHASE[ftype]

    def _queue(self, item: tuple[int, int, bytes | Future[bytes]]) -> None:
        self._waiting.append(item)
        while len(self._waiting) > PIPELINE:
            self._settle_one()

    def _settle_one(self) -> None:
        ftype, flags, item = self._waiting.popleft()
        body = item if isinstance(item, bytes) else item.result()
        self._emit(ftype, flags, body, sign=True)

    def close(self) -> None:
        """Stop the compression threads (finish calls it; call it when giving up)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _emit(self, ftype: int, flags: int, body: bytes, sign: bool) -> None:
        if len(body) > bf.MAX_FRAME:
            raise ValueError("frame too large")
        head = bf.frame_head(ftype, flags, len(body))
        if sign:
            self._transcript.update(head)
            self._transcript.update(body)
        self._buf += head
        self._buf += body
        self.plaintext_bytes += len(head) + len(body)
        self._flush(final=False)

    def _flush(self, final: bool) -> None:
        # Keep at least one byte back until finish: the last chunk is never empty.
        view = memoryview(self._buf)
        start = 0
        while len(self._buf) - start > bf.CHUNK:
            piece = bytes(view[start : start + bf.CHUNK])
            self._out.write(bf.seal_chunk(self._aead, self._counter, piece, False))
            self._counter += 1
            start += bf.CHUNK
        if final:
            piece = bytes(view[start:])
            self._out.write(bf.seal_chunk(self._aead, self._counter, piece, True))
            start = len(self._buf)
        view.release()
        del self._buf[:start]

    def finish(self) -> int:
        """Pad to the size class, sign, write the last chunk; returns the plaintext size."""
        while self._waiting:
            self._settle_one()
        self.close()
        tail = bf.FRAME_HEAD + SIGNATURE_BYTES
        total = bf.padded_size(self.plaintext_bytes + bf.FRAME_HEAD + tail)
        for size in bf.padding_bodies(total - self.plaintext_bytes - tail):
            self._emit(Frame.PADDING, 0, bytes(size), sign=True)
        signature = self._signer.sign(bf.signature_message(self._transcript.digest()))
        self._emit(Frame.SIGNATURE, 0, signature, sign=False)
        self._flush(final=True)
        return total


class BundleReader:
    """Reads one bundle from `src` for the holder of `private` (see `open`)."""

    def __init__(self, src: BinaryIO, file_size: int) -> None:
        self._src = src
        self._size = file_size
        self._aead: ChaCha20Poly1305 | None = None
        self._counter = 0
        self._done = False
        self._buf = bytearray()
        self._pos = 0
        self.header_raw = b""
        self.recipient_count = 0
        self.signer: PublicIdentity | None = None
        self.verified = False

    def open(self, private: object) -> None:
        """Parse the header, find this device's stanza, check the MAC. BundleRefused else."""
        head = self._src.read(bf.PREFIX_BYTES)
        if not head:
            raise refused("bundle_empty")
        count = bf.parse_prefix(head)
        size = bf.header_size(count)
        if self._size < size + bf.TAG + 1:
            raise refused("bundle_truncated")
        rest = self._src.read(size - bf.PREFIX_BYTES)
        raw = head + rest
        stanzas = [
            raw[bf.PREFIX_BYTES + i * bf.STANZA_BYTES : bf.PREFIX_BYTES + (i + 1) * bf.STANZA_BYTES]
            for i in range(count)
        ]
        file_key = None
        for stanza in stanzas:
            file_key = bf.open_stanza(stanza, private, head)  # type: ignore[arg-type]
            if file_key is not None:
                break
        if file_key is None:
            raise refused("bundle_not_for_us")
        body, mac = raw[: -bf.MAC_BYTES], raw[-bf.MAC_BYTES :]
        if not hmac.compare_digest(bf.header_mac(file_key, body), mac):
            raise refused("bundle_tampered")
        nonce = body[-bf.NONCE_BYTES :]
        self._aead = ChaCha20Poly1305(bf.payload_key(file_key, nonce))
        self.header_raw = raw
        self.recipient_count = count
        self._transcript = bf.transcript_start(raw)

    def _next_chunk(self) -> bool:
        if self._done or self._aead is None:
            return False
        sealed = self._src.read(bf.CHUNK + bf.TAG)
        if len(sealed) <= bf.TAG:
            raise refused("bundle_truncated")
        last = self._src.read(1) == b""
        if not last:
            self._src.seek(-1, os.SEEK_CUR)
        try:
            plain = self._aead.decrypt(bf.chunk_nonce(self._counter, last), sealed, None)
        except InvalidTag as exc:
            raise refused("bundle_tampered") from exc
        if not last and len(plain) != bf.CHUNK:
            raise refused("bundle_tampered")
        self._counter += 1
        self._done = last
        if self._pos:
            del self._buf[: self._pos]
            self._pos = 0
        self._buf += plain
        return True

    def _read(self, n: int) -> bytes:
        while len(self._buf) - self._pos < n:
            if not self._next_chunk():
                raise refused("bundle_truncated")
        # Through a memoryview: slicing the bytearray itself would copy the frame twice.
        with memoryview(self._buf) as view:
            out = bytes(view[self._pos : self._pos + n])
        self._pos += n
        return out

    def frames(self, signer_of: Callable[[], PublicIdentity | None]) -> Iterator[tuple[int, bytes]]:
        """Yield (type, body) in order, bodies inflated. The signature frame is checked
        with `signer_of()` (the sender's keys, known once the header was handled) and
        is not yielded; the iteration ends only when the bundle verified whole."""
        phase = -1
        seen_padding = False
        while True:
            ftype, flags, length = bf.parse_frame_head(self._read(bf.FRAME_HEAD))
            head = bf.frame_head(ftype, flags, length)
            body = self._read(length)
            p = bf.PHASE[ftype]
            if p < phase or (phase < 0 and ftype != Frame.HEADER):
                raise refused("bundle_malformed")
            if ftype == Frame.HEADER and phase >= 0:
                raise refused("bundle_malformed")
            phase = p
            if ftype == Frame.SIGNATURE:
                self._check_signature(body, seen_padding, signer_of())
                return
            self._transcript.update(head)
            self._transcript.update(body)
            if ftype == Frame.PADDING:
                seen_padding = True
                continue
            if flags & bf.FLAG_ZLIB:
                body = bf.inflate(body, bf.frame_limit(ftype))
            bf.check_structure(ftype, body)
            yield ftype, body

    def _check_signature(
        self, signature: bytes, seen_padding: bool, signer: PublicIdentity | None
    ) -> None:
        if not seen_padding or len(signature) != SIGNATURE_BYTES or signer is None:
            raise refused("bundle_malformed")
        if self._pos != len(self._buf) or not self._done:
            raise refused("bundle_tampered")
        if not signer.verify(bf.signature_message(self._transcript.digest()), signature):
            raise refused("bundle_bad_signature")
        self.verified = True

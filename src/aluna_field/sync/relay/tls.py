"""TLS for the relay: the system's certificate checks, or a pinned certificate.

A pin is the SHA-256 of the server certificate (DER). With a pin the certificate must
be exactly that one, compared in constant time; the chain of trust and the host name
are then not asked for, because a self-hosted server's certificate is usually
self-signed and the pin is a stronger statement than any authority's signature.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import ssl

from .errors import RelayConfig, RelayTls

_HEX = re.compile(r"[0-9a-f]{64}")


def parse_pin(text: str) -> bytes:
    """The 32-byte fingerprint in text (hex, colons and spaces allowed, or the whole line
    `openssl x509 -fingerprint -sha256` prints); RelayConfig else."""
    cleaned = re.sub(r"[\s:]", "", text.rsplit("=", 1)[-1]).lower()
    if not _HEX.fullmatch(cleaned):
        raise RelayConfig("relay_pin_invalid")
    return bytes.fromhex(cleaned)


def pin_text(pin: bytes) -> str:
    """The fingerprint as openssl prints it: upper-case hex pairs joined by colons."""
    return ":".join(f"{b:02X}" for b in pin)


def client_context(pinned: bool) -> ssl.SSLContext:
    """The client context: full checks, or (pinned) the certificate compared afterwards."""
    if not pinned:
        ctx = ssl.create_default_context()
    else:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    return ctx


def check_pin(sock: ssl.SSLSocket, pin: bytes) -> None:
    """Refuse (RelayTls) unless the peer's certificate hashes to pin."""
    der = sock.getpeercert(binary_form=True)
    seen = hashlib.sha256(der or b"").digest()
    if not der or not hmac.compare_digest(seen, pin):
        raise RelayTls("relay_pin_mismatch")

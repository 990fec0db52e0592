"""TLS: certificate checks stay on; a pinned certificate admits a self-hosted server."""

from __future__ import annotations

import datetime
import hashlib
import ipaddress
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from davserver import PASSWORD, USER, DavServer
from relaykit import FAST

from aluna_field.domain.failures import Failure
from aluna_field.sync.relay import names
from aluna_field.sync.relay.errors import RelayConfig, RelayTls
from aluna_field.sync.relay.target import parse_target
from aluna_field.sync.relay.tls import parse_pin, pin_text
from aluna_field.sync.relay.webdav import WebDavClient


def _self_signed(folder: Path) -> tuple[Path, Path, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "relevo-propio.invalid")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=30))
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    pin = hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).digest()
    return cert_path, key_path, pin


@pytest.fixture
def tls_dav(tmp_path: Path) -> Iterator[tuple[DavServer, bytes]]:
    cert, key, pin = _self_signed(tmp_path)
    server = DavServer(tmp_path / "dav-tls", tls=(cert, key))
    yield server, pin
    server.stop()


def test_self_signed_certificate_is_refused_without_a_pin(
    tls_dav: tuple[DavServer, bytes],
) -> None:
    server, _ = tls_dav
    with WebDavClient(parse_target(server.url(), USER, PASSWORD), FAST) as client:
        with pytest.raises(RelayTls) as info:
            client.list()
    assert info.value.key == "relay_tls_untrusted" and info.value.failure == Failure.RELAY_TLS
    assert server.switches.requests == []  # no request, so no password, ever left


def test_pinned_certificate_works_and_a_wrong_pin_is_refused(
    tls_dav: tuple[DavServer, bytes], tmp_path: Path
) -> None:
    server, pin = tls_dav
    as_openssl_prints_it = "SHA256 Fingerprint=" + pin_text(pin)
    target = parse_target(server.url(), USER, PASSWORD, parse_pin(as_openssl_prints_it))
    src = tmp_path / "b.bin"
    src.write_bytes(b"x" * 70_000)
    with WebDavClient(target, FAST) as client:
        client.list()
        final = names.new_final()
        client.upload(src, final)
        assert [f.name for f in client.list()] == [final]
    seen = len(server.switches.requests)
    wrong = parse_target(server.url(), USER, PASSWORD, hashlib.sha256(b"otro").digest())
    with WebDavClient(wrong, FAST) as client:
        with pytest.raises(RelayTls) as info:
            client.list()
    assert info.value.key == "relay_pin_mismatch" and info.value.failure == Failure.RELAY_TLS
    assert len(server.switches.requests) == seen


@pytest.mark.parametrize("text", ["", "abc", "g" * 64, "sha256:" + "0" * 63])
def test_malformed_pins_are_refused(text: str) -> None:
    with pytest.raises(RelayConfig):
        parse_pin(text)

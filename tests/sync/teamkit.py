"""Helpers for sync tests: teams of real vaults, exchanges through folders, vault digests,
and the tools an attacker who holds a recipient's key would use to re-seal a bundle."""

from __future__ import annotations

import hashlib
import io
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from aluna_field.services import exchange, intake, team
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.store.canonical import canonical_bytes, digest
from aluna_field.store.oplog import ChangeSet, changeset_payload
from aluna_field.store.ops import Op
from aluna_field.sync import bundle_content as content
from aluna_field.sync import bundle_format as bf
from aluna_field.sync import team_store
from aluna_field.sync.bundle_format import Frame
from aluna_field.sync.bundle_stream import BundleWriter
from aluna_field.sync.export import ROSTER_PER_FRAME
from aluna_field.sync.identity import DeviceIdentity, PublicIdentity
from support import PASSPHRASE, FakeClock, make_ctx


@dataclass
class Team:
    c: Session
    a1: Session
    a2: Session
    root: Path

    def close(self) -> None:
        for s in (self.c, self.a1, self.a2):
            s.close()


def new_session(
    root: Path, name: str, role: str, clock: FakeClock, team_name: str | None = None
) -> Session:
    ctx = make_ctx(root / f"vault-{name}", clock)
    return create_vault(ctx, PASSPHRASE, name, role, team_name)


def enrol(coordinator: Session, member: Session, role: str = "accompanier") -> str:
    """Join in person: the member trusts the coordinator's card, the coordinator adds the member."""
    joined = team.join(member, team.my_card(coordinator))
    added = team.add(coordinator, team.my_card(member), role)
    assert joined.safety_code == added.safety_code
    return added.safety_code


def make_team(root: Path, clock: FakeClock) -> Team:
    c = new_session(root, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
    a1 = new_session(root, "Persona A1", "accompanier", clock)
    a2 = new_session(root, "Persona A2", "accompanier", clock)
    enrol(c, a1)
    enrol(c, a2)
    return Team(c, a1, a2, root)


_folders = iter(range(10**6))


def send(
    sender: Session, receivers: list[Session], root: Path, for_devices: list[str] | None = None
) -> list[Path]:
    """Export from sender into a fresh folder and import it on every receiver."""
    folder = root / f"usb-{next(_folders)}"
    written = exchange.export(sender, folder, for_devices)
    for r in receivers:
        outcomes = intake.import_paths(r, [folder]).outcomes
        assert all(o.status != "refused" for o in outcomes), [o.reason for o in outcomes]
    return [w.path for w in written]


def vault_digest(session: Session) -> str:
    """SHA-256 over every row of every table: equal digests mean an unchanged vault."""
    conn = session.conn
    h = hashlib.sha256()
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " ORDER BY name"
        )
    ]
    for name in names:
        h.update(name.encode())
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        for row in sorted(repr(tuple(row)) for row in rows):
            h.update(row.encode())
    return h.hexdigest()


SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio Ceiba", "region": "Guerrero"}


def note(subject_id: str, text: str) -> dict[str, object]:
    return {
        "subject_ids": [subject_id],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": text,
        "urgency": "high",
    }


# -- an attacker holding a recipient's key ---------------------------------------------
@dataclass
class Opened:
    header: bytes
    file_key: bytes
    plaintext: bytes
    chunks: list[bytes]


def open_bundle(data: bytes, me: DeviceIdentity) -> Opened:
    """Decrypt a whole bundle in memory with a recipient's key (test tool, no checks)."""
    count = bf.parse_prefix(data[: bf.PREFIX_BYTES])
    size = bf.header_size(count)
    head = data[: bf.PREFIX_BYTES]
    key = None
    for i in range(count):
        start = bf.PREFIX_BYTES + i * bf.STANZA_BYTES
        key = key or bf.open_stanza(data[start : start + bf.STANZA_BYTES], me.hpke_private(), head)
    assert key is not None
    nonce = data[size - bf.MAC_BYTES - bf.NONCE_BYTES : size - bf.MAC_BYTES]
    aead = ChaCha20Poly1305(bf.payload_key(key, nonce))
    body = data[size:]
    step = bf.CHUNK + bf.TAG
    chunks = [body[i : i + step] for i in range(0, len(body), step)]
    plain = b"".join(
        aead.decrypt(bf.chunk_nonce(n, n == len(chunks) - 1), c, None) for n, c in enumerate(chunks)
    )
    return Opened(data[:size], key, plain, chunks)


def seal(plaintext: bytes, recipients: list[PublicIdentity]) -> bytes:
    """Encrypt plaintext frames as a bundle for recipients, as any key holder could."""
    key, nonce = os.urandom(32), os.urandom(16)
    head = bf.prefix(len(recipients))
    body = head + b"".join(bf.seal_stanza(key, r, head) for r in recipients) + nonce
    out = [body + bf.header_mac(key, body)]
    aead = ChaCha20Poly1305(bf.payload_key(key, nonce))
    pieces = [plaintext[i : i + bf.CHUNK] for i in range(0, len(plaintext), bf.CHUNK)]
    for n, piece in enumerate(pieces):
        out.append(bf.seal_chunk(aead, n, piece, n == len(pieces) - 1))
    return b"".join(out)


def split_frames(plaintext: bytes) -> list[tuple[int, int, bytes]]:
    """The frames of a plaintext as (type, flags, body)."""
    out = []
    pos = 0
    while pos < len(plaintext):
        ftype, flags, length = bf.parse_frame_head(plaintext[pos : pos + bf.FRAME_HEAD])
        pos += bf.FRAME_HEAD
        out.append((ftype, flags, plaintext[pos : pos + length]))
        pos += length
    return out


def join_frames(frames: list[tuple[int, int, bytes]]) -> bytes:
    return b"".join(bf.frame_head(t, f, len(b)) + b for t, f, b in frames)


def craft(
    sender: Session,
    recipients: list[PublicIdentity],
    frames: list[tuple[int, bytes, bool]],
    seq: int = 99,
) -> bytes:
    """A bundle that sender's own keys sign, with the frames given after the roster:
    what a team member's modified software could write."""
    buf = io.BytesIO()
    writer = BundleWriter(buf, recipients, sender.identity)
    fprs = [r.fingerprint_bytes().hex() for r in recipients]
    state = team_store.load_state(sender.conn)
    header = content.inner_header(
        sender.identity.device_id, state.head_hash, seq, secrets.token_hex(16), fprs, 1
    )
    writer.frame(Frame.HEADER, canonical_bytes(header))
    entries = team_store.load_entries(sender.conn)
    # Chunked as the project's exporter does: the reader caps a roster frame's size.
    for i in range(0, len(entries), ROSTER_PER_FRAME):
        docs = [e.to_json() for e in entries[i : i + ROSTER_PER_FRAME]]
        writer.frame(Frame.ROSTER, content.encode(docs), compress=True)
    for ftype, body, compress in frames:
        writer.frame(ftype, body, compress)
    writer.finish()
    return buf.getvalue()


def signed_ops(sender: Session, ops: list[Op], seq: int = 1000) -> list[tuple[int, bytes, bool]]:
    """A change-set frame signed by sender for ops, and the ops frame."""
    payload = changeset_payload(sender.identity.device_id, seq, [op.op_id for op in ops])
    cs = ChangeSet(payload, sender.identity.sign(canonical_bytes(payload)))
    return [
        (Frame.CHANGESET, content.encode(content.changeset_doc(cs)), False),
        (Frame.OPS, content.encode([[op.header, op.body] for op in ops]), True),
    ]


def rehash(op: Op, **changes: object) -> Op:
    """op with header fields changed and its id recomputed (a well-formed, new op)."""
    header = {**op.header, **changes}
    return Op(digest(header), header, op.body)

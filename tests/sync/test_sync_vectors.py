"""The test vectors of docs/bundle-format.md and docs/team.md, run against the code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import mlkem, x25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.store.hlc import Hlc
from aluna_field.store.ops import bound_record_id, check_op, make_op
from aluna_field.sync import bundle_format as bf
from aluna_field.sync.identity import DeviceIdentity, safety_digits

DOCS = Path(__file__).resolve().parents[2] / "docs"
DOC = DOCS / "bundle-format.md"


def _vectors(doc: Path = DOC) -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for name, block in re.findall(r"```vector ([\w-]+)\n(.*?)```", doc.read_text(), re.S):
        fields: dict[str, str] = {}
        key = ""
        for line in block.splitlines():
            if line.startswith(" ") and key:
                fields[key] += line.strip()
            elif line.strip():
                key, _, value = line.partition(":")
                fields[key.strip()] = value.strip()
        out[name] = fields
    return out


VECTORS = _vectors()
TEAM_VECTORS = _vectors(DOCS / "team.md")


def _hex(v: dict[str, str], key: str) -> bytes:
    return bytes.fromhex(v[key])


def test_every_vector_block_is_checked() -> None:
    assert set(VECTORS) == {
        "key-schedule",
        "header-mac",
        "chunks",
        "frame-head",
        "padme",
        "transcript",
        "stanza",
        "record-id",
    }


def test_key_schedule() -> None:
    v = VECTORS["key-schedule"]
    assert bf.mac_key(_hex(v, "file_key")).hex() == v["mac_key"]
    assert bf.payload_key(_hex(v, "file_key"), _hex(v, "nonce")).hex() == v["payload_key"]


def _header(v: dict[str, str]) -> bytes:
    byte = bytes.fromhex(VECTORS["header-mac"]["stanza_byte"])
    return _hex(v, "prefix") + byte * bf.STANZA_BYTES + _hex(v, "nonce")


def test_header_mac() -> None:
    v = VECTORS["header-mac"]
    assert bf.prefix(1).hex() == v["prefix"]
    assert bf.header_mac(_hex(v, "file_key"), _header(v)).hex() == v["mac"]


def test_chunks() -> None:
    v = VECTORS["chunks"]
    aead = ChaCha20Poly1305(_hex(v, "payload_key"))
    plain = _hex(v, "plaintext")
    assert bf.seal_chunk(aead, 0, plain, True).hex() == v["chunk_0_last"]
    assert bf.seal_chunk(aead, 1, plain, False).hex() == v["chunk_1_not_last"]


def test_frame_head() -> None:
    v = VECTORS["frame-head"]
    encoded = bf.frame_head(int(v["type"]), int(v["flags"]), int(v["length"]))
    assert encoded.hex() == v["encoded"]
    assert bf.parse_frame_head(encoded) == (int(v["type"]), int(v["flags"]), int(v["length"]))


def test_padme() -> None:
    rows = VECTORS["padme"]
    assert rows
    for key, value in rows.items():
        assert bf.padded_size(int(key.split()[1])) == int(value)


def test_transcript() -> None:
    v = VECTORS["transcript"]
    h = VECTORS["header-mac"]
    header = _header(h)
    raw = header + bf.header_mac(_hex(v, "file_key"), header)
    t = bf.transcript_start(raw)
    t.update(_hex(v, "frame"))
    assert t.hexdigest() == v["transcript"]


def test_stanza_opens_only_with_its_key() -> None:
    v = VECTORS["stanza"]
    private = hpke.MLKEM768X25519PrivateKey(
        mlkem.MLKEM768PrivateKey.from_seed_bytes(_hex(v, "mlkem768_seed")),
        x25519.X25519PrivateKey.from_private_bytes(_hex(v, "x25519_private")),
    )
    stanza = _hex(v, "stanza")
    assert len(stanza) == bf.STANZA_BYTES
    assert bf.open_stanza(stanza, private, _hex(v, "prefix")) == _hex(v, "file_key")
    assert bf.open_stanza(stanza, private, bf.prefix(2)) is None
    other = DeviceIdentity.generate().hpke_private()
    assert bf.open_stanza(stanza, other, _hex(v, "prefix")) is None


def test_record_id_of_a_creating_op() -> None:
    v = VECTORS["record-id"]
    assert bound_record_id(v["author"], v["kind"], v["origin"]) == v["rid"]
    wall, counter = (int(x) for x in v["hlc"].split())
    op = make_op(
        rid=None,
        kind=v["kind"],
        author=v["author"],
        hlc=Hlc(wall, counter),
        parents=[],
        op_type="put",
        origin=v["origin"],
    )
    assert (op.rid, op.op_id) == (v["rid"], v["op_id"])
    assert check_op(op.header, op.body, KIND_CODES).op_id == v["op_id"]


@pytest.mark.parametrize("size", [1, 2, 100, 16384, 65537, 10**6, 10**9])
def test_padme_bounds(size: int) -> None:
    padded = bf.padded_size(size)
    assert padded >= max(size, bf.MIN_PLAINTEXT)
    assert padded <= max(size, bf.MIN_PLAINTEXT) * 1.125


@pytest.mark.parametrize("room", [6, 7, 1000, bf.MAX_FRAME + 6, bf.MAX_FRAME + 7, 130_000_000])
def test_padding_fills_its_room_in_frames_of_at_most_16_mib(room: int) -> None:
    bodies = bf.padding_bodies(room)
    assert sum(bodies) + bf.FRAME_HEAD * len(bodies) == room
    assert all(0 <= b <= bf.MAX_FRAME for b in bodies)
    assert len(bodies) == 1 or room > bf.MAX_FRAME + bf.FRAME_HEAD


def test_safety_code_vector() -> None:
    assert set(TEAM_VECTORS) == {"safety-code"}
    v = TEAM_VECTORS["safety-code"]
    args = (
        _hex(v, "coordinator_fingerprint"),
        v["coordinator_name"],
        v["team"],
        _hex(v, "member_fingerprint"),
        v["member_name"],
    )
    assert safety_digits(*args) == v["code"]
    # Any of the names or the team changed changes the code.
    for i in (1, 2, 4):
        changed = list(args)
        changed[i] = str(changed[i]) + "x"
        assert safety_digits(*changed) != v["code"]  # type: ignore[arg-type]

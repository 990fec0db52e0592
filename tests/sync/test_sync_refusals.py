"""Every bad bundle is refused with its reason and leaves the vault exactly as it was."""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from teamkit import (
    SUBJECT,
    Team,
    craft,
    enrol,
    join_frames,
    new_session,
    note,
    open_bundle,
    rehash,
    seal,
    send,
    signed_ops,
    split_frames,
    vault_digest,
)

from aluna_field.services import exchange, intake
from aluna_field.store.canonical import canonical_bytes
from aluna_field.store.hlc import Hlc
from aluna_field.store.oplog import ChangeSet, changeset_payload
from aluna_field.store.ops import Op, make_op
from aluna_field.sync import bundle_content as content
from aluna_field.sync import bundle_format as bf
from aluna_field.sync.bundle_format import Frame


@dataclass
class Case:
    team: Team
    data: bytes
    folder: Path

    @property
    def header_size(self) -> int:
        return bf.header_size(bf.parse_prefix(self.data[: bf.PREFIX_BYTES]))

    def chunks(self) -> list[bytes]:
        body = self.data[self.header_size :]
        step = bf.CHUNK + bf.TAG
        return [body[i : i + step] for i in range(0, len(body), step)]

    def refused(self, data: bytes, reason: str | None = None, who: str = "c") -> str:
        """Import data on `who` as a named file: refused, with reason, vault unchanged."""
        session = getattr(self.team, who)
        path = self.folder / f"{os.urandom(6).hex()}.afb"
        path.write_bytes(data)
        before = vault_digest(session)
        [outcome] = intake.import_paths(session, [path]).outcomes
        assert outcome.status == "refused"
        assert outcome.reason is not None
        if reason is not None:
            assert outcome.reason.key == reason
        assert vault_digest(session) == before
        return outcome.reason.key


@pytest.fixture
def case(team: Team, tmp_path: Path) -> Case:
    send(team.c, [team.a1, team.a2], team.root)
    sid = team.a1.add("subject", SUBJECT)[0]
    team.a1.add("crisis-note", note(sid, "Nota ficticia para pruebas de rechazo"))
    team.a1.attach_stream(sid, io.BytesIO(os.urandom(300_000)), "audio-ficticio.ogg", "audio/ogg")
    [written] = exchange.export(team.a1, tmp_path / "out")
    folder = tmp_path / "in"
    folder.mkdir()
    c = Case(team, written.path.read_bytes(), folder)
    assert len(c.chunks()) >= 5
    return c


def _new_subject_op(author: str, counter: int = 0, alias: str = "Colectivo Ficticio") -> Op:
    return make_op(
        rid=None,
        kind="subject",
        author=author,
        hlc=Hlc(1_790_000_000_000, counter),
        parents=[],
        op_type="put",
        values={"alias": alias, "type": "collective"},
    )


def _flip(data: bytes, pos: int) -> bytes:
    out = bytearray(data)
    out[pos] ^= 0x10
    return bytes(out)


def test_the_untouched_bundle_imports(case: Case) -> None:
    path = case.folder / "ok.afb"
    path.write_bytes(case.data)
    [outcome] = intake.import_paths(case.team.c, [path]).outcomes
    assert outcome.status == "imported" and outcome.attachments == 1


@pytest.mark.parametrize(
    ("where", "reason"),
    [
        (lambda c: 0, "bundle_not_a_bundle"),  # magic
        (lambda c: len(bf.MAGIC), "bundle_unknown_version"),
        (lambda c: len(bf.MAGIC) + 1, "bundle_unknown_suite"),
        (lambda c: bf.PREFIX_BYTES + 500, "bundle_not_for_us"),  # inside the only stanza
        (lambda c: c.header_size - bf.MAC_BYTES - 3, "bundle_tampered"),  # stream nonce
        (lambda c: c.header_size - 1, "bundle_tampered"),  # header MAC
        (lambda c: c.header_size + 10, "bundle_tampered"),  # first chunk
        (lambda c: c.header_size + 2 * (bf.CHUNK + bf.TAG) + 7, "bundle_tampered"),
        (lambda c: len(c.data) - 1, "bundle_tampered"),  # last chunk's tag
        (lambda c: len(c.data) - 40, "bundle_tampered"),  # last chunk's body
    ],
)
def test_one_bit_flipped(case: Case, where: Callable[[Case], int], reason: str) -> None:
    case.refused(_flip(case.data, where(case)), reason)


def test_unknown_version_and_suite_values(case: Case) -> None:
    data = bytearray(case.data)
    data[len(bf.MAGIC)] = 2
    case.refused(bytes(data), "bundle_unknown_version")
    data = bytearray(case.data)
    data[len(bf.MAGIC) + 1] = 7
    case.refused(bytes(data), "bundle_unknown_suite")


def test_truncated_at_every_chunk_boundary_and_mid_chunk(case: Case) -> None:
    h = case.header_size
    chunks = case.chunks()
    for k in range(len(chunks)):
        case.refused(case.data[: h + sum(len(c) for c in chunks[:k])])
    case.refused(case.data[: h + bf.CHUNK // 2], "bundle_tampered")
    case.refused(case.data[: len(case.data) - 100], "bundle_tampered")
    case.refused(case.data[: h - 10], "bundle_truncated")


def test_chunk_dropped_duplicated_reordered_or_bytes_appended(case: Case) -> None:
    head, chunks = case.data[: case.header_size], case.chunks()
    dropped = chunks[:1] + chunks[2:]
    duplicated = chunks[:2] + chunks[1:]
    reordered = [chunks[0], chunks[2], chunks[1], *chunks[3:]]
    last_dropped = chunks[:-1]
    for variant in (dropped, duplicated, reordered, last_dropped):
        case.refused(head + b"".join(variant))
    case.refused(case.data + b"\0", "bundle_tampered")
    case.refused(case.data + chunks[-1], "bundle_tampered")


def test_forwarded_by_a_recipient_to_a_third_party(case: Case) -> None:
    t = case.team
    opened = open_bundle(case.data, t.c.identity)
    forwarded = seal(opened.plaintext, [t.a2.identity.public])
    case.refused(forwarded, "bundle_not_for_us", who="a2")


def test_resealed_unchanged_by_a_recipient_fails_the_signature(case: Case) -> None:
    opened = open_bundle(case.data, case.team.c.identity)
    resealed = seal(opened.plaintext, [case.team.c.identity.public])
    case.refused(resealed, "bundle_bad_signature")


def test_signature_frame_stripped_and_reencrypted(case: Case) -> None:
    opened = open_bundle(case.data, case.team.c.identity)
    frames = split_frames(opened.plaintext)
    assert frames[-1][0] == Frame.SIGNATURE
    stripped = join_frames(frames[:-1])
    case.refused(seal(stripped, [case.team.c.identity.public]), "bundle_truncated")
    without_padding = join_frames(frames[:-2] + frames[-1:])
    case.refused(seal(without_padding, [case.team.c.identity.public]), "bundle_malformed")


def test_compression_bomb_frame(case: Case) -> None:
    opened = open_bundle(case.data, case.team.c.identity)
    frames = split_frames(opened.plaintext)
    bomb = zlib.compress(b"[" + b" " * (bf.MAX_INFLATED + 10) + b"]", 9)
    assert len(bomb) < 100_000
    at = next(i for i, f in enumerate(frames) if f[0] == Frame.ROSTER)
    frames.insert(at + 1, (Frame.ROSTER, bf.FLAG_ZLIB, bomb))
    case.refused(
        seal(join_frames(frames), [case.team.c.identity.public]), "bundle_inflates_too_much"
    )


def test_sixty_five_recipient_stanzas_refused_before_any_key_work(case: Case) -> None:
    count = bf.MAX_RECIPIENTS + 1
    data = bf.prefix(count) + os.urandom(bf.header_size(count) - bf.PREFIX_BYTES + 5000)
    case.refused(data, "bundle_too_many_recipients")
    assert bf.parse_prefix(bf.prefix(64)) == 64


def test_not_addressed_to_this_device(case: Case) -> None:
    case.refused(case.data, "bundle_not_for_us", who="a2")


def test_sender_unknown(case: Case, clock) -> None:
    t = case.team
    stranger = new_session(t.root, "Persona Ajena", "accompanier", clock)
    try:
        # The stranger trusts the coordinator's card, but no coordinator added it.
        from aluna_field.services import team as team_service

        team_service.join(stranger, team_service.my_card(t.c))
        [written] = exchange.export(stranger, t.root / "stranger")
        case.refused(written.path.read_bytes(), "bundle_unknown_sender")
    finally:
        stranger.close()


def test_op_with_a_schema_from_the_future(case: Case) -> None:
    t = case.team
    op = _new_subject_op(t.a1.identity.device_id)
    future = rehash(op, schema=op.header["schema"] + 1)
    data = craft(t.a1, [t.c.identity.public], signed_ops(t.a1, [future]))
    case.refused(data, "bundle_op_future")


def test_redaction_from_an_accompanier_is_refused(case: Case) -> None:
    t = case.team
    rid = t.a1.list_records()[0].rid
    op = make_op(
        rid=rid,
        kind=t.a1.show(rid).kind,
        author=t.a1.identity.device_id,
        hlc=Hlc(1_790_000_000_001, 0),
        parents=t.a1.show(rid).state.heads,
        op_type="redact",
        target_field=None,
    )
    data = craft(t.a1, [t.c.identity.public], signed_ops(t.a1, [op]))
    case.refused(data, "bundle_redact_not_coordinator")


def test_op_outside_its_signed_change_set_is_refused(case: Case) -> None:
    t = case.team
    ops = [_new_subject_op(t.a1.identity.device_id, i) for i in range(2)]
    frames = signed_ops(t.a1, ops[:1])
    smuggled = frames[:1] + signed_ops(t.a1, ops[1:])[1:]  # change set of op 0, body of op 1
    case.refused(craft(t.a1, [t.c.identity.public], smuggled), "bundle_op_not_signed")
    # and ops claiming another author than the change set's signer (a well-formed op of
    # a2's: rehashing op 0 with a2 as author would break its record id binding first)
    forged = _new_subject_op(t.a2.identity.device_id)
    case.refused(
        craft(t.a1, [t.c.identity.public], signed_ops(t.a1, [forged])), "bundle_op_not_signed"
    )


def test_changeset_signed_by_someone_else_is_refused(case: Case) -> None:
    t = case.team
    op = _new_subject_op(t.a2.identity.device_id)
    # a1 writes a change set in a2's name: a2's keys do not verify a1's signature
    payload = changeset_payload(t.a2.identity.device_id, 1000, [op.op_id])
    cs = ChangeSet(payload, t.a1.identity.sign(canonical_bytes(payload)))
    frames = [
        (Frame.CHANGESET, content.encode(content.changeset_doc(cs)), False),
        (Frame.OPS, content.encode([[op.header, op.body]]), True),
    ]
    case.refused(craft(t.a1, [t.c.identity.public], frames), "bundle_bad_changeset")


def test_random_empty_and_half_written_files_in_the_folder(case: Case) -> None:
    t = case.team
    (case.folder / "aleatorio.bin").write_bytes(os.urandom(70_000))
    (case.folder / "vacio.afb").write_bytes(b"")
    (case.folder / ".3f2a9c.part").write_bytes(case.data[: len(case.data) // 2])
    (case.folder / "cortado.afb").write_bytes(case.data[: len(case.data) // 2])
    (case.folder / "bueno.afb").write_bytes(case.data)
    (case.folder / ".DS_Store").write_bytes(b"\0\0\0\1Bud1")
    outcomes = {Path(o.path).name: o for o in intake.import_paths(t.c, [case.folder]).outcomes}
    assert outcomes["bueno.afb"].status == "imported"
    reasons = {n: o.reason.key for n, o in outcomes.items() if o.reason is not None}
    assert reasons == {
        "aleatorio.bin": "bundle_not_a_bundle",
        "vacio.afb": "bundle_empty",
        ".3f2a9c.part": "bundle_partial",
        "cortado.afb": "bundle_tampered",
    }


def test_bundle_for_someone_else_in_a_folder_is_skipped(case: Case) -> None:
    (case.folder / "para-c.afb").write_bytes(case.data)
    before = vault_digest(case.team.a2)
    [outcome] = intake.import_paths(case.team.a2, [case.folder]).outcomes
    assert outcome.status == "skipped"
    assert vault_digest(case.team.a2) == before


def test_revoked_coordinator_cannot_add_members_behind_the_revocation(team: Team, clock) -> None:
    from aluna_field.services import team as team_service
    from aluna_field.sync.roster import device_doc, make_entry

    c2 = new_session(team.root, "Coordinación Dos", "coordinator", clock)
    try:
        enrol(team.c, c2, "coordinator")
        send(team.c, [c2], team.root)
        state_before = team_service.roster(c2)
        team_service.revoke(team.c, c2.identity.device_id)
        send(team.c, [team.a1], team.root)
        rogue = new_session(team.root, "Persona Intrusa", "accompanier", clock)
        entry = make_entry(
            c2.identity,
            state_before.heads,  # written "before" it learnt of its revocation
            clock(),
            "add",
            device=device_doc(rogue.identity.public, "Persona Intrusa", "accompanier"),
        )
        from aluna_field.store.db import transaction
        from aluna_field.sync import team_store

        with transaction(c2.conn):
            team_store.store_entries(c2.conn, [entry])
        [written] = exchange.export(c2, team.root / "rogue", [team.a1.identity.device_id])
        before = vault_digest(team.a1)
        [outcome] = intake.import_paths(team.a1, [written.path]).outcomes
        # c2's bundles are newer than its revocation: refused, and the rogue never joins
        assert outcome.status == "refused"
        assert outcome.reason is not None and outcome.reason.key == "bundle_sender_revoked"
        assert vault_digest(team.a1) == before
        rogue.close()
    finally:
        c2.close()


def test_attachment_bytes_that_do_not_match_their_id(case: Case) -> None:
    t = case.team
    claimed = "ab" * 32
    op = make_op(
        rid=None,
        kind="subject",
        author=t.a1.identity.device_id,
        hlc=Hlc(1_790_000_000_000, 0),
        parents=[],
        op_type="put",
        values={"alias": "Colectivo Ficticio", "type": "collective"},
        set_deltas={"attachments": ([claimed], [])},
    )
    doc = {"id": claimed, "name": "foto.jpg", "mime": "image/jpeg", "size": 5}
    frames = [
        *signed_ops(t.a1, [op]),
        (Frame.ATTACHMENT, content.encode(doc), False),
        (Frame.ATTACHMENT_DATA, b"hola!", False),
    ]
    case.refused(craft(t.a1, [t.c.identity.public], frames), "bundle_tampered")
    short = [*frames[:-1], (Frame.ATTACHMENT_DATA, b"hol", False)]
    case.refused(craft(t.a1, [t.c.identity.public], short), "bundle_malformed")
    unreferenced = [*signed_ops(t.a1, [_new_subject_op(t.a1.identity.device_id)]), *frames[2:]]
    case.refused(craft(t.a1, [t.c.identity.public], unreferenced), "bundle_malformed")

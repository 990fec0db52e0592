"""Exports re-send unchanged change sets from their stored, deflated ops frames; a
stored frame never outlives a change to its ops (new op, redaction), and a filtered
bundle never takes one holding a record its recipient is not entitled to."""

from __future__ import annotations

import zlib
from pathlib import Path

from teamkit import SUBJECT, Team, enrol, new_session, note, open_bundle, send, split_frames

from aluna_field.services import exchange, intake
from aluna_field.services.session import Session
from aluna_field.sync.bundle_format import Frame
from support import FakeClock

SECRET = "Relato ficticio que se suprimirá"


def _ops_frames(session: Session, recipient: Session, folder: Path) -> list[bytes]:
    """The deflated ops frames of the one bundle session exports for recipient."""
    [written] = exchange.export(session, folder, [recipient.identity.device_id])
    opened = open_bundle(written.path.read_bytes(), recipient.identity)
    return [body for ftype, _flags, body in split_frames(opened.plaintext) if ftype == Frame.OPS]


def _stored(session: Session) -> int:
    return int(session.conn.execute("SELECT count(*) FROM cs_frames").fetchone()[0])


def _second_coordinator(team: Team, clock: FakeClock) -> Session:
    c2 = new_session(team.root, "Coordinación Dos Ficticia", "coordinator", clock)
    enrol(team.c, c2, "coordinator")
    send(team.c, [c2], team.root)
    return c2


def test_a_second_export_sends_the_frames_stored_by_the_first(team: Team, clock: FakeClock) -> None:
    c = team.c
    sid = c.add("subject", SUBJECT)[0]
    for i in range(3):
        c.add("crisis-note", note(sid, f"Nota ficticia {i}"))
    c2 = _second_coordinator(team, clock)
    first = _ops_frames(c, c2, team.root / "one")
    assert _stored(c) >= 4
    # What is stored is what is sent: change a stored frame and the next bundle carries it.
    cs_id, frame = c.conn.execute("SELECT cs_id, frame FROM cs_frames LIMIT 1").fetchone()
    marker = zlib.compress(zlib.decompress(frame).replace(b"Nota", b"NOTA"), 1)
    c.conn.execute("UPDATE cs_frames SET frame = ? WHERE cs_id = ?", (marker, cs_id))
    second = _ops_frames(c, c2, team.root / "two")
    assert len(second) == len(first) and marker in second
    c.conn.execute("UPDATE cs_frames SET frame = ? WHERE cs_id = ?", (frame, cs_id))
    assert _ops_frames(c, c2, team.root / "three") == first
    c2.close()


def test_the_peer_reads_the_same_from_stored_frames(team: Team, clock: FakeClock) -> None:
    c = team.c
    c2 = _second_coordinator(team, clock)
    sid = c.add("subject", SUBJECT)[0]
    rid = c.add("crisis-note", note(sid, "Nota ficticia de prueba"))[0]
    exchange.export(c, team.root / "warm", [c2.identity.device_id])  # stores the frames
    assert _stored(c) > 0
    send(c, [c2], team.root, [c2.identity.device_id])  # written from stored frames
    assert c2.show(rid).state.fields == c.show(rid).state.fields
    assert c2.show(sid).state.fields == c.show(sid).state.fields
    c2.close()


def test_a_new_op_or_a_redaction_drops_the_stored_frame(team: Team, clock: FakeClock) -> None:
    c = team.c
    sid = c.add("subject", SUBJECT)[0]
    rid = c.add("crisis-note", note(sid, SECRET))[0]
    c2 = _second_coordinator(team, clock)
    before = _ops_frames(c, c2, team.root / "before")
    assert any(SECRET.encode() in zlib.decompress(f) for f in before)
    held = _stored(c)
    c.redact(rid, "narrative")
    assert _stored(c) < held  # the change sets whose op bodies lost the text
    after = _ops_frames(c, c2, team.root / "after")
    assert not any(SECRET.encode() in zlib.decompress(f) for f in after)
    c2.close()


def test_ops_arriving_into_a_change_set_drop_its_frame(team: Team) -> None:
    c, a1 = team.c, team.a1
    sid = a1.add("subject", SUBJECT)[0]
    send(a1, [c], team.root)
    exchange.export(c, team.root / "warm")
    [cs_id] = [
        str(r[0]) for r in c.conn.execute("SELECT DISTINCT cs_id FROM ops WHERE rid = ?", (sid,))
    ]
    assert c.conn.execute("SELECT 1 FROM cs_frames WHERE cs_id = ?", (cs_id,)).fetchone()
    # The trigger fires for any insert into that change set, whichever path writes it.
    op_row = c.conn.execute(
        "SELECT op_id, rid, author, wall, counter, type, header, body FROM ops WHERE cs_id = ?",
        (cs_id,),
    ).fetchone()
    c.conn.execute(
        "INSERT INTO ops (op_id, rid, author, wall, counter, type, header, body, cs_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        ("f" * 64, *tuple(op_row)[1:], cs_id),
    )
    assert c.conn.execute("SELECT 1 FROM cs_frames WHERE cs_id = ?", (cs_id,)).fetchone() is None


def test_a_filtered_bundle_never_takes_a_frame_with_records_not_entitled(
    team: Team, clock: FakeClock
) -> None:
    c, a1 = team.c, team.a1
    c2 = _second_coordinator(team, clock)
    own = a1.add("subject", SUBJECT)[0]
    send(a1, [c], team.root)
    other = c.add("subject", {**SUBJECT, "alias": "Alias Ficticio Reservado"})[0]
    exchange.export(c, team.root / "warm", [c2.identity.device_id])  # a full bundle
    [cs_other] = c.conn.execute("SELECT DISTINCT cs_id FROM ops WHERE rid = ?", (other,))
    assert c.conn.execute("SELECT 1 FROM cs_frames WHERE cs_id = ?", (cs_other[0],)).fetchone()
    frames = _ops_frames(c, a1, team.root / "for-a1")
    text = b"".join(zlib.decompress(f) for f in frames)
    assert other.encode() not in text and b"Alias Ficticio Reservado" not in text
    intake.import_paths(a1, [team.root / "for-a1"])
    assert a1.show(own).state.fields["alias"] == SUBJECT["alias"]
    c2.close()


def test_the_cap_counts_deflated_bytes_held_not_ops_text() -> None:
    """Frames that deflate well all fit; text still deflating counts whole, to be safe."""
    from concurrent.futures import Future

    from aluna_field.sync.frame_cache import Keeper

    keeper = Keeper(limit=1000)
    for i in range(5):  # 600 bytes of text each, 100 once deflated
        job: Future[bytes] = Future()
        job.set_result(b"z" * 100)
        keeper.add(f"cs{i}", 1, {"r"}, set(), job, 600)
    assert keeper.held() == 500  # all five kept
    waiting: Future[bytes] = Future()
    keeper.add("cs5", 1, {"r"}, set(), waiting, 400)  # not deflated yet: counts as 400
    assert keeper.held() == 900
    keeper.add("cs6", 1, {"r"}, set(), Future(), 200)  # over the cap: left for later
    assert keeper.held() == 900
    waiting.set_result(b"z" * 50)
    assert keeper.held() == 550

"""What a bundle can make the importer hold before its sender is authenticated.

The inner header and the roster frames are read before the signature (the last frame)
can be checked against the sender's keys (which the roster brings). Anyone holding a
member's public card can write them, so they are held to small limits; these tests
build the bundles with the project's own BundleWriter and a real member's keys, and
measure with tracemalloc what the import holds while refusing them.
"""

from __future__ import annotations

import io
import os
import secrets
import tracemalloc
import zlib
from pathlib import Path

from teamkit import Team, vault_digest

from aluna_field.cli.exit_codes import exit_code
from aluna_field.services import intake
from aluna_field.services.session import Session
from aluna_field.store.canonical import canonical_bytes
from aluna_field.sync import bundle_content as content
from aluna_field.sync import bundle_format as bf
from aluna_field.sync import export, roster, team_store
from aluna_field.sync.bundle_format import Frame
from aluna_field.sync.bundle_stream import BundleWriter
from aluna_field.sync.identity import DeviceIdentity

# What a refusal may hold at its peak: one 64 KiB chunk, one frame of at most the limits
# above, the roster's parsed entries and the vault's own caches. Before the limits, the
# 16 MiB header of the first test made the importer hold about 400 MB (measured).
PEAK_BOUND = 64 * 1024 * 1024
# 16 MiB of empty JSON lists: each "[]," becomes a 56-byte list and an 8-byte pointer.
BOMB_JSON = b"[" + b"[]," * (bf.MAX_INFLATED // 3 - 1) + b"[]]"


def _bundle(sender: Session, to: Session, frames: list[tuple[int, bytes, bool]]) -> bytes:
    """A bundle from sender (signed with its real keys) for `to`, with the frames given."""
    buf = io.BytesIO()
    writer = BundleWriter(buf, [to.identity.public], sender.identity)
    for ftype, body, compress in frames:
        writer.frame(ftype, body, compress)
    writer.finish()
    return buf.getvalue()


def _header(sender: Session, to: Session) -> bytes:
    state = team_store.load_state(sender.conn)
    fprs = [to.identity.public.fingerprint_bytes().hex()]
    doc = content.inner_header(
        sender.identity.device_id, state.head_hash, 7, secrets.token_hex(16), fprs, 1
    )
    return canonical_bytes(doc)


def _roster(sender: Session) -> bytes:
    return content.encode([e.to_json() for e in team_store.load_entries(sender.conn)])


def _refused_within_bound(session: Session, data: bytes, folder: Path, reason: str) -> int:
    """Import data on session: refused with reason (exit 5), vault unchanged; the peak."""
    folder.mkdir(exist_ok=True)
    path = folder / f"{os.urandom(12).hex()}.afb"
    path.write_bytes(data)
    del data
    before = vault_digest(session)
    tracemalloc.start()
    try:
        [outcome] = intake.import_paths(session, [path]).outcomes
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert outcome.status == "refused" and outcome.reason is not None
    assert outcome.reason.key == reason
    assert exit_code(outcome.reason.failure) == 5  # the CLI's exit for a refused bundle
    assert vault_digest(session) == before
    assert peak < PEAK_BOUND, peak
    return peak


def test_a_16_mib_header_of_empty_lists_is_refused_holding_little(
    team: Team, tmp_path: Path
) -> None:
    # a2 is a member; c the recipient. Compressed, the body is 72 KB: over the header's
    # limit as stored, so it is refused before it is read.
    data = _bundle(team.a2, team.c, [(Frame.HEADER, BOMB_JSON, True)])
    assert len(data) < 1_000_000
    _refused_within_bound(team.c, data, tmp_path / "in", "bundle_frame_too_large")


def test_a_header_that_inflates_past_its_limit_stops_there(team: Team, tmp_path: Path) -> None:
    # 1 MiB of empty lists compresses to under 5 KB: within the stored limit, so the
    # inflation is what must stop at the header's 16 KiB.
    lists = b"[" + b"[]," * (1024 * 1024 // 3) + b"[]]"
    data = _bundle(team.a2, team.c, [(Frame.HEADER, lists, True)])
    _refused_within_bound(team.c, data, tmp_path / "in", "bundle_inflates_too_much")


def test_a_header_stored_larger_than_its_limit_is_refused_before_it_is_read(
    team: Team, tmp_path: Path
) -> None:
    big = _header(team.a2, team.c)[:-1] + b',"x":"' + b"a" * (4 * 1024 * 1024) + b'"}'
    data = _bundle(team.a2, team.c, [(Frame.HEADER, big, False)])
    peak = _refused_within_bound(team.c, data, tmp_path / "in", "bundle_frame_too_large")
    assert peak < 2 * 1024 * 1024  # not even the 4 MiB body was held


def test_a_roster_frame_of_empty_lists_is_refused_before_it_is_parsed(
    team: Team, tmp_path: Path
) -> None:
    # Within the roster's byte limit, but 700,000 values where an entry needs about 33.
    lists = b"[" + b"[]," * (bf.MAX_ROSTER_FRAME // 3 - 10) + b"[]]"
    assert len(lists) <= bf.MAX_ROSTER_FRAME
    frames = [
        (Frame.HEADER, _header(team.a2, team.c), False),
        (Frame.ROSTER, _roster(team.a2), True),
        (Frame.ROSTER, lists, False),
    ]
    data = _bundle(team.a2, team.c, frames)
    _refused_within_bound(team.c, data, tmp_path / "in", "bundle_frame_too_large")


def test_a_roster_frame_that_inflates_to_16_mib_is_refused_holding_little(
    team: Team, tmp_path: Path
) -> None:
    frames = [
        (Frame.HEADER, _header(team.a2, team.c), False),
        (Frame.ROSTER, BOMB_JSON, True),
    ]
    data = _bundle(team.a2, team.c, frames)
    _refused_within_bound(team.c, data, tmp_path / "in", "bundle_inflates_too_much")


def test_the_limits_fit_the_largest_real_header_and_roster_frame() -> None:
    # 64 recipients; ids and counters at their widest.
    header = canonical_bytes(
        content.inner_header("f" * 32, "f" * 64, 2**53 - 1, "f" * 32, ["f" * 128] * 64, 2**53 - 1)
    )
    assert len(header) <= bf.MAX_HEADER_FRAME
    bf.check_structure(Frame.HEADER, header)
    # The widest roster entry: 64 heads in prev, names of 80 characters full of commas
    # and colons (2-byte characters elsewhere would be larger, but count no tokens).
    signer, member = DeviceIdentity.generate(), DeviceIdentity.generate()
    prev = sorted(secrets.token_hex(32) for _ in range(64))
    name = ",:" * (roster.MAX_NAME // 2)
    found = roster.make_entry(
        signer,
        prev,
        2**53 - 1,
        "found",
        team=name,
        device=roster.device_doc(member.public, name, "coordinator"),
    )
    wide = roster.make_entry(
        signer,
        prev,
        2**53 - 1,
        "add",
        device=roster.device_doc(member.public, "Ñ" * 80, "coordinator"),
    )
    frame = content.encode([found.to_json()] * bf.ROSTER_FRAME_ENTRIES)
    bf.check_structure(Frame.ROSTER, frame)
    assert len(content.encode([wide.to_json()] * bf.ROSTER_FRAME_ENTRIES)) <= bf.MAX_ROSTER_FRAME
    assert len(zlib.compress(frame, 1)) <= bf.MAX_ROSTER_FRAME
    # The exporter never writes more entries in a frame than the reader accepts.
    assert export.ROSTER_PER_FRAME <= bf.ROSTER_FRAME_ENTRIES

"""Hypothesis against the readers of what other people hand us: team cards (whole, typed
with mistakes, and as the QR parts in any order) and roster entries and whole rosters (as
a bundle carries them and as the vault stores them).

Every input gets a result or the module's own error (CardInvalid, RosterInvalid,
BundleRefused, TeamError: the SyncError family), never another exception, and an input
that is refused leaves the vault as it was (a digest of every row of every table).
The bundle reader's bytes and frames are fuzzed in tests/sync/test_sync_fuzz.py.
"""

from __future__ import annotations

import io
import json
import os
import random
import secrets
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from teamkit import Team, new_session, vault_digest

from aluna_field.services import intake
from aluna_field.services import team as team_service
from aluna_field.services.session import Session
from aluna_field.store.canonical import canonical_bytes
from aluna_field.store.device import ROLES
from aluna_field.sync import bundle_content as content
from aluna_field.sync import team_store
from aluna_field.sync.bundle_format import Frame
from aluna_field.sync.bundle_stream import BundleWriter
from aluna_field.sync.card import (
    CHECK,
    HEADER,
    LINE,
    Card,
    _b32,
    _check,
    encode_card,
    parse_card,
    qr_parts,
)
from aluna_field.sync.errors import CardInvalid, RosterInvalid, SyncError
from aluna_field.sync.identity import DeviceIdentity
from aluna_field.sync.roster import (
    ENTRY_TYPES,
    RosterEntry,
    RosterState,
    device_doc,
    fold,
    make_entry,
)
from support import FakeClock

FUZZ = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SLOW_FUZZ = settings(FUZZ, max_examples=120)

OWNER = DeviceIdentity.generate()
STRANGER = DeviceIdentity.generate()
CARD = encode_card(Card("Persona Ficticia Tarjeta", "coordinator", "Equipo Ficticio", OWNER.public))
ORIGINAL = parse_card(CARD)
PARTS = qr_parts(CARD)

# -- strategies ---------------------------------------------------------------------------
_ODD = [*"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz0189/-=:. \n\t\r", "ñ", "ß", "١", "İ"]
_ODD += ["\x00", "\ufeff", HEADER, CHECK]
snippet = st.lists(st.sampled_from(_ODD) | st.characters(), max_size=6).map("".join)
edit = st.tuples(
    st.sampled_from(["insert", "replace", "delete", "repeat", "lower", "cut"]),
    st.integers(0, 20_000),
    snippet,
    st.integers(1, 200),
)
json_value = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


def _edit(text: str, edits: list[tuple[str, int, str, int]]) -> str:
    for op, pos, piece, n in edits:
        pos %= len(text) + 1
        if op == "insert":
            text = text[:pos] + piece + text[pos:]
        elif op == "replace":
            text = text[:pos] + piece + text[pos + max(len(piece), 1) :]
        elif op == "delete":
            text = text[:pos] + text[pos + n :]
        elif op == "repeat":
            text = text[:pos] + text[pos : pos + n] + text[pos:]
        elif op == "lower":
            text = text[:pos] + text[pos : pos + n].lower() + text[pos + n :]
        else:
            text = text[:pos]
    return text


def _card_text(payload: bytes) -> str:
    """A card whose CHECK line is right for payload, so parsing reaches what is inside."""
    body = _b32(payload)
    lines = [HEADER, *(body[i : i + LINE] for i in range(0, len(body), LINE))]
    return "\n".join([*lines, CHECK + _check(payload)]) + "\n"


meta_doc = st.fixed_dictionaries(
    {
        "v": st.just(1) | json_value,
        "name": st.text(min_size=0, max_size=90) | json_value,
        "role": st.sampled_from(ROLES) | json_value,
        "team": st.none() | st.text(max_size=90) | json_value,
    },
    optional={"extra": json_value},
)
# JSON nested deeper than the interpreter recurses is a classic way to crash a parser.
_LIMIT = sys.getrecursionlimit()
depth = st.integers(0, 3000) | st.sampled_from([_LIMIT - 1, _LIMIT, _LIMIT + 1, 2 * _LIMIT])
nesting = st.tuples(depth, st.sampled_from([b"[", b'{"a":', b'{"v":['])).map(lambda t: t[1] * t[0])
meta_bytes = st.one_of(
    meta_doc.map(lambda d: json.dumps(d).encode()),
    st.builds(
        lambda name, role, team: json.dumps({"v": 1, "name": name, "role": role, "team": team}),
        st.text(max_size=90),
        st.sampled_from(ROLES),
        st.none() | st.text(max_size=90),
    ).map(str.encode),
    json_value.map(lambda v: json.dumps(v).encode()),
    st.binary(max_size=200),
    nesting,
)
key_bytes = st.one_of(
    st.just(OWNER.public.key_bytes()),
    st.just(STRANGER.public.key_bytes()),
    st.binary(min_size=3200, max_size=3200),
    st.binary(max_size=80),
    st.tuples(st.integers(0, 3199), st.binary(min_size=1, max_size=64)).map(
        lambda t: (OWNER.public.key_bytes()[: t[0]] + t[1] + OWNER.public.key_bytes())[:3200]
    ),
)


@st.composite
def crafted_cards(draw: st.DrawFn) -> str:
    """Cards with a right CHECK line around whatever payload: the inner parser's input."""
    meta = draw(meta_bytes)
    size = draw(st.none() | st.integers(0, 65535))
    size = len(meta) if size is None else size
    payload = size.to_bytes(2, "big") + meta + draw(key_bytes)
    return _card_text(payload)


@st.composite
def qr_forms(draw: st.DrawFn) -> tuple[str, list[int], bool]:
    """The QR parts in any order, some left out or twice, maybe renumbered or mistyped."""
    order = draw(st.lists(st.integers(0, len(PARTS) - 1), max_size=len(PARTS) + 2))
    sep = draw(st.sampled_from(["\n", " ", "", "\r\n", "\n\n", "\t"]))
    parts = [PARTS[i] for i in order]
    touched = False
    if parts and draw(st.booleans()):
        i = draw(st.integers(0, len(parts) - 1))
        mark = draw(st.text("0123456789/ ", max_size=5))
        parts[i] = f"{HEADER} {mark} " + parts[i].split(" ", 2)[2]
        touched = True
    edits = draw(st.lists(edit, max_size=2))
    text = _edit(sep.join(parts), edits)
    return text, order, touched or bool(edits)


any_card = st.one_of(
    st.text(max_size=300),
    snippet.map(lambda s: HEADER + s),
    st.lists(edit, min_size=1, max_size=4).map(lambda e: _edit(CARD, e)),
    qr_forms().map(lambda q: q[0]),
    crafted_cards(),
)


def _parse(text: str) -> Card | CardInvalid:
    try:
        return parse_card(text)
    except CardInvalid as exc:
        return exc


# -- cards --------------------------------------------------------------------------------
@FUZZ
@given(text=st.text(max_size=400) | snippet.map(lambda s: HEADER + "\n" + s))
def test_any_text_is_a_card_or_the_card_error(text: str) -> None:
    assert isinstance(_parse(text), Card | CardInvalid)


@FUZZ
@given(edits=st.lists(edit, min_size=1, max_size=5))
def test_a_mistyped_card_reads_as_the_same_card_or_is_refused(edits: list[Any]) -> None:
    # The CHECK line catches every mistake that changes what the card says; case and
    # line breaks carry no meaning.
    result = _parse(_edit(CARD, edits))
    assert result == ORIGINAL or isinstance(result, CardInvalid)


@FUZZ
@given(form=qr_forms())
def test_qr_parts_in_any_order_read_whole_or_say_what_is_wrong(
    form: tuple[str, list[int], bool],
) -> None:
    text, order, touched = form
    result = _parse(text)
    assert result == ORIGINAL or isinstance(result, CardInvalid)
    if touched:
        return
    if sorted(order) == list(range(len(PARTS))):
        assert result == ORIGINAL
    elif order and len(set(order)) == len(order):
        assert isinstance(result, CardInvalid) and result.key == "card_incomplete"
    else:
        assert isinstance(result, CardInvalid)


@FUZZ
@given(text=crafted_cards())
def test_what_a_card_carries_is_checked_past_its_checksum(text: str) -> None:
    result = _parse(text)
    assert isinstance(result, Card | CardInvalid)
    event(f"card: {result.key if isinstance(result, CardInvalid) else 'read'}")
    if isinstance(result, Card):
        assert parse_card(encode_card(result)) == result


@pytest.fixture
def newcomer(team: Team, tmp_path: Path, clock: FakeClock) -> Session:
    # A device that has joined no team yet: `team join` is the first thing it reads.
    session = new_session(tmp_path, "Persona Nueva Ficticia", "accompanier", clock)
    yield session
    session.close()


@SLOW_FUZZ
@given(text=any_card)
def test_cards_given_to_join_and_add_change_nothing_when_refused(
    team: Team, newcomer: Session, text: str
) -> None:
    def add(session: Session, text: str) -> object:
        return team_service.add(session, text, "accompanier")

    for session, step in ((team.c, add), (newcomer, team_service.join)):
        before = vault_digest(session)
        try:
            step(session, text)
        except SyncError as exc:
            event(f"{step.__name__}: {exc.key}")
            assert vault_digest(session) == before
        else:
            event(f"{step.__name__}: done")


# -- rosters ------------------------------------------------------------------------------
# Weighted towards what honest software writes (the coordinator, naming the current
# heads) so that many rosters are valid and the checks behind the first ones run too.
roster_step = st.tuples(
    st.sampled_from(["add", "add", "revoke", "revoke", "role", *ENTRY_TYPES]),
    st.sampled_from([0, 0, 0, 1, 2, 3, 4]),  # signer: coordinator, a1, a2, stranger, owner
    st.sampled_from([1, 1, 0, 2, 3, 4]),  # the device it is about
    st.sampled_from(ROLES),
    st.just(-1) | st.integers(0, 2**12 - 1),  # prev: the heads (-1), or any earlier entries
    st.integers(0, 5),  # sequence numbers of a revocation
)
damage = st.tuples(
    st.sampled_from(["drop", "dup", "swap_sig", "resign", "cut_sig"]),
    st.integers(0, 50),
    st.integers(0, 50),
)


def _pool(t: Team) -> list[DeviceIdentity]:
    return [t.c.identity, t.a1.identity, t.a2.identity, STRANGER, OWNER]


def _roster(
    t: Team, steps: list[tuple[str, int, int, str, int, int]], harm: list[tuple[str, int, int]]
) -> list[RosterEntry]:
    """The team's real roster, then entries signed by real keys (any shape the format
    allows: forks, self-signed foundings, revocations of anyone), then damage."""
    pool = _pool(t)
    entries = team_store.load_entries(t.c.conn)
    for n, (kind, by, about, role, seen, seq) in enumerate(steps):
        if seen < 0:
            named = {p for e in entries for p in e.prev}
            prev = [e.hash for e in entries if e.hash not in named]
        else:
            prev = [e.hash for i, e in enumerate(entries) if seen >> i & 1]
        subject = pool[about].public
        fields: dict[str, Any]
        if kind == "found":
            fields = {"team": "Otro Equipo Ficticio", "device": device_doc(subject, "F", role)}
        elif kind == "add":
            fields = {"device": device_doc(subject, f"Persona Ficticia {n}", role)}
        elif kind == "revoke":
            fields = {"device_id": subject.device_id, "last_bundle_seq": seq, "last_cs_seq": seq}
        else:
            fields = {"device_id": subject.device_id, "role": role}
        entries.append(make_entry(pool[by], prev, 1_790_000_000_000 + n, kind, **fields))
    for op, i, j in harm:
        if not entries:
            break
        i, j = i % len(entries), j % len(entries)
        if op == "drop":
            del entries[i]
        elif op == "dup":
            entries.append(entries[i])
        elif op == "swap_sig":
            entries[i] = RosterEntry(entries[i].body, entries[j].signature)
        elif op == "resign":
            signer = pool[j % len(pool)]
            entries[i] = RosterEntry(entries[i].body, signer.sign(canonical_bytes(entries[i].body)))
        else:
            entries[i] = RosterEntry(entries[i].body, entries[i].signature[: j * 64])
    return entries


def _meaning(entries: list[RosterEntry]) -> tuple[str, ...] | RosterState:
    try:
        return fold(entries)
    except RosterInvalid as exc:
        return ("refused", exc.key)


def _same(a: tuple[str, ...] | RosterState, b: tuple[str, ...] | RosterState) -> bool:
    if isinstance(a, RosterState) and isinstance(b, RosterState):
        return (a.team, a.founder, a.members, a.heads, a.genesis) == (
            b.team,
            b.founder,
            b.members,
            b.heads,
            b.genesis,
        )
    return a == b


@SLOW_FUZZ
@given(
    steps=st.lists(roster_step, max_size=7),
    harm=st.lists(damage, max_size=2),
    rng=st.randoms(use_true_random=False),
)
def test_a_roster_means_the_same_in_any_order_and_as_stored(
    team: Team, steps: list[Any], harm: list[Any], rng: random.Random
) -> None:
    entries = _roster(team, steps, harm)
    meaning = _meaning(entries)
    event(f"roster: {'read' if isinstance(meaning, RosterState) else meaning[1]}")
    shuffled = list(entries)
    rng.shuffle(shuffled)
    assert _same(_meaning(shuffled), meaning)  # a set of entries, whatever their order
    conn = team.c.conn
    before = vault_digest(team.c)
    try:
        team_store.merged_state(conn, entries, team_store.get_anchor(conn))
    except RosterInvalid:
        pass
    assert vault_digest(team.c) == before  # merging is read-only until stored
    if isinstance(meaning, RosterState):
        # As stored: the same entries written to the vault and read back mean the same.
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM roster_entries")
            team_store.store_entries(conn, entries)
            assert _same(team_store.load_state(conn), meaning)
        finally:
            conn.execute("ROLLBACK")
        assert vault_digest(team.c) == before


def _json_paths(doc: Any, at: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [at]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out += _json_paths(v, (*at, k))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out += _json_paths(v, (*at, i))
    return out


@st.composite
def mutated_json(draw: st.DrawFn, doc: Any) -> Any:
    """doc with one node replaced, removed, or given an extra key."""
    doc = json.loads(json.dumps(doc))
    path = draw(st.sampled_from(_json_paths(doc)))
    action = draw(st.sampled_from(["replace", "remove", "extra"]))
    value = draw(json_value | st.text("0123456789abcdef", max_size=70))
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    last = path[-1]
    if action == "replace":
        parent[last] = value
    elif action == "remove":
        del parent[last]
    elif isinstance(parent[last], dict):
        parent[last]["extra"] = value
    else:
        parent[last] = [parent[last], value]
    return doc


def _roster_bundle(sender: Session, to: Session, body: bytes, seq: int) -> bytes:
    """A bundle whose roster frame holds body, signed by sender's own keys: what a team
    member's modified software could write."""
    buf = io.BytesIO()
    writer = BundleWriter(buf, [to.identity.public], sender.identity)
    header = content.inner_header(
        sender.identity.device_id,
        "0" * 64,
        seq,
        secrets.token_hex(16),
        [to.identity.public.fingerprint_bytes().hex()],
        1_790_000_000_000,
    )
    writer.frame(Frame.HEADER, canonical_bytes(header))
    writer.frame(Frame.ROSTER, body, compress=True)
    acks = {"changesets": {}, "bundles": []}
    writer.frame(Frame.ACKS, content.encode(acks), compress=True)
    writer.finish()
    return buf.getvalue()


def _import(t: Team, data: bytes, folder: Path) -> str:
    path = folder / (os.urandom(6).hex() + ".afb")
    path.write_bytes(data)
    before = vault_digest(t.c)
    [outcome] = intake.import_paths(t.c, [path]).outcomes
    path.unlink()
    assert outcome.status in ("imported", "refused"), outcome.status
    event(f"bundle: {outcome.reason.key if outcome.reason else outcome.status}")
    if outcome.status == "refused":
        assert isinstance(outcome.reason, SyncError)
        assert vault_digest(t.c) == before
    return outcome.status


@SLOW_FUZZ
@given(
    steps=st.lists(roster_step, max_size=5),
    harm=st.lists(damage, max_size=2),
    seq=st.integers(1, 8),
)
def test_a_signed_bundle_carrying_any_roster_is_imported_or_refused_whole(
    team: Team, tmp_path: Path, steps: list[Any], harm: list[Any], seq: int
) -> None:
    # seq against the revocations' cut-offs (0-5): a revoked sender's newer bundle is refused.
    entries = _roster(team, steps, harm)
    body = content.encode([e.to_json() for e in entries])
    _import(team, _roster_bundle(team.a1, team.c, body, seq), tmp_path)


@SLOW_FUZZ
@given(data=st.data())
def test_malformed_roster_entries_in_a_bundle_are_refused_and_change_nothing(
    team: Team, tmp_path: Path, data: st.DataObject
) -> None:
    docs = [e.to_json() for e in team_store.load_entries(team.c.conn)]
    blob: Any = data.draw(mutated_json(docs))
    try:
        parsed = [RosterEntry.from_json(d) for d in blob] if isinstance(blob, list) else None
    except RosterInvalid:
        parsed = None
    body = content.encode(blob)
    status = _import(team, _roster_bundle(team.a1, team.c, body, 99), tmp_path)
    if parsed is None:
        assert status == "refused"


@FUZZ
@given(data=st.data())
def test_any_entry_document_parses_or_is_refused(team: Team, data: st.DataObject) -> None:
    entry = team_store.load_entries(team.c.conn)[-1].to_json()
    doc = data.draw(mutated_json(entry) | json_value)
    try:
        parsed = RosterEntry.from_json(doc)
    except RosterInvalid:
        return
    assert parsed.to_json() == doc  # what parses is exactly what was given

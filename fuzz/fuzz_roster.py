"""Atheris harness: the roster reader, on JSON as a bundle's roster frame carries it.

Three modes: entries as given (their signatures rarely verify, so this fuzzes the shape
checks and the first signature check); entries re-signed by the device their `by` names
when the harness holds its keys (a coordinator's modified software); and entries built
from the input's bytes (who signs, which kind, about whom, which earlier entries it
names) on top of the real roster, which takes the fold through links, forks,
revocations and roles far more often than byte mutations of JSON do. Then the receiving
side's
`merged_state` against a real vault, which must not write. Anything but the roster's or
the bundle's own refusal is a finding, and so is a set of entries whose meaning depends
on their order.

Run through `make fuzz` or: python -m fuzz.fuzz_roster -max_total_time=60 build/fuzz/corpus-roster
"""

from __future__ import annotations

import atheris

with atheris.instrument_imports(include=["aluna_field"]):
    from aluna_field.store.device import ROLES
    from aluna_field.sync import bundle_content as content
    from aluna_field.sync import team_store
    from aluna_field.sync.errors import SyncError
    from aluna_field.sync.identity import DeviceIdentity
    from aluna_field.sync.roster import (
        ENTRY_TYPES,
        RosterEntry,
        RosterState,
        device_doc,
        fold,
        make_entry,
    )

    from .world import fuzz, make_world

AS_GIVEN, RESIGNED, BUILT = 0, 1, 2
WORLD = make_world()
STRANGER = DeviceIdentity.generate()
KEYS = {i.device_id: i for i in (WORLD.coordinator.identity, WORLD.member.identity, STRANGER)}


def _resign(entry: RosterEntry) -> RosterEntry:
    signer = KEYS.get(entry.signer)
    if signer is None:
        return entry
    body = dict(entry.body)
    fields = {k: v for k, v in body.items() if k not in ("v", "type", "by", "prev", "at")}
    return make_entry(signer, body["prev"], body["at"], body["type"], **fields)


def _built(data: bytes) -> list[RosterEntry]:
    fdp = atheris.FuzzedDataProvider(data)
    pool = list(KEYS.values())
    entries = team_store.load_entries(WORLD.coordinator.conn)
    for n in range(fdp.ConsumeIntInRange(0, 8)):
        kind = ENTRY_TYPES[fdp.ConsumeIntInRange(0, len(ENTRY_TYPES) - 1)]
        signer = pool[fdp.ConsumeIntInRange(0, len(pool) - 1)]
        about = pool[fdp.ConsumeIntInRange(0, len(pool) - 1)].public
        role = ROLES[fdp.ConsumeIntInRange(0, len(ROLES) - 1)]
        seen = fdp.ConsumeIntInRange(-1, 2**16 - 1)
        if seen < 0:  # the heads, as honest software names them
            named = {p for e in entries for p in e.prev}
            prev = [e.hash for e in entries if e.hash not in named]
        else:
            prev = [e.hash for i, e in enumerate(entries) if seen >> i & 1]
        fields: dict[str, object]
        if kind in ("found", "add"):
            fields = {"device": device_doc(about, f"Persona Ficticia {n}", role)}
            if kind == "found":
                fields["team"] = "Otro Equipo Ficticio"
        elif kind == "revoke":
            seq = fdp.ConsumeIntInRange(0, 9)
            fields = {"device_id": about.device_id, "last_bundle_seq": seq, "last_cs_seq": seq}
        else:
            fields = {"device_id": about.device_id, "role": role}
        entries.append(make_entry(signer, prev, 1_790_000_000_000 + n, kind, **fields))
    return entries


def _meaning(entries: list[RosterEntry]) -> object:
    try:
        state = fold(entries)
    except SyncError as exc:
        return exc.key
    assert isinstance(state, RosterState)
    return (state.team, state.founder, state.members, state.heads, state.genesis)


def test_one_input(data: bytes) -> None:
    if not data:
        return
    mode, rest = data[0] % 3, data[1:]
    if mode == BUILT:
        entries = _built(rest)
    else:
        try:
            doc = content.decode(rest)
            content.check(isinstance(doc, list))
            entries = [RosterEntry.from_json(d) for d in doc]
        except SyncError:
            return
    if mode == RESIGNED:
        entries = [_resign(e) for e in entries]
    meaning = _meaning(entries)
    if _meaning(entries[::-1]) != meaning:
        raise AssertionError("the same roster entries mean something else in another order")
    conn = WORLD.coordinator.conn
    before = conn.total_changes
    try:
        team_store.merged_state(conn, entries, team_store.get_anchor(conn))
    except SyncError:
        pass
    if conn.total_changes != before:
        raise AssertionError("merging a received roster wrote to the vault")


def seeds() -> list[bytes]:
    docs = [e.to_json() for e in team_store.load_entries(WORLD.coordinator.conn)]
    blob = content.encode(docs)
    return [
        bytes([AS_GIVEN]) + blob,
        bytes([RESIGNED]) + blob,
        bytes([BUILT]) + bytes(range(64)),
    ]


if __name__ == "__main__":
    fuzz(test_one_input, seeds)

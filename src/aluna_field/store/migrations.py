"""Numbered schema migrations. A new vault runs them all; an old vault runs the missing ones.

Each migration is a list of statements applied in one transaction together with the
new `user_version`, so a crash leaves the vault at the old or the new version, never
between. The test suite checks that migrating an old vault gives the same schema as a
fresh one.
"""

from __future__ import annotations

from .db import Connection, transaction

_V1 = [
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE device (
        id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL,
        team TEXT, secret BLOB NOT NULL, created_ms INTEGER NOT NULL)""",
    """CREATE TABLE changesets (
        cs_id TEXT PRIMARY KEY, author TEXT NOT NULL, seq INTEGER NOT NULL,
        payload TEXT NOT NULL, signature BLOB NOT NULL, UNIQUE (author, seq))""",
    """CREATE TABLE ops (
        seq INTEGER PRIMARY KEY AUTOINCREMENT, op_id TEXT NOT NULL UNIQUE,
        rid TEXT NOT NULL, author TEXT NOT NULL, wall INTEGER NOT NULL,
        counter INTEGER NOT NULL, type TEXT NOT NULL, header TEXT NOT NULL,
        body TEXT, cs_id TEXT NOT NULL)""",
    "CREATE INDEX ops_rid ON ops (rid)",
    # `num` is the full-text index's rowid: explicit so that VACUUM never renumbers it.
    """CREATE TABLE records (
        num INTEGER PRIMARY KEY, rid TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, state TEXT NOT NULL,
        deleted INTEGER NOT NULL, conflict INTEGER NOT NULL, incomplete INTEGER NOT NULL,
        author TEXT NOT NULL, created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,
        date_key TEXT)""",
    "CREATE INDEX records_kind ON records (kind, deleted)",
    """CREATE VIRTUAL TABLE records_fts USING fts5(
        body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')""",
    "INSERT INTO records_fts (records_fts, rank) VALUES ('secure-delete', 1)",
    """CREATE TABLE attachments (
        att_id TEXT PRIMARY KEY, size INTEGER NOT NULL, mime TEXT NOT NULL,
        name TEXT NOT NULL)""",
    """CREATE TABLE blob_chunks (
        att_id TEXT NOT NULL REFERENCES attachments (att_id), idx INTEGER NOT NULL,
        data BLOB NOT NULL, PRIMARY KEY (att_id, idx))""",
]

# v2: settings kept inside the vault (nothing readable in a config file) and drafts,
# so a half-written record survives a lock or a crash.
_V2 = [
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE drafts (
        draft_id TEXT PRIMARY KEY, kind TEXT NOT NULL, rid TEXT, body TEXT NOT NULL,
        updated_ms INTEGER NOT NULL)""",
]

# v3: the team roster and what sync remembers about peers. `peer_acks` is each peer's
# version vector (per author, the highest contiguous change-set seq it holds);
# `peer_records` lists records whose full history went to a peer that receives only what
# it is entitled to, confirmed once the peer says it imported that bundle.
_V3 = [
    """CREATE TABLE roster_entries (
        hash TEXT PRIMARY KEY, body TEXT NOT NULL, signature BLOB NOT NULL,
        added INTEGER NOT NULL)""",
    """CREATE TABLE peers (
        device_id TEXT PRIMARY KEY, mode TEXT, last_bundle_seq INTEGER NOT NULL DEFAULT 0)""",
    """CREATE TABLE peer_acks (
        peer TEXT NOT NULL, author TEXT NOT NULL, seq INTEGER NOT NULL,
        PRIMARY KEY (peer, author))""",
    """CREATE TABLE peer_records (
        peer TEXT NOT NULL, rid TEXT NOT NULL, bundle_id TEXT NOT NULL,
        confirmed INTEGER NOT NULL, PRIMARY KEY (peer, rid))""",
    "CREATE INDEX peer_records_bundle ON peer_records (peer, bundle_id)",
    """CREATE TABLE seen_bundles (
        bundle_id TEXT PRIMARY KEY, sender TEXT NOT NULL, seq INTEGER NOT NULL,
        imported_ms INTEGER NOT NULL)""",
    "CREATE INDEX seen_bundles_sender ON seen_bundles (sender, imported_ms)",
    "CREATE INDEX ops_cs ON ops (cs_id)",
]

# v4: each change set's ops frame as the exporter last deflated it, so an export does
# not re-read and re-compress ops that have not changed. The triggers drop a frame when
# any op of its change set arrives or has its body rewritten (a redaction, a relayed
# copy filling a body in): no write path can leave a stale frame, whoever calls it.
_V4 = [
    """CREATE TABLE cs_frames (
        cs_id TEXT PRIMARY KEY, ops INTEGER NOT NULL, rids TEXT NOT NULL,
        attachments TEXT NOT NULL, frame BLOB NOT NULL)""",
    """CREATE TRIGGER cs_frames_on_insert AFTER INSERT ON ops BEGIN
        DELETE FROM cs_frames WHERE cs_id = NEW.cs_id; END""",
    """CREATE TRIGGER cs_frames_on_body AFTER UPDATE OF body ON ops BEGIN
        DELETE FROM cs_frames WHERE cs_id = NEW.cs_id; END""",
]

# v5: a crisis note's perpetrator became a set (record schema 3). The materialised rows
# of older notes hold one code, or a conflict between single codes: rewritten to what
# materialising the same ops now gives (the code as a set of one; the candidates of a
# conflict as one set, since concurrent adds of a set are not a conflict). A test
# compares the result with a rebuild from the op log.
_V5 = [
    """UPDATE records SET state = json_set(state, '$.fields.perpetrator',
        json_array(json_extract(state, '$.fields.perpetrator')))
        WHERE kind = 'crisis-note' AND json_type(state, '$.fields.perpetrator') = 'text'""",
    """UPDATE records SET state = json_remove(json_set(state, '$.fields.perpetrator',
        (SELECT json_group_array(v) FROM (SELECT DISTINCT json_extract(c.value, '$.value') AS v
            FROM json_each(records.state, '$.conflicts.perpetrator') AS c
            WHERE json_type(c.value, '$.value') = 'text' ORDER BY v))),
        '$.conflicts.perpetrator')
        WHERE kind = 'crisis-note' AND json_type(state, '$.conflicts.perpetrator') = 'array'""",
    """UPDATE records SET conflict = 0 WHERE kind = 'crisis-note' AND conflict = 1
        AND json_type(state, '$.conflicts') = 'object'
        AND NOT EXISTS (SELECT 1 FROM json_each(records.state, '$.conflicts'))
        AND json_extract(state, '$.delete_conflict') = 0""",
]

MIGRATIONS: list[list[str]] = [_V1, _V2, _V3, _V4, _V5]
LATEST = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0])


def migrate(conn: Connection, target: int = LATEST) -> int:
    """Apply the missing migrations up to target; returns the version reached."""
    current = schema_version(conn)
    if current > LATEST:
        from .errors import VaultDamaged

        raise VaultDamaged("the vault was written by a newer version of Aluna Field")
    for number in range(current + 1, target + 1):
        with transaction(conn):
            for statement in MIGRATIONS[number - 1]:
                conn.execute(statement)
            # user_version takes no bound parameter; number is an int from our own list.
            conn.execute(f"PRAGMA user_version = {int(number)}")
    return schema_version(conn)

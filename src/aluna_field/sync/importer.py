"""Reading one bundle into the vault: everything is staged inside one transaction that is
committed only after the signature over the whole bundle and the roster checks passed.

Memory holds one frame and one change set's ops at a time (plus the ids of records
touched, for the report); attachments stream into the vault in 1 MiB chunks.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.definitions import DEFINITION, check_definition_op
from ..domain.kinds import STORED_KINDS
from ..store import attachments as blobs
from ..store.canonical import canonical_bytes
from ..store.db import Connection, transaction
from ..store.errors import OpRejected, RecordIdUnbound
from ..store.oplog import ChangeSet, known_op_ids
from ..store.ops import OP_SCHEMA, Op, check_op
from ..store.records import ATTACHMENTS, RecordStore
from . import bundle_content as content
from . import ledger, team_store
from .bundle_format import Frame, refused
from .bundle_stream import BundleReader
from .errors import SyncError
from .identity import DeviceIdentity, PublicIdentity
from .roster import MAX_ENTRIES, RosterEntry, RosterState

INGEST_BATCH = 2000


class AlreadyImported(Exception):
    """The bundle id was imported before: nothing to do (not an error)."""


@dataclass
class Outcome:
    """What one bundle did: `status` is "imported", "already", "skipped" (addressed to
    another device, found in a folder) or "refused"."""

    path: str
    status: str
    reason: SyncError | None = None
    sender: str | None = None
    sender_name: str | None = None
    new_by_author: Counter[str] = field(default_factory=Counter)
    changed_by_author: Counter[str] = field(default_factory=Counter)
    conflicts: int = 0
    ops: int = 0
    attachments: int = 0
    future_clock: bool = False
    erased_bodies: int = 0
    skipped_changesets: int = 0
    team_changes: int = 0  # roster entries new here that add a member or change a role
    revocations: int = 0  # roster entries new here that revoke a device
    form_changes: int = 0  # custom fields and codes new or changed here (definitions)


class _AttachmentStream:
    """A file-like view of the data frames that follow an attachment frame."""

    def __init__(self, frames: Iterator[tuple[int, bytes]], size: int) -> None:
        self._frames = frames
        self.left = size
        self._buf = b""

    def read(self, n: int = -1) -> bytes:
        while not self._buf and self.left > 0:
            ftype, body = next(self._frames, (None, b""))
            if ftype != Frame.ATTACHMENT_DATA or not body or len(body) > self.left:
                raise refused("bundle_malformed")
            self.left -= len(body)
            self._buf = body
        size = len(self._buf) if n < 0 else n
        out, self._buf = self._buf[:size], self._buf[size:]
        return out


class _Import:
    def __init__(
        self, conn: Connection, records: RecordStore, me: DeviceIdentity, outcome: Outcome
    ) -> None:
        self.conn = conn
        self.records = records
        self.me = me
        self.out = outcome
        self.header: dict[str, Any] = {}
        self.replay = False
        self.entries: list[RosterEntry] = []
        self.roster: RosterState | None = None
        self.sender_keys: PublicIdentity | None = None
        self.cs: ChangeSet | None = None
        self.cs_ops: set[str] = set()
        self.pending: list[Op] = []
        self.op_count = 0
        self.cs_count = 0
        self.att_ids: set[str] = set()
        self.skipping = False
        self.skipped_att_ids: set[str] = set()
        self.new_rids: set[str] = set()
        self.changed: set[tuple[str, str]] = set()
        self.forms_changed: set[str] = set()  # definition records new or changed here

    # -- header and roster -----------------------------------------------------------
    def on_header(self, body: bytes, stanzas: int) -> None:
        doc = content.parse_inner_header(content.decode(body), stanzas)
        if self.me.public.fingerprint_bytes().hex() not in doc["recipients"]:
            raise refused("bundle_not_for_us")
        if doc["sender"] == self.me.device_id:
            raise refused("bundle_own")
        # A replay is still read and verified to the end (a damaged copy is refused),
        # but its content is not handled again.
        self.replay = ledger.is_seen(self.conn, doc["bundle"])
        self.header = doc
        self.out.sender = doc["sender"]

    def on_roster(self, body: bytes) -> None:
        doc = content.decode(body)
        content.check(isinstance(doc, list))
        self.entries.extend(RosterEntry.from_json(d) for d in doc)
        if len(self.entries) > MAX_ENTRIES:
            raise refused("bundle_malformed")

    def settle(self) -> RosterState:
        """Merge the roster carried with ours, store what is new, check the sender."""
        if self.roster is not None:
            return self.roster
        anchor = team_store.get_anchor(self.conn)
        state, fresh = team_store.merged_state(self.conn, self.entries, anchor)
        team_store.store_entries(self.conn, fresh)
        self.out.revocations = sum(1 for e in fresh if e.type == "revoke")
        self.out.team_changes = len(fresh) - self.out.revocations
        sender = state.member(self.header["sender"])
        if sender is None:
            raise refused("bundle_unknown_sender")
        if sender.revoked:
            # Whatever number the bundle carries: the device chose it (docs/team.md).
            raise refused("bundle_sender_revoked")
        self.roster = state
        self.sender_keys = sender.keys
        self.out.sender_name = sender.name
        return state

    def signer(self) -> PublicIdentity | None:
        self.settle()
        return self.sender_keys

    # -- change sets and ops ---------------------------------------------------------
    def on_changeset(self, body: bytes) -> None:
        roster = self.settle()
        self.flush()
        cs = content.parse_changeset(content.decode(body))
        author = roster.member(cs.author)
        if author is None:
            raise refused("bundle_unknown_author")
        if not author.keys.verify(canonical_bytes(cs.payload), cs.signature):
            raise refused("bundle_bad_changeset")
        self.cs_count += 1
        if self.cs_count > content.MAX_CHANGESETS:
            raise refused("bundle_too_large")
        self.cs = cs
        self.cs_ops = set(cs.op_ids)
        # A revoked author's change sets are taken only as a coordinator relays them: what
        # a coordinator verified while the author was a member. From anyone else they are
        # left out (not the whole bundle: an honest member may hold them from before it
        # learnt of the revocation). No number the revoked device chose decides this.
        self.skipping = author.revoked and not roster.is_coordinator(self.header["sender"])
        if self.skipping:
            self.out.skipped_changesets += 1

    def on_ops(self, body: bytes) -> None:
        if self.cs is None or self.roster is None:
            raise refused("bundle_malformed")
        items = content.parse_ops(content.decode(body))
        self.op_count += len(items)
        if self.op_count > content.MAX_OPS:
            raise refused("bundle_too_large")
        author = self.cs.author
        if self.skipping:
            for _header, op_body in items:
                self._skip_attachments(op_body)
            return
        for header, op_body in items:
            if isinstance(header, dict):
                schema = header.get("schema")
                if isinstance(schema, int) and not isinstance(schema, bool) and schema > OP_SCHEMA:
                    raise refused("bundle_op_future")
            try:
                # content.decode refused floats, so hashing need not look for them.
                op = check_op(header, op_body, STORED_KINDS, float_free=True)
            except RecordIdUnbound as exc:
                # A root that does not prove its author created the id could take over
                # someone else's record. An earlier version's creating op (no origin) is
                # taken only when this vault already holds that very op (docs/merge.md).
                if exc.legacy is None or not known_op_ids(self.conn, [exc.legacy.op_id]):
                    raise refused("bundle_record_collision") from exc
                op = exc.legacy
            except OpRejected as exc:
                raise refused("bundle_op_rejected") from exc
            if op.author != author or op.op_id not in self.cs_ops:
                raise refused("bundle_op_not_signed")
            self.cs_ops.discard(op.op_id)
            if op.type == "redact" and self.roster.members[author].role != "coordinator":
                raise refused("bundle_redact_not_coordinator")
            # (A revoked coordinator's redaction gets here only relayed by a coordinator.)
            if op.kind == DEFINITION:
                # Custom fields and codes shape every member's forms: coordinators only, and
                # the roster this vault trusts decides it, not anything the bundle says.
                if self.roster.members[author].role != "coordinator":
                    raise refused("bundle_definition_not_coordinator")
                if not check_definition_op(op.type, op.parents, op.header["fields"], op.body):
                    raise refused("bundle_definition_invalid")
            entry = op.body.get(ATTACHMENTS)
            if isinstance(entry, dict):
                self.att_ids.update(a for a in entry.get("add") or [] if isinstance(a, str))
            self.pending.append(op)
        if len(self.pending) >= INGEST_BATCH:
            self.flush()

    def _skip_attachments(self, op_body: object) -> None:
        entry = op_body.get(ATTACHMENTS) if isinstance(op_body, dict) else None
        if isinstance(entry, dict):
            self.skipped_att_ids.update(a for a in entry.get("add") or [] if isinstance(a, str))
        if len(self.skipped_att_ids) > content.MAX_ATTACHMENTS:
            raise refused("bundle_too_large")

    def flush(self) -> None:
        if self.skipping:
            return  # a left-out change set is not stored either (so it is not acked)
        if not self.pending or self.cs is None:
            if self.cs is not None:
                self.records.ingest([self.cs], [])
            return
        authors = {op.rid: op.author for op in self.pending}
        # Definitions shape forms; they are not records anyone counts as new or changed.
        unseen = {op.rid for op in self.pending if op.kind == DEFINITION}
        result = self.records.ingest([self.cs], self.pending)
        self.pending = []
        self.out.ops += result.new_ops
        self.out.future_clock |= result.future_clock
        self.out.erased_bodies += result.erased_bodies
        self.out.conflicts += len(result.new_conflicts)
        for rid in result.new_records:
            self.new_rids.add(rid)
            if rid not in unseen:
                self.out.new_by_author[authors[rid]] += 1
        # Said apart: "nothing new came" after the forms changed would not be true.
        self.forms_changed |= {
            rid for rid in (*result.new_records, *result.changed_records) if rid in unseen
        }
        self.out.form_changes = len(self.forms_changed)
        for rid in result.changed_records:
            if rid in unseen:
                continue
            key = (rid, authors[rid])
            if rid not in self.new_rids and key not in self.changed:
                self.changed.add(key)
                self.out.changed_by_author[authors[rid]] += 1

    # -- attachments and acks -------------------------------------------------------
    def on_attachment(self, body: bytes, frames: Iterator[tuple[int, bytes]]) -> None:
        self.settle()
        self.flush()
        self.cs = None
        self.skipping = False
        doc = content.parse_attachment(content.decode(body))
        stream = _AttachmentStream(frames, doc["size"])
        if doc["id"] in self.skipped_att_ids and doc["id"] not in self.att_ids:
            while stream.left:  # a left-out change set's file: read past it, keep nothing
                stream.read()
            return
        if doc["id"] not in self.att_ids or len(self.att_ids) > content.MAX_ATTACHMENTS:
            raise refused("bundle_malformed")
        try:
            blobs.store_expected(self.conn, stream, doc["id"], doc["name"], doc["mime"])  # type: ignore[arg-type]
        except ValueError as exc:
            raise refused("bundle_tampered") from exc
        if stream.left:
            raise refused("bundle_tampered")
        self.out.attachments += 1

    def on_acks(self, body: bytes) -> None:
        self.settle()
        self.flush()
        self.cs = None
        self.skipping = False
        vector, bundles = content.parse_acks(content.decode(body))
        sender = self.header["sender"]
        ledger.record_peer_vector(self.conn, sender, vector)
        ledger.confirm_bundles(self.conn, sender, bundles)

    def finish(self, now_ms: int) -> None:
        self.settle()
        self.flush()
        h = self.header
        ledger.record_seen(self.conn, h["bundle"], h["sender"], h["seq"], now_ms)


def read_bundle(
    conn: Connection,
    records: RecordStore,
    me: DeviceIdentity,
    path: Path,
    now_ms: Callable[[], int],
) -> Outcome:
    """Import the bundle at path in one transaction; the Outcome says what happened.

    A refused bundle (Outcome.status "refused", reason set) leaves the vault unchanged.
    """
    outcome = Outcome(str(path), "imported")
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            reader = BundleReader(fh, size)
            reader.open(me.hpke_private())
            # store.db's guard: a COMMIT that fails (disk full) is rolled back too.
            with transaction(conn):
                _run(conn, records, me, reader, outcome, now_ms)
    except AlreadyImported:
        outcome.status = "already"
    except SyncError as exc:
        outcome.status = "refused"
        outcome.reason = exc
    except OSError:
        outcome.status = "refused"
        outcome.reason = refused("bundle_unreadable")
    finally:
        records.forget_definitions()  # a rolled-back bundle may have brought some
    if outcome.status != "imported":
        outcome.new_by_author.clear()
        outcome.changed_by_author.clear()
        outcome.conflicts = outcome.ops = outcome.attachments = outcome.form_changes = 0
    return outcome


def _run(
    conn: Connection,
    records: RecordStore,
    me: DeviceIdentity,
    reader: BundleReader,
    outcome: Outcome,
    now_ms: Callable[[], int],
) -> None:
    job = _Import(conn, records, me, outcome)
    frames = reader.frames(job.signer)
    try:
        for ftype, body in frames:
            if job.replay and ftype not in (Frame.HEADER, Frame.ROSTER):
                continue
            if ftype == Frame.HEADER:
                job.on_header(body, reader.recipient_count)
            elif ftype == Frame.ROSTER:
                job.on_roster(body)
            elif ftype == Frame.CHANGESET:
                job.on_changeset(body)
            elif ftype == Frame.OPS:
                job.on_ops(body)
            elif ftype == Frame.ATTACHMENT:
                job.on_attachment(body, frames)
            elif ftype == Frame.ACKS:
                job.on_acks(body)
            else:
                raise refused("bundle_malformed")
    except (KeyError, TypeError, ValueError, IndexError, RecursionError) as exc:
        # Anything the checks above missed is still a malformed bundle, never a crash.
        raise refused("bundle_malformed") from exc
    if not reader.verified:
        raise refused("bundle_truncated")
    if job.replay:
        raise AlreadyImported()
    job.finish(now_ms())

"""The record store: saving is appending signed ops; reading is the materialised state.

Nothing here assumes a single writer: local saves and ops from other devices end in
the same `rematerialise`, and the materialised row of a record is recomputed from all
its ops whenever one arrives, so incremental state always equals a rebuild. Ops enter
the vault only through this class, in the same transaction as their record's row.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, BinaryIO, Protocol

from ..domain import kinds as domain
from ..domain.custom_values import validate_with_custom
from ..domain.definitions import DEFINITION, Definitions, is_custom_key
from ..domain.risk_history import version_level
from . import attachments as blobs
from . import oplog
from .custom_index import custom_text, load_definitions, reindex_kinds
from .db import Connection, gc_paused, transaction
from .erasure import erase_orphan_attachments, scrub_wal
from .errors import RecordNotFound
from .history import history_entries
from .hlc import Hlc, HlcClock
from .ingest import WRITE_BATCH as INGEST_BATCH
from .ingest import IngestResult, Pending, ingest_ops
from .materialise import DELETE_KEY, Materialised, RecordState, materialise_full, version_at
from .ops import Op, OpType, make_op
from .resolution import ResolveRefused, keep_plan
from .search import SearchUpdate, index_records, search_rowids
from .views import RecordView, state_from_json, state_text

ATTACHMENTS = "attachments"


# Records written per statement by bulk saves, imports and rebuilds (ingest.py's figure).
WRITE_BATCH = INGEST_BATCH
_UPSERT_ROW = (
    "INSERT INTO records (num, rid, kind, state, deleted, conflict, incomplete, author,"
    " created_ms, updated_ms, date_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    " ON CONFLICT (rid) DO UPDATE SET kind = excluded.kind, state = excluded.state,"
    " deleted = excluded.deleted, conflict = excluded.conflict,"
    " incomplete = excluded.incomplete, author = excluded.author,"
    " created_ms = excluded.created_ms, updated_ms = excluded.updated_ms,"
    " date_key = excluded.date_key"
)


class Signer(Protocol):
    """Signs this device's change sets (implemented by sync.identity)."""

    @property
    def device_id(self) -> str: ...

    def sign(self, message: bytes) -> bytes: ...


# (rid, fields before, fields after) -> records to create with that save, as (kind, data)
Linked = Callable[[str, dict[str, Any], dict[str, Any]], list[tuple[str, dict[str, Any]]]]
# (fields before, fields after) -> problems that refuse the save (the kind's on-save checks)
Check = Callable[[dict[str, Any], dict[str, Any]], list[domain.FieldError]]


def set_fields_of(kind: str) -> frozenset[str]:
    return frozenset(domain.set_fields(kind)) | {ATTACHMENTS}


class RecordStore:
    """Records of one vault. `now_ms` is the injected wall clock in milliseconds."""

    def __init__(self, conn: Connection, signer: Signer, now_ms: Callable[[], int]) -> None:
        self.conn = conn
        self.signer = signer
        last = oplog.meta_get(conn, "hlc")
        self.clock = HlcClock(now_ms, Hlc.from_json(json.loads(last)) if last else None)
        self._definitions: Definitions | None = None
        self._defined_kinds: set[str] = set()  # kinds whose custom fields just changed

    # -- writing: local edits --------------------------------------------------------
    def create(self, kind: str, data: dict[str, Any]) -> str:
        """Validate and save a new record; returns its id. RecordInvalid on bad data."""
        return self.create_many(kind, [data])[0]

    def create_many(
        self,
        kind: str,
        items: list[dict[str, Any]],
        linked: Linked | None = None,
        check: Check | None = None,
    ) -> list[str]:
        """Validate every item first, then save them all in one transaction.

        `check(before, after)` may refuse an item (RecordInvalid, nothing saved);
        `linked(rid, before, after)` names records to create with each one (a crisis
        note's follow-up): they are validated and saved in the same transaction.
        """
        with gc_paused():  # a bulk add builds many objects and frees none until done
            clean = [self._validated(kind, item) for item in items]
            for values in clean:
                self._check(check, kind, {}, values)
            ops = [self._put_op(None, kind, [], values) for values in clean]
            extra = [
                x
                for op, v in zip(ops, clean, strict=True)
                for x in self._linked(linked, op.rid, {}, v)
            ]
            self._commit_local([*ops, *extra])
        return [op.rid for op in ops]

    def edit(
        self,
        rid: str,
        changes: dict[str, Any],
        linked: Linked | None = None,
        check: Check | None = None,
    ) -> bool:
        """Change the given fields; False when nothing differed. RecordInvalid on bad data.

        The edit's parents are every head, so writing a field in conflict settles it.
        `check` and `linked` work as in create_many.
        """
        state = self._live(rid)
        current = self._input_fields(state)
        merged = self._validated(state.kind, {**current, **changes}, before=current)
        self._check(check, state.kind, current, merged)
        regs: dict[str, Any] = {}
        sets: dict[str, tuple[list[Any], list[Any]]] = {}
        set_names = set_fields_of(state.kind)
        for name in changes:
            new = merged.get(name)
            old = current.get(name)
            if name in set_names:
                add = [e for e in new or [] if e not in (old or [])]
                rem = [e for e in old or [] if e not in (new or [])]
                if add or rem:
                    sets[name] = (add, rem)
            elif new != old or name in state.conflicts:
                regs[name] = new
        if not regs and not sets:
            return False
        op = self._new_op(rid, state.kind, state.heads, "put", regs, sets)
        self._commit_local([op, *self._linked(linked, rid, current, merged)])
        return True

    def _put_op(self, rid: str | None, kind: str, parents: list[str], values: dict[str, Any]) -> Op:
        set_names = set_fields_of(kind)
        regs = {k: v for k, v in values.items() if k not in set_names}
        sets: dict[str, tuple[list[Any], list[Any]]] = {
            k: (list(v), []) for k, v in values.items() if k in set_names and v
        }
        # No id passed: the creating op derives it from this device, so it is ours.
        return self._new_op(rid, kind, parents, "put", regs, sets)

    @staticmethod
    def _check(
        check: Check | None, kind: str, before: dict[str, Any], after: dict[str, Any]
    ) -> None:
        errors = check(before, after) if check is not None else []
        if errors:
            raise domain.RecordInvalid(kind, errors)

    def _linked(
        self, linked: Linked | None, rid: str, before: dict[str, Any], after: dict[str, Any]
    ) -> list[Op]:
        if linked is None:
            return []
        return [
            self._put_op(None, kind, [], self._validated(kind, data))
            for kind, data in linked(rid, before, after)
        ]

    def delete(self, rid: str) -> None:
        """A tombstone that has seen every head: the record is gone wherever it arrives."""
        state = self._live(rid)
        self._commit_local([self._new_op(rid, state.kind, state.heads, "delete", {}, {})])

    def restore(self, rid: str) -> None:
        """Bring back a deleted record (or settle a delete-vs-edit conflict by keeping it)."""
        state = self.state(rid)
        if not (state.deleted or state.delete_conflict):
            raise ResolveRefused("not_deleted")
        self._commit_local([self._new_op(rid, state.kind, state.heads, "put", {}, {})])

    def resolve(self, rid: str, name: str, value: Any) -> None:
        """Settle a field (or `_deleted`) with an edit whose parents are all heads.

        ResolveRefused when the field has no conflict, RecordInvalid when the value
        does not validate with the rest of the record, RecordNotFound when it is deleted.
        """
        state = self._live(rid)
        if name == DELETE_KEY:
            if not state.delete_conflict:
                raise ResolveRefused("no_conflict", name)
            if not isinstance(value, bool):
                raise ResolveRefused("not_boolean", name)
            op_type: OpType = "delete" if value else "put"
            self._commit_local([self._new_op(rid, state.kind, state.heads, op_type, {}, {})])
            return
        if name not in state.conflicts:
            raise ResolveRefused("no_conflict", name)
        current = self._input_fields(state)
        merged = self._validated(state.kind, {**current, name: value}, before=current)
        self._commit_local(
            [self._new_op(rid, state.kind, state.heads, "put", {name: merged.get(name)}, {})]
        )

    def keep_version(self, rid: str, head: str) -> list[str]:
        """Settle every conflict of the record, in one edit, as the version ending at op
        `head` has it. Returns the fields that version cannot settle (see KeepPlan)."""
        state = self._live(rid)
        if not state.has_conflict:
            raise ResolveRefused("no_conflict")
        try:
            chosen = version_at(self.ops(rid), head, set_fields_of(state.kind))
        except KeyError:
            raise ResolveRefused("no_such_version") from None
        plan = keep_plan(state, chosen)
        ops: list[Op] = []
        if plan.values or plan.delete is False:
            ops.append(self._new_op(rid, state.kind, state.heads, "put", plan.values, {}))
        if plan.delete:
            parents = [ops[0].op_id] if ops else state.heads
            ops.append(self._new_op(rid, state.kind, parents, "delete", {}, {}))
        if ops:
            self._commit_local(ops)
        return plan.unsettled

    def redact(self, rid: str, name: str | None) -> None:
        """Drop the content of a field (or of the whole record) from every op written so far,
        here and in every vault the redaction reaches. Writes after it are kept."""
        state = self.state(rid)
        op = self._new_op(rid, state.kind, state.heads, "redact", {}, {}, target=name)
        self._commit_local([op])
        self.scrub()

    def attach(self, rid: str, stream: BinaryIO, name: str, mime: str) -> blobs.AttachmentInfo:
        """Store a file's bytes inside the vault and list it on the record."""
        state = self._live(rid)
        with transaction(self.conn):
            info = blobs.store_stream(self.conn, stream, name, mime)
            if info.att_id not in (state.fields.get(ATTACHMENTS) or []):
                op = self._new_op(
                    rid, state.kind, state.heads, "put", {}, {ATTACHMENTS: ([info.att_id], [])}
                )
                self._commit_local([op], in_tx=True)
        return info

    # -- writing: ops from elsewhere ---------------------------------------------------
    def ingest(self, changesets: list[oplog.ChangeSet], ops: Iterable[Op]) -> IngestResult:
        """Add verified change sets and ops (the caller checked signatures and authors).

        Merge is set union: any order, batching or repetition gives the same state. An op
        already stored gains the body entries it lacked (unless a redaction drops them).
        Call inside a transaction to make a whole bundle atomic.
        """
        self.forget_definitions()  # read again after: the bundle may bring some
        try:
            with gc_paused():
                result = ingest_ops(self, changesets, ops)
        finally:
            self.forget_definitions()
        self.reindex_defined()
        return result

    def reindex_defined(self) -> None:
        """Index again the records of kinds whose custom fields changed: a text field
        defined after its values arrived becomes searchable (a sensitive one is not)."""
        kinds, self._defined_kinds = self._defined_kinds, set()
        reindex_kinds(self.conn, kinds, self._text)

    # -- definitions (custom fields and codes, domain/definitions.py) -----------------
    def definitions(self) -> Definitions:
        """The vault's live definitions, in the order they were created."""
        if self._definitions is None:
            self._definitions = load_definitions(self.conn)
        return self._definitions

    def forget_definitions(self) -> None:
        """Drop what was read (after a write or a rolled-back import)."""
        self._definitions = None

    def rebuild(self) -> None:
        """Recompute every materialised row and the search index from the op log."""
        with transaction(self.conn), gc_paused():
            self.conn.execute("DELETE FROM records_fts")
            self.conn.execute("DELETE FROM records")
            rids = [r[0] for r in self.conn.execute("SELECT DISTINCT rid FROM ops ORDER BY rid")]
            for start in range(0, len(rids), WRITE_BATCH):
                self.write_records([(rid, None, None) for rid in rids[start : start + WRITE_BATCH]])
            # Records read before their kind's definitions: their custom text again.
            self.reindex_defined()

    def scrub(self) -> None:
        """Leave no pre-redaction page image in the write-ahead log (outside a transaction)."""
        scrub_wal(self.conn)

    # -- reading -------------------------------------------------------------------
    def state(self, rid: str) -> RecordState:
        """The record's materialised state; RecordNotFound if no op names it."""
        row = self.conn.execute("SELECT state FROM records WHERE rid = ?", (rid,)).fetchone()
        if row is None:
            raise RecordNotFound("no such record")
        return state_from_json(json.loads(row[0]))

    def view(self, rid: str) -> RecordView:
        return self._view(self.state(rid))

    def list_views(
        self,
        kind: str | None = None,
        include_deleted: bool = False,
        limit: int | None = None,
        date_until: str | None = None,
    ) -> list[RecordView]:
        """Records newest first; `limit` keeps the first n, `date_until` keeps those whose
        main date (the kind's date field) is on or before it (ISO text compares in order)."""
        # Definitions are records to the op log only; no list shows them.
        sql = "SELECT state FROM records WHERE kind != 'definition'"
        args: list[Any] = []
        if kind is not None:
            sql += " AND kind = ?"
            args.append(kind)
        if not include_deleted:
            sql += " AND deleted = 0"
        if date_until is not None:
            sql += " AND date_key IS NOT NULL AND date_key <= ?"
            args.append(date_until)
        sql += " ORDER BY updated_ms DESC, rid"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(int(limit))
        rows = self.conn.execute(sql, args).fetchall()
        return [self._view(state_from_json(json.loads(r[0]))) for r in rows]

    def search(self, text: str, limit: int = 500) -> list[RecordView]:
        out = []
        for num in search_rowids(self.conn, text, limit):
            row = self.conn.execute(
                "SELECT state FROM records WHERE num = ? AND deleted = 0", (num,)
            ).fetchone()
            if row:
                out.append(self._view(state_from_json(json.loads(row[0]))))
        return out

    def conflicted(self) -> list[RecordView]:
        """Records with a conflict (field or delete-vs-edit), most recently changed first."""
        rows = self.conn.execute(
            "SELECT state FROM records WHERE conflict = 1 AND kind != 'definition'"
            " ORDER BY updated_ms DESC, rid"
        ).fetchall()
        return [self._view(state_from_json(json.loads(r[0]))) for r in rows]

    def count(self) -> tuple[int, int]:
        """(visible records, records with conflicts)."""
        row = self.conn.execute(
            "SELECT sum(deleted = 0), sum(conflict = 1) FROM records WHERE kind != 'definition'"
        ).fetchone()
        return int(row[0] or 0), int(row[1] or 0)

    def history(self, rid: str) -> list[dict[str, Any]]:
        """Every version, parents first: see `history.history_entries`."""
        self.state(rid)
        ops = self.ops(rid)
        entries = history_entries(materialise_full(ops, set_fields_of))
        if self.state(rid).kind == "risk-assessment":
            # Each version with the level its own rule gave (domain/risk_history.py).
            by_id = {op.op_id: op for op in ops}
            for entry in entries:
                op = by_id[entry["op_id"]]
                if op.type == "put":
                    fields = version_at(ops, op.op_id, set_fields_of(op.kind)).fields
                    entry.update(version_level(op.schema, fields))
        return entries

    def ops(self, rid: str) -> list[Op]:
        return oplog.ops_for(self.conn, rid)

    # -- internals -----------------------------------------------------------------
    def _validated(
        self, kind: str, data: dict[str, Any], before: dict[str, Any] | None = None
    ) -> dict[str, Any]:
        data = {k: v for k, v in data.items() if k != ATTACHMENTS}
        clean = validate_with_custom(self.definitions(), kind, data, before)
        for derived in domain.derived_fields(kind):
            clean.pop(derived, None)
        return clean

    def _input_fields(self, state: RecordState) -> dict[str, Any]:
        derived = set(domain.derived_fields(state.kind)) | {ATTACHMENTS}
        return {k: v for k, v in state.fields.items() if k not in derived}

    def _live(self, rid: str) -> RecordState:
        state = self.state(rid)
        if state.deleted:
            raise RecordNotFound("no such record")
        return state

    def _new_op(
        self,
        rid: str | None,
        kind: str,
        parents: list[str],
        op_type: OpType,
        values: dict[str, Any],
        sets: dict[str, tuple[list[Any], list[Any]]],
        target: str | None = None,
    ) -> Op:
        return make_op(
            rid=rid,
            kind=kind,
            author=self.signer.device_id,
            hlc=self.clock.tick(),
            parents=parents,
            op_type=op_type,
            values=values,
            set_deltas=sets,
            target_field=target,
        )

    def _commit_local(self, ops: list[Op], in_tx: bool = False) -> None:
        if in_tx:
            self._append_signed(ops)
            return
        with transaction(self.conn), gc_paused():
            self._append_signed(ops)

    def _append_signed(self, ops: list[Op]) -> None:
        author = self.signer.device_id
        seq = int(oplog.meta_get(self.conn, "cs_seq") or 0)
        for start in range(0, len(ops), oplog.MAX_OPS_PER_CHANGESET):
            chunk = ops[start : start + oplog.MAX_OPS_PER_CHANGESET]
            seq += 1
            payload = oplog.changeset_payload(author, seq, [op.op_id for op in chunk])
            cs = oplog.ChangeSet(payload, b"")
            cs = oplog.ChangeSet(payload, self.signer.sign(cs.signed_bytes()))
            oplog.insert_changeset(self.conn, cs)
            oplog.insert_ops(self.conn, chunk, dict.fromkeys((op.op_id for op in chunk), cs.cs_id))
        oplog.meta_set(self.conn, "cs_seq", str(seq))
        by_rid: dict[str, list[Op]] = {}
        for op in ops:
            by_rid.setdefault(op.rid, []).append(op)
        items: list[Pending] = []
        for rid, mine in by_rid.items():
            if len(mine) == 1 and not mine[0].parents:
                # A record created here and now: its one op is in hand, it has no row yet.
                items.append((rid, mine, None))
            else:
                items.append((rid, None, self._num_of(rid)))
        for start in range(0, len(items), WRITE_BATCH):
            self.write_records(items[start : start + WRITE_BATCH])
        self.reindex_defined()
        self.save_clock()

    def _num_of(self, rid: str) -> int | None:
        row = self.conn.execute("SELECT num FROM records WHERE rid = ?", (rid,)).fetchone()
        return int(row[0]) if row else None

    def save_clock(self) -> None:
        oplog.meta_set(self.conn, "hlc", json.dumps(self.clock.last.to_json()))

    def _materialise(self, ops: list[Op]) -> Materialised:
        """The one place ops become state (a seam the tests use to run a naive variant)."""
        return materialise_full(ops, set_fields_of)

    def rematerialise(self, rid: str, ops: list[Op] | None = None) -> tuple[Materialised, str, int]:
        """Recompute and store one record's row, search text and erased bodies (see
        write_records; `ops` are all the record's ops when the caller holds them)."""
        return self.write_records([(rid, ops, self._num_of(rid))])[0]

    def write_records(self, items: list[Pending]) -> list[tuple[Materialised, str, int]]:
        """Recompute and store the rows, search text and erased bodies of these records,
        the rows in one statement and the search entries in one batch.

        Each item is (rid, its ops when the caller already holds all of them, the row
        number of its row or None when it has none). Returns, per item, the
        materialisation, the stored state JSON and how many bodies were erased.
        """
        rows: list[tuple[Any, ...]] = []
        updates: list[SearchUpdate] = []
        out: list[tuple[Materialised, str, int]] = []
        next_num: int | None = None
        for rid, ops, num in items:
            if ops is None:
                ops = oplog.ops_for(self.conn, rid)
            done = self._materialise(ops)
            if done.state.kind == DEFINITION:
                self.forget_definitions()
                self._defined_kinds.add(str(done.state.fields.get("of") or ""))
            erased = self._erase(done)
            state = done.state
            self._add_derived(state)
            date_field = domain.date_field(state.kind)
            date_key = state.fields.get(date_field) if date_field else None
            text = state_text(state)
            existed = num is not None
            if num is None:
                # The number SQLite would give (max + 1), given here so that the rows
                # go in one executemany and their search entries need no read-back.
                if next_num is None:
                    last = self.conn.execute("SELECT max(num) FROM records").fetchone()[0]
                    next_num = int(last or 0) + 1
                num, next_num = next_num, next_num + 1
            rows.append(
                (
                    num,
                    rid,
                    state.kind,
                    text,
                    int(state.deleted),
                    int(state.has_conflict),
                    int(state.incomplete),
                    state.author,
                    state.created_ms,
                    state.updated_ms,
                    str(date_key) if date_key is not None else None,
                )
            )
            updates.append((num, None if state.deleted else self._text(state), existed))
            out.append((done, text, erased))
        self.conn.executemany(_UPSERT_ROW, rows)
        index_records(self.conn, updates)
        if self._defined_kinds:
            # Read while this batch's definitions were not yet rows: read them again.
            self.forget_definitions()
        return out

    def _erase(self, done: Materialised) -> int:
        """Drop for good the bodies redactions have decided on; returns how many changed."""
        if not done.erase:
            return 0
        erased = 0
        orphans: list[str] = []
        for op in done.graph.order:
            if op.op_id not in done.erase or not op.body:
                continue
            slim = op.without(done.erase[op.op_id])
            if slim.body != op.body:
                gone = op.body.get(ATTACHMENTS) if ATTACHMENTS not in slim.body else None
                if isinstance(gone, dict):
                    orphans.extend(str(a) for a in gone.get("add", []))
                oplog.set_body(self.conn, slim)
                erased += 1
        erase_orphan_attachments(self.conn, orphans)
        return erased

    def _add_derived(self, state: RecordState) -> None:
        derived = domain.derived_fields(state.kind)
        # Whatever an op wrote under a derived name is dropped first: the value shown is
        # always the one computed here, never one a device sent.
        for name in derived:
            state.fields.pop(name, None)
            state.conflicts.pop(name, None)
            if name in state.redacted_fields:
                state.redacted_fields.remove(name)
        if not derived or state.deleted:
            return
        builtin = {k: v for k, v in self._input_fields(state).items() if not is_custom_key(k)}
        try:
            full = domain.validate_record(state.kind, builtin)
        except domain.RecordInvalid:
            return  # a merged or redacted state may be incomplete: show what there is
        for name in derived:
            state.fields[name] = full.get(name)

    def _text(self, state: RecordState) -> str | None:
        if state.kind == DEFINITION:
            return None  # read through definitions(), never searched
        # Every candidate of a conflict is searchable, not only the one displayed on top.
        parts = [domain.extract_text(state.kind, self._input_fields(state))]
        for name, cands in state.conflicts.items():
            parts.extend(domain.extract_text(state.kind, {name: c.value}) for c in cands[1:])
        parts += custom_text(self.definitions(), state.kind, state.fields)
        return "\n".join(p for p in parts if p)

    def _view(self, state: RecordState) -> RecordView:
        atts = []
        for att_id in state.fields.get(ATTACHMENTS) or []:
            info = blobs.info(self.conn, att_id)
            atts.append(info.to_json() if info else {"id": att_id, "missing": True})
        return RecordView(state, atts)

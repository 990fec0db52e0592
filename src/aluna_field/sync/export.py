"""Writing one bundle: what a group of recipients has not acknowledged, and may receive.

A "full" group (coordinators) gets every change set above the lowest of their acks.
A "filtered" recipient (one accompanier) gets the change sets above its acks with only
the ops of records it is entitled to, plus the whole history of entitled records it
has not yet confirmed holding. Change sets travel whole (payload and signature) so the
recipient can check who wrote each op; only their ops are filtered.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO

from ..store import attachments as blobs
from ..store.canonical import canonical_bytes
from ..store.db import Connection
from ..store.oplog import ChangeSet
from ..store.records import ATTACHMENTS
from . import bundle_content as content
from . import frame_cache, ledger
from .bundle_format import Frame
from .bundle_stream import BundleWriter
from .entitlement import entitled_records
from .identity import DeviceIdentity
from .roster import Member, RosterEntry

ROSTER_PER_FRAME = 100


@dataclass
class ExportPlan:
    recipients: list[Member]
    full: bool
    since: dict[str, int]
    entitled: set[str] | None = None
    unconfirmed: set[str] = field(default_factory=set)


@dataclass
class ExportStats:
    changesets: int = 0
    ops: int = 0
    attachments: int = 0
    plaintext_bytes: int = 0
    # Ops frames to store once the bundle is safely written (frame_cache.py).
    frames: frame_cache.Keeper = field(default_factory=frame_cache.Keeper)


def plan_for(conn: Connection, recipients: list[Member]) -> ExportPlan:
    """What to send: recipients all coordinators (full), or exactly one accompanier."""
    full = all(r.role == "coordinator" for r in recipients)
    if not full and len(recipients) != 1:
        raise ValueError("an accompanier gets a bundle of their own")
    vectors = [ledger.peer_vector(conn, r.device_id) for r in recipients]
    authors = {a for v in vectors for a in v}
    since = {a: min(v.get(a, 0) for v in vectors) for a in authors}
    if full:
        return ExportPlan(recipients, True, since)
    peer = recipients[0].device_id
    entitled = entitled_records(conn, peer)
    unconfirmed = entitled - ledger.confirmed_records(conn, peer)
    return ExportPlan(recipients, False, since, entitled, unconfirmed)


def _ops_of(conn: Connection, cs_id: str) -> Iterator[tuple[str, str, str | None]]:
    # Ops are stored as canonical JSON text; they go into the frame as they are.
    rows = conn.execute("SELECT rid, header, body FROM ops WHERE cs_id = ? ORDER BY seq", (cs_id,))
    for rid, header, body in rows:
        yield str(rid), str(header), str(body) if body else None


def _attachment_ids(body: str) -> list[str]:
    if f'"{ATTACHMENTS}"' not in body:
        return []
    entry = json.loads(body).get(ATTACHMENTS)
    if not isinstance(entry, dict):
        return []
    return [a for a in entry.get("add") or [] if isinstance(a, str)]


def _changesets(conn: Connection, plan: ExportPlan) -> Iterator[tuple[ChangeSet, str]]:
    authors = [str(r[0]) for r in conn.execute("SELECT DISTINCT author FROM changesets")]
    sent: set[str] = set()
    for author in sorted(authors):
        rows = conn.execute(
            "SELECT cs_id, payload, signature FROM changesets WHERE author = ? AND seq > ?"
            " ORDER BY seq",
            (author, plan.since.get(author, 0)),
        )
        for cs_id, payload, sig in rows.fetchall():
            sent.add(str(cs_id))
            yield ChangeSet(json.loads(payload), bytes(sig)), str(cs_id)
    if plan.full or not plan.unconfirmed:
        return
    older: set[str] = set()
    for rid in sorted(plan.unconfirmed):
        older.update(
            str(r[0]) for r in conn.execute("SELECT DISTINCT cs_id FROM ops WHERE rid = ?", (rid,))
        )
    for cs_id in sorted(older - sent):
        row = conn.execute(
            "SELECT payload, signature FROM changesets WHERE cs_id = ?", (cs_id,)
        ).fetchone()
        if row is not None:
            yield ChangeSet(json.loads(row[0]), bytes(row[1])), cs_id


def write_bundle(
    conn: Connection,
    out: BinaryIO,
    signer: DeviceIdentity,
    roster: list[RosterEntry],
    roster_hash: str,
    plan: ExportPlan,
    seq: int,
    bundle_id: str,
    now_ms: int,
) -> ExportStats:
    """Stream one bundle for plan.recipients into out (the caller makes the write atomic)."""
    keys = [r.keys for r in plan.recipients]
    writer = BundleWriter(out, keys, signer)
    try:
        stats = ExportStats()
        fprs = [k.fingerprint_bytes().hex() for k in keys]
        header = content.inner_header(signer.device_id, roster_hash, seq, bundle_id, fprs, now_ms)
        writer.frame(Frame.HEADER, canonical_bytes(header))
        for i in range(0, len(roster), ROSTER_PER_FRAME):
            docs = [e.to_json() for e in roster[i : i + ROSTER_PER_FRAME]]
            writer.frame(Frame.ROSTER, content.encode(docs), compress=True)
        wanted: set[str] = set()
        for cs, cs_id in _changesets(conn, plan):
            writer.frame(Frame.CHANGESET, content.encode(content.changeset_doc(cs)))
            stats.changesets += 1
            stored = frame_cache.load(conn, cs_id)
            if stored is not None and (plan.entitled is None or stored.rids <= plan.entitled):
                writer.frame_deflated(Frame.OPS, stored.frame)
                stats.ops += stored.ops
                wanted.update(stored.attachments)
                continue
            ops, rids, atts, whole = [], set(), set(), True
            for rid, op_header, body in _ops_of(conn, cs_id):
                if plan.entitled is not None and rid not in plan.entitled:
                    whole = False
                    continue
                ops.append(f"[{op_header},{body or '{}'}]")
                rids.add(rid)
                if body:
                    atts.update(_attachment_ids(body))
            wanted.update(atts)
            if ops:
                text = ("[" + ",".join(ops) + "]").encode("utf-8")
                job = writer.frame(Frame.OPS, text, compress=True)
                stats.ops += len(ops)
                if whole and job is not None:
                    stats.frames.add(cs_id, len(ops), rids, atts, job, len(text))
        for att_id in sorted(wanted):
            info = blobs.info(conn, att_id)
            if info is None:
                continue
            doc = {"id": info.att_id, "name": info.name, "mime": info.mime, "size": info.size}
            writer.frame(Frame.ATTACHMENT, content.encode(doc))
            for piece in blobs.read_chunks(conn, att_id):
                writer.frame(Frame.ATTACHMENT_DATA, piece)
            stats.attachments += 1
        acks = {
            "changesets": ledger.held_vector(conn),
            "bundles": ledger.recent_from(conn, [r.device_id for r in plan.recipients]),
        }
        writer.frame(Frame.ACKS, content.encode(acks), compress=True)
        stats.plaintext_bytes = writer.finish()
        return stats
    finally:
        writer.close()

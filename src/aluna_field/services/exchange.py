"""Exporting bundles for the team into a folder (a USB stick, the relay's spool).

File names are random with one fixed extension, so a stick shows neither who wrote a
bundle nor for whom. Writes go through a hidden temporary name and are renamed only
once complete, so a pulled stick leaves at most a hidden `.part` file, never a
half bundle under a bundle's name. Importing is services/intake.py's; where bundles
live on a stick is services/bundle_files.py's.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path

from ..store.atomic import atomic_writer
from ..store.db import transaction
from ..sync import ledger, team_store
from ..sync.errors import TeamError
from ..sync.export import ExportPlan, ExportStats, plan_for, write_bundle
from ..sync.roster import Member, RosterEntry, RosterState
from .bundle_files import EXTENSION, PART_SUFFIX
from .session import Session


@dataclass(frozen=True)
class Written:
    """One bundle file written by export."""

    path: Path
    recipients: list[Member]
    stats: ExportStats


def _anchor_member(session: Session) -> Member | None:
    anchor = team_store.get_anchor(session.conn)
    if anchor is None:
        return None
    return Member(anchor.device_id, anchor.name, "coordinator", anchor.keys)


def recipients(session: Session, state: RosterState, wanted: list[str] | None) -> list[Member]:
    """Who export writes for: `wanted` (active members), else by the rule in docs/team.md."""
    me = session.identity.device_id
    anchor = _anchor_member(session)
    known = {m.device_id: m for m in state.members.values() if not m.revoked}
    if anchor is not None and anchor.device_id not in state.members:
        known[anchor.device_id] = anchor
    known.pop(me, None)
    if wanted:
        out = []
        for device_id in dict.fromkeys(wanted):
            if device_id not in known:
                raise TeamError("device_unknown", id=device_id)
            out.append(known[device_id])
        return out
    if state.is_coordinator(me):
        return sorted(known.values(), key=lambda m: m.device_id)
    return sorted((m for m in known.values() if m.role == "coordinator"), key=lambda m: m.device_id)


def groups(members: list[Member]) -> list[list[Member]]:
    """The bundles export writes: the coordinators together, each accompanier alone."""
    # Coordinators share one bundle (up to 64 stanzas); each accompanier gets their own,
    # holding only what they are entitled to.
    coords = [m for m in members if m.role == "coordinator"]
    out = [coords[i : i + 64] for i in range(0, len(coords), 64)]
    out += [[m] for m in members if m.role != "coordinator"]
    return out


def export(session: Session, folder: Path, for_devices: list[str] | None = None) -> list[Written]:
    """Write one bundle per recipient group into folder; returns the files written."""
    state = team_store.load_state(session.conn)
    chosen = recipients(session, state, for_devices)
    if not chosen:
        raise TeamError("no_recipients")
    if folder.exists() and not folder.is_dir():
        raise TeamError("not_a_folder", path=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise TeamError("export_write_failed", path=str(folder)) from exc
    conn = session.conn
    entries = team_store.load_entries(conn)
    written = []
    for group in groups(chosen):
        plan = plan_for(conn, group)
        with transaction(conn):
            seq = ledger.next_bundle_seq(conn)
        bundle_id = secrets.token_hex(16)
        target = folder / (secrets.token_hex(12) + EXTENSION)
        try:
            stats = _write(session, target, entries, state, plan, seq, bundle_id)
        except OSError as exc:
            # A full or pulled stick: the temporary file is gone, nothing else was written.
            raise TeamError("export_write_failed", path=str(folder)) from exc
        with transaction(conn):
            stats.frames.store(conn)
            for m in group:
                ledger.set_peer_mode(conn, m.device_id, "full" if plan.full else "filtered")
            if plan.entitled is not None:
                ledger.mark_records_sent(conn, group[0].device_id, plan.unconfirmed, bundle_id)
        written.append(Written(target, group, stats))
    return written


def _write(
    session: Session,
    target: Path,
    entries: list[RosterEntry],
    state: RosterState,
    plan: ExportPlan,
    seq: int,
    bundle_id: str,
) -> ExportStats:
    with atomic_writer(target, PART_SUFFIX) as fh:
        return write_bundle(
            session.conn,
            fh,
            session.identity,
            entries,
            state.head_hash,
            plan,
            seq,
            bundle_id,
            session.ctx.now_ms(),
        )


def author_names(session: Session) -> dict[str, str]:
    """Device id → name for every device on the roster (for reports of what came in)."""
    state = team_store.load_state(session.conn)
    return {m.device_id: m.name for m in state.members.values()}

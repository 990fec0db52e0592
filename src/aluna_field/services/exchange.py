"""Exchanging bundles through a folder (a USB stick): export for the team, import what came.

File names are random with one fixed extension, so a stick shows neither who wrote a
bundle nor for whom. Writes go through a hidden temporary name and are renamed only
once complete, so a pulled stick leaves at most a hidden `.part` file, never a
half bundle under a bundle's name.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from ..store.atomic import atomic_writer
from ..store.db import transaction
from ..sync import ledger, team_store
from ..sync.errors import BundleRefused, TeamError
from ..sync.export import ExportPlan, ExportStats, plan_for, write_bundle
from ..sync.importer import Outcome, read_bundle
from ..sync.roster import Member, RosterEntry, RosterState
from .session import Session

EXTENSION = ".afb"
PART_SUFFIX = ".part"
# Refusals that another bundle of the same import may cure (the roster arrives in it).
RETRY_REASONS = frozenset({"bundle_unknown_sender", "bundle_unknown_author", "not_joined"})

STICK_FOLDER = "aluna-field"  # the folder on a stick that holds the bundles


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


def stick_folder(target: Path) -> Path:
    """Where bundles go on a stick mounted at target: its `aluna-field/` folder, the one
    the app reads and writes (target itself when it already is that folder)."""
    return target if target.name == STICK_FOLDER else target / STICK_FOLDER


def export_folder(target: Path) -> Path:
    """Where `sync export --to target` writes: on a drive (target is a mount point, or
    already holds the app's `aluna-field/` folder) that folder, as the app does; any
    other folder as given."""
    if target.name != STICK_FOLDER and (
        os.path.ismount(target) or (target / STICK_FOLDER).is_dir()
    ):
        return target / STICK_FOLDER
    return target


def _folders(folder: Path) -> list[Path]:
    """A folder and, on a stick, its `aluna-field/` folder (older sticks: top level)."""
    inner = folder / STICK_FOLDER
    return [folder, inner] if folder.name != STICK_FOLDER and inner.is_dir() else [folder]


def bundle_files(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(candidate bundles, leftovers of interrupted writes) among paths and folders.

    In a folder every visible file is a candidate (a stranger's file is refused by
    the reader); hidden files are skipped, except the `.part` leftovers of our writes.
    A folder's `aluna-field/` subfolder is read too (see stick_folder).
    """
    files: list[Path] = []
    partial: list[Path] = []
    for p in paths:
        if p.is_dir():
            for child in (c for folder in _folders(p) for c in sorted(folder.iterdir())):
                if not child.is_file():
                    continue
                if child.name.startswith("."):
                    if child.name.endswith(PART_SUFFIX):
                        partial.append(child)
                    continue
                files.append(child)
        else:
            files.append(p)
    return files, partial


def import_paths(session: Session, paths: list[Path]) -> list[Outcome]:
    """Import every bundle found; a refused one changes nothing and the others go on.

    In a folder, a bundle none of whose stanzas opens for this device is "skipped" (it
    is someone else's); named on its own, it is refused. Bundles refused for an unknown
    sender are tried again once after the others, in case the roster that names the
    sender came in another bundle of the same import.
    """
    files, partial = bundle_files(paths)
    named = {p for p in paths if not p.is_dir()}
    outcomes: dict[Path, Outcome] = {}
    for path in files:
        outcomes[path] = _one(session, path)
        reason = outcomes[path].reason
        if path not in named and reason is not None and reason.key == "bundle_not_for_us":
            # A stick carries bundles for several people: another's is not a refusal.
            outcomes[path] = Outcome(str(path), "skipped")
    retry = [
        p for p, o in outcomes.items() if o.reason is not None and o.reason.key in RETRY_REASONS
    ]
    if retry and any(o.status == "imported" for o in outcomes.values()):
        for path in retry:
            outcomes[path] = _one(session, path)
    result = list(outcomes.values())
    for path in partial:
        result.append(Outcome(str(path), "refused", BundleRefused("bundle_partial")))
    return result


def _one(session: Session, path: Path) -> Outcome:
    outcome = read_bundle(session.conn, session.records, session.identity, path, session.ctx.now_ms)
    if outcome.erased_bodies:
        # A redaction arrived: drop the pre-redaction pages from the WAL too (after commit).
        session.records.scrub()
    return outcome


def author_names(session: Session) -> dict[str, str]:
    """Device id → name for every device on the roster (for reports of what came in)."""
    state = team_store.load_state(session.conn)
    return {m.device_id: m.name for m in state.members.values()}

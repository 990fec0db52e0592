"""Exchanging with a USB stick in one action: import what is on it, then export what is
pending, one bundle at a time, and a plain summary of what happened.

The desktop app runs `run_exchange` off the GUI thread. It takes the vault through a
`call` function (the UI's `Backend.call`), once per bundle, so that the window can use
the vault between two bundles and a cancel takes effect at the next bundle: a bundle
is imported or written whole or not at all (see services/exchange.py).

Import comes first, so that the bundles written afterwards already acknowledge what
just came in (and carry a roster or a revocation that arrived). Bundles this device
wrote earlier into the same folder for the same recipients are removed once a newer
one replaces them: the newer carries everything the older did that is not yet
acknowledged, so a stick holds one bundle per writer and recipient group.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..i18n import tr
from ..sync import ledger, team_store
from ..sync.errors import BundleRefused, SyncError
from ..sync.importer import Outcome
from . import exchange
from .session import Call, Session

Progress = Callable[[int, int], None]

FOLDER = exchange.STICK_FOLDER  # the folder on a stick that holds the bundles
WRITTEN_SETTING = "exchange.written"  # bundle file name → its recipient group
LAST_SETTING = "exchange.last_ms"
KEEP_WRITTEN = 256
STALE_PART_S = 600  # a half-written file this old is no write in progress


@dataclass(frozen=True)
class Refusal:
    """A bundle that changed nothing, and why, in plain words."""

    file: str
    sender: str | None
    reason: str


@dataclass
class ExchangeSummary:
    """What an exchange (or an import of dropped files) did."""

    imported: int = 0
    already: int = 0
    skipped: int = 0
    # person's name → [records new, records changed]
    people: dict[str, list[int]] = field(default_factory=dict)
    new_conflicts: int = 0
    open_conflicts: int = 0
    refused: list[Refusal] = field(default_factory=list)
    sent_to: list[str] = field(default_factory=list)
    written: int = 0
    replaced: int = 0
    not_sent: str | None = None  # why nothing could be written, translated
    write_failed: bool = False
    future_clock: bool = False
    cancelled: bool = False
    team_changes: int = 0  # the team list that came in: members added, roles changed
    revocations: int = 0  # devices revoked, as the team list that came in says


def drive_folder(root: Path) -> Path:
    """Where bundles live on a drive mounted at root."""
    return exchange.stick_folder(root)


def _import_one(session: Session, path: Path, in_folder: bool) -> Outcome:
    outcome = exchange.import_paths(session, [path])[0]
    reason = outcome.reason
    if in_folder and reason is not None and reason.key == "bundle_not_for_us":
        # A stick carries bundles for several people: another's is not a refusal.
        return Outcome(outcome.path, "skipped")
    return outcome


def _groups(session: Session) -> list[list[str]]:
    # The recipient rules of `exchange.export`, one group at a time.
    state = team_store.load_state(session.conn)
    members = exchange.recipients(session, state, None)
    return [[m.device_id for m in g] for g in exchange.groups(members)]


def _key(ids: list[str]) -> str:
    return ",".join(sorted(ids))


def _export_group(session: Session, folder: Path, ids: list[str]) -> tuple[list[str], int]:
    """Write one bundle for ids; remove our older bundles for them. (names, replaced)"""
    written = exchange.export(session, folder, ids)
    kept: dict[str, str] = dict(session.setting(WRITTEN_SETTING, {}) or {})
    key = _key(ids)
    replaced = 0
    for name, group in list(kept.items()):
        if group == key:
            old = folder / name
            if old.is_file():
                with contextlib.suppress(OSError):
                    old.unlink()
                    replaced += 1
            if not old.exists():
                del kept[name]
    names: list[str] = []
    for w in written:
        kept[w.path.name] = key
        names += [m.name for m in w.recipients]
    session.set_setting(WRITTEN_SETTING, dict(list(kept.items())[-KEEP_WRITTEN:]))
    return names, replaced


def _file_list(folder: Path) -> tuple[list[Path], list[Path]]:
    if not folder.is_dir():
        return [], []
    return exchange.bundle_files([folder])


class _Run:
    """The state of one exchange as it goes."""

    def __init__(self, call: Call, progress: Progress, cancelled: Callable[[], bool]) -> None:
        self.call = call
        self.progress = progress
        self.cancelled = cancelled
        self.outcomes: list[Outcome] = []
        self.summary = ExchangeSummary()
        self.done = 0
        self.total = 0

    def step(self) -> None:
        self.done += 1
        self.progress(self.done, max(self.total, self.done))

    def stop(self) -> bool:
        if self.cancelled():
            self.summary.cancelled = True
        return self.summary.cancelled

    def import_files(self, files: list[Path], in_folder: bool) -> None:
        outcomes: dict[Path, Outcome] = {}
        for path in files:
            if self.stop():
                break
            outcomes[path] = self.call(partial(_import_one, path=path, in_folder=in_folder))
            self.step()
        # A bundle refused for an unknown sender may pass once another brought the roster.
        retry = [
            p
            for p, o in outcomes.items()
            if o.reason is not None and o.reason.key in exchange.RETRY_REASONS
        ]
        if retry and any(o.status == "imported" for o in outcomes.values()):
            for path in retry:
                if self.stop():
                    break
                outcomes[path] = self.call(partial(_import_one, path=path, in_folder=in_folder))
        self.outcomes += outcomes.values()


def run_exchange(
    call: Call,
    root: Path,
    lang: str,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> ExchangeSummary:
    """Import every bundle in the drive's folder, then write what is pending into it."""
    folder = drive_folder(root)
    run = _Run(call, progress, cancelled)
    files, leftovers = _file_list(folder)
    # Bundles this device wrote are for others: not even opened.
    own = set(call(lambda s: dict(s.setting(WRITTEN_SETTING, {}) or {})))
    files = [f for f in files if f.name not in own]
    run.total = len(files) + 1
    run.import_files(files, in_folder=True)
    run.outcomes += [_leftover(p) for p in leftovers]
    groups: list[list[str]] = []
    if not run.stop():
        groups = call(_groups)
        run.total = run.done + max(len(groups), 1)
        if not groups:
            run.summary.not_sent = tr("no_recipients", lang)
    for ids in groups:
        if run.stop():
            break
        try:
            names, replaced = call(partial(_export_group, folder=folder, ids=ids))
        except SyncError as exc:
            run.summary.not_sent = exc.message(lang)
            break
        except OSError:
            run.summary.write_failed = True  # the stick is full, read-only or was pulled
            break
        run.summary.written += 1
        run.summary.replaced += replaced
        run.summary.sent_to += names
        run.step()
    return call(lambda s: _finish(s, run, lang, mark=not run.summary.cancelled))


def run_import(
    call: Call,
    paths: list[Path],
    lang: str,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> ExchangeSummary:
    """Import files dropped on the window (a folder among them is read like a stick)."""
    run = _Run(call, progress, cancelled)
    named = [p for p in paths if not p.is_dir()]
    folders = [p for p in paths if p.is_dir()]
    found = [f for d in folders for f in _file_list(d)[0]]
    run.total = len(named) + len(found)
    run.import_files(named, in_folder=False)
    run.import_files(found, in_folder=True)
    return call(lambda s: _finish(s, run, lang, mark=False))


def _leftover(path: Path) -> Outcome:
    """A half-written file: reported, and removed once it is clearly abandoned."""
    with contextlib.suppress(OSError):
        # File times are wall-clock times, so they are compared with the wall clock.
        if time.time() - path.stat().st_mtime > STALE_PART_S:
            path.unlink()
    return Outcome(str(path), "refused", BundleRefused("bundle_partial"))


def _finish(session: Session, run: _Run, lang: str, mark: bool) -> ExchangeSummary:
    summary = run.summary
    names = exchange.author_names(session)
    me = session.identity.device_id
    for o in run.outcomes:
        if o.status == "imported":
            summary.imported += 1
            summary.new_conflicts += o.conflicts
            summary.future_clock = summary.future_clock or o.future_clock
            summary.team_changes += o.team_changes
            summary.revocations += o.revocations
            for author in set(o.new_by_author) | set(o.changed_by_author):
                name = names.get(author, author[:8]) if author != me else session.device.name
                counts = summary.people.setdefault(name, [0, 0])
                counts[0] += o.new_by_author.get(author, 0)
                counts[1] += o.changed_by_author.get(author, 0)
        elif o.status == "already":
            summary.already += 1
        elif o.status == "skipped":
            summary.skipped += 1
        elif o.reason is not None:
            sender = names.get(o.sender) if o.sender else None
            summary.refused.append(Refusal(Path(o.path).name, sender, o.reason.message(lang)))
    summary.open_conflicts = session.records.count()[1]
    if mark:
        session.set_setting(LAST_SETTING, session.ctx.now_ms())
    return summary


def pending_changes(session: Session) -> int | None:
    """Saved changes the team has not yet confirmed receiving (the member furthest
    behind); None while this device knows no one to send to."""
    conn = session.conn
    state = team_store.load_state(conn)
    recipients = exchange.recipients(session, state, None)
    if not recipients:
        return None
    held = ledger.held_vector(conn)
    worst = 0
    for member in recipients:
        acked = ledger.peer_vector(conn, member.device_id)
        behind = sum(max(0, n - acked.get(a, 0)) for a, n in held.items())
        worst = max(worst, behind)
    return worst


def knows_others(session: Session) -> bool:
    """Whether the team list names any other device, revoked ones included."""
    state = team_store.load_state(session.conn)
    return any(d != session.identity.device_id for d in state.members)


def last_exchange_ms(session: Session) -> int | None:
    value = session.setting(LAST_SETTING)
    return int(value) if isinstance(value, int) else None

"""Exchanging with a USB stick in one action: import what is on it, then export what is
pending, one bundle at a time, and a plain summary of what happened.

The desktop app runs `run_exchange` off the GUI thread. It takes the vault through a
`call` function (the UI's `Backend.call`), once per bundle, so that the window can use
the vault between two bundles and a cancel takes effect at the next bundle: a bundle
is imported or written whole or not at all (services/intake.py, services/exchange.py).

Import comes first, so that the bundles written afterwards already acknowledge what
just came in (and carry a roster or a revocation that arrived). Bundles this device
wrote earlier into the same folder for the same recipients are removed once a newer
one replaces them: the newer carries everything the older did that is not yet
acknowledged, so a stick holds one bundle per writer and recipient group.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import partial
from pathlib import Path

from ..l10n import _
from ..services.messages import describe
from ..sync import ledger, team_store
from ..sync.errors import SyncError
from . import bundle_files, exchange, intake
from .intake import ImportSummary, Refusal
from .session import Call, Session

__all__ = ["ExchangeSummary", "Refusal", "run_exchange", "run_import"]

Progress = Callable[[int, int], None]

WRITTEN_SETTING = bundle_files.WRITTEN_SETTING  # bundle file name → its recipient group
LAST_SETTING = "exchange.last_ms"
KEEP_WRITTEN = 256


@dataclass
class ExchangeSummary(ImportSummary):
    """What an exchange (or an import of dropped files) did: what came in, as every
    import says it (services/intake.py), and what went out."""

    sent_to: list[str] = field(default_factory=list)
    written: int = 0
    replaced: int = 0
    not_sent: str | None = None  # why nothing could be written, translated
    write_failed: bool = False


def drive_folder(root: Path) -> Path:
    """Where this device writes bundles on a drive mounted at root."""
    return bundle_files.stick_folder(root)


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


def _extended(came: ImportSummary) -> ExchangeSummary:
    """The import's summary, as the start of an exchange's."""
    return ExchangeSummary(**{f.name: getattr(came, f.name) for f in fields(ImportSummary)})


def run_exchange(
    call: Call,
    root: Path,
    lang: str,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> ExchangeSummary:
    """Import every bundle on the drive (services/intake.py), then write what is pending
    into its `aluna-field/` folder."""
    folder = drive_folder(root)
    done = 0

    def imported(n: int, total: int) -> None:
        nonlocal done
        done = n
        progress(n, total + 1)  # the export still to come counts as one step at least

    summary = _extended(
        intake.run(call, [root], sticks=True, progress=imported, cancelled=cancelled)
    )
    groups: list[list[str]] = []
    if not (summary.cancelled or cancelled()):
        groups = call(_groups)
        if not groups:
            summary.not_sent = _(
                lang, "There is no one to send to: this device knows no one on the team yet."
            )
    else:
        summary.cancelled = True
    for ids in groups:
        if cancelled():
            summary.cancelled = True
            break
        try:
            names, replaced = call(partial(_export_group, folder=folder, ids=ids))
        except SyncError as exc:
            summary.not_sent = describe(exc, lang)
            break
        except OSError:
            summary.write_failed = True  # the stick is full, read-only or was pulled
            break
        summary.written += 1
        summary.replaced += replaced
        summary.sent_to += names
        progress(done + summary.written, done + len(groups))
    if not summary.cancelled:
        call(lambda s: s.set_setting(LAST_SETTING, s.ctx.now_ms()))
    return summary


def run_import(
    call: Call,
    paths: list[Path],
    lang: str,
    progress: Progress,
    cancelled: Callable[[], bool],
) -> ExchangeSummary:
    """Import files dropped on the window (a folder among them is read like a stick):
    services/intake.py's import, nothing written."""
    return _extended(intake.run(call, paths, progress=progress, cancelled=cancelled))


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


def unanswered(session: Session) -> list[str]:
    """Names of the devices this one sends to that never sent a bundle back: nothing
    they hold is known, so "the team confirmed everything" cannot be said yet."""
    conn = session.conn
    state = team_store.load_state(conn)
    return [
        m.name
        for m in exchange.recipients(session, state, None)
        if not ledger.heard_from(conn, m.device_id)
    ]


def knows_others(session: Session) -> bool:
    """Whether the team list names any other device, revoked ones included."""
    state = team_store.load_state(session.conn)
    return any(d != session.identity.device_id for d in state.members)


def last_exchange_ms(session: Session) -> int | None:
    value = session.setting(LAST_SETTING)
    return int(value) if isinstance(value, int) else None

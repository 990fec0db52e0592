"""The one way bundles come in, whatever brought them: `sync import`, the sync screen's
exchange with a drive, files dropped on the window, a relay round.

Which files to try is services/bundle_files.py's rule. Here: a bundle is read whole or
not at all (sync/importer.py), one at a time through `call`, so the window can use the
vault between two bundles and a cancel takes effect at the next one. In a folder, a
bundle none of whose stanzas opens for this device is someone else's ("skipped"); named
on its own, it is refused. A bundle refused because its sender or an author is not yet
on this device's team list (or whose team list could not be checked against one yet)
is tried again once after the others, in case another bundle of the same batch brought
the team list that names them. A half-written file is
reported and left, or removed once clearly abandoned. The summary says what came: the
team list, revocations, records per person, and every refusal with its reason code.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from ..services.messages import describe
from ..sync.errors import BundleRefused, SyncError
from ..sync.importer import Outcome, read_bundle
from . import bundle_files
from .exchange import author_names
from .session import Call, Session

Progress = Callable[[int, int], None]

# Refusals that depend on the team list this device holds, which another bundle of the
# same import may bring: tried again after the others, so the reason given does not
# depend on the order the files were read in (a stranger's roster reads "not signed by
# your coordinator" before the team list arrives and "another team" after).
RETRY_REASONS = frozenset(
    {"bundle_unknown_sender", "bundle_unknown_author", "not_joined", "roster_not_anchored"}
)
STALE_PART_S = 600  # a half-written file this old is no write in progress


@dataclass(frozen=True)
class Refusal:
    """A bundle that changed nothing: its file, who it claims to be from (a name on the
    team list, else None) and why (`error.key` is the reason code)."""

    file: str
    path: str
    sender: str | None
    error: SyncError

    @property
    def code(self) -> str:
        return self.error.key

    def message(self, lang: str) -> str:
        """The reason in plain words, in lang."""
        return describe(self.error, lang)


@dataclass
class ImportSummary:
    """What one import did, the same whatever brought the bundles."""

    imported: int = 0
    already: int = 0
    skipped: int = 0  # bundles for other devices
    # person's name → [records new, records changed]
    people: dict[str, list[int]] = field(default_factory=dict)
    team_changes: int = 0  # the team list that came in: members added, roles changed
    revocations: int = 0  # devices revoked, as the team list that came in says
    form_changes: int = 0  # custom fields and codes that came in new or changed
    new_conflicts: int = 0
    open_conflicts: int = 0
    future_clock: bool = False
    cancelled: bool = False
    refused: list[Refusal] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)  # file by file, in order

    def came(self) -> bool:
        """Whether anything new came in: records, team-list entries, revocations or
        changes to the forms (custom fields and codes)."""
        return bool(self.people or self.team_changes or self.revocations or self.form_changes)


def may_pass_later(outcome: Outcome) -> bool:
    """A refusal a later team list may cure (a relay fetches such a bundle again)."""
    return outcome.reason is not None and outcome.reason.key in RETRY_REASONS


def _never() -> bool:
    return False


def _quiet(_done: int, _total: int) -> None:
    """No one watches the progress (the command line)."""


def run(
    call: Call,
    paths: list[Path],
    *,
    sticks: bool = False,
    progress: Progress = _quiet,
    cancelled: Callable[[], bool] = _never,
) -> ImportSummary:
    """Import every bundle among paths (files, folders, sticks when `sticks`); a refused
    one changes nothing and the others go on. See the module's docstring."""
    own = call(bundle_files.own_bundles)
    found = bundle_files.find(paths, own, sticks)
    named = set(found.named)
    files = found.named + found.in_folder
    outcomes: dict[Path, Outcome] = {}
    stopped = False
    for i, path in enumerate(files):
        if cancelled():
            stopped = True
            break
        outcomes[path] = call(partial(_one, path=path, in_folder=path not in named))
        progress(i + 1, len(files))
    retry = [p for p, o in outcomes.items() if may_pass_later(o)]
    if retry and any(o.status == "imported" for o in outcomes.values()):
        for path in retry:
            if cancelled():
                stopped = True
                break
            outcomes[path] = call(partial(_one, path=path, in_folder=path not in named))
    result = list(outcomes.values()) + [_leftover(p) for p in found.leftovers]
    return call(partial(_summarise, outcomes=result, cancelled=stopped))


def import_paths(session: Session, paths: list[Path]) -> ImportSummary:
    """`run` with the session at hand (the command line, tests)."""
    return run(lambda fn: fn(session), paths)


def remove_refused(refusal: Refusal) -> bool:
    """Delete a refused bundle's file (the person asked to, from the summary); False
    when it is no longer there or cannot be removed. Nothing else is touched."""
    path = Path(refusal.path)
    try:
        if not path.is_file() or path.is_symlink():
            return False
        path.unlink()
    except OSError:
        return False
    return True


def _one(session: Session, path: Path, in_folder: bool) -> Outcome:
    outcome = read_bundle(session.conn, session.records, session.identity, path, session.ctx.now_ms)
    if outcome.erased_bodies:
        # A redaction arrived: drop the pre-redaction pages from the WAL too (after commit).
        session.records.scrub()
    reason = outcome.reason
    if in_folder and reason is not None and reason.key == "bundle_not_for_us":
        # A stick carries bundles for several people: another's is not a refusal.
        return Outcome(str(path), "skipped")
    return outcome


def _leftover(path: Path) -> Outcome:
    """A half-written file: reported, and removed once it is clearly abandoned."""
    with contextlib.suppress(OSError):
        # File times are wall-clock times, so they are compared with the wall clock.
        if time.time() - path.stat().st_mtime > STALE_PART_S:
            path.unlink()
    return Outcome(str(path), "refused", BundleRefused("bundle_partial"))


def _summarise(session: Session, outcomes: list[Outcome], cancelled: bool) -> ImportSummary:
    summary = ImportSummary(cancelled=cancelled, outcomes=outcomes)
    names = author_names(session)
    me = session.identity.device_id
    for o in outcomes:
        if o.status == "imported":
            summary.imported += 1
            summary.new_conflicts += o.conflicts
            summary.future_clock = summary.future_clock or o.future_clock
            summary.team_changes += o.team_changes
            summary.revocations += o.revocations
            summary.form_changes += o.form_changes
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
            summary.refused.append(Refusal(Path(o.path).name, o.path, sender, o.reason))
    summary.open_conflicts = session.records.count()[1]
    return summary

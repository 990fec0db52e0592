"""One relay round: pull what is addressed to this device, prune what was delivered, push
what is new. See docs/relay.md for what the relay learns and how acknowledgements work.

Pull comes first so that the bundles pushed at the end already acknowledge what just
came in. Whatever stops the round (offline, refused credentials, a full server), what
was done stays done and remembered: the next round starts from there.
"""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from cryptography.hazmat.primitives.hpke import MLKEM768X25519PrivateKey

from ..domain.failures import Failure
from ..store.db import Connection
from ..sync import ledger, team_store
from ..sync.importer import Outcome
from ..sync.relay import acks, names, peek
from ..sync.relay import settings as relay_settings
from ..sync.relay.errors import RelayConfig, RelayError
from ..sync.relay.listing import RemoteFile
from ..sync.relay.state import IMPORTED, REFUSED, Mark, Pushed, RelayState, load_state, save_state
from ..sync.relay.target import RelayTarget, parse_target
from ..sync.relay.tls import parse_pin, pin_text
from ..sync.relay.webdav import RetryPolicy, Vanished, WebDavClient
from . import exchange, intake
from .intake import ImportSummary
from .session import Call, Session

PASSWORD_ENV = "ALUNA_FIELD_RELAY_PASSWORD"  # noqa: S105  (the variable's name)
SPOOL = "relay-spool"
STALE_TEMP_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class Sent:
    """One bundle put on the relay."""

    name: str
    recipients: list[str]
    ops: int


@dataclass
class RoundReport:
    """What one round moved, and why it stopped early if it did (`error`). What came in
    is `came`, the summary every import gives (services/intake.py)."""

    sent: list[Sent] = field(default_factory=list)
    came: ImportSummary = field(default_factory=ImportSummary)
    skipped: int = 0
    deleted: int = 0
    pending_out: int = 0
    retries: int = 0
    error: RelayError | None = None

    @property
    def received(self) -> list[Outcome]:
        """The bundles fetched this round, file by file (ones imported before left out)."""
        return [o for o in self.came.outcomes if o.status != "already"]

    @property
    def refused(self) -> list[Outcome]:
        return [o for o in self.received if o.status == "refused"]

    @property
    def imported(self) -> list[Outcome]:
        return [o for o in self.received if o.status == "imported"]

    @property
    def failure(self) -> Failure | None:
        """The round's kind of failure: the error's, else BUNDLE if a bundle for us was
        refused, else None."""
        if self.error is not None:
            return self.error.failure
        return Failure.BUNDLE if self.refused else None


def resolve_target(
    session: Session,
    url: str | None,
    user: str | None = None,
    pin: str | None = None,
    password: str | None = None,
) -> RelayTarget:
    """The relay to use: the URL given (with remembered details for the same URL), else
    the remembered one; RelayConfig when there is none or it cannot be used."""
    remembered = relay_settings.load(session.conn)
    if url is None:
        if remembered is None:
            raise RelayConfig("relay_not_set")
        url = remembered.url
    if remembered is not None and remembered.url == url:
        user = user or remembered.user
        pin = pin or remembered.pin
        password = password if password is not None else remembered.password
    return parse_target(url, user, password, parse_pin(pin) if pin else None)


def remember(session: Session, target: RelayTarget, pin: str | None, with_password: bool) -> None:
    """Keep the relay in the vault's settings; the password only if asked to. The pin
    kept is the one given, else the one the target already uses (a remembered one)."""
    if pin is None and target.pin is not None:
        pin = pin_text(target.pin)
    kept = relay_settings.RelaySettings(target.url, target.user, pin, target.password)
    relay_settings.remember(session.conn, kept, with_password)


def forget(session: Session) -> None:
    relay_settings.forget(session.conn)


def configured(session: Session) -> bool:
    """True when a relay is remembered (the app then syncs in the background)."""
    return relay_settings.load(session.conn) is not None


def run_remembered(session: Session, policy: RetryPolicy | None = None) -> RoundReport:
    """A round with the remembered relay (the background sync's round); RelayConfig when
    none is remembered or its password was not remembered."""
    target = resolve_target(session, None)
    if target.user is not None and target.password is None:
        raise RelayConfig("relay_password_needed")
    return run_round(session, target, policy)


def pending_out(conn: Connection, url: str) -> int:
    """Files this device put on the relay whose content is not yet acknowledged."""
    return sum(1 for p in load_state(conn, url).pushed.values() if p.carried)


def run_round(
    session: Session, target: RelayTarget, policy: RetryPolicy | None = None
) -> RoundReport:
    """One push-and-pull round. Never raises a RelayError: it ends up in report.error."""
    return run_round_with(lambda fn: fn(session), target, policy)


def run_round_with(
    call: Call, target: RelayTarget, policy: RetryPolicy | None = None
) -> RoundReport:
    """One round where `call(fn)` lends the session only for the vault's own steps.

    Network transfers run between those calls, so in the app a slow connection never
    keeps a save or a lock waiting for the vault (the UI passes its Backend.call).
    """
    report = RoundReport()
    state, spool, private = call(
        lambda s: (
            load_state(s.conn, target.url),
            s.ctx.vault_dir / SPOOL,
            s.identity.hpke_private(),
        )
    )

    def save(_: object = None) -> None:
        call(lambda s: save_state(s.conn, target.url, state))

    (spool / "in").mkdir(parents=True, exist_ok=True)
    _empty(spool / "out")
    client = WebDavClient(target, policy)
    try:
        listing = {f.name: f for f in client.list()}
        _pull(call, client, state, listing, spool / "in", report, private)
        save()
        _prune(call, client, state, listing, report)
        save()
        _push(call, client, state, spool / "out", report, save)
    except RelayError as exc:
        report.error = exc
    finally:
        client.close()
        report.retries = client.retries
        save()
        _empty(spool / "out")
    report.pending_out = sum(1 for p in state.pushed.values() if p.carried)
    return report


def _empty(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(folder)
    folder.mkdir(parents=True, exist_ok=True)


def _pull(
    call: Call,
    client: WebDavClient,
    state: RelayState,
    listing: dict[str, RemoteFile],
    spool: Path,
    report: RoundReport,
    private: MLKEM768X25519PrivateKey,
) -> None:
    state.seen = {n: v for n, v in state.seen.items() if n in listing}
    for leftover in spool.iterdir():
        if leftover.name not in listing:
            leftover.unlink()  # a partial download of a file that is gone
    fetched: dict[str, str] = {}
    for f in listing.values():
        if f.name in state.pushed or names.is_temp(f.name):
            continue
        verdict = state.seen.get(f.name)
        if verdict is None and names.is_final(f.name):
            try:
                verdict = peek.classify(partial(client.read_head, f.name), f.size, private)
                if verdict == peek.OURS:
                    client.download(f.name, spool / f.name, f.size)
                    fetched[str(spool / f.name)] = f.name
                    continue
            except Vanished:
                (spool / f.name).unlink(missing_ok=True)
                continue
            state.seen[f.name] = verdict
        if verdict != IMPORTED:
            report.skipped += 1
    # Fetched bundles come in as every import does; the relay's own part is what to
    # fetch (above) and what to remember of each file (below).
    report.came = intake.run(call, [Path(p) for p in fetched])
    report.came.skipped += report.skipped
    for outcome in report.came.outcomes:
        name = fetched.get(outcome.path)
        # A refusal a later roster may cure: the bundle is fetched again next round.
        if name is not None and not intake.may_pass_later(outcome):
            state.seen[name] = REFUSED if outcome.status == "refused" else IMPORTED
        Path(outcome.path).unlink(missing_ok=True)
    # The fetched copies are gone: nothing of a refusal is left here to remove.
    report.came.refused = [replace(r, path="") for r in report.came.refused]


def _prune(
    call: Call,
    client: WebDavClient,
    state: RelayState,
    listing: dict[str, RemoteFile],
    report: RoundReport,
) -> None:
    def decide(s: Session) -> tuple[list[str], int]:
        roster = team_store.load_state(s.conn)
        now = s.ctx.now_ms()
        done = [
            name
            for name, pushed in state.pushed.items()
            if name in listing and acks.delivered(s.conn, roster, pushed, now)
        ]
        return done, now

    delivered, now = call(decide)
    for name in list(state.pushed):
        if name not in listing:
            del state.pushed[name]  # never arrived (the upload died) or removed by hand
    for name in delivered:
        client.delete(name)
        del state.pushed[name]
        report.deleted += 1
    for temp in list(state.temps):
        client.delete(temp)  # our upload that a dropped connection left behind
        state.temps.remove(temp)
    for f in listing.values():
        stale = f.modified_ms is not None and now - f.modified_ms > STALE_TEMP_MS
        if names.is_temp(f.name) and stale:
            client.delete(f.name)  # someone's upload that died a day ago and more


def _push(
    call: Call,
    client: WebDavClient,
    state: RelayState,
    spool: Path,
    report: RoundReport,
    save: Callable[[object], None],
) -> None:
    Prepared = tuple[exchange.Written, list[str], dict[str, int], dict[str, int], str, int]

    def prepare(s: Session) -> list[Prepared]:
        conn = s.conn
        roster = team_store.load_state(conn)
        recipients = exchange.recipients(s, roster, None)
        held = ledger.held_vector(conn)
        wanted: list[str] = []
        for group in exchange.groups(recipients):
            ids = [m.device_id for m in group]
            carried = acks.carried_for(conn, ids, held)
            if acks.needs_push(
                state.marks.get(acks.group_key(ids)), held, carried, roster.head_hash
            ):
                wanted += ids
        if not wanted:
            return []
        out = []
        for written in exchange.export(s, spool, wanted):
            ids = [m.device_id for m in written.recipients]
            carried = acks.carried_for(conn, ids, held)
            out.append((written, ids, carried, held, roster.head_hash, s.ctx.now_ms()))
        return out

    for written, ids, carried, held, head, now in call(prepare):
        key = acks.group_key(ids)
        older = [n for n, p in state.pushed.items() if acks.group_key(p.to) == key]
        final = names.new_final()
        state.pushed[final] = Pushed(ids, carried, now)
        _upload(client, state, written.path, final, save)
        state.marks[key] = Mark(held, sorted(carried), head)
        written.path.unlink()
        report.sent.append(Sent(final, [m.name for m in written.recipients], written.stats.ops))
        for name in older:
            client.delete(name)  # superseded: the new file carries all it did
            del state.pushed[name]
            report.deleted += 1
        save(None)


def _upload(
    client: WebDavClient,
    state: RelayState,
    src: Path,
    final: str,
    save: Callable[[object], None],
) -> None:
    tries: list[str] = []

    def remember_temp(name: str) -> None:
        # Remembered before each try: if the round dies mid-way, the next one removes the
        # temporary file, and adopts the final one if the move went through.
        tries.append(name)
        state.temps.append(name)
        save(None)

    client.upload(src, final, remember_temp)
    state.temps = [t for t in state.temps if t not in tries]

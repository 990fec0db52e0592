"""Disk trouble: a stick that fills up during export, a write the system refuses part way,
and a vault whose own disk is full while saving.

Each gives a clear translated message and its exit code (export: 4, vault: 3), never a
traceback; leaves no file that looks like a finished bundle (a hidden `.part` at most,
which import reports as partial); and changes nothing in the vault (export moves only its
bundle counter: a number once given to a file being written is never used again, see
docs/evidence.md). Real disks: small tmpfs mounts made by the test (skipped where the
system does not let the test mount one), and RLIMIT_FSIZE on the real CLI.
"""

from __future__ import annotations

import errno
import io
import json
import os
import resource
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from teamkit import SUBJECT, make_team, note

from aluna_field.l10n import _
from aluna_field.services import exchange, intake
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store.db import is_disk_full
from aluna_field.sync import team_store
from aluna_field.sync.export import plan_for, write_bundle
from aluna_field.sync.ledger import BUNDLE_SEQ_KEY
from support import PASSPHRASE, FakeClock, make_ctx

CLI = [sys.executable, "-c", "from aluna_field.cli.main import main; main()"]
PHOTO = 3 * 1024 * 1024  # the attachment that makes the bundle larger than the room left


# -- helpers ------------------------------------------------------------------------------
@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Callable[[str, int], Path]]:
    """Mount a tmpfs of the given size (KiB) at tmp_path/name; unmounted afterwards."""
    mounted: list[Path] = []

    def mount(name: str, kib: int) -> Path:
        point = tmp_path / name
        point.mkdir()
        r = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={kib}k,mode=0700", "tmpfs", str(point)],
            capture_output=True,
            text=True,
        )
        if r.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here (needs root): {r.stderr.strip()}")
        mounted.append(point)
        return point

    yield mount
    for point in reversed(mounted):
        subprocess.run(["umount", "-l", str(point)], check=False)


def cli(
    vault: Path, *args: str, stdin: str = "", limit: int | None = None
) -> subprocess.CompletedProcess[str]:
    """The real CLI in a subprocess; limit: RLIMIT_FSIZE in bytes for that process only."""
    env = {**os.environ, "ALUNA_FIELD_PASSPHRASE": PASSPHRASE}
    env.pop("ALUNA_FIELD_VAULT", None)

    def cap() -> None:
        if limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return subprocess.run(
        [*CLI, "--vault", str(vault), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        preexec_fn=cap,
    )


def rows(session: Session) -> dict[str, list[str]]:
    """Every row of every table, for comparing a vault before and after."""
    names = [
        r[0]
        for r in session.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {
        n: sorted(repr(tuple(r)) for r in session.conn.execute(f'SELECT * FROM "{n}"'))
        for n in names
    }


def rows_of(ctx: AppContext) -> dict[str, list[str]]:
    with open_vault(ctx, PASSPHRASE) as s:
        return rows(s)


def without_bundle_counter(state: dict[str, list[str]]) -> dict[str, list[str]]:
    return {
        table: [r for r in found if table != "meta" or BUNDLE_SEQ_KEY not in r]
        for table, found in state.items()
    }


def visible(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


@pytest.fixture
def field_vault(tmp_path: Path, clock: FakeClock) -> AppContext:
    """An accompanier's vault (enrolled, roster received) holding a 3 MiB attachment."""
    t = make_team(tmp_path / "team", clock)
    try:
        intake.import_paths(t.a1, [w.path for w in exchange.export(t.c, tmp_path / "roster")])
        sid = t.a1.add("subject", SUBJECT)[0]
        [nid] = t.a1.add("crisis-note", note(sid, "Nota ficticia del disco lleno"))
        t.a1.attach_stream(nid, io.BytesIO(os.urandom(PHOTO)), "foto-ficticia.jpg", "image/jpeg")
        return t.a1.ctx
    finally:
        t.close()


def assert_export_refused(r: subprocess.CompletedProcess[str], root: Path, lang: str) -> None:
    # On a drive's root (a mount) the CLI writes into aluna-field/, where the app reads.
    stick = root / "aluna-field" if (root / "aluna-field").is_dir() else root
    assert r.returncode == 4, (r.returncode, r.stderr)
    assert (
        _(
            lang,
            "Could not write to {path} (stick full, pulled out or "
            "write-protected?). No half-written bundle was left.",
            path=str(stick),
        )
        in r.stderr
    )
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert visible(stick) == []  # no file that looks like a finished bundle
    assert all(p.name.endswith(".part") for p in stick.iterdir())


# -- export to a stick that fills up ------------------------------------------------------
@pytest.mark.parametrize("lang", ["es", "en"])
def test_export_to_a_stick_that_fills_up(
    field_vault: AppContext, small_disk: Callable[[str, int], Path], lang: str
) -> None:
    stick = small_disk("stick", 1024)  # 1 MiB of room; the bundle needs more than 3 MiB
    before = rows_of(field_vault)
    r = cli(field_vault.vault_dir, "--lang", lang, "sync", "export", "--to", str(stick))
    assert_export_refused(r, stick, lang)
    after = rows_of(field_vault)
    assert without_bundle_counter(after) == without_bundle_counter(before)
    # With room again, the same export completes and its bundle imports whole.
    roomy = field_vault.vault_dir.parent / "roomy"
    assert cli(field_vault.vault_dir, "sync", "export", "--to", str(roomy)).returncode == 0
    assert len(visible(roomy)) == 1


def test_export_when_the_system_refuses_a_write_part_way(field_vault: AppContext) -> None:
    # RLIMIT_FSIZE: the kernel refuses any write past 1 MiB in that process (EFBIG), as a
    # FAT stick refuses a file past 4 GiB. The vault's own writes stay below it.
    stick = field_vault.vault_dir.parent / "stick"
    stick.mkdir()
    before = rows_of(field_vault)
    r = cli(
        field_vault.vault_dir, "--lang", "es", "sync", "export", "--to", str(stick), limit=2**20
    )
    assert_export_refused(r, stick, "es")
    assert without_bundle_counter(rows_of(field_vault)) == without_bundle_counter(before)


class FillingFile(io.RawIOBase):
    """A file that takes `room` bytes and then fails as a full disk does."""

    def __init__(self, room: int) -> None:
        self.room = room
        self.taken = 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        size = len(data)
        if self.taken + size > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.taken += size
        return size


@pytest.mark.parametrize("room", [0, 2_000, 70_000, 1_500_000])
def test_the_bundle_writer_passes_a_full_disk_on_and_stops_its_threads(
    field_vault: AppContext, room: int
) -> None:
    threads = threading.active_count()
    with open_vault(field_vault, PASSPHRASE) as s:
        before = rows(s)
        state = team_store.load_state(s.conn)
        group = exchange.groups(exchange.recipients(s, state, None))[0]
        with pytest.raises(OSError) as caught:
            write_bundle(
                s.conn,
                FillingFile(room),  # type: ignore[arg-type]
                s.identity,
                team_store.load_entries(s.conn),
                state.head_hash,
                plan_for(s.conn, group),
                7,
                "0" * 32,
                1,
            )
        assert caught.value.errno == errno.ENOSPC
        assert rows(s) == before  # writing a bundle reads the vault only
    assert threading.active_count() == threads  # the compression threads were stopped


def test_a_partial_file_left_on_a_stick_is_refused_as_partial(
    field_vault: AppContext, tmp_path: Path
) -> None:
    # What a stick pulled out mid-write can leave: the hidden temporary file.
    stick = tmp_path / "pulled"
    assert cli(field_vault.vault_dir, "sync", "export", "--to", str(stick)).returncode == 0
    [bundle] = visible(stick)
    data = (stick / bundle).read_bytes()
    (stick / bundle).unlink()
    (stick / ".0123456789abcdef.part").write_bytes(data[: len(data) // 2])
    coordinator = make_ctx(tmp_path / "team" / "vault-Coordinación Ficticia")
    before = rows_of(coordinator)
    r = cli(coordinator.vault_dir, "--lang", "en", "sync", "import", str(stick))
    assert r.returncode == 5, r.stderr
    assert (
        _("en", "it is a half-written file (was the USB stick pulled out too early?).") in r.stdout
    )
    assert rows_of(coordinator) == before


# -- a vault whose disk is full -----------------------------------------------------------
def _fill(disk: Path, leave_kib: int) -> Path:
    filler = disk / "filler"
    free = shutil.disk_usage(disk).free
    with open(filler, "wb") as fh:
        fh.write(bytes(max(free - leave_kib * 1024, 0)))
    return filler


def _long_note(sid: str) -> str:
    return json.dumps(note(sid, "Relato ficticio que no cabe en el disco. " * 2000))


@pytest.fixture
def vault_on_small_disk(small_disk: Callable[[str, int], Path], clock: FakeClock) -> AppContext:
    disk = small_disk("disk", 4096)
    ctx = make_ctx(disk / "vault", clock)
    with create_vault(ctx, PASSPHRASE, "Persona Ficticia", "accompanier") as s:
        s.add("subject", SUBJECT)
    return ctx


@pytest.mark.parametrize("lang", ["es", "en"])
def test_saving_on_a_full_disk_says_so_and_applies_nothing(
    vault_on_small_disk: AppContext, lang: str
) -> None:
    ctx = vault_on_small_disk
    before = rows_of(ctx)
    sid = _subject_id(ctx)
    filler = _fill(ctx.vault_dir.parent, 60)  # room to open, not to save 80 KB more
    r = cli(
        ctx.vault_dir, "--lang", lang, "add", "crisis-note", "--json", "-", stdin=_long_note(sid)
    )
    assert r.returncode == 3, (r.returncode, r.stderr)
    assert r.stderr.strip() == _(
        lang,
        "The vault's disk is full: nothing was saved and the vault is intact. "
        "Free some space and try again.",
    )
    filler.unlink()
    assert rows_of(ctx) == before  # nothing half-applied, and the vault opens
    r = cli(ctx.vault_dir, "add", "crisis-note", "--json", "-", stdin=_long_note(sid))
    assert r.returncode == 0, r.stderr  # with room again, the same save goes through


def _subject_id(ctx: AppContext) -> str:
    with open_vault(ctx, PASSPHRASE) as s:
        return s.list_records("subject")[0].rid


def test_a_vault_whose_disk_has_no_room_at_all_is_not_called_damaged(
    vault_on_small_disk: AppContext,
) -> None:
    ctx = vault_on_small_disk
    before = rows_of(ctx)
    filler = _fill(ctx.vault_dir.parent, 0)  # not even room for the write-ahead log
    r = cli(ctx.vault_dir, "--lang", "en", "info")
    assert r.returncode == 3, r.stderr
    assert r.stderr.strip() == _(
        "en",
        "The vault's disk is full: nothing was saved and the vault is intact. "
        "Free some space and try again.",
    )
    filler.unlink()
    assert rows_of(ctx) == before


def test_an_open_session_survives_a_full_disk(vault_on_small_disk: AppContext) -> None:
    # The app keeps its session open across a failed save: the next save, once there is
    # room, must work, and the failed one must have left nothing behind.
    with open_vault(vault_on_small_disk, PASSPHRASE) as s:
        sid = s.list_records("subject")[0].rid
        before = rows(s)
        filler = _fill(vault_on_small_disk.vault_dir.parent, 60)
        with pytest.raises(Exception) as caught:
            s.add("crisis-note", json.loads(_long_note(sid)))
        assert is_disk_full(caught.value, vault_on_small_disk.vault_dir)
        assert rows(s) == before
        filler.unlink()
        s.add("crisis-note", json.loads(_long_note(sid)))
        assert len(s.list_records("crisis-note")) == 1


def test_an_import_on_a_full_disk_applies_nothing_and_the_next_one_works(
    small_disk: Callable[[str, int], Path], tmp_path: Path, clock: FakeClock
) -> None:
    # The session is not left inside a transaction, nothing is half-applied, and the
    # same bundle imports once there is room.
    disk = small_disk("team-disk", 16384)
    t = make_team(disk, clock)
    try:
        intake.import_paths(t.a1, [w.path for w in exchange.export(t.c, tmp_path / "roster")])
        sid = t.a1.add("subject", SUBJECT)[0]
        for _ in range(3):
            t.a1.add("crisis-note", json.loads(_long_note(sid)))
        bundles = [w.path for w in exchange.export(t.a1, tmp_path / "stick")]
        before = rows(t.c)
        # A page cache large enough that nothing spills before COMMIT, so the disk
        # refuses the COMMIT itself (SQLite rolls a full disk back on its own; store.db's
        # guard, which the importer now uses, also covers the COMMIT failures it doesn't).
        t.c.conn.execute("PRAGMA cache_size = -262144")
        filler = _fill(disk, 60)
        with pytest.raises(Exception) as caught:
            intake.import_paths(t.c, bundles)
        assert is_disk_full(caught.value, t.c.ctx.vault_dir)
        assert not t.c.conn.in_transaction
        assert rows(t.c) == before
        filler.unlink()
        [outcome] = intake.import_paths(t.c, bundles).outcomes
        assert outcome.status == "imported"
        assert len(t.c.list_records("crisis-note")) == 3
    finally:
        t.close()

"""Relay benchmarks over loopback against a real wsgidav server (the one the tests start).

- push: 200 small bundles uploaded as the relay does it (PUT to a temporary name, then
  MOVE), against copying the same files into a local folder with temp + fsync + rename.
- pull round: a coordinator's round over a folder holding 200 bundles for it and 200
  for someone else (headers trial-decrypted and skipped), downloaded and imported,
  against importing the same 200 files from a local folder.
- one 200 MiB file each way, against a local copy of it (transport only: the file is
  opaque bytes, as a bundle is to the relay).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

from aluna_field.services import exchange, intake, relay, team
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store.atomic import atomic_writer
from aluna_field.sync import ledger
from aluna_field.sync.relay import names
from aluna_field.sync.relay.target import parse_target
from aluna_field.sync.relay.webdav import WebDavClient

from .common import Figure, scratch, timed

# The same real server the tests start (tests/relay/davserver.py).
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "relay"))
from davserver import PASSWORD, USER, DavServer

PASS = "frase ficticia de benchmark 2026"
SUBJECT = {"type": "collective", "alias": "Colectivo Ficticio", "region": "Guerrero"}


def _note(sid: str, i: int) -> dict[str, object]:
    return {
        "subject_ids": [sid],
        "occurred_at": "2026-09-20T10:30:00",
        "event": "threat",
        "narrative": f"Nota ficticia de benchmark número {i}",
        "urgency": "high",
    }


def _bundles(sender: Session, peer: str, n: int, out: Path) -> list[Path]:
    """n bundles of one new note each, as if the peer acknowledged after every one."""
    sid = sender.add("subject", SUBJECT)[0]
    files = []
    for i in range(n):
        sender.add("crisis-note", _note(sid, i))
        files += [w.path for w in exchange.export(sender, out, [peer])]
        ledger.record_peer_vector(sender.conn, peer, ledger.held_vector(sender.conn))
    return files


def _copy_all(files: list[Path], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        with open(f, "rb") as src, atomic_writer(folder / f.name) as dst:
            shutil.copyfileobj(src, dst, 1024 * 1024)


def _team(root: Path) -> tuple[Session, Session]:
    c = create_vault(AppContext(root / "c", "en"), PASS, "Coordinación", "coordinator", "Eq")
    a = create_vault(AppContext(root / "a", "en"), PASS, "Persona A", "accompanier")
    team.join(a, team.my_card(c))
    team.add(c, team.my_card(a), "accompanier")
    return c, a


def run(scale: float = 1.0) -> list[Figure]:
    n = max(10, int(200 * scale))
    big = max(4 << 20, int((200 << 20) * scale))
    figures: list[Figure] = []
    with scratch("relay") as root:
        server = DavServer(root / "dav")
        try:
            figures += _small(root, server, n)
            figures += _large(root, server, big)
        finally:
            server.stop()
    return figures


def _small(root: Path, server: DavServer, n: int) -> list[Figure]:
    c, a = _team(root)
    for w in exchange.export(c, root / "roster"):
        intake.import_paths(a, [w.path])
    to_c = _bundles(a, c.identity.device_id, n, root / "to-c")
    to_a = _bundles(c, a.identity.device_id, n, root / "to-a")
    target = parse_target(server.url(), USER, PASSWORD)
    client = WebDavClient(target)
    client.list()

    def push(files: list[Path]) -> None:
        for f in files:
            client.upload(f, names.new_final())

    push_s = timed(lambda: push(to_c))
    push(to_a)
    client.close()
    copy_s = timed(lambda: _copy_all(to_c, root / "local-push"))
    # The limit of a pull: the same files imported from a local folder by a copy of the
    # coordinator's vault taken before the round (same keys, none of the notes yet).
    c.close()
    shutil.copytree(root / "c", root / "c-copy")
    c = open_vault(AppContext(root / "c", "en"), PASS)
    twin = open_vault(AppContext(root / "c-copy", "en"), PASS)
    round_s = timed(lambda: relay.run_round(c, target))

    def import_local() -> None:
        _copy_all(to_c, root / "local-pull")
        intake.import_paths(twin, [root / "local-pull"])

    import_s = timed(import_local)
    for s in (c, twin, a):
        s.close()
    note = f"{n} bundles of one note each; loopback wsgidav, basic auth"
    return [
        Figure(
            "relay",
            f"push {n} small bundles (PUT temp + MOVE)",
            push_s,
            "s",
            better="lower",
            limit_name="copy to local folder",
            limit_value=copy_s,
            note=note,
        ),
        Figure(
            "relay",
            f"pull round: {2 * n} files listed, {n} skipped by header, {n} imported",
            round_s,
            "s",
            better="lower",
            limit_name="copy + import from local folder",
            limit_value=import_s,
            note=note,
        ),
    ]


def _large(root: Path, server: DavServer, size: int) -> list[Figure]:
    src = root / "big.bin"
    with open(src, "wb") as fh:
        for _ in range(size // (1 << 20)):
            fh.write(os.urandom(1 << 20))
    size = src.stat().st_size
    mb = size / (1 << 20)
    final = names.new_final()
    with WebDavClient(parse_target(server.url(), USER, PASSWORD)) as client:
        client.list()
        up = timed(lambda: client.upload(src, final))
        dest = root / "big-down.bin"
        down = timed(lambda: client.download(final, dest, size))
    copy = timed(lambda: _copy_all([src], root / "local-big"))
    return [
        Figure(
            "relay",
            f"upload one {mb:.0f} MiB bundle",
            mb / up,
            "MiB/s",
            limit_name="local copy",
            limit_value=mb / copy,
            note="temp name then MOVE; loopback",
        ),
        Figure(
            "relay",
            f"download one {mb:.0f} MiB bundle",
            mb / down,
            "MiB/s",
            limit_name="local copy",
            limit_value=mb / copy,
            note="streamed to disk in 64 KiB pieces, fsync at the end",
        ),
    ]

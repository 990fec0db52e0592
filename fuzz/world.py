"""What the harnesses fuzz against: a real team of two vaults in a temporary folder, and
the checks every harness makes (a result or the module's own error, an unchanged vault).

Cheap Argon2id parameters reach the vaults through the composition root
(`AppContext.kdf_policy`), as in the tests; nothing is patched.
"""

from __future__ import annotations

import atexit
import hashlib
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import atheris

from aluna_field.services import exchange, intake, team
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.store.kdf import Argon2Params, KdfPolicy

CHEAP_KDF = KdfPolicy(
    fixed=Argon2Params(memory_kib=1024, iterations=1, lanes=1), allow_below_floor=True
)
PASSPHRASE = "frase ficticia del fuzzing 2026"  # noqa: S105 (fictional, for throwaway vaults)


@dataclass
class World:
    root: Path
    coordinator: Session
    member: Session


def _ctx(folder: Path) -> AppContext:
    return AppContext(vault_dir=folder, lang="en", kdf_policy=CHEAP_KDF, log_dir=folder / "logs")


def make_world() -> World:
    """A coordinator and an accompanier, enrolled and holding the same roster, with a few
    fictional records on the accompanier's side; removed when the process exits."""
    root = Path(tempfile.mkdtemp(prefix="aluna-fuzz-"))
    atexit.register(shutil.rmtree, root, True)
    c = create_vault(_ctx(root / "c"), PASSPHRASE, "Coordinación Ficticia", "coordinator", "Eq")
    a = create_vault(_ctx(root / "a"), PASSPHRASE, "Persona Ficticia", "accompanier")
    team.join(a, team.my_card(c))
    team.add(c, team.my_card(a), "accompanier")
    intake.import_paths(a, [w.path for w in exchange.export(c, root / "roster")])
    sid = a.add("subject", {"type": "collective", "alias": "Colectivo Ficticio", "region": "Sur"})
    a.add(
        "crisis-note",
        {
            "subject_ids": sid,
            "occurred_at": "2026-09-20T10:30:00",
            "event": "threat",
            "narrative": "Relato ficticio para el fuzzing.",
            "urgency": "low",
        },
    )
    return World(root, c, a)


def vault_digest(session: Session) -> str:
    """SHA-256 over every row of every table: equal digests mean an unchanged vault."""
    conn = session.conn
    h = hashlib.sha256()
    names = conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " ORDER BY name"
    ).fetchall()
    for (name,) in names:
        h.update(str(name).encode())
        rows = conn.execute(f'SELECT * FROM "{name}"').fetchall()
        for row in sorted(repr(tuple(r)) for r in rows):
            h.update(row.encode())
    return h.hexdigest()


def seed_corpus(folder: Path, seeds: list[bytes]) -> None:
    """Write the seeds into an empty corpus folder (a folder with files is left alone)."""
    folder.mkdir(parents=True, exist_ok=True)
    if any(folder.iterdir()):
        return
    for seed in seeds:
        (folder / hashlib.sha1(seed, usedforsecurity=False).hexdigest()).write_bytes(seed)


def fuzz(test_one_input: Callable[[bytes], None], seeds: Callable[[], list[bytes]]) -> None:
    """Seed the corpus folder named on libFuzzer's command line, then fuzz until told."""
    folders = [a for a in sys.argv[1:] if not a.startswith("-")]
    if folders:
        seed_corpus(Path(folders[0]), seeds())
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()

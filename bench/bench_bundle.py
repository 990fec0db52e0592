"""Bundle benchmark: export and import of 100,000 ops and of a 1 GiB attachment (both
multiplied by `scale`), throughput and peak memory.

Measured in the same run: `gpg --sign --encrypt` of the same records as one JSON file
(the tool teams use today; decrypt-and-verify for the import side) and raw
ChaCha20-Poly1305 in 64 KiB chunks over the same bytes (the limit). Each export and
import runs in a child process so that its peak resident memory is its own. All
records are fictional; gpg uses a throwaway GNUPGHOME with a generated fictional key.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from aluna_field.services import exchange, intake, team
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault, open_vault
from aluna_field.store.kdf import Argon2Params, KdfPolicy

from .bench_vault import raw_insert_rate
from .common import Figure, scratch

PASS = "frase ficticia de benchmark de paquetes"
CHEAP = KdfPolicy(
    fixed=Argon2Params(memory_kib=1024, iterations=1, lanes=1), allow_below_floor=True
)
OPS = 100_000
ATTACHMENT = 1024**3
BATCH = 5_000
PIECE = 64 * 1024
# About 600 characters a note, as the workload says; invented text.
FILLER = (
    "una visita inventada para medir. La persona ficticia relató llamadas de madrugada, "
    "un vehículo sin placas frente a la oficina del colectivo y mensajes con amenazas "
    "veladas en redes sociales. Se acordó revisar el plan de protección, avisar a la red "
    "de acompañamiento y documentar cada hecho con fecha, hora y lugar. "
) * 2


def _ctx(folder: Path) -> AppContext:
    return AppContext(vault_dir=folder, lang="en", kdf_policy=CHEAP)


def _child(*args: str) -> dict[str, Any]:
    """Run this module as a worker; returns its JSON report (seconds, peak_mb, …)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    r = subprocess.run(
        [sys.executable, "-m", "bench.bench_bundle", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[1],
        check=False,
    )
    if r.returncode != 0:
        raise RuntimeError(f"bench worker {args[0]} failed:\n{r.stderr[-2000:]}")
    return dict(json.loads(r.stdout.strip().splitlines()[-1]))


def _peak_mb() -> float:
    # VmHWM belongs to this process's own address space (reset by exec), unlike
    # ru_maxrss, which a child inherits from the parent that forked it.
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _worker(argv: list[str]) -> None:
    action, vault, folder = argv[0], Path(argv[1]), Path(argv[2])
    with open_vault(_ctx(vault), PASS) as s:
        start = time.perf_counter()
        if action == "export":
            written = exchange.export(s, folder)
            extra: dict[str, Any] = {"bytes": sum(w.path.stat().st_size for w in written)}
        else:
            outcomes = intake.import_paths(s, [folder]).outcomes
            assert all(o.status == "imported" for o in outcomes), [o.reason for o in outcomes]
            extra = {"ops": sum(o.ops for o in outcomes)}
        seconds = time.perf_counter() - start
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), **extra}))


def _records(n: int) -> dict[str, list[dict[str, Any]]]:
    subjects = max(1, n // 10)
    notes = n - subjects
    return {
        "subject": [
            {"type": "collective", "alias": f"Colectivo ficticio {i}", "region": "Guerrero"}
            for i in range(subjects)
        ],
        "crisis-note": [
            {
                "occurred_at": "2026-09-20T10:30:00",
                "event": "threat",
                "narrative": f"Nota ficticia número {i}: {FILLER}",
                "urgency": "high",
            }
            for i in range(notes)
        ],
    }


def _team(root: Path) -> tuple[Path, Path]:
    c = create_vault(_ctx(root / "c"), PASS, "Coordinación Ficticia", "coordinator")
    a = create_vault(_ctx(root / "a"), PASS, "Persona Ficticia", "accompanier")
    with c, a:
        team.join(a, team.my_card(c))
        team.add(c, team.my_card(a), "accompanier")
        exchange.export(c, root / "roster")
        intake.import_paths(a, [root / "roster"])
    return root / "c", root / "a"


def _fill(session: Session, n: int) -> list[dict[str, Any]]:
    data = _records(n)
    sids: list[str] = []
    for i in range(0, len(data["subject"]), BATCH):
        sids += session.add("subject", data["subject"][i : i + BATCH])
    notes = data["crisis-note"]
    for i, note in enumerate(notes):
        note["subject_ids"] = [sids[i % len(sids)]]
    for i in range(0, len(notes), BATCH):
        session.add("crisis-note", notes[i : i + BATCH])
    return [v.to_json() for v in session.list_records()]


def _gpg(home: Path, *args: str) -> tuple[float, float]:
    """Seconds and peak MB of one gpg run. GNU time reports the peak of gpg alone; a
    plain wait4 would also count memory this process had when it forked."""
    timer = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    r = subprocess.run(
        [*timer, "gpg", "--homedir", str(home), "--batch", "--yes", "--quiet", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    seconds = time.perf_counter() - start
    lines = r.stderr.strip().splitlines()
    peak = int(lines[-1]) / 1024 if timer and lines and lines[-1].isdigit() else float("nan")
    return seconds, peak


def _gpg_setup(home: Path, *args: str) -> str:
    r = subprocess.run(
        ["gpg", "--homedir", str(home), "--batch", "--passphrase", "", *args],
        check=True,
        capture_output=True,
        text=True,
    )
    return r.stdout


def _gpg_home(root: Path) -> Path | None:
    if shutil.which("gpg") is None:
        return None
    home = root / "gnupg"
    home.mkdir(mode=0o700)
    user = "Persona Ficticia <ficticia@example.invalid>"
    _gpg_setup(home, "--quick-gen-key", user, "ed25519", "sign", "never")
    _gpg_setup(home, "--quick-add-key", _fingerprint(home), "cv25519", "encr", "never")
    return home


def _fingerprint(home: Path) -> str:
    out = _gpg_setup(home, "--with-colons", "--list-keys")
    return next(line.split(":")[9] for line in out.splitlines() if line.startswith("fpr"))


def _gpg_pair(home: Path | None, plain: Path) -> tuple[float, float, float, float] | None:
    """(encrypt s, encrypt peak MB, decrypt s, decrypt peak MB) with gpg, or None."""
    if home is None:
        return None
    sealed = plain.with_suffix(".gpg")
    enc = _gpg(
        home,
        "--trust-model",
        "always",
        "-r",
        "ficticia@example.invalid",
        "--sign",
        "--encrypt",
        "-o",
        str(sealed),
        str(plain),
    )
    dec = _gpg(home, "-o", str(plain.with_suffix(".out")), "-d", str(sealed))
    sealed.unlink()
    plain.with_suffix(".out").unlink()
    return enc[0], enc[1], dec[0], dec[1]


def _chacha_seconds(path: Path) -> float:
    """Raw ChaCha20-Poly1305 over the file in 64 KiB chunks: read, seal, discard."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    aead = ChaCha20Poly1305(os.urandom(32))
    start = time.perf_counter()
    with open(path, "rb") as fh:
        counter = 0
        while piece := fh.read(PIECE):
            aead.encrypt(counter.to_bytes(12, "big"), piece, None)
            counter += 1
    return time.perf_counter() - start


def _figures(
    label: str,
    size_mb: float,
    exp: dict[str, Any],
    imp: dict[str, Any],
    gpg: tuple[float, float, float, float] | None,
    chacha: float,
    targets: dict[str, str],
) -> list[Figure]:
    peer = gpg or (None, None, None, None)
    note = f"{size_mb:,.1f} MB of JSON-equivalent data; bundle {exp['bytes'] / 1e6:,.1f} MB"
    return [
        Figure(
            "bundle",
            f"export {label}",
            exp["seconds"],
            "s",
            "lower",
            "raw ChaCha20-Poly1305",
            chacha,
            "gpg --sign --encrypt",
            peer[0],
            targets.get("export"),
            note,
        ),
        Figure(
            "bundle",
            f"import {label}",
            imp["seconds"],
            "s",
            "lower",
            "raw ChaCha20-Poly1305",
            chacha,
            "gpg --decrypt (verify)",
            peer[2],
            targets.get("import"),
            note,
        ),
        Figure(
            "bundle",
            f"export {label}: peak memory",
            exp["peak_mb"],
            "MB",
            "lower",
            None,
            None,
            "gpg --sign --encrypt",
            peer[1],
            targets.get("memory"),
        ),
        Figure(
            "bundle",
            f"import {label}: peak memory",
            imp["peak_mb"],
            "MB",
            "lower",
            None,
            None,
            "gpg --decrypt (verify)",
            peer[3],
            targets.get("memory"),
        ),
    ]


def _ops_figures(root: Path, home: Path | None, n_ops: int) -> list[Figure]:
    root.mkdir(parents=True)
    c_dir, a_dir = _team(root)
    with open_vault(_ctx(a_dir), PASS) as a:
        records = _fill(a, n_ops)
    plain = root / "records.json"
    plain.write_text(json.dumps(records, ensure_ascii=False))
    exp = _child("export", str(a_dir), str(root / "ops"))
    # The next export of the same change sets sends the frames the first one stored.
    again = _child("export", str(a_dir), str(root / "ops-again"))
    imp = _child("import", str(c_dir), str(root / "ops"))
    chacha = _chacha_seconds(plain)
    # The floor under any import: storing the same records as JSON with their text in
    # the full-text index, as the vault bench's bulk-add limit does.
    raw_rate = raw_insert_rate(
        root / "raw-import.db", records, lambda r: str(r.get("narrative") or r.get("alias"))
    )
    figures = _figures(
        f"of {n_ops:,} ops",
        plain.stat().st_size / 1e6,
        exp,
        imp,
        _gpg_pair(home, plain),
        chacha,
        {"export": "<= 0.5x gpg's time"},
    )
    figures.append(
        Figure(
            "bundle",
            f"export of {n_ops:,} ops again (stored frames)",
            again["seconds"],
            "s",
            "lower",
            "raw ChaCha20-Poly1305",
            chacha,
            "gpg --sign --encrypt",
            figures[0].peer_value,
            "<= 0.5x gpg's time",
        )
    )
    figures.append(
        Figure(
            "bundle",
            f"import of {n_ops:,} ops: rate",
            imp["ops"] / imp["seconds"],
            "ops/s",
            limit_name="raw SQLCipher insert of the same JSON with FTS5",
            limit_value=raw_rate,
            target=">= 20,000 notes/s",
            note="work after opening the vault; every commitment and op id recomputed",
        )
    )
    plain.unlink()
    return figures


def _cli_fixed(root: Path) -> Figure:
    """The CLI's fixed cost: a fresh process that loads the CLI and unlocks a vault with
    the calibrated key derivation (what every command pays before its work)."""
    ctx = AppContext(vault_dir=root / "cli-vault", lang="en", kdf_policy=KdfPolicy())
    create_vault(ctx, PASS, "Persona Ficticia", "accompanier").close()
    code = (
        "import sys; from pathlib import Path; import aluna_field.cli.main\n"
        "from aluna_field.services.context import AppContext\n"
        "from aluna_field.services.vaults import open_vault\n"
        "from aluna_field.store.kdf import KdfPolicy\n"
        "ctx = AppContext(vault_dir=Path(sys.argv[1]), lang='en', kdf_policy=KdfPolicy())\n"
        "open_vault(ctx, sys.argv[2]).close()\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    times = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(ctx.vault_dir), PASS], env=env, check=True)
        times.append(time.perf_counter() - start)
    return Figure(
        "bundle",
        "CLI fixed cost: start-up + unlock (median of 3)",
        sorted(times)[1],
        "s",
        "lower",
        note="reported apart from the in-process export and import times",
    )


SIZES = (20_000, 100_000)


def run(scale: float) -> list[Figure]:
    """Export/import figures for 20,000 and 100,000 ops (·scale) and a 1 GiB·scale
    attachment, with the CLI's fixed cost apart."""
    n_bytes = max(PIECE, int(ATTACHMENT * scale))
    figures: list[Figure] = []
    with scratch("bundle") as root:
        home = _gpg_home(root)
        for k, size in enumerate(SIZES):
            n = max(100, int(size * scale))
            figures += _ops_figures(root / f"ops-{k}", home, n)
        figures.append(_cli_fixed(root))
        (root / "att-team").mkdir()
        c_dir, a_dir = _team(root / "att-team")
        blob = root / "audio-ficticio.bin"
        with open(blob, "wb") as fh:
            left = n_bytes
            while left:
                fh.write(os.urandom(min(left, 1024 * 1024)))
                left -= min(left, 1024 * 1024)
        with open_vault(_ctx(a_dir), PASS) as a:
            rid = a.add(
                "subject",
                {"type": "person", "alias": "Persona con audio ficticio", "region": "Oaxaca"},
            )[0]
            a.attach(rid, blob)
        exp = _child("export", str(a_dir), str(root / "att"))
        imp = _child("import", str(c_dir), str(root / "att"))
        figures += _figures(
            f"of a {n_bytes / 1024**2:,.0f} MiB attachment",
            n_bytes / 1e6,
            exp,
            imp,
            _gpg_pair(home, blob),
            _chacha_seconds(blob),
            {"export": "faster than gpg", "memory": "< 300 MB"},
        )
    return figures


if __name__ == "__main__":
    _worker(sys.argv[1:])

"""`make bench`: run every benchmark in one process run and write docs/performance.md.

Usage: python -m bench.run_all [--scale 1.0] [--only vault,bundle,...]
Each figure is printed with its ratio to the limit and to the peer measured in the same
run. Nothing here fails on timing.
"""

from __future__ import annotations

import argparse
import importlib
import os
import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from .common import Figure

AREAS = ["vault", "bundle", "merge", "relay", "reports", "startup"]
DOC = Path(__file__).resolve().parents[1] / "docs" / "performance.md"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB RAM"
    except (OSError, ValueError, IndexError):
        pass
    import cryptography
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    cipher = conn.execute("PRAGMA cipher_version").fetchone()[0]
    return (
        f"{cpu}, {os.cpu_count()} cores{mem}; {platform.system()} {platform.release()}; "
        f"Python {platform.python_version()}; SQLCipher {cipher}; "
        f"cryptography {cryptography.__version__}"
    )


def _fmt(x: float | None) -> str:
    if x is None:
        return "–"
    if x >= 100:
        return f"{x:,.0f}"
    return f"{x:.3g}"


def _row(f: Figure) -> str:
    lim = f"{_fmt(f.limit_value)} ({f.limit_name})" if f.limit_name else "–"
    peer = f"{_fmt(f.peer_value)} ({f.peer_name})" if f.peer_name else "–"
    r_lim = f.ratio(f.limit_value)
    r_peer = f.ratio(f.peer_value)
    return (
        f"| {f.name} | {_fmt(f.value)} {f.unit} | {lim} | "
        f"{_fmt(r_lim) + '×' if r_lim else '–'} | {peer} | "
        f"{_fmt(r_peer) + '×' if r_peer else '–'} | {f.target or '–'} | {f.note} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="")
    parser.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    chosen = [a for a in AREAS if not args.only or a in args.only.split(",")]
    figures: list[Figure] = []
    missing = []
    for area in chosen:
        try:
            module = importlib.import_module(f"bench.bench_{area}")
        except ModuleNotFoundError:
            missing.append(area)
            continue
        print(f"== {area}", flush=True)
        for fig in module.run(args.scale):
            print("  " + _row(fig), flush=True)
            figures.append(fig)
    ratio_note = (
        "Ratios are ours ÷ theirs for rates and theirs ÷ ours for times, so a "
        "ratio above 1 always means we are faster."
    )
    lines = [
        "# Performance",
        "",
        f"Measured by `make bench` on {datetime.now(tz=UTC).date().isoformat()} "
        f"(scale {args.scale}).",
        "",
        f"Machine: {_machine()}.",
        "",
        ratio_note,
        "",
    ]
    for area in chosen:
        rows = [f for f in figures if f.area == area]
        if not rows:
            continue
        lines += [
            f"## {area}",
            "",
            "| figure | value | limit (same run) | vs limit | peer (same run) | vs peer "
            "| target | note |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |",
        ]
        lines += [_row(f) for f in rows]
        lines.append("")
    if missing:
        lines += [f"Not measured in this run (no benchmark module yet): {', '.join(missing)}.", ""]
    extra = DOC.parent / "performance-notes.md"
    if extra.exists():
        lines += [extra.read_text(encoding="utf-8")]
    if not args.no_write:
        DOC.write_text("\n".join(lines), encoding="utf-8")
        print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Helpers for the SIGKILL tests: the real CLI in a subprocess, killed at a random moment."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

CLI = [sys.executable, "-c", "from aluna_field.cli.main import main; main()"]


def cli_env(passphrase: str) -> dict[str, str]:
    env = {**os.environ, "ALUNA_FIELD_PASSPHRASE": passphrase}
    env.pop("ALUNA_FIELD_VAULT", None)
    return env


def run_cli(
    vault: Path, passphrase: str, *args: str, stdin: str = "", timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*CLI, "--vault", str(vault), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=cli_env(passphrase),
        timeout=timeout,
    )


def run_and_kill(
    vault: Path, passphrase: str, args: list[str], stdin: str, rng: random.Random, max_delay: float
) -> int | None:
    """Start the CLI, SIGKILL it after a random delay; its exit code if it finished first."""
    proc = subprocess.Popen(
        [*CLI, "--vault", str(vault), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
        env=cli_env(passphrase),
    )
    assert proc.stdin is not None
    try:
        proc.stdin.write(stdin)
        proc.stdin.close()
    except BrokenPipeError:
        pass
    time.sleep(rng.uniform(0, max_delay))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None
    return proc.returncode


def listed_ids(vault: Path, passphrase: str) -> set[str]:
    r = run_cli(vault, passphrase, "list", "--json")
    assert r.returncode == 0, r.stderr
    return {x["id"] for x in json.loads(r.stdout)}

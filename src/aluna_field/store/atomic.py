"""Atomic file writes: temp name in the same folder, fsync, rename, fsync the folder."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


def _fsync_dir(folder: Path) -> None:
    # Directories cannot be opened for fsync on Windows; the rename is still atomic there.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_writer(target: Path, temp_suffix: str = ".part") -> Iterator[BinaryIO]:
    """Yield a file to write; on success it appears whole under target, else not at all.

    The temporary file is named `.<random><temp_suffix>` beside the target so that a
    reader that skips dot-files and that suffix never sees a partial file.
    """
    temp = target.parent / f".{secrets.token_hex(8)}{temp_suffix}"
    fh = open(temp, "xb")
    try:
        yield fh
        fh.flush()
        os.fsync(fh.fileno())
        fh.close()
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except BaseException:
        fh.close()
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def write_atomic(target: Path, data: bytes) -> None:
    """Write data to target atomically (see atomic_writer)."""
    with atomic_writer(target) as fh:
        fh.write(data)


def destroy_file(path: Path) -> None:
    """Overwrite a small file with random bytes, fsync, then unlink it.

    On flash the overwrite is not guaranteed to reach the old cells; what makes the
    wipe reliable is that the data key only ever existed wrapped in this file.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with open(path, "r+b") as fh:
        fh.write(secrets.token_bytes(max(size, 1)))
        fh.flush()
        os.fsync(fh.fileno())
    path.unlink()
    _fsync_dir(path.parent)

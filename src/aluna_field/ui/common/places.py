"""Where a folder picker starts: the drives someone plugged in, the last folder chosen in
this session, the home folder. Plain paths, no Qt: the candidates are listed by rule and
tests pass their own mount folders.

The last folder lives in memory only, in the `LastFolder` each unlocked workspace is
given (PaneEnv): it is gone when the vault locks, and nothing writes it to disk.
"""

from __future__ import annotations

import getpass
import os
import string
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass
class LastFolder:
    """The folder last chosen in a picker during this session (None: none yet)."""

    path: Path | None = None

    def remember(self, folder: Path) -> None:
        self.path = folder


@dataclass(frozen=True)
class Place:
    path: Path
    kind: str  # "drive", "last" or "home": the picker names each in words


def mount_parents(platform: str = sys.platform, user: str | None = None) -> list[Path]:
    """The folders under which desktops mount removable drives on this system, most
    specific first (udisks mounts in /media/$USER or /run/media/$USER, older rules in
    /media, by hand in /mnt; macOS in /Volumes). Windows has drive letters instead."""
    if platform.startswith("win"):
        return []
    if platform == "darwin":
        return [Path("/Volumes")]
    name = user if user is not None else _user()
    parents = [Path("/media") / name, Path("/run/media") / name] if name else []
    return [*parents, Path("/media"), Path("/mnt")]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""


def drive_letters() -> list[Path]:
    """Windows: the drive letters that answer (A: and B: are skipped, old floppy drives
    can stall for seconds when asked)."""
    roots = [Path(f"{letter}:\\") for letter in string.ascii_uppercase[2:]]
    return [root for root in roots if os.path.isdir(root)]


def mounted_drives(parents: Sequence[Path]) -> list[Path]:
    """The folders mounted under parents, each once (a user's /media/$USER is itself
    under /media: it is looked into, not listed as a drive)."""
    found: list[Path] = []
    for parent in parents:
        try:
            children = sorted(p for p in parent.iterdir() if p.is_dir())
        except OSError:
            continue
        for child in children:
            if child in parents or child in found or not os.access(child, os.R_OK):
                continue
            found.append(child)
    return found


def places(
    last: LastFolder,
    home: Path,
    parents: Sequence[Path] | None = None,
    platform: str = sys.platform,
) -> list[Place]:
    """What the picker lists, in order: the last folder chosen (if still there), the
    drives, the home folder."""
    if parents is None:
        parents = mount_parents(platform)
    drives = drive_letters() if platform.startswith("win") else mounted_drives(parents)
    listed: list[Place] = []
    if last.path is not None and last.path.is_dir():
        listed.append(Place(last.path, "last"))
    listed += [Place(drive, "drive") for drive in drives if drive != last.path]
    if home != last.path:
        listed.append(Place(home, "home"))
    return listed


def opening_folder(listed: Sequence[Place], home: Path) -> Path:
    """Where the picker opens: the last folder, else the only drive, else the folder the
    drives are mounted in (so each is one step away), else home (no drive plugged in:
    an empty mount folder would help no one)."""
    if listed and listed[0].kind == "last":
        return listed[0].path
    drives = [place.path for place in listed if place.kind == "drive"]
    if len(drives) == 1:
        return drives[0]
    if drives:
        common = drives[0].parent
        if all(drive.parent == common for drive in drives):
            return common
        return drives[0]
    return home

"""Where bundles are on a stick or in a folder, and which files an import tries.

One place for the naming and location rules that export and import share: a random
name with one fixed extension, written through a hidden `.part` name, kept on a stick
in its `aluna-field/` folder (older versions wrote to the stick's top level).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from .session import Session

EXTENSION = ".afb"
PART_SUFFIX = ".part"
STICK_FOLDER = "aluna-field"  # the folder on a stick that holds the bundles
# Bundle file name → its recipient group, for the bundles this device wrote to a stick.
WRITTEN_SETTING = "exchange.written"


@dataclass
class Found:
    """The files one import tries: named ones (chosen by the person), ones found in a
    folder, and the half-written leftovers of interrupted writes (never opened)."""

    named: list[Path] = field(default_factory=list)
    in_folder: list[Path] = field(default_factory=list)
    leftovers: list[Path] = field(default_factory=list)


def stick_folder(target: Path) -> Path:
    """Where bundles go on a stick mounted at target: its `aluna-field/` folder, the one
    the app reads and writes (target itself when it already is that folder)."""
    return target if target.name == STICK_FOLDER else target / STICK_FOLDER


def is_stick(folder: Path) -> bool:
    """Whether folder is a drive's top level: a mount point, or a folder that already
    holds the app's `aluna-field/` folder (not that folder itself)."""
    if folder.name == STICK_FOLDER:
        return False
    return os.path.ismount(folder) or (folder / STICK_FOLDER).is_dir()


def export_folder(target: Path) -> Path:
    """Where `sync export --to target` writes: on a drive its `aluna-field/` folder, as
    the app does; any other folder as given."""
    return target / STICK_FOLDER if is_stick(target) else target


def own_bundles(session: Session) -> set[str]:
    """Names of the bundles this device wrote to sticks (they are for others)."""
    return set(dict(session.setting(WRITTEN_SETTING, {}) or {}))


def find(paths: list[Path], own: set[str], sticks: bool = False) -> Found:
    """The files an import of paths tries, in a stable order.

    A file named on its own is tried whatever its name. In a plain folder every visible
    file is tried (a stranger's file is refused by the reader, so the person sees it).
    On a stick (see is_stick; every folder when `sticks`, as for a drive the app
    exchanges with) every visible file of its `aluna-field/` folder is tried, and at the
    top level, where older versions wrote, only files with the bundle extension: the
    stick's photos and documents are not bundles and are not reported. Hidden files are
    skipped, except the `.part` leftovers of our writes; bundles this device wrote
    (`own`) are not opened.
    """
    found = Found()
    for p in paths:
        if not p.is_dir():
            found.named.append(p)
            continue
        if sticks or is_stick(p):
            _scan(p, own, found, only_bundles=True)
            p = p / STICK_FOLDER
            if not p.is_dir():
                continue
        _scan(p, own, found, only_bundles=False)
    return found


def _scan(folder: Path, own: set[str], found: Found, only_bundles: bool) -> None:
    for child in sorted(folder.iterdir()):
        if not child.is_file():
            continue
        name = child.name
        if name.startswith("."):
            if name.endswith(PART_SUFFIX):
                found.leftovers.append(child)
            continue
        if name in own or (only_bundles and not name.endswith(EXTENSION)):
            continue
        found.in_folder.append(child)

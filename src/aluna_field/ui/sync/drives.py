"""Removable drives as they come and go: a poll of the mounted volumes every few seconds.

Polling QStorageInfo is the one way that works alike on Linux, Windows and macOS
without a platform service; it costs a few system calls every two seconds. The lister
is injected, so tests stand a folder in for a USB stick and call `poll` themselves.
"""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, QStorageInfo, QTimer, Signal

POLL_MS = 2000
# Where desktops mount what is plugged in (udisks, older udev rules, macOS).
_MOUNT_PARENTS = ("/media/", "/run/media/", "/Volumes/")
_DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    root: Path
    label: str
    free_bytes: int = -1
    read_only: bool = False


Lister = Callable[[], list[Drive]]


def looks_removable(root: str, platform: str = sys.platform) -> bool:
    """Whether a volume mounted at root is a drive someone plugged in."""
    if platform.startswith("win"):
        windll = getattr(ctypes, "windll", None)
        if windll is None:
            return False
        return int(windll.kernel32.GetDriveTypeW(root)) == _DRIVE_REMOVABLE
    return any(root.startswith(parent) and len(root) > len(parent) for parent in _MOUNT_PARENTS)


def removable_drives() -> list[Drive]:
    """The removable volumes mounted now, ready to read."""
    found = []
    for volume in QStorageInfo.mountedVolumes():
        root = volume.rootPath()
        if not (volume.isValid() and volume.isReady()) or not looks_removable(root):
            continue
        label = volume.displayName() or Path(root).name or root
        found.append(Drive(Path(root), label, volume.bytesAvailable(), volume.isReadOnly()))
    return sorted(found, key=lambda d: str(d.root))


class DriveWatcher(QObject):
    """Emits `changed` when a drive appears or goes; `drives` is the current list."""

    changed = Signal()

    def __init__(self, lister: Lister = removable_drives, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lister = lister
        self.drives: list[Drive] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self.poll()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def poll(self) -> bool:
        """Look again; True (and `changed`) when the set of drives is not the same."""
        try:
            drives = self.lister()
        except OSError:
            drives = []  # a drive pulled out while being looked at
        if [d.root for d in drives] == [d.root for d in self.drives]:
            self.drives = drives  # free space and labels may have moved
            return False
        self.drives = drives
        self.changed.emit()
        return True

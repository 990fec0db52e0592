"""How panes ask for each other without knowing each other: signals the workspace routes."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from .backend import Backend
from .clipboard import ClipboardGuard
from .places import LastFolder


class Navigator(QObject):
    open_record = Signal(str, str)  # kind, record id
    new_record = Signal(str, object)  # kind, prefilled values (dict)
    open_draft = Signal(str)  # draft id
    show_pane = Signal(str)  # pane key
    language_chosen = Signal(str)  # "es" or "en", from the settings
    autolock_chosen = Signal(int)  # minutes, from the settings
    wipe_requested = Signal()  # erase this vault (confirmed in the settings)


@dataclass
class PaneEnv:
    """What every pane is given: the vault, the language, the clipboard, the navigator,
    and the folder last chosen in a picker (in memory, for this unlocked session)."""

    backend: Backend
    lang: str
    clipboard: ClipboardGuard
    nav: Navigator
    folders: LastFolder = field(default_factory=LastFolder)

    def now(self) -> dt.datetime:
        """Local time from the context's clock (tests pass a fixed one)."""
        return dt.datetime.fromtimestamp(self.backend.now_ms() / 1000).replace(
            second=0, microsecond=0
        )

    def today(self) -> dt.date:
        return self.now().date()

"""The panes of the main window, in sidebar order. Adding a pane is one line here.

Sync, team, conflicts and reports come from later work: each adds a `PaneSpec` with
its group ("exchange" sits between the record kinds and the settings).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtWidgets import QWidget

from ...domain.kinds import RecordKind
from ..common.nav import PaneEnv
from ..home.pane import HomePane
from ..i18n import t
from ..records.pane import RecordsPane
from ..records.search_pane import SearchPane
from ..settings.pane import SettingsPane
from .texts import TEXTS

GROUPS = ("start", "records", "exchange", "end")


class Pane(Protocol):
    """What the workspace asks of every pane."""

    def refresh(self) -> None: ...

    def clear_content(self) -> None: ...

    def save_drafts(self) -> None: ...

    def focus_search(self) -> None: ...


@dataclass(frozen=True)
class PaneSpec:
    key: str
    label: Callable[[str], str]  # lang -> text in the sidebar
    build: Callable[[PaneEnv], QWidget]
    group: str = "records"
    in_sidebar: bool = True


def _kind(kind: str) -> PaneSpec:
    return PaneSpec(
        kind,
        lambda lang: RecordKind(kind).plural(lang),
        lambda env: RecordsPane(env, kind),
    )


def _text(key: str) -> Callable[[str], str]:
    return lambda lang: t(TEXTS, key, lang)


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("home", _text("home"), HomePane, "start"),
    PaneSpec("search", _text("search"), SearchPane, "start"),
    _kind("subject"),
    _kind("accompaniment"),
    _kind("crisis-note"),
    _kind("risk-assessment"),
    _kind("impact-observation"),
    _kind("follow-up"),
    PaneSpec("settings", _text("settings"), SettingsPane, "end"),
)

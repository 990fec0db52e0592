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
from ...l10n import _, pgettext
from ..common.nav import PaneEnv
from ..conflicts.pane import ConflictsPane
from ..custom.pane import FormsPane
from ..home.pane import HomePane
from ..records.pane import RecordsPane
from ..records.search_pane import SearchPane
from ..reports.host import ReportsHost
from ..settings.pane import SettingsPane
from ..sync.pane import SyncPane
from ..team.pane import TeamPane
from .texts import KEYED

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
    coordinators_only: bool = False


def _kind(kind: str) -> PaneSpec:
    return PaneSpec(
        kind,
        lambda lang: RecordKind(kind).plural(lang),
        lambda env: RecordsPane(env, kind),
    )


def _text(key: str) -> Callable[[str], str]:
    return lambda lang: _(lang, KEYED[key])


PANES: tuple[PaneSpec, ...] = (
    PaneSpec("home", _text("home"), HomePane, "start"),
    PaneSpec("search", _text("search"), SearchPane, "start"),
    _kind("subject"),
    _kind("accompaniment"),
    _kind("crisis-note"),
    _kind("risk-assessment"),
    _kind("impact-observation"),
    _kind("follow-up"),
    _kind("activity"),
    PaneSpec("sync", lambda lang: pgettext(lang, "ui.sync:title", "Sync"), SyncPane, "exchange"),
    PaneSpec("team", lambda lang: _(lang, "Team"), TeamPane, "exchange"),
    PaneSpec("conflicts", lambda lang: _(lang, "Conflicts"), ConflictsPane, "exchange"),
    PaneSpec(
        "reports",
        lambda lang: _(lang, "Reports"),
        ReportsHost,
        "exchange",
        coordinators_only=True,
    ),
    PaneSpec(
        "forms",
        lambda lang: _(lang, "Forms"),
        FormsPane,
        "exchange",
        coordinators_only=True,
    ),
    PaneSpec("settings", _text("settings"), SettingsPane, "end"),
)


def panes_for(role: str, specs: tuple[PaneSpec, ...] = PANES) -> tuple[PaneSpec, ...]:
    """The panes a device with this role sees (reports are for coordinators)."""
    return tuple(s for s in specs if role == "coordinator" or not s.coordinators_only)

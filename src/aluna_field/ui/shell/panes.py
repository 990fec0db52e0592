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
from ..conflicts.pane import ConflictsPane
from ..conflicts.texts import TEXTS as CONFLICT_TEXTS
from ..custom.pane import FormsPane
from ..custom.texts import TEXTS as FORM_TEXTS
from ..home.pane import HomePane
from ..i18n import t
from ..records.pane import RecordsPane
from ..records.search_pane import SearchPane
from ..reports.host import ReportsHost
from ..reports.texts import TEXTS as REPORT_TEXTS
from ..settings.pane import SettingsPane
from ..sync.pane import SyncPane
from ..sync.texts import TEXTS as SYNC_TEXTS
from ..team.pane import TeamPane
from ..team.texts import TEXTS as TEAM_TEXTS
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
    coordinators_only: bool = False


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
    _kind("activity"),
    PaneSpec("sync", lambda lang: t(SYNC_TEXTS, "title", lang), SyncPane, "exchange"),
    PaneSpec("team", lambda lang: t(TEAM_TEXTS, "title", lang), TeamPane, "exchange"),
    PaneSpec("conflicts", lambda lang: t(CONFLICT_TEXTS, "title", lang), ConflictsPane, "exchange"),
    PaneSpec(
        "reports",
        lambda lang: t(REPORT_TEXTS, "pane_name", lang),
        ReportsHost,
        "exchange",
        coordinators_only=True,
    ),
    PaneSpec(
        "forms",
        lambda lang: t(FORM_TEXTS, "title", lang),
        FormsPane,
        "exchange",
        coordinators_only=True,
    ),
    PaneSpec("settings", _text("settings"), SettingsPane, "end"),
)


def panes_for(role: str, specs: tuple[PaneSpec, ...] = PANES) -> tuple[PaneSpec, ...]:
    """The panes a device with this role sees (reports are for coordinators)."""
    return tuple(s for s in specs if role == "coordinator" or not s.coordinators_only)

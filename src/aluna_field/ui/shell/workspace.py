"""The unlocked workspace: the sidebar and the panes, and the routes between them."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QWidget

from ...domain.kinds import KIND_CODES
from ..common.keys import FIND, NEW, SECTIONS
from ..common.nav import PaneEnv
from ..records.pane import RecordsPane
from .panes import PANES, Pane, PaneSpec, panes_for
from .sidebar import Sidebar


class Workspace(QWidget):
    lock_requested = Signal()

    def __init__(self, env: PaneEnv, specs: tuple[PaneSpec, ...] = PANES) -> None:
        super().__init__()
        self.env = env
        specs = panes_for(env.backend.role, specs)
        layout = QHBoxLayout(self)
        self.sidebar = Sidebar(specs, env.lang)
        self.stack = QStackedWidget()
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        self.panes: dict[str, QWidget] = {}
        # Panes whose content may be out of date; each reloads when it is next shown, so
        # a save in a large vault reloads one list, not every list.
        self.stale: set[str] = set()
        for spec in specs:
            pane = spec.build(env)
            self.panes[spec.key] = pane
            self.stack.addWidget(pane)
        self.sidebar.chosen.connect(self.show_pane)
        self.sidebar.activated.connect(self._sidebar_activated)
        self.sidebar.lock_clicked.connect(self.lock_requested)
        nav = env.nav
        nav.show_pane.connect(self.show_pane)
        nav.open_record.connect(self.open_record)
        nav.new_record.connect(self.new_record)
        nav.open_draft.connect(self.open_draft)
        # The one notice of a change, whoever wrote (see ui/common/changes.py).
        env.backend.changes.changed.connect(self.refresh_all)
        for keys, action in ((NEW, self._new), (FIND, self._find), (SECTIONS, self._sections)):
            shortcut = QShortcut(QKeySequence(keys), self)
            # The whole window, not only where the focus is: right after unlocking or a
            # dialog the focus may be on no widget of the workspace, and Ctrl+N must work.
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(action)
        self.show_pane("home")

    def _sections(self) -> None:
        self.sidebar.list.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def pane(self, key: str) -> Pane:
        return cast(Pane, self.panes[key])

    def records_pane(self, kind: str) -> RecordsPane:
        pane = self.panes[kind]
        assert isinstance(pane, RecordsPane)
        return pane

    def current_key(self) -> str:
        current = self.stack.currentWidget()
        return next(k for k, p in self.panes.items() if p is current)

    def show_pane(self, key: str) -> None:
        pane = self.panes[key]
        if self.stack.currentWidget() is not pane:
            self.stack.setCurrentWidget(pane)
        self.sidebar.select(key)
        # Home reloads on every show: its queries are bounded, and the drafts it lists
        # are kept quietly while typing (they send no change notice).
        if key in self.stale or key == "home":
            self.stale.discard(key)
            self.pane(key).refresh()
        if key == "search" and not self.sidebar.list.hasFocus():
            # Arrowing through the sidebar passes by Search: it must not pull the focus.
            self.pane(key).focus_search()

    def focus_sidebar(self) -> None:
        """Keyboard focus on the sidebar's chosen section (where a person starts after
        unlocking: arrows go through the sections, Tab into the pane)."""
        self.sidebar.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sidebar_activated(self, key: str) -> None:
        # Arrowing past Search leaves the keys in the sidebar; clicking it, or Enter on
        # it, is choosing it: the keys go to its box, ready to type.
        if key == "search":
            self.pane(key).focus_search()

    def refresh_all(self) -> None:
        """The vault changed: reload the pane on show now, the others when shown."""
        self.stale = set(self.panes)
        self.show_pane(self.current_key())

    def open_record(self, kind: str, rid: str) -> None:
        self.show_pane(kind)
        self.records_pane(kind).show_record(rid)

    def new_record(self, kind: str, prefill: object) -> None:
        self.show_pane(kind)
        self.records_pane(kind).new_record(dict(prefill) if isinstance(prefill, dict) else {})

    def open_draft(self, draft_id: str) -> None:
        draft = self.env.backend.drafts(lambda d: d.get(draft_id))
        if draft is None:
            return
        self.show_pane(draft.kind)
        self.records_pane(draft.kind).open_draft(draft)

    def _new(self) -> None:
        # One rule on every screen: a list makes a record of its kind; everywhere else
        # (Inicio, search, sync, team…) a crisis note, the record a visit cannot wait for.
        key = self.current_key()
        self.new_record(key if key in KIND_CODES else "crisis-note", {})

    def _find(self) -> None:
        self.pane(self.current_key()).focus_search()

    def save_drafts(self) -> None:
        for key in self.panes:
            self.pane(key).save_drafts()

    def clear_content(self) -> None:
        for key in self.panes:
            self.pane(key).clear_content()

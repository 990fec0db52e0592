"""The app's life cycle: locked or unlocked, and everything that moves between the two.

Locking, whatever asks for it (idle timer, screen lock, Ctrl+L, quick-hide, closing):
save the drafts, empty every widget that shows record content, clear the clipboard if
it holds our text, close the session, then destroy the workspace and show the unlock
screen. Nothing of the vault stays on screen or in a widget behind it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog

from ...l10n import _
from ...services.context import AppContext
from ...services.session import Session
from ...services.vaults import wipe_vault
from ...store.errors import VaultInUse
from ..common.backend import Backend, VaultLocked
from ..common.clipboard import ClipboardGuard
from ..common.idle import DEFAULT_MINUTES, IdleWatcher
from ..common.keys import AUTOLOCK_SETTING, LANG_SETTING, LOCK, QUICK_HIDE
from ..common.nav import Navigator, PaneEnv
from ..common.screenlock import ScreenLockWatcher
from ..common.tasks import TaskRunner
from ..common.wheel import WheelGuard
from ..i18n import install_qt_translations
from ..unlock.screen import UnlockScreen
from .window import MainWindow
from .workspace import Workspace


class AppController(QObject):
    locked = Signal()
    unlocked = Signal()

    def __init__(self, ctx: AppContext, app: QApplication, lang: str | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.app = app
        self.lang = lang or ctx.lang
        self.runner = TaskRunner(self)
        self.backend: Backend | None = None
        self.workspace: Workspace | None = None
        self.unlock_screen: UnlockScreen | None = None
        self._translators: list[object] = []
        self._lang_chosen = False
        self.clipboard = ClipboardGuard(app.clipboard(), self)
        self.idle = IdleWatcher(ctx.now_ms, DEFAULT_MINUTES, self)
        self.idle.idle.connect(self.lock)
        app.installEventFilter(self.idle)
        self.wheel = WheelGuard(self)
        app.installEventFilter(self.wheel)
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.locked.connect(self.lock)
        self._apply_language(self.lang)
        self.window = MainWindow(self.lang)
        self.window.closing.connect(self.shutdown)
        for keys, action in ((LOCK, self.lock), *((k, self.quick_hide) for k in QUICK_HIDE)):
            shortcut = QShortcut(QKeySequence(keys), self.window)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(action)
        self._show_unlock()

    # -- language ----------------------------------------------------------------------
    def _apply_language(self, lang: str) -> None:
        for translator in self._translators:
            self.app.removeTranslator(translator)  # type: ignore[arg-type]
        self.lang = lang
        self._translators = install_qt_translations(self.app, lang)

    def set_language(self, lang: str) -> None:
        """Switch every screen to lang; kept in the vault when it is open."""
        self._lang_chosen = True
        if self.backend is None or self.workspace is None:
            self._apply_language(lang)
            self._show_unlock()
            return
        self.backend.call(lambda s: s.set_setting(LANG_SETTING, lang))
        self.workspace.save_drafts()
        self.workspace.clear_content()
        self._apply_language(lang)
        self._build_workspace()
        if self.workspace is not None:
            self.workspace.show_pane("settings")

    # -- screens -----------------------------------------------------------------------
    def _show_unlock(self) -> None:
        screen = UnlockScreen(self.ctx, self.lang, self.runner)
        screen.opened.connect(self._opened)
        screen.language_changed.connect(self.set_language)
        self.unlock_screen = screen
        self.window.show_content(screen)
        screen.focus_input()

    def _opened(self, session: Session) -> None:
        backend = Backend(session, self.runner)
        stored = backend.call(lambda s: s.setting(LANG_SETTING))
        if self._lang_chosen or stored not in ("es", "en"):
            backend.call(lambda s: s.set_setting(LANG_SETTING, self.lang))
        elif stored != self.lang:
            self._apply_language(str(stored))
        minutes = int(backend.call(lambda s: s.setting(AUTOLOCK_SETTING, DEFAULT_MINUTES)))
        self.backend = backend
        self.unlock_screen = None
        self.idle.set_minutes(minutes)
        self._build_workspace()
        self.idle.start()
        self.unlocked.emit()

    def _build_workspace(self) -> None:
        assert self.backend is not None
        nav = Navigator(self)
        env = PaneEnv(self.backend, self.lang, self.clipboard, nav)
        workspace = Workspace(env)
        workspace.lock_requested.connect(self.lock)
        nav.language_chosen.connect(self.set_language)
        nav.autolock_chosen.connect(self.idle.set_minutes)
        nav.wipe_requested.connect(self.wipe)
        self.workspace = workspace
        self.window.show_content(workspace)
        workspace.refresh_all()
        workspace.focus_sidebar()

    # -- locking -----------------------------------------------------------------------
    @property
    def is_unlocked(self) -> bool:
        return self.backend is not None

    def lock(self) -> None:
        backend, workspace = self.backend, self.workspace
        if backend is None or workspace is None:
            return
        try:
            workspace.save_drafts()
        except VaultLocked:
            pass
        workspace.clear_content()
        for widget in self.app.topLevelWidgets():
            # Dialogs (a delete confirmation, the file picker) close with the vault.
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self.clipboard.clear_if_ours()
        self.idle.stop()
        backend.close()
        self.backend = None
        self.workspace = None
        self._show_unlock()
        self.locked.emit()

    def wipe(self) -> None:
        """Erase the vault (confirmed in Settings): lock first, then crypto-erase; the
        window then offers to create a new vault."""
        self.lock()
        if self.unlock_screen is not None:
            self.unlock_screen.discard()
        self.runner.wait()
        try:
            wipe_vault(self.ctx)
        except VaultInUse:
            # Another program (the CLI) holds it: nothing was erased; say so where the
            # person now is, the unlock page.
            if self.unlock_screen is not None:
                self.unlock_screen.unlock.wrong(
                    _(
                        self.lang,
                        "The vault could not be erased: another program has it open. Close it "
                        "and try again.",
                    )
                )
            return
        self._show_unlock()

    def quick_hide(self) -> None:
        """Lock and get out of sight at once."""
        self.lock()
        self.window.showMinimized()

    def shutdown(self) -> None:
        """Window closing or app quitting: lock (drafts kept), wait for background work."""
        self.lock()
        if self.unlock_screen is not None:
            self.unlock_screen.discard()
        self.runner.wait()
        self.app.removeEventFilter(self.idle)
        self.app.removeEventFilter(self.wheel)

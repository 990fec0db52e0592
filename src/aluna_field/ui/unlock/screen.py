"""The locked-vault screen: unlock, recover, or create; the key is derived off the GUI thread.

Argon2id takes about half a second by design and releases the GIL, so it runs on the
task runner while the window keeps painting its progress bar.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from ...l10n import _
from ...services.context import AppContext
from ...services.session import Session
from ...services.unlock_guard import TooSoon, WipedAfterFailures, open_guarded
from ...services.vaults import create_vault, open_vault_with_recovery, vault_exists
from ...store import errors as store_errors
from ...store.db import is_damage
from ..common.choices import CodeCombo
from ..common.tasks import TaskRunner
from ..common.widgets import heading, plain_label
from .create import CreatePage, NewVault, WordsPage
from .page import Page
from .pages import NewPassphrasePage, RecoveryPage, UnlockPage
from .strength_hint import refusal_text
from .texts import KEYED
from .throttle import Countdown

T = TypeVar("T")

LANGUAGES = (("es", "Español"), ("en", "English"))


def error_text(exc: BaseException, lang: str) -> str:
    refused = refusal_text(exc, lang)
    if refused is not None:
        return refused
    if isinstance(exc, store_errors.WrongPassphrase):
        return _(lang, "The passphrase is not correct. Try again.")
    if isinstance(exc, store_errors.WrongRecoveryKey):
        return _(lang, "Those words do not open this vault. Check each word and their order.")
    if isinstance(exc, store_errors.VaultInUse):
        return _(lang, "The vault is already open in another Aluna Field window.")
    if isinstance(exc, store_errors.VaultDamaged) or is_damage(exc):
        return _(lang, "The vault is damaged and cannot be read. Nothing was changed.")
    if isinstance(exc, store_errors.VaultDiskFull):
        return _(
            lang, "The vault's disk is full: free some space and try again. Nothing was changed."
        )
    code = getattr(exc, "code", None) or type(exc).__name__
    return _(lang, "The vault could not be opened ({code}).", code=code)


class UnlockScreen(QWidget):
    opened = Signal(object)  # the unlocked Session
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, lang: str, runner: TaskRunner) -> None:
        super().__init__()
        self.ctx = dataclasses.replace(ctx, lang=lang)
        self.lang = lang
        self.runner = runner
        self._pending: Session | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(heading(_(lang, "Aluna Field"), 1.8))
        top.addStretch(1)
        self.language = CodeCombo(LANGUAGES)
        self.language.setAccessibleName(_(lang, "Language"))
        self.language.set_value(lang)
        self.language.currentIndexChanged.connect(self._language)
        label = plain_label(_(lang, "Language"), wrap=False)
        label.setBuddy(self.language)
        top.addWidget(label)
        top.addWidget(self.language)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self.unlock = UnlockPage(lang)
        self.recovery = RecoveryPage(lang)
        self.new_passphrase = NewPassphrasePage(lang)
        self.create_page = CreatePage(lang)
        self.words = WordsPage(lang)
        for page in (self.unlock, self.recovery, self.new_passphrase, self.create_page, self.words):
            self.stack.addWidget(page)
        self.unlock.submitted.connect(self._unlock)
        self.unlock.recovery_requested.connect(lambda: self._go(self.recovery))
        self.recovery.back.connect(lambda: self._go(self.unlock))
        self.recovery.submitted.connect(self._recover)
        self.new_passphrase.submitted.connect(self._set_passphrase)
        self.create_page.submitted.connect(self._create)
        self.words.confirmed.connect(self._words_confirmed)
        self.countdown = Countdown(self.ctx, self.unlock, lang)
        self._go(self.unlock if vault_exists(self.ctx) else self.create_page)
        self.countdown.start_if_needed()

    def _go(self, page: QWidget) -> None:
        self.stack.setCurrentWidget(page)
        page.setFocus()

    def focus_input(self) -> None:
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _language(self) -> None:
        code = self.language.value()
        if code and code != self.lang:
            self.language_changed.emit(code)

    def _run(
        self,
        page: Page,
        message_key: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run work off the GUI thread; no language switch while it runs."""
        page.set_busy(_(self.lang, KEYED[message_key]))
        self.language.setEnabled(False)

        def ok(result: T) -> None:
            self.language.setEnabled(True)
            done(result)

        def fail(exc: BaseException) -> None:
            self.language.setEnabled(True)
            failed(exc)

        self.runner.run(work, ok, fail)

    # -- unlocking -------------------------------------------------------------------
    def _unlock(self, passphrase: str) -> None:
        if self.countdown.start_if_needed():
            return
        ctx = self.ctx  # the worker holds no widget (see Handoff.mailbox)
        self._run(
            self.unlock,
            "unlocking",
            lambda: open_guarded(ctx, passphrase),
            self._done,
            self._unlock_failed,
        )

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WipedAfterFailures):
            self.unlock.set_busy("")
            self.unlock.passphrase.clear()
            self._go(self.create_page)
            self.create_page.show_error(
                _(
                    self.lang,
                    "The chosen number of wrong passphrases was reached: this device's "
                    "vault was erased. You can create a new one.",
                )
            )
            return
        if isinstance(exc, TooSoon):
            self.unlock.set_busy("")
            self.countdown.start_if_needed()
            return
        self.unlock.wrong(error_text(exc, self.lang))
        self.countdown.start_if_needed()

    def _recover(self, words: str) -> None:
        ctx = self.ctx
        self._run(
            self.recovery,
            "unlocking",
            lambda: open_vault_with_recovery(ctx, words),
            self._recovered,
            lambda exc: self.recovery.show_error(error_text(exc, self.lang), self.recovery.words),
        )

    def _recovered(self, session: Session) -> None:
        self._pending = session
        self.recovery.set_busy("")
        self.recovery.words.clear()
        self._go(self.new_passphrase)

    def _set_passphrase(self, passphrase: str) -> None:
        session = self._pending
        if session is None:
            return
        self._run(
            self.new_passphrase,
            "saving_passphrase",
            lambda: session.change_passphrase(passphrase),
            lambda _none: self._done(session),
            lambda exc: self.new_passphrase.show_error(error_text(exc, self.lang)),
        )

    # -- creating --------------------------------------------------------------------
    def _create(self, new: NewVault) -> None:
        team = new.name if new.role == "coordinator" else None
        ctx = self.ctx

        def work() -> tuple[Session, str]:
            session = create_vault(ctx, new.passphrase, new.name, new.role, team)
            return session, session.add_recovery()

        self._run(
            self.create_page,
            "creating",
            work,
            self._created,
            lambda exc: self.create_page.show_error(error_text(exc, self.lang)),
        )

    def _created(self, result: tuple[Session, str]) -> None:
        session, words = result
        self._pending = session
        self.create_page.set_busy("")
        self.words.show_words(words)
        self._go(self.words)

    def _words_confirmed(self) -> None:
        if self._pending is not None:
            self._done(self._pending)

    def _done(self, session: Session) -> None:
        self._pending = None
        for page in (self.unlock, self.new_passphrase, self.create_page):
            page.set_busy("")
        for field in (
            self.unlock.passphrase,
            self.new_passphrase.first,
            self.new_passphrase.second,
            self.create_page.first,
            self.create_page.second,
        ):
            field.clear()
        self.opened.emit(session)

    def discard(self) -> None:
        """Close a session opened but not yet handed over (window closed mid-way)."""
        if self._pending is not None:
            self._pending.close()
            self._pending = None

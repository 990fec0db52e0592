"""The sync screen: a card per USB drive, dropped bundles, the summary, the relay."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtGui import QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _, pgettext
from ...services import sync_overview
from ...services.drive_exchange import ExchangeSummary
from ...services.intake import ImportSummary
from ...services.session import Session
from ..common.folder_picker import FolderPicker
from ..common.nav import PaneEnv
from ..common.widgets import error_label, heading, plain_label, scroll_page, set_error
from ..notifications.toasts import notify
from .drive_card import DriveCard
from .drives import Drive, DriveWatcher, Lister, removable_drives
from .job import ExchangeJob
from .relay_box import RelayBox
from .summary import SummaryView, notice_text
from .texts import KEYED


def _when(ms: int | None, lang: str) -> str:
    if ms is None:
        return _(lang, "none yet")
    return dt.datetime.fromtimestamp(ms / 1000).strftime("%Y-%m-%d %H:%M")


def _status(session: Session) -> tuple[int | None, int | None, bool, list[str]]:
    """(last exchange, changes not yet confirmed (None when there is no one to send to),
    whether the team list names other devices at all, who never answered): what Inicio
    says too, from the same place (sync_overview.py)."""
    seen = sync_overview.overview(session, with_conflicts=False)
    return seen.last_exchange_ms, seen.pending, seen.knows_others, list(seen.unanswered)


class SyncPane(QWidget):
    def __init__(self, env: PaneEnv, lister: Lister = removable_drives, watch: bool = True) -> None:
        super().__init__()
        self.env = env
        lang = env.lang
        self.setAcceptDrops(True)
        layout = scroll_page(self, max_chars=130)
        layout.addWidget(heading(pgettext(lang, "ui.sync:title", "Sync"), 1.6))
        self.status = plain_label()
        layout.addWidget(self.status)
        drives = QGroupBox(_(lang, "USB drives"))
        box = QVBoxLayout(drives)
        self.cards_box = QVBoxLayout()
        box.addLayout(self.cards_box)
        self.no_drive = plain_label(
            _(lang, "Plug in a USB drive: it will show here, with a button to exchange.")
        )
        box.addWidget(self.no_drive)
        row = QHBoxLayout()
        self.other_folder = QPushButton(_(lang, "Exchange with another folder…"))
        self.other_folder.clicked.connect(self.choose_folder)
        row.addWidget(self.other_folder)
        row.addStretch(1)
        box.addLayout(row)
        self.drop_hint = plain_label(
            _(
                lang,
                "You can also drag bundles (.afb) or a folder holding them here to import them.",
            )
        )
        self.drop_hint.setAccessibleName(_(lang, "Drop zone for bundles"))
        box.addWidget(self.drop_hint)
        layout.addWidget(drives)
        # progress
        self.progress_box = QWidget()
        progress = QHBoxLayout(self.progress_box)
        progress.setContentsMargins(0, 0, 0, 0)
        self.progress_label = plain_label(_(lang, "Getting ready…"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(_(lang, "Getting ready…"))
        self.cancel_button = QPushButton(_(lang, "Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        progress.addWidget(self.progress_label, 1)
        progress.addWidget(self.progress, 2)
        progress.addWidget(self.cancel_button)
        self.progress_box.setVisible(False)
        layout.addWidget(self.progress_box)
        self.error = error_label()
        layout.addWidget(self.error)
        self.summary = SummaryView(lang)
        self.summary.review.connect(lambda: env.nav.show_pane.emit("conflicts"))
        layout.addWidget(self.summary)
        self.relay = RelayBox(env)
        self.relay.arrived.connect(self._relay_arrived)
        layout.addWidget(self.relay)
        layout.addStretch(1)
        self.cards: list[DriveCard] = []
        self._focus_before: QWidget | None = None
        self._refocus = False
        self.job = ExchangeJob(env.backend, lang, self)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.watcher = DriveWatcher(lister, self)
        self.watcher.changed.connect(self._drives_changed)
        self._drives_changed()
        if watch:
            self.watcher.start()

    # -- the pane protocol -----------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.env.lang
        last, pending, others, unanswered = self.env.backend.call(_status)
        parts = [_(lang, "Last exchange: {when}.", when=_when(last, lang))]
        if pending is None:
            # Everyone revoked is not "no team yet": say which it is.
            parts.append(
                _(
                    lang,
                    "No one active is left to exchange with: the team's other devices were "
                    "revoked.",
                )
                if others
                else _(lang, "This device has no one to exchange with yet: go to Team first.")
            )
        elif pending:
            parts.append(
                _(lang, "Changes the team has not yet confirmed receiving: {n}.", n=pending)
            )
        elif unanswered:
            # Nothing counted as pending, but these never answered: not "all confirmed".
            names = ", ".join(unanswered)
            parts.append(
                _(
                    lang,
                    "No answer yet from: {names}. Until then it is not known what they received.",
                    names=names,
                )
            )
        else:
            parts.append(_(lang, "The team has confirmed everything saved here."))
        self.status.setText(" ".join(parts))
        self.relay.refresh()

    def clear_content(self) -> None:
        self.watcher.stop()
        self.job.cancel()
        self.relay.stop()
        self.summary.show_summary(None)

    def save_drafts(self) -> None:
        """Nothing typed here is a record: there is no draft to keep."""

    def focus_search(self) -> None:
        """No search here: the first exchange button (or the folder button) takes focus."""
        (self.cards[0].button if self.cards else self.other_folder).setFocus()

    # -- drives ----------------------------------------------------------------------------
    def _drives_changed(self) -> None:
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = []
        for drive in self.watcher.drives:
            card = DriveCard(drive, self.env.lang)
            card.chosen.connect(self.exchange_with)
            card.button.setEnabled(not self.job.running)
            self.cards_box.addWidget(card)
            self.cards.append(card)
        self.no_drive.setVisible(not self.cards)

    def choose_folder(self) -> None:
        lang = self.env.lang
        title, hint = (
            _(lang, "Choose the drive or folder"),
            _(
                lang,
                "Bundles are read from and written to the «aluna-field» folder inside "
                "the one you choose.",
            ),
        )
        picker = FolderPicker(lang, title, hint, self.env.folders, self)
        picker.accepted.connect(lambda: self._picked(picker.chosen))
        picker.finished.connect(picker.deleteLater)
        picker.open()

    def _picked(self, folder: Path | None) -> None:
        if folder is not None:
            self.exchange_with(Drive(folder, folder.name or str(folder)))

    def exchange_with(self, drive: Drive) -> bool:
        """Start the one-button exchange with drive; False when one is already running."""
        if not self.job.exchange(drive.root):
            set_error(self.error, _(self.env.lang, "An exchange is already running."))
            return False
        self._started("working")
        return True

    # -- dropped files ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and not self.job.running:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths and self.import_files(paths):
            event.acceptProposedAction()

    def import_files(self, paths: list[Path]) -> bool:
        if not self.job.import_files(paths):
            set_error(self.error, _(self.env.lang, "An exchange is already running."))
            return False
        self._started("importing")
        return True

    # -- progress -------------------------------------------------------------------------
    def _started(self, key: str) -> None:
        # Where the person was (the drive's button, the folder button): focus goes back
        # there when the exchange ends, instead of vanishing with the Cancel button.
        self._focus_before = QApplication.focusWidget()
        self._progress_key = key
        set_error(self.error, "")
        self.summary.show_summary(None)
        self.progress.setRange(0, 0)  # busy until the first bundle is counted
        self.progress_label.setText(_(self.env.lang, "Getting ready…"))
        self.cancel_button.setEnabled(True)
        self.progress_box.setVisible(True)
        for card in self.cards:
            card.button.setEnabled(False)
        self.other_folder.setEnabled(False)
        self.cancel_button.setFocus()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        text = _(self.env.lang, KEYED[self._progress_key], done=done, total=total)
        if self.job.cancelling:
            text = _(self.env.lang, "Cancelling: finishing the bundle in hand…")
        self.progress_label.setText(text)
        self.progress.setAccessibleName(text)

    def cancel(self) -> None:
        self.job.cancel()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(_(self.env.lang, "Cancelling: finishing the bundle in hand…"))

    def _stopped(self) -> None:
        had_focus = self.cancel_button.hasFocus()
        self.progress_box.setVisible(False)
        for card in self.cards:
            card.button.setEnabled(True)
        self.other_folder.setEnabled(True)
        self._refocus = had_focus or QApplication.focusWidget() is None

    def _restore_focus(self) -> None:
        """After the summary, the notice and the refresh: nothing later takes it away."""
        widget, self._focus_before = self._focus_before, None
        if not self._refocus and QApplication.focusWidget() is not None:
            return
        try:
            usable = widget is not None and widget.isVisible() and widget.isEnabled()
        except RuntimeError:  # the drive was pulled out: its card is gone
            usable = False
        target = widget if usable and widget is not None else None
        if target is None:
            target = self.cards[0].button if self.cards else self.other_folder
        target.setFocus()

    def _finished(self, summary: ExchangeSummary) -> None:
        self._stopped()
        self.summary.show_summary(summary)
        text, level = notice_text(summary, self.env.lang)
        notify(self, text, level, self.env.lang)
        self.refresh()
        self._restore_focus()

    def _relay_arrived(self, came: ImportSummary) -> None:
        """A relay round brought something: its summary, said as every import says it
        (not over an exchange still running, whose summary comes at its end)."""
        if not self.job.running:
            self.summary.show_summary(came)
            self.refresh()

    def _failed(self) -> None:
        self._stopped()
        set_error(
            self.error,
            _(
                self.env.lang,
                "The exchange stopped: the drive stopped answering (was it removed?). "
                "What came in stays saved; plug it in and try again.",
            ),
        )
        self._restore_focus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watcher.poll()

"""A form in its frame: title, scrolling body, Save and Discard, and the draft kept as one types.

The draft is written (encrypted, inside the vault) a moment after the last keystroke,
and at once when the app locks or the person moves elsewhere; saving removes it.
Discarding something typed asks first, and the draft stays in the vault until the
person confirms. Discard is a quiet flat button at the far left, Save the default
button at the right: one is never clicked for the other.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import kinds as domain
from ...l10n import _
from ...services.failures import is_vault_disk_full
from ..common.nav import PaneEnv
from ..common.tab_order import is_stop, stop_of, tab_stops
from ..common.widgets import heading, plain_label
from ..notifications.confirm import ConfirmDialog, ask
from .base import RecordForm, without_none
from .texts import KEYED

DRAFT_DELAY_MS = 1_500


class FormHost(QWidget):
    saved = Signal(str)  # record id
    closed = Signal()

    def __init__(
        self,
        env: PaneEnv,
        form: RecordForm,
        rid: str | None,
        draft_id: str,
        before: dict[str, Any],
    ) -> None:
        super().__init__()
        self.env = env
        self.form = form
        self.rid = rid
        self.draft_id = draft_id
        self.before = before
        self.dirty = False
        lang = env.lang
        kind_label = domain.RecordKind(form.kind).label(lang)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        key = "title_edit" if rid else "title_new"
        layout.addWidget(heading(_(lang, KEYED[key], kind=kind_label.lower()), 1.2))
        self.body_scroll = QScrollArea()
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setWidget(form)
        layout.addWidget(self.body_scroll, 1)
        self.status = plain_label()
        layout.addWidget(self.status)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(_(lang, "Save"))
        self.save_button.setDefault(True)
        self.save_button.setToolTip(QKeySequence(QKeySequence.StandardKey.Save).toString())
        self.discard_button = QPushButton(_(lang, "Discard…"))
        self.discard_button.setFlat(True)
        self.discard_button.setAutoDefault(False)
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        self.touched = False  # typed into since it opened (a draft resumed counts)
        self.confirm: ConfirmDialog | None = None
        self.save_button.clicked.connect(lambda: self.save())
        self.discard_button.clicked.connect(self.discard)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(lambda: self.save())
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DRAFT_DELAY_MS)
        self.timer.timeout.connect(self.save_draft)
        form.changed.connect(self._changed)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab inside the form follow its layout (common/tab_order.py): the
        page, the fields as they read, Descartar…, Guardar; past the ends, Qt's chain."""
        stops = [self.body_scroll, *tab_stops(self.form), self.discard_button, self.save_button]
        stops = [s for s in stops if is_stop(s)]
        here = stop_of(stops, QApplication.focusWidget())
        there = here + (1 if next else -1)
        if here < 0 or not 0 <= there < len(stops):
            return super().focusNextPrevChild(next)
        reason = Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        stops[there].setFocus(reason)
        if self.form.isAncestorOf(stops[there]):
            self.body_scroll.ensureWidgetVisible(stops[there])
        return True

    def focus_first(self) -> None:
        """The keyboard into the form's first field (the date of a crisis note). Not a
        focus proxy: Qt would send Tab into the form straight to it, past the page it
        scrolls in, and Shift+Tab would then walk another path back."""
        first = next(iter(self.form.rows.values()), None)
        (first.field if first is not None else self.save_button).setFocus()

    def resumed(self) -> None:
        """The form holds a draft kept earlier: it counts as typed into. Only `dirty`
        was set, and saving the draft (which Descartar… does before asking) cleared it,
        so a second Descartar… threw the draft away without asking."""
        self.dirty = True
        self.touched = True

    def _changed(self) -> None:
        self.dirty = True
        self.touched = True
        self.timer.start()

    def save_draft(self) -> None:
        """Keep what is typed so far as an encrypted draft (no validation: it is a draft)."""
        self.timer.stop()
        if not self.dirty or not self.env.backend.is_open:
            return
        values = self.form.values()
        try:
            self.env.backend.drafts(
                lambda d: d.save(self.draft_id, self.form.kind, self.rid, values)
            )
        except Exception as exc:
            if not is_vault_disk_full(exc, self.env.backend.vault_dir):
                raise
            # Still dirty: the next change, or the save, tries again.
            self.status.setText(
                _(self.env.lang, "The draft could not be kept: the vault's disk is full.")
            )
            return
        self.dirty = False
        self.status.setText(_(self.env.lang, "Draft kept in the encrypted vault."))

    def save(self, dates_confirmed: bool = False) -> None:
        errors = self.form.validate()
        if errors:
            self.form.show_errors(errors)
            self.status.setText(_(self.env.lang, "Not saved: check the fields marked."))
            return
        unlikely = self.form.unlikely_dates(self.env.today())
        if unlikely and not dates_confirmed:
            self._ask_dates(unlikely)
            return
        values = self.form.values()
        kind = self.form.kind
        # The kind's on-save rules (a crisis note's event not in the future) run in the
        # one save use case, against this window's clock; their refusals show per field.
        now = self.env.now()
        try:
            if self.rid is None:
                new = without_none(values)
                rid = self.env.backend.call(lambda s: s.save_record(kind, new, None, now))
            else:
                rid = self.rid
                self.env.backend.call(lambda s: s.save_record(kind, values, rid, now))
        except domain.RecordInvalid as exc:
            self.form.show_errors(exc.errors)
            self.status.setText(_(self.env.lang, "Not saved: check the fields marked."))
            return
        except Exception as exc:
            # A full disk is something a person can fix: say so, keep what was typed.
            if not is_vault_disk_full(exc, self.env.backend.vault_dir):
                raise
            self.status.setText(
                _(
                    self.env.lang,
                    "Not saved: the vault's disk is full. What you typed is still here; "
                    "free some space and save again.",
                )
            )
            return
        self.timer.stop()
        self.dirty = False
        self.env.backend.drafts(lambda d: d.discard(self.draft_id))
        self.saved.emit(rid)

    def _ask_dates(self, unlikely: list[tuple[str, str]]) -> None:
        lang = self.env.lang
        self.confirm = ask(
            self,
            lang,
            _(lang, "Are you sure?"),
            _(lang, "Are you sure the date is right?"),
            [
                _(
                    lang,
                    "{label}: {day}. It is before 1990 or more than a year from today.",
                    label=label,
                    day=day,
                )
                for label, day in unlikely
            ],
            _(lang, "Save as it is"),
            lambda: self.save(dates_confirmed=True),
            irreversible=False,
        )

    def discard(self) -> None:
        """Discard, asking first when something was typed; the draft stays until confirmed."""
        if not (self.touched or self.dirty):
            self.discard_now()
            return
        self.save_draft()  # kept while the question is open (and if the app locks meanwhile)
        lang = self.env.lang
        self.confirm = ask(
            self,
            lang,
            _(lang, "Discard what you wrote"),
            _(lang, "Discard what you wrote?"),
            [
                _(
                    lang,
                    "What you wrote in this form and its encrypted draft are erased. It "
                    "cannot be recovered.",
                ),
                _(
                    lang,
                    "To finish it later, choose Cancel: the draft stays in the vault and "
                    "you will find it on Home.",
                ),
            ],
            _(lang, "Discard"),
            self.discard_now,
            irreversible=False,
        )

    def discard_now(self) -> None:
        """Close without saving and forget the draft (confirmed, or nothing was typed)."""
        self.timer.stop()
        self.dirty = False
        self.env.backend.drafts(lambda d: d.discard(self.draft_id))
        self.closed.emit()

    def clear_content(self) -> None:
        # Emptying the fields is not typing: it must not start the draft timer again.
        self.form.blockSignals(True)
        try:
            self.form.clear_content()
        finally:
            self.form.blockSignals(False)
        self.timer.stop()
        self.dirty = False
        self.status.clear()

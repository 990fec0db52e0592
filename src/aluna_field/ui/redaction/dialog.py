"""Redaction, asked with a dialog that says what it erases and what it cannot.

Coordinators only (the session refuses others too). The dialog is window-modal and
opened with `open()`, so the window keeps painting; the redaction itself is one edit
plus a scrub of the vault, quick enough for the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QButtonGroup, QComboBox, QRadioButton, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...l10n import _
from ..common.nav import PaneEnv
from ..notifications.confirm import ConfirmDialog, ask
from ..notifications.toasts import notify
from .texts import KEYED

ATTACHMENTS = "attachments"


class RedactChoice(QWidget):
    """The whole record, or one field of it."""

    def __init__(self, kind: str, lang: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.whole = QRadioButton(_(lang, "The record's whole content"))
        self.one = QRadioButton(_(lang, "Only this field:"))
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one)
        self.whole.setChecked(True)
        self.field = QComboBox()
        self.field.setAccessibleName(_(lang, "Field to redact"))
        for name in domain.field_names(kind):
            self.field.addItem(domain.field_label(kind, name, lang), name)
        self.field.addItem(_(lang, "Attachments"), ATTACHMENTS)
        self.field.setEnabled(False)
        self.one.toggled.connect(self.field.setEnabled)
        for widget in (self.whole, self.one, self.field):
            layout.addWidget(widget)

    def target(self) -> str | None:
        """None for the whole record, else the field's name."""
        return str(self.field.currentData()) if self.one.isChecked() else None

    def choose_field(self, name: str) -> None:
        self.one.setChecked(True)
        self.field.setCurrentIndex(max(self.field.findData(name), 0))


def open_redaction(
    parent: QWidget, env: PaneEnv, rid: str, kind: str, on_done: Callable[[], None]
) -> ConfirmDialog:
    lang = env.lang
    choice = RedactChoice(kind, lang)

    def redact() -> None:
        field = choice.target()
        env.backend.call(lambda s: s.redact(rid, field))
        notify(
            parent,
            _(
                lang,
                "Content redacted. It will be erased on the rest of the team with the "
                "next exchanges.",
            ),
            "success",
            lang,
        )
        on_done()

    return ask(
        parent,
        lang,
        _(lang, "Redact content"),
        _(lang, "What do you want to redact?"),
        [_(lang, KEYED[key]) for key in ("erases", "cannot", "after")],
        _(lang, "Redact"),
        redact,
        body=choice,
    )

"""One version of a record, read-only, opened from the history (double-click or Enter).

The fields are those the record had right after that version (history.py replays the
versions); sensitive fields are left out, so a real name is never shown here, and what
a redaction erased reads as erased. The dialog is window-modal and opened with
`open()`; locking the app rejects it, and it is deleted when closed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QScrollArea, QVBoxLayout, QWidget

from ...domain import kinds as domain
from ...l10n import _
from ..common.widgets import heading, plain_label
from .fields_view import FieldsView
from .history import HistoryModel, when_text


class VersionDialog(QDialog):
    def __init__(self, parent: QWidget, history: HistoryModel, row: int) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        lang = history.lang
        version = history.versions[row]
        when = when_text(int(version["time_ms"]))
        title = _(lang, "Version of {when}", when=when)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.2))
        change = str(history.index(row, 2).data())
        who = history.author(row)
        self.byline = plain_label(
            _(lang, "{change} by {who} on {when}.", change=change, who=who, when=when)
        )
        layout.addWidget(self.byline)
        hidden = set(domain.sensitive_fields(history.kind))
        fields = {k: v for k, v in history.states[row].items() if k not in hidden}
        self.fields = FieldsView(lang)
        self.fields.show_fields(history.kind, fields, history.lookup, None)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.fields)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox()
        close = buttons.addButton(_(lang, "Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setDefault(True)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 80, self.fontMetrics().height() * 24)

    def done(self, result: int) -> None:
        self.fields.clear_content()  # record content leaves the widget with the dialog
        super().done(result)

"""What an exchange did, in plain sentences: per person, conflicts, refusals and why.

Each refused file can be removed from the stick from here: the person is asked first,
and only that file is deleted (services/intake.remove_refused).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...l10n import _
from ...services import intake
from ...services.drive_exchange import ExchangeSummary
from ...services.intake import ImportSummary, Refusal
from ...services.messages import describe
from ..common.widgets import error_label, plain_label

Line = tuple[str, str]  # (text, "info" | "warning")


def summary_lines(summary: ImportSummary, lang: str) -> list[Line]:
    """The summary as the screen shows it, first what came in, then what needs a look;
    what was written, for an exchange with a drive (ExchangeSummary)."""
    lines: list[Line] = []
    if summary.cancelled:
        lines.append(
            (
                _(lang, "Cancelled. What was imported or written before cancelling stays done."),
                "warning",
            )
        )
    for name, (new, changed) in sorted(summary.people.items()):
        lines.append(
            (
                _(
                    lang,
                    "{name} — new records: {new} · changed: {changed}",
                    name=name,
                    new=new,
                    changed=changed,
                ),
                "info",
            )
        )
    if summary.team_changes:
        lines.append(
            (
                _(
                    lang,
                    "The updated team list came in (changes to members or roles: {n}).",
                    n=summary.team_changes,
                ),
                "info",
            )
        )
    if summary.revocations:
        lines.append((_(lang, "Device revocations came in: {n}.", n=summary.revocations), "info"))
    if summary.form_changes:
        lines.append(
            (
                _(
                    lang,
                    "Changes to the forms came in (custom fields or codes new or changed: {n}).",
                    n=summary.form_changes,
                ),
                "info",
            )
        )
    if not summary.came() and not summary.cancelled:
        lines.append((_(lang, "Nothing new came in."), "info"))
    if summary.open_conflicts:
        lines.append(
            (
                _(
                    lang,
                    "Records with conflicting versions to review: {n}.",
                    n=summary.open_conflicts,
                ),
                "warning",
            )
        )
    if summary.refused:
        lines.append(
            (
                _(
                    lang,
                    "Bundles not accepted (they changed nothing in the vault): {n}.",
                    n=len(summary.refused),
                ),
                "warning",
            )
        )
        lines += [(refusal_line(r, lang), "warning") for r in summary.refused]
    if isinstance(summary, ExchangeSummary):
        lines += _written_lines(summary, lang)
    if summary.skipped:
        lines.append(
            (
                _(
                    lang,
                    "Bundles for other team members (they stay on the drive): {n}.",
                    n=summary.skipped,
                ),
                "info",
            )
        )
    if summary.already:
        lines.append((_(lang, "Bundles already imported before: {n}.", n=summary.already), "info"))
    if summary.future_clock:
        lines.append(
            (
                _(
                    lang,
                    "A bundle carries times more than a day in the future: check the "
                    "sender's clock.",
                ),
                "warning",
            )
        )
    return lines


def _written_lines(summary: ExchangeSummary, lang: str) -> list[Line]:
    lines: list[Line] = []
    if summary.sent_to:
        names = ", ".join(dict.fromkeys(summary.sent_to))
        lines.append(
            (_(lang, "Left on the drive what is pending for: {names}.", names=names), "info")
        )
    if summary.not_sent:
        lines.append((_(lang, "Nothing was written: {reason}", reason=summary.not_sent), "warning"))
    if summary.write_failed:
        lines.append(
            (
                _(
                    lang,
                    "Could not write to the drive (full, write-protected or removed?). "
                    "What was imported stays saved.",
                ),
                "warning",
            )
        )
    return lines


def refusal_line(r: Refusal, lang: str) -> str:
    """One refused file, who it claims to be from and why, as the summary lists it."""
    reason = describe(r, lang)
    if r.sender:
        return "• " + _(
            lang,
            "The bundle {file}, from {name}: {reason}",
            file=r.file,
            name=r.sender,
            reason=reason,
        )
    return "• " + _(lang, "The bundle {file}: {reason}", file=r.file, reason=reason)


def notice_text(summary: ImportSummary, lang: str) -> tuple[str, str]:
    """One line for the in-app notice: what most needs attention."""
    if summary.refused:
        return _(
            lang,
            "Exchange done. Bundles not accepted: {n} (see the result).",
            n=len(summary.refused),
        ), "warning"
    if summary.open_conflicts:
        return _(
            lang, "Exchange done. Records with conflicts to review: {n}.", n=summary.open_conflicts
        ), "warning"
    records = sum(new + changed for new, changed in summary.people.values())
    return _(lang, "Exchange done. Records new or changed: {records}.", records=records), "success"


class SummaryView(QGroupBox):
    review = Signal()
    removed = Signal(str)  # the file name of a refused bundle the person removed

    def __init__(self, lang: str) -> None:
        super().__init__(_(lang, "Result"))
        self.lang = lang
        self.box = QVBoxLayout(self)
        self.rows: list[QWidget] = []
        self.labels: list[QLabel] = []
        self.remove_buttons: list[QPushButton] = []
        self.asking: QMessageBox | None = None  # the open "remove this file?" question
        self.review_button = QPushButton(_(lang, "Review the conflicts"))
        self.review_button.clicked.connect(self.review)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.show_summary(None)

    def show_summary(self, summary: ImportSummary | None) -> None:
        for old in self.rows:
            self.box.removeWidget(old)
            old.deleteLater()
        self.rows, self.labels, self.remove_buttons = [], [], []
        if summary is None:
            self.setVisible(False)
            return
        refusals = {refusal_line(r, self.lang): r for r in summary.refused if r.path}
        for i, (text, level) in enumerate(summary_lines(summary, self.lang)):
            label = error_label() if level == "warning" else plain_label()
            label.setText(text)
            label.setVisible(True)
            label.setAccessibleName(text)
            self.labels.append(label)
            refusal = refusals.pop(text, None)
            widget = label if refusal is None else self._refusal_row(label, refusal)
            self.box.insertWidget(i, widget)
            self.rows.append(widget)
        self.review_button.setVisible(summary.open_conflicts > 0)
        self.setVisible(True)

    def _refusal_row(self, label: QLabel, refusal: Refusal) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        button = QPushButton(_(self.lang, "Remove this file"))
        button.setAccessibleName(_(self.lang, "Remove the file {file}", file=refusal.file))
        button.clicked.connect(lambda: self.ask_remove(refusal, button, label))
        layout.addWidget(button)
        self.remove_buttons.append(button)
        return row

    def ask_remove(self, refusal: Refusal, button: QPushButton, label: QLabel) -> None:
        """Ask before deleting the refused file; only a Yes deletes it, and only it."""
        lang = self.lang
        folder = str(Path(refusal.path).parent)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _(lang, "Remove this bundle?"),
            _(
                lang,
                "The file {file} will be deleted from the folder {folder}, and only "
                "that one. It changed nothing in the vault; if it was a good bundle, "
                "whoever wrote it will have to leave it again.",
                file=refusal.file,
                folder=folder,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        no = box.button(QMessageBox.StandardButton.No)
        yes.setText(_(lang, "Remove"))
        no.setText(_(lang, "Cancel"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.asking = box

        def answered(choice: int) -> None:
            self.asking = None
            box.deleteLater()
            if choice == QMessageBox.StandardButton.Yes:
                self._remove(refusal, button, label)

        box.finished.connect(answered)
        box.open()

    def _remove(self, refusal: Refusal, button: QPushButton, label: QLabel) -> None:
        if intake.remove_refused(refusal):
            text = _(self.lang, "{file} was removed.", file=refusal.file)
            button.setEnabled(False)
            self.removed.emit(refusal.file)
        else:
            text = _(
                self.lang,
                "Could not remove {file}: it is no longer there, or the drive is "
                "write-protected or was removed.",
                file=refusal.file,
            )
        label.setText(text)
        label.setAccessibleName(text)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

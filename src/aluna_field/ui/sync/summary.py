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

from ...services import intake
from ...services.drive_exchange import ExchangeSummary
from ...services.intake import ImportSummary, Refusal
from ..common.widgets import error_label, plain_label
from ..i18n import t
from .texts import TEXTS

Line = tuple[str, str]  # (text, "info" | "warning")


def summary_lines(summary: ImportSummary, lang: str) -> list[Line]:
    """The summary as the screen shows it, first what came in, then what needs a look;
    what was written, for an exchange with a drive (ExchangeSummary)."""
    lines: list[Line] = []
    if summary.cancelled:
        lines.append((t(TEXTS, "sum_cancelled", lang), "warning"))
    for name, (new, changed) in sorted(summary.people.items()):
        lines.append((t(TEXTS, "sum_person", lang, name=name, new=new, changed=changed), "info"))
    if summary.team_changes:
        lines.append((t(TEXTS, "sum_team", lang, n=summary.team_changes), "info"))
    if summary.revocations:
        lines.append((t(TEXTS, "sum_revocations", lang, n=summary.revocations), "info"))
    if not summary.came() and not summary.cancelled:
        lines.append((t(TEXTS, "sum_nothing_new", lang), "info"))
    if summary.open_conflicts:
        lines.append((t(TEXTS, "sum_conflicts", lang, n=summary.open_conflicts), "warning"))
    if summary.refused:
        lines.append((t(TEXTS, "sum_refused_head", lang, n=len(summary.refused)), "warning"))
        lines += [(refusal_line(r, lang), "warning") for r in summary.refused]
    if isinstance(summary, ExchangeSummary):
        lines += _written_lines(summary, lang)
    if summary.skipped:
        lines.append((t(TEXTS, "sum_others", lang, n=summary.skipped), "info"))
    if summary.already:
        lines.append((t(TEXTS, "sum_already", lang, n=summary.already), "info"))
    if summary.future_clock:
        lines.append((t(TEXTS, "sum_future", lang), "warning"))
    return lines


def _written_lines(summary: ExchangeSummary, lang: str) -> list[Line]:
    lines: list[Line] = []
    if summary.sent_to:
        names = ", ".join(dict.fromkeys(summary.sent_to))
        lines.append((t(TEXTS, "sum_sent", lang, names=names), "info"))
    if summary.not_sent:
        lines.append((t(TEXTS, "sum_not_sent", lang, reason=summary.not_sent), "warning"))
    if summary.write_failed:
        lines.append((t(TEXTS, "sum_write_failed", lang), "warning"))
    return lines


def refusal_line(r: Refusal, lang: str) -> str:
    """One refused file, who it claims to be from and why, as the summary lists it."""
    reason = r.message(lang)
    if r.sender:
        return "• " + t(TEXTS, "sum_refused_from", lang, file=r.file, name=r.sender, reason=reason)
    return "• " + t(TEXTS, "sum_refused", lang, file=r.file, reason=reason)


def notice_text(summary: ImportSummary, lang: str) -> tuple[str, str]:
    """One line for the in-app notice: what most needs attention."""
    if summary.refused:
        return t(TEXTS, "notice_refused", lang, n=len(summary.refused)), "warning"
    if summary.open_conflicts:
        return t(TEXTS, "notice_conflicts", lang, n=summary.open_conflicts), "warning"
    records = sum(new + changed for new, changed in summary.people.values())
    return t(TEXTS, "notice_done", lang, records=records), "success"


class SummaryView(QGroupBox):
    review = Signal()
    removed = Signal(str)  # the file name of a refused bundle the person removed

    def __init__(self, lang: str) -> None:
        super().__init__(t(TEXTS, "summary", lang))
        self.lang = lang
        self.box = QVBoxLayout(self)
        self.rows: list[QWidget] = []
        self.labels: list[QLabel] = []
        self.remove_buttons: list[QPushButton] = []
        self.asking: QMessageBox | None = None  # the open "remove this file?" question
        self.review_button = QPushButton(t(TEXTS, "review_conflicts", lang))
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
        button = QPushButton(t(TEXTS, "remove_refused", self.lang))
        button.setAccessibleName(t(TEXTS, "remove_refused_name", self.lang, file=refusal.file))
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
            t(TEXTS, "remove_title", lang),
            t(TEXTS, "remove_question", lang, file=refusal.file, folder=folder),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        yes = box.button(QMessageBox.StandardButton.Yes)
        no = box.button(QMessageBox.StandardButton.No)
        yes.setText(t(TEXTS, "remove_yes", lang))
        no.setText(t(TEXTS, "cancel", lang))
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
            text = t(TEXTS, "removed", self.lang, file=refusal.file)
            button.setEnabled(False)
            self.removed.emit(refusal.file)
        else:
            text = t(TEXTS, "remove_failed", self.lang, file=refusal.file)
        label.setText(text)
        label.setAccessibleName(text)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

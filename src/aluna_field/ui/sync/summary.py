"""What an exchange did, in plain sentences: per person, conflicts, refusals and why."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from ...services.drive_exchange import ExchangeSummary
from ..common.widgets import error_label, plain_label
from ..i18n import t
from .texts import TEXTS

Line = tuple[str, str]  # (text, "info" | "warning")


def summary_lines(summary: ExchangeSummary, lang: str) -> list[Line]:
    """The summary as the screen shows it, first what came in, then what needs a look."""
    lines: list[Line] = []
    if summary.cancelled:
        lines.append((t(TEXTS, "sum_cancelled", lang), "warning"))
    for name, (new, changed) in sorted(summary.people.items()):
        lines.append((t(TEXTS, "sum_person", lang, name=name, new=new, changed=changed), "info"))
    if summary.team_changes:
        lines.append((t(TEXTS, "sum_team", lang, n=summary.team_changes), "info"))
    if summary.revocations:
        lines.append((t(TEXTS, "sum_revocations", lang, n=summary.revocations), "info"))
    came = summary.people or summary.team_changes or summary.revocations
    if not came and not summary.cancelled:
        lines.append((t(TEXTS, "sum_nothing_new", lang), "info"))
    if summary.open_conflicts:
        lines.append((t(TEXTS, "sum_conflicts", lang, n=summary.open_conflicts), "warning"))
    if summary.refused:
        lines.append((t(TEXTS, "sum_refused_head", lang, n=len(summary.refused)), "warning"))
        for r in summary.refused:
            if r.sender:
                text = t(
                    TEXTS, "sum_refused_from", lang, file=r.file, name=r.sender, reason=r.reason
                )
            else:
                text = t(TEXTS, "sum_refused", lang, file=r.file, reason=r.reason)
            lines.append(("• " + text, "warning"))
    if summary.sent_to:
        names = ", ".join(dict.fromkeys(summary.sent_to))
        lines.append((t(TEXTS, "sum_sent", lang, names=names), "info"))
    if summary.not_sent:
        lines.append((t(TEXTS, "sum_not_sent", lang, reason=summary.not_sent), "warning"))
    if summary.write_failed:
        lines.append((t(TEXTS, "sum_write_failed", lang), "warning"))
    if summary.skipped:
        lines.append((t(TEXTS, "sum_others", lang, n=summary.skipped), "info"))
    if summary.already:
        lines.append((t(TEXTS, "sum_already", lang, n=summary.already), "info"))
    if summary.future_clock:
        lines.append((t(TEXTS, "sum_future", lang), "warning"))
    return lines


def notice_text(summary: ExchangeSummary, lang: str) -> tuple[str, str]:
    """One line for the in-app notice: what most needs attention."""
    if summary.refused:
        return t(TEXTS, "notice_refused", lang, n=len(summary.refused)), "warning"
    if summary.open_conflicts:
        return t(TEXTS, "notice_conflicts", lang, n=summary.open_conflicts), "warning"
    records = sum(new + changed for new, changed in summary.people.values())
    return t(TEXTS, "notice_done", lang, records=records), "success"


class SummaryView(QGroupBox):
    review = Signal()

    def __init__(self, lang: str) -> None:
        super().__init__(t(TEXTS, "summary", lang))
        self.lang = lang
        self.box = QVBoxLayout(self)
        self.labels: list[QLabel] = []
        self.review_button = QPushButton(t(TEXTS, "review_conflicts", lang))
        self.review_button.clicked.connect(self.review)
        row = QHBoxLayout()
        row.addWidget(self.review_button)
        row.addStretch(1)
        self.box.addLayout(row)
        self.show_summary(None)

    def show_summary(self, summary: ExchangeSummary | None) -> None:
        for label in self.labels:
            self.box.removeWidget(label)
            label.deleteLater()
        self.labels = []
        if summary is None:
            self.setVisible(False)
            return
        for i, (text, level) in enumerate(summary_lines(summary, self.lang)):
            label = error_label() if level == "warning" else plain_label()
            label.setText(text)
            label.setVisible(True)
            label.setAccessibleName(text)
            self.box.insertWidget(i, label)
            self.labels.append(label)
        self.review_button.setVisible(summary.open_conflicts > 0)
        self.setVisible(True)

    def texts(self) -> list[str]:
        return [label.text() for label in self.labels]

"""The choice of a report for readers outside the team (*Informe de actividades*,
*Memoria*) and its two save buttons, under the coordinator report's own.

The reports use the period of the filters above and cover every region and area
(docs/reports.md, "Reports for outside readers").
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...l10n import _
from ..common.choices import CodeCombo
from ..common.widgets import plain_label


def _options(lang: str) -> list[tuple[str, str]]:
    return [
        ("activities", _(lang, "Activity report (for funders)")),
        ("memory", _(lang, "Memory report (historical memory)")),
    ]


class OutsideBox(QWidget):
    """A labelled combo (`kind()`: "activities" or "memory") and Save PDF / Save CSV."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = plain_label("", wrap=False)
        self.choice = CodeCombo(_options(lang))
        self.label.setBuddy(self.choice)  # Alt + the label's letter reaches the combo
        self.save_pdf = QPushButton()
        self.save_csv = QPushButton()
        self.hint = plain_label("")
        for widget in (self.label, self.choice, self.save_pdf, self.save_csv):
            layout.addWidget(widget)
        layout.addWidget(self.hint, 1)
        self.retranslate(lang)

    def kind(self) -> str:
        return self.choice.value() or "activities"

    def set_enabled(self, enabled: bool) -> None:
        for widget in (self.choice, self.save_pdf, self.save_csv):
            widget.setEnabled(enabled)

    def retranslate(self, lang: str) -> None:
        chosen = self.choice.value()
        for i, (_code, label) in enumerate(_options(lang)):
            self.choice.setItemText(i, label)
        self.choice.set_value(chosen)
        self.label.setText(_(lang, "Report for &outside readers:"))
        self.choice.setAccessibleName(_(lang, "Report for outside readers"))
        self.save_pdf.setText(_(lang, "PDF…"))
        self.save_csv.setText(_(lang, "CSV…"))
        self.save_pdf.setAccessibleName(_(lang, "Save the report for outside readers as PDF"))
        self.save_csv.setAccessibleName(_(lang, "Save the report for outside readers as CSV"))
        self.hint.setText(
            _(
                lang,
                "Uses the filters' period and covers every region and area; no aliases "
                "or narratives.",
            )
        )

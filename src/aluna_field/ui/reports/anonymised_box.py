"""How coarse the anonymised dataset's cells are: by month, quarter or year, by state or
for the whole country. The person chooses; the finest level with data is suggested (and
chosen, until the person picks another)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QWidget

from ...l10n import _
from ...services.reports import Level
from ..common.choices import CodeCombo
from ..common.widgets import plain_label


def _by_options(lang: str) -> list[tuple[str, str]]:
    return [
        ("month", _(lang, "month")),
        ("quarter", _(lang, "quarter")),
        ("year", _(lang, "year")),
    ]


def _area_options(lang: str) -> list[tuple[str, str]]:
    return [("state", _(lang, "state")), ("country", _(lang, "whole country"))]


class AnonymisedBox(QWidget):
    """Two combos and the suggestion; `level()` is what the next export uses."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.suggested: Level | None = None
        self.touched = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.by_label = plain_label("")
        self.by_label.setWordWrap(False)
        self.by = CodeCombo(_by_options(lang))
        self.by_label.setBuddy(self.by)
        self.area_label = plain_label("")
        self.area_label.setWordWrap(False)
        self.area = CodeCombo(_area_options(lang))
        self.area_label.setBuddy(self.area)
        self.hint = plain_label("")
        for widget in (self.by_label, self.by, self.area_label, self.area):
            layout.addWidget(widget)
        layout.addWidget(self.hint, 1)
        self.by.activated.connect(self._touch)
        self.area.activated.connect(self._touch)
        self.retranslate(lang)

    def _touch(self, _index: int) -> None:
        self.touched = True

    def level(self) -> Level:
        return Level(self.by.value() or "month", self.area.value() or "state")

    def set_suggested(self, level: Level | None) -> None:
        """Show the finest level with data; choose it unless the person chose already."""
        self.suggested = level
        if level is not None and not self.touched:
            self.by.set_value(level.by)
            self.area.set_value(level.area)
        self._hint()

    def _hint(self) -> None:
        level = self.suggested
        if level is None:
            self.hint.setText(_(self.lang, "With so few records every cell would be suppressed."))
            return
        by = dict(_by_options(self.lang))[level.by]
        area = dict(_area_options(self.lang))[level.area]
        self.hint.setText(
            _(
                self.lang,
                "Suggested: {by} and {area} (the finest level with data).",
                by=by,
                area=area,
            )
        )

    def retranslate(self, lang: str) -> None:
        self.lang = lang
        chosen = self.by.value(), self.area.value()
        for combo, options in ((self.by, _by_options(lang)), (self.area, _area_options(lang))):
            for i, (_code, label) in enumerate(options):
                combo.setItemText(i, label)
        self.by.set_value(chosen[0])
        self.area.set_value(chosen[1])
        self.by_label.setText(_(lang, "by:"))
        self.area_label.setText(_(lang, "and by:"))
        self.by.setAccessibleName(_(lang, "Anonymised data by period"))
        self.area.setAccessibleName(_(lang, "Anonymised data by place"))
        self._hint()

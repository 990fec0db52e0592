"""The impact observation: its spec's form, with two hooks (spec_form.py): the intensity
as named steps, and the mourning section.

Choosing mourning opens its own section (losses, what alters the mourning); leaving
it closes the section and clears it, since mourning details need that category.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from ...domain.spec import FieldSpec
from ...domain.taxonomy import ImpactCategory
from ...l10n import _
from .base import FormContext
from .fields import IntChoice
from .spec_form import SpecForm

MOURNING_FIELDS = ("mourning_losses", "mourning_alterations")


class ImpactObservationForm(SpecForm):
    kind = "impact-observation"

    def __init__(self, ctx: FormContext) -> None:
        self.mourning: QGroupBox | None = None
        self.mourning_inside: QVBoxLayout | None = None
        super().__init__(ctx)
        self.categories = self.fields["categories"]
        self.categories.changed.connect(self._mourning_shown)
        self._mourning_shown()

    def place(self, spec: FieldSpec) -> bool:
        """The intensity as named steps; the mourning details in their own section."""
        lang = self.lang
        if spec.code == "intensity":
            steps = [
                _(lang, "0 · None"),
                _(lang, "1 · Mild"),
                _(lang, "2 · Moderate"),
                _(lang, "3 · Strong"),
                _(lang, "4 · Very strong"),
            ]
            self.add("intensity", IntChoice(list(enumerate(steps))))
            return True
        if spec.code in MOURNING_FIELDS:
            if self.mourning_inside is None:
                title = ImpactCategory.MOURNING.label(lang)
                self.mourning, self.mourning_inside = self.section(title)
            self.add_field(spec, into=self.mourning_inside)
            return True
        return False

    def _mourning_shown(self) -> None:
        if self.mourning is not None:
            chosen = ImpactCategory.MOURNING.value in self.categories.value()
            self.mourning.setVisible(chosen)

    def values(self) -> dict[str, Any]:
        values = super().values()
        if self.mourning is not None and self.mourning.isHidden():
            for name in MOURNING_FIELDS:
                values[name] = []
        return values

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self._mourning_shown()

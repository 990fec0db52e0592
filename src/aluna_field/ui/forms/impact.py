"""The impact observation, organised by the six impact categories and the four spheres.

Choosing mourning opens its own section (losses, what alters the mourning); leaving
it closes the section and clears it, since mourning details need that category.
"""

from __future__ import annotations

from typing import Any

from ...domain.taxonomy import ImpactCategory, MourningAlteration, MourningLoss, Sphere
from ..common.chips import ChipSelector, ToggleCards
from ..common.choices import Segmented
from ..common.choices import coded_options as options
from ..common.dates import DateField
from ..i18n import t
from .base import FormContext, RecordForm
from .fields import IntChoice, TextArea
from .pickers import SubjectPicker
from .texts import TEXTS


class ImpactObservationForm(RecordForm):
    kind = "impact-observation"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("subject_ids", SubjectPicker(ctx.subjects, lang, multiple=True))
        self.add("observed_on", DateField(ctx.today, lang=ctx.lang))
        self.add("sphere", Segmented(options(Sphere, lang)))
        self.categories = ToggleCards(
            [(c.value, c.label(lang), c.description(lang)) for c in ImpactCategory]
        )
        self.add("categories", self.categories)
        self.add(
            "intensity",
            IntChoice([(n, t(TEXTS, f"intensity_{n}", lang)) for n in range(5)]),
        )
        self.add("narrative", TextArea(8))
        self.mourning, inside = self.section(ImpactCategory.MOURNING.label(lang))
        self.add("mourning_losses", ChipSelector(options(MourningLoss, lang)), into=inside)
        self.add(
            "mourning_alterations", ChipSelector(options(MourningAlteration, lang)), into=inside
        )
        self.add("resistance", TextArea(4))
        self.categories.changed.connect(self._mourning_shown)
        self.finish()
        self._mourning_shown()

    def _mourning_shown(self) -> None:
        self.mourning.setVisible(ImpactCategory.MOURNING.value in self.categories.value())

    def values(self) -> dict[str, Any]:
        values = super().values()
        if self.mourning.isHidden():
            values["mourning_losses"] = []
            values["mourning_alterations"] = []
        return values

    def load(self, values: dict[str, Any]) -> None:
        super().load(values)
        self._mourning_shown()

"""The crisis-support note: what happened, to whom, what was done and agreed."""

from __future__ import annotations

from ...domain.taxonomy import EventType, Intervention, PerpetratorType, Urgency
from ..common.chips import ChipSelector
from ..common.choices import CodeCombo, Segmented
from ..common.choices import coded_options as options
from ..common.dates import DateField, DateTimeField
from ..i18n import t
from .base import FormContext, RecordForm
from .fields import TextArea
from .pickers import SubjectPicker
from .texts import TEXTS


class CrisisNoteForm(RecordForm):
    kind = "crisis-note"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("occurred_at", DateTimeField(ctx.now))
        self.add("subject_ids", SubjectPicker(ctx.subjects, lang, multiple=True))
        self.add("event", CodeCombo(options(EventType, lang), empty=t(TEXTS, "choose", lang)))
        perpetrator = CodeCombo(options(PerpetratorType, lang))
        perpetrator.set_value(PerpetratorType.UNKNOWN.value)
        self.add("perpetrator", perpetrator)
        self.add("urgency", Segmented(options(Urgency, lang)))
        self.add("narrative", TextArea(10))
        self.add("state_observed", TextArea(4))
        self.add("interventions", ChipSelector(options(Intervention, lang)))
        self.add("agreements", TextArea(4))
        self.add(
            "follow_up_on",
            DateField(ctx.today, optional=True, label=t(TEXTS, "has_date", lang)),
            "follow_up_hint",
        )
        self.finish()

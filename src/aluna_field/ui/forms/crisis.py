"""The crisis-support note: what happened, to whom, what was done and agreed."""

from __future__ import annotations

import datetime as dt

from ...domain.kinds import FieldError
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

FUTURE_GRACE = dt.timedelta(minutes=5)  # clocks drift; a note "now" is not refused


class CrisisNoteForm(RecordForm):
    kind = "crisis-note"

    def __init__(self, ctx: FormContext) -> None:
        super().__init__(ctx)
        lang = ctx.lang
        self.add("occurred_at", DateTimeField(ctx.now, ctx.lang))
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
            DateField(ctx.today, lang=ctx.lang, optional=True, label=t(TEXTS, "has_date", lang)),
            "follow_up_hint",
        )
        self.finish()

    def time_errors(self, now: dt.datetime) -> list[FieldError]:
        """A crisis note is about something that happened: an event in the future is refused."""
        when = self.fields["occurred_at"].value()
        try:
            moment = dt.datetime.fromisoformat(str(when))
        except ValueError:
            return []  # the domain already says it is not a date and time
        if moment <= now + FUTURE_GRACE:
            return []
        es, en = TEXTS["event_in_future"]
        return [FieldError("occurred_at", "in_future", en, es)]

"""Which form edits which kind, and what a form needs to know before it opens."""

from __future__ import annotations

import datetime as dt

from ...services import team
from ...services.session import Session
from ..values.format import Lookup, title_of
from .base import FormContext, RecordForm, RiskPoint
from .basic import AccompanimentForm, FollowUpForm, SubjectForm
from .crisis import CrisisNoteForm
from .impact import ImpactObservationForm
from .risk import RiskAssessmentForm

FORMS: dict[str, type[RecordForm]] = {
    form.kind: form
    for form in (
        SubjectForm,
        AccompanimentForm,
        CrisisNoteForm,
        RiskAssessmentForm,
        ImpactObservationForm,
        FollowUpForm,
    )
}


def form_context(
    session: Session, kind: str, lang: str, now: dt.datetime, rid: str | None
) -> FormContext:
    """Subjects for the pickers, records for a follow-up, earlier assessments for the trend."""
    subjects = [
        (v.rid, str(v.state.fields.get("alias") or "")) for v in session.list_records("subject")
    ]
    subjects.sort(key=lambda pair: pair[1].casefold())
    ctx = FormContext(lang=lang, today=now.date(), now=now, subjects=subjects, rid=rid)
    if kind == "accompaniment":
        ctx.members = [(m.device_id, m.name) for m in team.members(session) if not m.revoked]
    if kind == "follow-up":
        lookup = Lookup(aliases=dict(subjects))
        ctx.records = [
            (v.rid, title_of(v.kind, v.state.fields, lang, lookup))
            for v in session.list_records()
            if v.kind != "follow-up"
        ]
    if kind == "risk-assessment":
        for view in session.list_records("risk-assessment"):
            fields = view.state.fields
            subject = str(fields.get("subject_id") or "")
            ctx.assessments.append(RiskPoint.of(view.rid, subject, fields))
    return ctx

"""Which form edits which kind, and what a form needs to know before it opens."""

from __future__ import annotations

import datetime as dt

from ...domain import kinds as domain
from ...services import team
from ...services.session import Session
from ..values.format import Lookup, title_of
from .activity import ActivityForm
from .base import FormContext, RecordForm, RiskPoint
from .impact import ImpactObservationForm
from .risk import RiskAssessmentForm
from .spec_form import form_class

# Kinds whose form needs more than its spec (spec_form.py); the others are built from it.
_HOOKED: dict[str, type[RecordForm]] = {
    form.kind: form for form in (RiskAssessmentForm, ImpactObservationForm, ActivityForm)
}
FORMS: dict[str, type[RecordForm]] = {
    kind: _HOOKED.get(kind) or form_class(kind) for kind in domain.KIND_CODES
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
    ctx.definitions = session.records.definitions()
    hints = {f.widget_hint for f in domain.spec_of(kind).inputs}
    if "members" in hints:
        ctx.members = [(m.device_id, m.name) for m in team.members(session) if not m.revoked]
    if "record" in hints:
        lookup = Lookup(aliases=dict(subjects))
        ctx.records = [
            (v.rid, title_of(v.kind, v.state.fields, lang, lookup))
            for v in session.list_records()
            if v.kind != "follow-up"
        ]
    if kind == "risk-assessment":  # the trend beside its form (risk.py)
        for view in session.list_records("risk-assessment"):
            fields = view.state.fields
            subject = str(fields.get("subject_id") or "")
            ctx.assessments.append(RiskPoint.of(view.rid, subject, fields))
    return ctx

"""A subject's case file (*expediente*): everything recorded about it and, for a
collective, an organisation or a community, about its members, in date order.

One read of the live records, the same as a list of every kind; the screen filters by
kind without reading again. Risk assessments carry the trend of their subject's level
(first, up, down, same), compared with that subject's previous assessment.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..domain import kinds as domain
from ..domain.taxonomy import RiskLevel
from ..store.views import RecordView
from .session import Session

# The kinds a case file lists, in the order its kind filter offers them. The Activity
# kind (issue 17, item 1) joins here when it lands: its subject fields come from
# `kinds.subject_refs` and its date from `kinds.date_field`, so adding its code is all
# this module needs (the screen and the PDF show its kind, date and title like any other).
CASE_KINDS = (
    "crisis-note",
    "risk-assessment",
    "impact-observation",
    "activity",
    "follow-up",
    "accompaniment",
)
TRENDS = ("first", "up", "down", "same")


@dataclass(frozen=True)
class CaseEntry:
    """One record of the case file; `about` names the case's subjects it concerns (the
    subject, its members); `trend` is set for risk assessments only."""

    view: RecordView
    day: str  # the record's main date as an ISO day, "" when it has none
    about: tuple[str, ...]
    trend: str = ""

    @property
    def kind(self) -> str:
        return self.view.kind

    @property
    def rid(self) -> str:
        return self.view.rid


@dataclass(frozen=True)
class CaseFile:
    subject: RecordView
    members: tuple[RecordView, ...]  # subjects whose `member_of` names this one
    entries: tuple[CaseEntry, ...]  # oldest first; undated ones last
    groups: tuple[RecordView, ...] = ()  # the live subjects this one is a member of

    def of_kind(self, kind: str | None) -> list[CaseEntry]:
        """The entries of one kind (all of them for None), still in date order."""
        return [e for e in self.entries if kind is None or e.kind == kind]

    def counts(self) -> dict[str, int]:
        return {kind: len(self.of_kind(kind)) for kind in CASE_KINDS}


def _refs(view: RecordView) -> set[str]:
    out: set[str] = set()
    for name in domain.subject_refs(view.kind):
        value = view.state.fields.get(name)
        if isinstance(value, str):
            out.add(value)
        elif isinstance(value, list):
            out.update(str(v) for v in value)
    return out


def _day(view: RecordView) -> str:
    name = domain.date_field(view.kind)
    value = view.state.fields.get(name) if name else None
    return value[:10] if isinstance(value, str) and len(value) >= 10 else ""


def case_file(session: Session, subject_id: str) -> CaseFile:
    """The case file of a subject (RecordNotFound if there is no such live record)."""
    subject = session.show(subject_id)
    views = session.list_records()
    members = tuple(
        _by_alias(
            v
            for v in views
            if v.kind == "subject"
            and v.rid != subject_id  # a subject listed as its own member is no member
            and subject_id in (v.state.fields.get("member_of") or [])
        )
    )
    case = {subject_id, *(m.rid for m in members)}
    found: dict[str, tuple[RecordView, tuple[str, ...]]] = {}
    for view in views:
        if view.kind in CASE_KINDS and view.kind != "follow-up":
            about = _refs(view) & case
            if about:
                found[view.rid] = (view, tuple(sorted(about)))
    # Follow-ups of the subject, of a member or of any record above.
    for view in views:
        if view.kind == "follow-up":
            target = str(view.state.fields.get("record_id") or "")
            if target in case:
                found[view.rid] = (view, (target,))
            elif target in found:
                found[view.rid] = (view, found[target][1])
    entries = [CaseEntry(view, _day(view), about) for view, about in found.values()]
    entries.sort(key=lambda e: (e.day == "", e.day, e.kind, e.rid))
    part_of = set(subject.state.fields.get("member_of") or []) - {subject_id}
    groups = tuple(_by_alias(v for v in views if v.kind == "subject" and v.rid in part_of))
    return CaseFile(subject, members, tuple(_with_trends(entries)), groups)


def _by_alias(views: Iterable[RecordView]) -> list[RecordView]:
    return sorted(views, key=lambda v: (str(v.state.fields.get("alias") or "").casefold(), v.rid))


def _with_trends(entries: list[CaseEntry]) -> list[CaseEntry]:
    """Each assessment's level against its subject's previous one (date order)."""
    last: dict[str, int] = {}
    out = []
    for entry in entries:
        if entry.kind != "risk-assessment":
            out.append(entry)
            continue
        who = str(entry.view.state.fields.get("subject_id") or "")
        code = entry.view.state.fields.get("risk_level")
        level = RiskLevel(code).order if code in RiskLevel.codes() else None
        before = last.get(who)
        if level is None:
            trend = ""
        elif before is None:
            trend = "first"
        else:
            trend = "up" if level > before else "down" if level < before else "same"
        if level is not None:
            last[who] = level
        out.append(CaseEntry(entry.view, entry.day, entry.about, trend))
    return out

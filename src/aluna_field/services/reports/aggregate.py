"""The coordinator's aggregates: what the documentation shows, counted (no Qt, no I/O here
beyond the one read in `build_report`).

Counting rules (also in docs/reports.md):
- A record counts once in each table it belongs to, whatever the number of subjects,
  except in the region table, where it counts once in each distinct state of its subjects.
- An impact observation counts once per impact category it names.
- Region and area filters keep the records with at least one subject in the region and
  (for an area) referenced by an accompaniment of that area; a follow-up follows the
  subjects of the record it is about.
- Values that are missing (redacted) or not in this build's vocabularies are not counted
  in the cells that need them; the record still counts in the totals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ...domain.taxonomy import EventType, ImpactCategory, PerpetratorType, RiskLevel, Sphere
from ...domain.taxonomy import Urgency as UrgencyLevel
from ..errors import NotAllowed
from ..session import Session
from .custom import CustomTally, custom_tallies
from .filters import ReportFilter, month_of, months_between
from .plan_data import PlanSummary, PriorPlan, plan_summary, prior_plans
from .source import Snapshot, perpetrators_of, read_snapshot
from .states import UNKNOWN_STATE, display_names, official_state, state_key

DUE_SOON_DAYS = 7
# (code, first day, last day) of overdue follow-ups, by days past their due date.
AGE_BUCKETS: tuple[tuple[str, int, int | None], ...] = (
    ("1-7", 1, 7),
    ("8-30", 8, 30),
    ("31-90", 31, 90),
    ("91+", 91, None),
)
DATED_KINDS = ("crisis-note", "impact-observation", "risk-assessment")
# A month axis wider than this follows the data instead of the filter.
MAX_AXIS_MONTHS = 120

_SPHERES = frozenset(Sphere.codes())
_CATEGORIES = frozenset(ImpactCategory.codes())
_EVENTS = frozenset(EventType.codes())
_PERPETRATORS = frozenset(PerpetratorType.codes())
_URGENCIES = frozenset(UrgencyLevel.codes())


@dataclass(frozen=True)
class FollowUpSummary:
    """Follow-ups in scope: open (not done), due within DUE_SOON_DAYS, overdue, done."""

    open: int = 0
    due_soon: int = 0
    overdue: int = 0
    done: int = 0
    overdue_by_age: dict[str, int] = field(default_factory=dict)


class RiskPoint(NamedTuple):
    day: str
    level: RiskLevel
    # The subject's previous assessment's plan (None for the first in the period).
    prior: PriorPlan | None = None


@dataclass(frozen=True)
class SubjectTrend:
    """One subject's assessments in the range, oldest first."""

    subject_id: str
    alias: str
    points: tuple[RiskPoint, ...]

    @property
    def latest(self) -> RiskPoint:
        return self.points[-1]


@dataclass(frozen=True)
class ReportData:
    """Every aggregate of one report. Keys are the domain's codes; "" is an unknown state."""

    filters: ReportFilter
    today: dt.date
    counts: dict[str, int]
    impacts: Counter[tuple[str, str]]  # (category, sphere)
    events: Counter[tuple[str, str]]  # (event, perpetrator)
    region_month: Counter[tuple[str, str, str]]  # (state, month, kind)
    urgency_month: Counter[tuple[str, str]]  # (month, urgency)
    months: tuple[str, ...]  # the month axis of urgency_month, oldest first
    risk: tuple[SubjectTrend, ...]
    follow_ups: FollowUpSummary
    plan: PlanSummary = field(default_factory=PlanSummary)
    # Codes coordinators added to a vocabulary (name → (code, es, en)), counted like the
    # built-in ones and shown after them (retired ones too: old records keep them).
    extra_codes: dict[str, tuple[tuple[str, str, str], ...]] = field(default_factory=dict)
    custom: tuple[CustomTally, ...] = ()  # custom choice fields (custom.py)


class Scope:
    """Which subjects the region and area filters keep, and each subject's state name."""

    def __init__(self, snap: Snapshot, flt: ReportFilter, official: bool = False) -> None:
        # official: name states only from the official lists (the anonymised export).
        if official:
            self.state = {s.rid: official_state(s.region) for s in snap.subjects if s.region}
            self.unknown = UNKNOWN_STATE
        else:
            names = display_names(s.region for s in snap.subjects if s.region)
            self.state = {s.rid: names[state_key(s.region)] for s in snap.subjects if s.region}
            self.unknown = ""
        self.alias = {s.rid: s.alias for s in snap.subjects}
        self.flt = flt
        self.allowed: set[str] | None = None
        if flt.region is not None or flt.area is not None:
            allowed = {s.rid for s in snap.subjects if flt.matches_region(s.region)}
            if flt.area is not None:
                allowed &= {
                    sid
                    for a in snap.accompaniments
                    if a.area == flt.area.value
                    for sid in a.subjects
                }
            self.allowed = allowed
        self.region_of = {s.rid: s.region for s in snap.subjects}
        self._states: dict[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...]] = {}
        self._names: dict[tuple[str, ...], tuple[str, ...]] = {}

    def admits(self, subjects: tuple[str, ...]) -> bool:
        return self.allowed is None or not self.allowed.isdisjoint(subjects)

    def counted(self, subjects: Iterable[str]) -> list[str]:
        """The subjects a record counts under: those in the region filter, if there is one."""
        if self.flt.region is None:
            return list(subjects)
        return [s for s in subjects if self.flt.matches_region(self.region_of.get(s, ""))]

    def by_state(self, subjects: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """(state name, the record's subjects in it) for each state a record about
        `subjects` counts in (`unknown` names the state of a subject with no region)."""
        # Remembered per tuple of subjects: the same few recur across thousands of records.
        found = self._states.get(subjects)
        if found is None:
            groups: dict[str, list[str]] = {}
            for sid in self.counted(subjects):
                groups.setdefault(self.state.get(sid, self.unknown), []).append(sid)
            found = tuple((name, tuple(groups[name])) for name in sorted(groups))
            found = found or ((self.unknown, ()),)
            self._states[subjects] = found
        return found

    def states(self, subjects: tuple[str, ...]) -> tuple[str, ...]:
        """The state names a record about `subjects` counts in, each once."""
        found = self._names.get(subjects)
        if found is None:
            names = {self.state.get(s, self.unknown) for s in self.counted(subjects)}
            found = self._names[subjects] = tuple(sorted(names)) or (self.unknown,)
        return found


def build_report(session: Session, flt: ReportFilter, today: dt.date) -> ReportData:
    """Every aggregate for the filters, with follow-ups judged against `today`.

    Coordinators only (NotAllowed otherwise): reports cross every accompanier's records.
    """
    if not session.is_coordinator:
        raise NotAllowed("reports are for coordinators")
    defs = session.records.definitions()
    extra = {
        name: tuple((c.code, c.es, c.en) for c in defs.codes_of(name))
        for name in ("event", "perpetrator", "impact_category")
    }
    snap = read_snapshot(session.conn, flt)
    data = aggregate(snap, flt, today, extra)
    tallies = custom_tallies(session.conn, defs, flt, Scope(snap, flt).admits)
    return dataclasses.replace(data, custom=tallies)


def aggregate(
    snap: Snapshot,
    flt: ReportFilter,
    today: dt.date,
    extra_codes: dict[str, tuple[tuple[str, str, str], ...]] | None = None,
) -> ReportData:
    """The aggregates of a snapshot (already limited to the date range) under the filters.

    `extra_codes` are the vocabularies' custom codes (see ReportData), counted too."""
    extra = extra_codes or {}

    def known(base: frozenset[str], name: str) -> frozenset[str]:
        return base | {code for code, _es, _en in extra.get(name, ())}

    events_known, perpetrators_known = known(_EVENTS, "event"), known(_PERPETRATORS, "perpetrator")
    categories_known = known(_CATEGORIES, "impact_category")
    scope = Scope(snap, flt)
    impacts: Counter[tuple[str, str]] = Counter()
    events: Counter[tuple[str, str]] = Counter()
    region_month: Counter[tuple[str, str, str]] = Counter()
    urgency_month: Counter[tuple[str, str]] = Counter()

    def place(kind: str, month: str, subjects: tuple[str, ...]) -> None:
        for state in scope.states(subjects):
            region_month[(state, month, kind)] += 1

    crises = [c for c in snap.crises if scope.admits(c.subjects)]
    for c in crises:
        if c.day:
            place("crisis-note", c.day[:7], c.subjects)
            if c.urgency in _URGENCIES:
                urgency_month[(c.day[:7], c.urgency)] += 1
        if c.event in events_known:
            # An event counts once under each of its perpetrators (none known: unknown).
            for p in perpetrators_of(c, perpetrators_known):
                events[(c.event, p)] += 1
    observations = [i for i in snap.impacts if scope.admits(i.subjects)]
    for i in observations:
        if i.day:
            place("impact-observation", i.day[:7], i.subjects)
        if i.sphere in _SPHERES:
            impacts.update((cat, i.sphere) for cat in i.categories if cat in categories_known)
    assessments = [r for r in snap.risks if scope.admits((r.subject,))]
    points: dict[str, list[RiskPoint]] = {}
    levels = {level.value: level for level in RiskLevel}
    priors = prior_plans(assessments, snap.measures)
    for r in assessments:
        if r.day:
            place("risk-assessment", r.day[:7], (r.subject,))
            if r.level in levels:
                point = RiskPoint(r.day, levels[r.level], priors.get(r.rid))
                points.setdefault(r.subject, []).append(point)
    follow_ups = _follow_ups(snap, scope, today)
    return ReportData(
        filters=flt,
        today=today,
        counts={
            "crisis-note": len(crises),
            "impact-observation": len(observations),
            "risk-assessment": len(assessments),
            "follow-up": follow_ups.open + follow_ups.done,
        },
        impacts=impacts,
        events=events,
        region_month=region_month,
        urgency_month=urgency_month,
        months=_axis(flt, [m for m, _u in urgency_month]),
        risk=_trends(points, scope.alias),
        follow_ups=follow_ups,
        plan=plan_summary(assessments, snap.measures, scope.alias, today),
        extra_codes=dict(extra),
    )


def _axis(flt: ReportFilter, months: list[str]) -> tuple[str, ...]:
    if flt.date_from and flt.date_to:
        whole = months_between(
            month_of(flt.date_from.isoformat()), month_of(flt.date_to.isoformat())
        )
        if len(whole) <= MAX_AXIS_MONTHS:
            return tuple(whole)
    if not months:
        return ()
    return tuple(months_between(min(months), max(months)))


def _trends(points: dict[str, list[RiskPoint]], alias: dict[str, str]) -> tuple[SubjectTrend, ...]:
    trends = [
        SubjectTrend(sid, alias.get(sid, ""), tuple(sorted(pts, key=lambda p: p.day)))
        for sid, pts in points.items()
    ]
    # Most at risk first: the subjects a coordinator should look at before the others.
    trends.sort(key=lambda t: (-t.latest.level.order, t.alias.casefold(), t.subject_id))
    return tuple(trends)


def _follow_ups(snap: Snapshot, scope: Scope, today: dt.date) -> FollowUpSummary:
    open_, due_soon, overdue, done = 0, 0, 0, 0
    ages: Counter[str] = Counter()
    for f in snap.follow_ups:
        if not scope.admits(snap.record_subjects.get(f.target, ())):
            continue
        if f.done:
            done += 1
            continue
        open_ += 1
        try:
            due = dt.date.fromisoformat(f.due)
        except ValueError:
            continue
        late = (today - due).days
        if late > 0:
            overdue += 1
            ages[_bucket(late)] += 1
        elif -late <= DUE_SOON_DAYS:
            due_soon += 1
    return FollowUpSummary(
        open_, due_soon, overdue, done, {code: ages[code] for code, _a, _b in AGE_BUCKETS}
    )


def _bucket(days_late: int) -> str:
    for code, _first, last in AGE_BUCKETS:
        if last is None or days_late <= last:
            return code
    return AGE_BUCKETS[-1][0]

"""The anonymised dataset for research partners: counts of coded values, never records.

What goes out (see docs/reports.md for what this does and does not protect):
- frequency tables only: how many records share a period, a place and one or two coded
  values; no record ids, subject ids, names, aliases, narratives or any free text;
- dates coarsened to the month, the quarter or the year, places to the state or the
  whole country (the person chooses; `suggest_level` names the finest that is not
  empty), and only states from the official lists (anything else is "other", a subject
  with no region "unknown");
- every cell with fewer than `min_cell` records (default 5, never under 3), or about
  fewer than `min_cell` different subjects, left out, and the file says how many.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...domain.taxonomy import EventType, ImpactCategory, PerpetratorType, RiskLevel, Sphere
from ...domain.taxonomy import Urgency as UrgencyLevel
from ..errors import NotAllowed
from ..session import Session
from .aggregate import Scope
from .filters import ReportFilter, ReportInputError
from .source import Snapshot, perpetrators_of, read_snapshot
from .states import country_of

DEFAULT_MIN_CELL = 5
MIN_CELL_FLOOR = 3
BY = ("month", "quarter", "year")
AREA_LEVELS = ("state", "country")
# Fixed English codes in every language, like the values (documented in docs/reports.md).
COLUMNS = (
    "table",
    "period",
    "country",
    "state",
    "sphere",
    "category",
    "event",
    "perpetrator",
    "urgency",
    "risk_level",
    "count",
)
# The coded columns each table fills, after the period and the place.
TABLE_COLUMNS = {
    "impacts": ("sphere", "category"),
    "events": ("event", "perpetrator"),
    "urgency": ("urgency",),
    "risk": ("risk_level",),
}
_CODES = {
    "sphere": frozenset(Sphere.codes()),
    "category": frozenset(ImpactCategory.codes()),
    "event": frozenset(EventType.codes()),
    "perpetrator": frozenset(PerpetratorType.codes()),
    "urgency": frozenset(UrgencyLevel.codes()),
    "risk_level": frozenset(RiskLevel.codes()),
}

CellKey = tuple[str, ...]  # (table, period, country, state, *codes)


@dataclass(frozen=True)
class Level:
    """How coarse the cells are: `by` month, quarter or year; `area` state or country."""

    by: str = "month"
    area: str = "state"

    def __post_init__(self) -> None:
        if self.by not in BY:
            raise ReportInputError("report_bad_by", choices=", ".join(BY))
        if self.area not in AREA_LEVELS:
            raise ReportInputError("report_bad_area_level", choices=", ".join(AREA_LEVELS))

    def period(self, day: str) -> str:
        """ "2025-05", "2025-Q2" or "2025" from an ISO day (or date-time)."""
        if self.by == "year":
            return day[:4]
        if self.by == "quarter":
            return f"{day[:4]}-Q{(int(day[5:7]) - 1) // 3 + 1}"
        return day[:7]

    def place(self, state: str) -> tuple[str, str]:
        """(country, state) of a cell; the state is left empty at the country level."""
        return country_of(state), (state if self.area == "state" else "")


# Finest first: time is coarsened before place, since partners mostly ask by state.
LEVELS = tuple(Level(by, area) for area in AREA_LEVELS for by in BY)


@dataclass(frozen=True)
class AnonymisedDataset:
    """The cells that passed suppression, how many did not and why, and how it was cut."""

    cells: dict[CellKey, int]
    suppressed_records: int  # cells of fewer than min_cell records
    suppressed_subjects: int  # enough records, but about fewer than min_cell subjects
    min_cell: int
    level: Level = Level()
    filters: ReportFilter = field(default_factory=ReportFilter)
    suggested: Level | None = None

    @property
    def suppressed_cells(self) -> int:
        return self.suppressed_records + self.suppressed_subjects

    def rows(self) -> list[list[str | int]]:
        """One row per cell in the COLUMNS order, sorted by table, period, place, codes."""
        out: list[list[str | int]] = []
        for key in sorted(self.cells):
            table, period, country, state, *codes = key
            row: dict[str, str | int] = {c: "" for c in COLUMNS}
            row.update(table=table, period=period, country=country, state=state)
            row.update(zip(TABLE_COLUMNS[table], codes, strict=True), count=self.cells[key])
            out.append([row[c] for c in COLUMNS])
        return out


def check_min_cell(min_cell: int) -> int:
    if min_cell < MIN_CELL_FLOOR:
        raise ReportInputError("report_min_cell", floor=MIN_CELL_FLOOR)
    return min_cell


def anonymised_dataset(
    session: Session,
    flt: ReportFilter,
    min_cell: int = DEFAULT_MIN_CELL,
    by: str | None = None,
    area: str | None = None,
) -> AnonymisedDataset:
    """The dataset for the filters (coordinators only: NotAllowed otherwise). A level
    left as None is the finest with data given the other (`suggest_level`), else the
    coarsest; `suggested` is the finest with data of all."""
    if not session.is_coordinator:
        raise NotAllowed("reports are for coordinators")
    check_min_cell(min_cell)
    if by is not None or area is not None:
        Level(by or "month", area or "state")  # refuse an unknown code before reading
    snap = read_snapshot(session.conn, flt)
    suggested = suggest_level(snap, flt, min_cell)
    if by is None or area is None:
        # The finest level with data among those the person left open, else the coarsest.
        fits = suggest_level(snap, flt, min_cell, by, area)
        fits = fits or Level(by or BY[-1], area or AREA_LEVELS[-1])
        by, area = by or fits.by, area or fits.area
    level = Level(by, area)
    found = anonymise(snap, flt, min_cell, level)
    return AnonymisedDataset(
        found.cells,
        found.suppressed_records,
        found.suppressed_subjects,
        min_cell,
        level,
        flt,
        suggested,
    )


def suggested_level(
    session: Session, flt: ReportFilter, min_cell: int = DEFAULT_MIN_CELL
) -> Level | None:
    """The finest level with data for the filters (None for an accompanier, who gets no
    reports, or when every level is empty)."""
    if not session.is_coordinator:
        return None
    return suggest_level(read_snapshot(session.conn, flt), flt, check_min_cell(min_cell))


def suggest_level(
    snap: Snapshot, flt: ReportFilter, min_cell: int, by: str | None = None, area: str | None = None
) -> Level | None:
    """The finest level (of those with the given `by` and `area`, when given) at which
    at least one cell survives suppression; None when every level is empty."""
    for level in LEVELS:
        if by not in (None, level.by) or area not in (None, level.area):
            continue
        if anonymise(snap, flt, min_cell, level).cells:
            return level
    return None


def anonymise(
    snap: Snapshot, flt: ReportFilter, min_cell: int, level: Level = Level()
) -> AnonymisedDataset:
    """Count each record once per cell it falls in, then drop the cells with fewer than
    min_cell records or fewer than min_cell different subjects."""
    check_min_cell(min_cell)
    scope = Scope(snap, flt, official=True)
    # cell → (records, the different subjects they are about)
    cells: dict[CellKey, tuple[list[int], set[str]]] = {}
    codes = _CODES

    def add(key: CellKey, subjects: tuple[str, ...]) -> None:
        cell = cells.get(key)
        if cell is None:
            cell = cells[key] = ([0], set())
        cell[0][0] += 1
        cell[1].update(subjects)

    def places(subjects: tuple[str, ...]) -> dict[tuple[str, str], tuple[str, ...]]:
        # At the country level two states of one record meet in one place: counted once.
        out: dict[tuple[str, str], tuple[str, ...]] = {}
        for state, subs in scope.by_state(subjects):
            place = level.place(state)
            out[place] = (*out.get(place, ()), *subs)
        return out

    for c in snap.crises:
        if c.day and scope.admits(c.subjects):
            period = level.period(c.day)
            for place, subs in places(c.subjects).items():
                if c.event in codes["event"]:
                    for p in perpetrators_of(c):
                        if p in codes["perpetrator"]:
                            add(("events", period, *place, c.event, p), subs)
                if c.urgency in codes["urgency"]:
                    add(("urgency", period, *place, c.urgency), subs)
    for i in snap.impacts:
        if i.day and i.sphere in codes["sphere"] and scope.admits(i.subjects):
            period = level.period(i.day)
            for place, subs in places(i.subjects).items():
                for category in i.categories:
                    if category in codes["category"]:
                        add(("impacts", period, *place, i.sphere, category), subs)
    for r in snap.risks:
        subject = (r.subject,)
        if r.day and r.level in codes["risk_level"] and scope.admits(subject):
            for place, subs in places(subject).items():
                add(("risk", level.period(r.day), *place, r.level), subs)
    # A cell is published only when it holds at least min_cell records about at least
    # min_cell different subjects: six notes about one collective would still point at it.
    kept: dict[CellKey, int] = {}
    few_records = few_subjects = 0
    for key, (n, people) in cells.items():
        if n[0] < min_cell:
            few_records += 1
        elif len(people) < min_cell:
            few_subjects += 1
        else:
            kept[key] = n[0]
    return AnonymisedDataset(kept, few_records, few_subjects, min_cell, level, flt)

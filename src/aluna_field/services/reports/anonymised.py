"""The anonymised dataset for research partners: counts of coded values, never records.

What goes out (see docs/reports.md for what this does and does not protect):
- frequency tables only: how many records share a month, a state and one or two coded
  values; no record ids, subject ids, names, aliases, narratives or any free text;
- dates coarsened to the month, regions to the state, and only states from the
  official lists (anything else is "other", a subject with no region "unknown");
- every cell with fewer than `min_cell` records (default 5), or about fewer than
  `min_cell` different subjects, left out.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ...domain.taxonomy import EventType, ImpactCategory, PerpetratorType, RiskLevel, Sphere
from ...domain.taxonomy import Urgency as UrgencyLevel
from ...store.atomic import write_atomic
from ..errors import NotAllowed
from ..session import Session
from .aggregate import Scope
from .filters import ReportFilter, ReportInputError
from .source import Snapshot, perpetrators_of, read_snapshot

DEFAULT_MIN_CELL = 5
MIN_CELL_FLOOR = 3
# Fixed English codes in every language, like the values (documented in docs/reports.md).
COLUMNS = (
    "table",
    "month",
    "state",
    "sphere",
    "category",
    "event",
    "perpetrator",
    "urgency",
    "risk_level",
    "count",
)
# The coded columns each table fills, after month and state.
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

CellKey = tuple[str, ...]  # (table, month, state, *codes)


@dataclass(frozen=True)
class AnonymisedDataset:
    """The cells that passed suppression, and how many did not."""

    cells: dict[CellKey, int]
    suppressed_cells: int
    min_cell: int

    def rows(self) -> list[list[str | int]]:
        """One row per cell in the COLUMNS order, sorted by table, month, state, codes."""
        out: list[list[str | int]] = []
        for key in sorted(self.cells):
            table, month, state, *codes = key
            row: dict[str, str | int] = {c: "" for c in COLUMNS}
            row.update(table=table, month=month, state=state, count=self.cells[key])
            row.update(zip(TABLE_COLUMNS[table], codes, strict=True))
            out.append([row[c] for c in COLUMNS])
        return out


def check_min_cell(min_cell: int) -> int:
    if min_cell < MIN_CELL_FLOOR:
        raise ReportInputError("report_min_cell", floor=MIN_CELL_FLOOR)
    return min_cell


def anonymised_dataset(
    session: Session, flt: ReportFilter, min_cell: int = DEFAULT_MIN_CELL
) -> AnonymisedDataset:
    """The dataset for the filters (coordinators only: NotAllowed otherwise)."""
    if not session.is_coordinator:
        raise NotAllowed("reports are for coordinators")
    check_min_cell(min_cell)
    return anonymise(read_snapshot(session.conn, flt), flt, min_cell)


def anonymise(snap: Snapshot, flt: ReportFilter, min_cell: int) -> AnonymisedDataset:
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

    for c in snap.crises:
        if c.day and scope.admits(c.subjects):
            month = c.day[:7]
            for state, subs in scope.by_state(c.subjects):
                if c.event in codes["event"]:
                    for p in perpetrators_of(c):
                        add(("events", month, state, c.event, p), subs)
                if c.urgency in codes["urgency"]:
                    add(("urgency", month, state, c.urgency), subs)
    for i in snap.impacts:
        if i.day and i.sphere in codes["sphere"] and scope.admits(i.subjects):
            month = i.day[:7]
            for state, subs in scope.by_state(i.subjects):
                for category in i.categories:
                    if category in codes["category"]:
                        add(("impacts", month, state, i.sphere, category), subs)
    for r in snap.risks:
        subject = (r.subject,)
        if r.day and r.level in codes["risk_level"] and scope.admits(subject):
            for state, subs in scope.by_state(subject):
                add(("risk", r.day[:7], state, r.level), subs)
    # A cell is published only when it holds at least min_cell records about at least
    # min_cell different subjects: six notes about one collective would still point at it.
    kept = {
        k: n[0] for k, (n, people) in cells.items() if n[0] >= min_cell and len(people) >= min_cell
    }
    return AnonymisedDataset(kept, len(cells) - len(kept), min_cell)


def anonymised_csv(dataset: AnonymisedDataset) -> bytes:
    """The dataset as CSV (UTF-8, header of COLUMNS, one row per kept cell)."""
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(COLUMNS)
    out.writerows(dataset.rows())
    return buf.getvalue().encode("utf-8")


def write_anonymised(dataset: AnonymisedDataset, path: Path) -> None:
    write_atomic(path, anonymised_csv(dataset))

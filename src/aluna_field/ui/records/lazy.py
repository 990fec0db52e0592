"""A kind's list as a lazy model: the ordered row numbers, and cells a page at a time.

Opening a list of 99,000 notes used to read, parse and format every record before the
first paint (4.3 s). This model holds only the row numbers SQL ordered and filtered
(store/listing.py); the cells of a row are read, with the rest of its page, when the
view first asks for them. Pages are dropped beyond `MAX_PAGES`, and `clear` (on lock)
drops everything. The rows read here come without sensitive fields: a real name never
enters the model.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QIdentityProxyModel, QModelIndex, Qt

from ...domain import kinds as domain
from ...l10n import _
from ...services.session import Session
from ...store import listing
from ..values.format import Lookup, record_date
from ..values.layout import list_layout
from .model import RID_ROLE, Filters, _alert_color, _Index, matches
from .ordering import list_query, plan_key
from .rows import RecordRow, build_lookup, plan_rows
from .tabulate import cell, columns_of

T = TypeVar("T")
Run = Callable[[Callable[[Session], T]], T]
PAGE = 64
MAX_PAGES = 64  # 4,096 rows of cells at most
_ALERT = {"high", "critical"}


@dataclass
class Snapshot:
    """What a list load brings from the vault (off the GUI thread)."""

    lookup: Lookup
    plan: list[RecordRow]
    total: int
    entries: list[int] = field(default_factory=list)


def row_of_state(kind: str, num: int, state: dict[str, Any]) -> RecordRow:
    hidden = set(domain.sensitive_fields(kind))
    fields = {k: v for k, v in state["fields"].items() if k not in hidden}
    conflict = bool(state["conflicts"]) or bool(state["delete_conflict"])
    return RecordRow(
        state["rid"], state["kind"], fields, state["updated_ms"], state["author"], conflict
    )


def fetch_rows(session: Session, kind: str, nums: list[int]) -> dict[int, RecordRow]:
    """The rows of these row numbers, sensitive fields dropped before they leave here."""
    states = listing.states_of(session.conn, nums)
    return {num: row_of_state(kind, num, state) for num, state in states.items()}


def load_snapshot(session: Session, kind: str, lang: str) -> Snapshot:
    """Aliases and titles the cells need, the plan's rows (follow-ups), the total."""
    plan = plan_rows(session, lang) if kind == "follow-up" else []
    targets = listing.values_of(session.conn, kind, "record_id") if kind == "follow-up" else set()
    fake = [RecordRow(rid, kind, {"record_id": rid}, 0, "", False) for rid in sorted(targets)]
    lookup = build_lookup(session, fake + plan, lang)
    return Snapshot(lookup, plan, listing.count(session.conn, kind) + len(plan))


class LazyRecordModel(QAbstractTableModel):
    """Rows of one kind's list; the view's sort and the filter bar run as SQL through
    `run` (the backend's call, which holds the session lock)."""

    def __init__(self, kind: str, lang: str, run: Run[Any] | None = None) -> None:
        super().__init__()
        self.kind = kind
        self.lang = lang
        self.run = run
        self.columns = columns_of(kind)
        self.layout = list_layout(kind)
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.filters = Filters()
        self.search: str | None = None
        self.today: dt.date | None = None
        self._snap: Snapshot | None = None
        self._pages: OrderedDict[int, list[tuple[RecordRow, tuple[str, ...]]]] = OrderedDict()

    # -- what is shown ----------------------------------------------------------------------
    @property
    def lookup(self) -> Lookup:
        return self._snap.lookup if self._snap else Lookup()

    @property
    def total(self) -> int:
        """Rows before any filter."""
        return self._snap.total if self._snap else 0

    def load(self, snap: Snapshot) -> None:
        """Show a fresh load: the order and filters in force are applied to it."""
        self._snap = snap
        self._requery()

    def clear(self) -> None:
        """Forget every row, key and cell (on lock)."""
        self.beginResetModel()
        self._snap = None
        self._pages.clear()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        self._requery()

    def set_filters(self, filters: Filters, search: str | None) -> None:
        self.filters, self.search = filters, search
        self._requery()

    def _requery(self) -> None:
        snap = self._snap
        if snap is None or self.run is None:
            return
        column = (
            self.columns[self.sort_column] if 0 <= self.sort_column < len(self.columns) else None
        )
        query = list_query(
            self.kind,
            self.lang,
            snap.lookup,
            column,
            self.sort_order == Qt.SortOrder.DescendingOrder,
            self.filters,
            self.search,
        )
        plan = snap.plan
        search = self.search

        def work(session: Session) -> list[int]:
            if not plan:
                return listing.ordered(session.conn, query)
            found = None
            if search is not None:
                found = listing.search_among(session.conn, [r.rid for r in plan], search)
            return self._with_plan(query, listing.keyed(session.conn, query), found)

        entries = self.run(work)
        self.beginResetModel()
        snap.entries = entries
        self._pages.clear()
        self.endResetModel()

    def _with_plan(
        self, query: listing.ListQuery, pairs: list[tuple[int, Any]], found: set[str] | None
    ) -> list[int]:
        """Merge the plan's items (not records: no SQL row) into the ordered rows."""
        assert self._snap is not None
        kept = dataclasses.replace(self.filters, search=None)  # the search ran in SQL
        keyed: list[tuple[tuple[bool, Any], int]] = [
            (plan_key(query, row.fields), -1 - i)
            for i, row in enumerate(self._snap.plan)
            if matches(row, kept) and (found is None or row.rid in found)
        ]
        keyed += [((k is not None, k), num) for num, k in pairs]
        descending = query.descending
        # A stable sort of SQL's order with the items appended: ties keep SQL's order.
        keyed.sort(key=lambda e: _comparable(e[0]), reverse=descending)
        return [entry for _key, entry in keyed]

    # -- rows and cells ----------------------------------------------------------------------
    def _page(self, number: int) -> list[tuple[RecordRow, tuple[str, ...]]]:
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
            return page
        assert self._snap is not None
        entries = self._snap.entries[number * PAGE : (number + 1) * PAGE]
        nums = [e for e in entries if e > 0]
        kind = self.kind
        fetched = self.run(lambda s: fetch_rows(s, kind, nums)) if nums and self.run else {}
        page = []
        for entry in entries:
            row = self._snap.plan[-1 - entry] if entry < 0 else fetched.get(entry)
            if row is None:  # gone since the list was ordered: shown empty until reload
                row = RecordRow("", kind, {}, 0, "", False)
            cells = tuple(cell(kind, n, row, self.lang, self._snap.lookup) for n in self.columns)
            page.append((row, cells))
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def _at(self, row: int) -> tuple[RecordRow, tuple[str, ...]]:
        return self._page(row // PAGE)[row % PAGE]

    def row_at(self, row: int) -> RecordRow:
        return self._at(row)[0]

    def row_of(self, rid: str) -> int:
        """The row showing record rid, or -1."""
        snap = self._snap
        if snap is None or not rid:
            return -1
        wanted = {-1 - i for i, r in enumerate(snap.plan) if r.rid == rid}
        num = self.run(lambda s: listing.num_of(s.conn, rid)) if self.run else None
        if num is not None:
            wanted.add(num)
        return next((i for i, e in enumerate(snap.entries) if e in wanted), -1)

    def cells_of(self, first: int, last: int, column: int) -> list[str]:
        """The text of a column over rows first..last (for sizing it to what is seen)."""
        return [self._at(r)[1][column] for r in range(max(first, 0), min(last, self.rowCount()))]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._snap is None:
            return 0
        return len(self._snap.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return domain.field_label(self.kind, self.columns[section], self.lang)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._snap is None:
            return None
        row, column = index.row(), index.column()
        name = self.columns[column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._at(row)[1][column]
            if name == "due_on" and self.is_overdue(row):
                return _(self.lang, "{date} · overdue", date=text)
            return text
        if role == Qt.ItemDataRole.ToolTipRole and name in self.layout.wide:
            return self._at(row)[1][column] or None
        if role == RID_ROLE:
            return self._at(row)[0].rid
        if role == Qt.ItemDataRole.ForegroundRole:
            record = self._at(row)[0]
            if name == self.layout.level and record.fields.get(name) in _ALERT:
                return _alert_color()
            if name == "due_on" and self.is_overdue(row):
                return _alert_color()
        return None

    def is_overdue(self, row: int) -> bool:
        """A follow-up not done whose due day has passed."""
        record = self.row_at(row)
        if self.today is None or record.kind != "follow-up" or record.fields.get("done"):
            return False
        day = record_date(record.kind, record.fields)
        return day is not None and day < self.today


def _comparable(key: tuple[bool, Any]) -> tuple[bool, Any]:
    # Keys of one column share a type (text, number or rank); empty sorts first.
    return key if key[0] else (False, 0)


class LazyProxy(QIdentityProxyModel):
    """The list's view of the lazy model: rows one to one (filtering and sorting happen
    in SQL, so no Qt proxy walks 100,000 rows); kept so callers map indexes as before."""

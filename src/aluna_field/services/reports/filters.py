"""What a report looks at: a date range, a region and an accompaniment area.

Dates are inclusive calendar days compared with the day part of each record's main
date (`kinds.date_field`). A region matches a subject whose state, or whose whole
"State / Municipality" region, is the same text once case and accents are set aside.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...domain.taxonomy import AccompanimentArea
from .states import region_key, state_key


class ReportInputError(ValueError):
    """A filter or option that cannot be used; `key` names a translated message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def parse_day(text: str, option: str) -> dt.date:
    """An ISO calendar date ("2025-03-01"); ReportInputError("report_bad_date") otherwise."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ReportInputError("report_bad_date", option=option) from None


@dataclass(frozen=True)
class ReportFilter:
    """The filters of one report; None means "no limit" for each of them."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    region: str | None = None
    area: AccompanimentArea | None = None

    def __post_init__(self) -> None:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ReportInputError("report_dates_reversed")
        if self.region is not None and not self.region.strip():
            object.__setattr__(self, "region", None)

    def day_bounds(self) -> tuple[str, str]:
        """The range as ISO strings; open ends become bounds no ISO date falls outside."""
        low = self.date_from.isoformat() if self.date_from else "0000-00-00"
        high = self.date_to.isoformat() if self.date_to else "9999-99-99"
        return low, high

    def matches_region(self, region: str) -> bool:
        """True when no region is asked for, or `region` is in the one asked for."""
        if self.region is None:
            return True
        wanted = region_key(self.region)
        return state_key(region) == wanted or region_key(region) == wanted

    def to_json(self) -> dict[str, str | None]:
        return {
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
            "region": self.region,
            "area": self.area.value if self.area else None,
        }


def month_of(day: str) -> str:
    """ "2025-03" from "2025-03-14" (or from a date-time)."""
    return day[:7]


def months_between(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` inclusive ("2024-11", "2024-12", "2025-01"…)."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    out = []
    while (year, month) <= end:
        out.append(f"{year:04d}-{month:02d}")
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return out


def local_today(now_ms: int) -> dt.date:
    """The calendar day on this computer at `now_ms` (from the AppContext clock)."""
    return dt.datetime.fromtimestamp(now_ms / 1000).date()

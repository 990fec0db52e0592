"""Reading a date or a date-time as a person types it, whole, in one go.

ISO (`2026-12-01`, `2026-12-01 18:00`, `2026-12-01T18:00`) works in every language;
with slashes or dots the day comes first in Spanish (`1/12/2026` is 1 December) and
the month first in English (`12/1/2026`). A two-digit year is refused: it is exactly
the kind of slip this is meant to catch. Pure functions, no Qt.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_SLASH = re.compile(r"(\d{1,2})[/.](\d{1,2})[/.](\d{4})")
_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::\d{2})?")

EARLIEST_LIKELY = dt.date(1990, 1, 1)


def parse_day(text: str, lang: str) -> dt.date | None:
    """The date `text` names (surrounding spaces ignored), or None."""
    day, rest = _split_day(text.strip(), lang)
    return day if day is not None and not rest else None


def parse_moment(text: str, lang: str) -> dt.datetime | None:
    """The date and time `text` names, to the minute; a bare date is midnight."""
    day, rest = _split_day(text.strip(), lang)
    if day is None:
        return None
    if not rest:
        return dt.datetime(day.year, day.month, day.day)
    match = _TIME.fullmatch(rest)
    if match is None:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return dt.datetime(day.year, day.month, day.day, hour, minute)


def unlikely(day: dt.date, today: dt.date) -> bool:
    """Before 1990 or more than a year ahead: probably a typing slip, worth asking."""
    return day < EARLIEST_LIKELY or day > today + dt.timedelta(days=366)


def _split_day(text: str, lang: str) -> tuple[dt.date | None, str]:
    iso = _ISO.match(text)
    if iso is not None:
        year, month, day = int(iso[1]), int(iso[2]), int(iso[3])
        end = iso.end()
    else:
        slash = _SLASH.match(text)
        if slash is None:
            return None, text
        first, second, year = int(slash[1]), int(slash[2]), int(slash[3])
        day, month = (second, first) if lang == "en" else (first, second)
        end = slash.end()
    rest = text[end:]
    if rest and rest[0] not in " T":
        return None, rest
    try:
        return dt.date(year, month, day), rest[1:].strip()
    except ValueError:
        return None, rest

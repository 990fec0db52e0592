"""Words for reports that leave the team: the period spelled out, the organisation's name.

Outside readers (funders, research partners) read "del 1 de enero al 31 de diciembre de
2026", not two ISO dates; the organisation that made the report is a setting kept in
the vault (never in a config file), the team's name until a coordinator sets it.
"""

from __future__ import annotations

import datetime as dt

from ...l10n import _
from ..session import Session
from .filters import ReportFilter, ReportInputError

ORGANISATION_SETTING = "organisation_name"
ORGANISATION_MAX = 120

_MONTHS_ES = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
    "septiembre", "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MONTHS_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip


def day_in_words(day: dt.date, lang: str, with_year: bool = True) -> str:
    """ "1 de enero de 2026" / "1 January 2026" (without the year when `with_year` is off)."""
    if lang == "en":
        name = _MONTHS_EN[day.month - 1]
        return f"{day.day} {name} {day.year}" if with_year else f"{day.day} {name}"
    name = _MONTHS_ES[day.month - 1]
    return f"{day.day} de {name} de {day.year}" if with_year else f"{day.day} de {name}"


def period_in_words(flt: ReportFilter, lang: str) -> str:
    """The report's period as a sentence part: "del 1 de enero al 31 de diciembre de 2026",
    "desde el 1 de marzo de 2025", "hasta el …", or "todos los registros"."""
    start, end = flt.date_from, flt.date_to
    if start and end:
        same_year = start.year == end.year
        return _(
            lang,
            "from {start} to {end}",
            start=day_in_words(start, lang, with_year=not same_year),
            end=day_in_words(end, lang),
        )
    if start:
        return _(lang, "from {start}", start=day_in_words(start, lang))
    if end:
        return _(lang, "until {end}", end=day_in_words(end, lang))
    return _(lang, "every record, with no date limit")


def check_organisation(name: str) -> str:
    """The name as stored: stripped, one line, at most ORGANISATION_MAX characters;
    ReportInputError("report_organisation") otherwise."""
    cleaned = " ".join(name.split())
    if len(cleaned) > ORGANISATION_MAX or any(c in name for c in "\r\n\t"):
        raise ReportInputError("report_organisation", max=ORGANISATION_MAX)
    return cleaned


def organisation_name(session: Session) -> str:
    """The organisation shown on outside reports: the setting, else the team's name."""
    stored = session.setting(ORGANISATION_SETTING)
    if isinstance(stored, str) and stored.strip():
        return stored
    return session.device.team or ""


def set_organisation_name(session: Session, name: str) -> str:
    """Keep `name` as the organisation's name (an empty one falls back to the team's)."""
    cleaned = check_organisation(name)
    session.set_setting(ORGANISATION_SETTING, cleaned)
    return cleaned

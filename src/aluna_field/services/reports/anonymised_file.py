"""The anonymised dataset as a file: a few `#` lines that say what it is, then the CSV.

The lines on top name the organisation, the period in words, how coarse the cells are
and how many were suppressed and why, in the chosen language: whoever opens the file
in a spreadsheet reads them first, and a script skips them (`comment="#"` in pandas,
`comment.char = "#"` in R). The header and values below them are fixed English codes.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from ...l10n import _
from ...store.atomic import write_atomic
from .anonymised import COLUMNS, AnonymisedDataset, Level
from .words import day_in_words, period_in_words


def about_lines(
    dataset: AnonymisedDataset, lang: str, organisation: str, today: dt.date
) -> list[str]:
    """What the file's top lines say, in `lang` (the screen shows the same words)."""
    level = dataset.level
    lines = [_(lang, "Anonymised data")]
    if organisation:
        lines.append(_(lang, "Organisation: {name}", name=organisation))
    lines.append(_(lang, "Period: {period}", period=period_in_words(dataset.filters, lang)))
    by, place = level_words(level, lang)
    lines.append(
        _(
            lang,
            "Cells by {by} and {place}; counts only, with no names, aliases, narratives or ids.",
            by=by,
            place=place,
        )
    )
    lines.append(_(lang, "Cells published: {cells}.", cells=len(dataset.cells)))
    lines.append(suppression_line(dataset, lang))
    lines.append(_(lang, "Made on {day}.", day=day_in_words(today, lang)))
    return lines


def level_words(level: Level, lang: str) -> tuple[str, str]:
    """The level's period and place in words ("año", "país")."""
    by = {
        "month": _(lang, "month"),
        "quarter": _(lang, "quarter"),
        "year": _(lang, "year"),
    }[level.by]
    place = {
        "state": _(lang, "state or department"),
        "country": _(lang, "country"),
    }[level.area]
    return by, place


def suppression_line(dataset: AnonymisedDataset, lang: str) -> str:
    """How many cells were suppressed and why (or that none was)."""
    k = dataset.min_cell
    if not dataset.suppressed_cells:
        return _(lang, "No cell suppressed (threshold: {k}).", k=k)
    return _(
        lang,
        "Cells suppressed: {total} ({records} with fewer than {k} records and "
        "{subjects} with records about fewer than {k} different subjects), so "
        "that no one can be recognised in a small count.",
        total=dataset.suppressed_cells,
        records=dataset.suppressed_records,
        subjects=dataset.suppressed_subjects,
        k=k,
    )


def anonymised_csv(
    dataset: AnonymisedDataset, lang: str, organisation: str, today: dt.date
) -> bytes:
    """The dataset as CSV (UTF-8): `# ` lines about it, the header of COLUMNS, one row
    per kept cell."""
    buf = io.StringIO()
    for line in about_lines(dataset, lang, organisation, today):
        # One physical line each: a name with a line break must not start a row.
        buf.write("# " + " ".join(line.split()) + "\r\n")
    out = csv.writer(buf, lineterminator="\r\n")
    out.writerow(COLUMNS)
    out.writerows(dataset.rows())
    return buf.getvalue().encode("utf-8")


def write_anonymised(
    dataset: AnonymisedDataset, path: Path, lang: str, organisation: str, today: dt.date
) -> None:
    write_atomic(path, anonymised_csv(dataset, lang, organisation, today))

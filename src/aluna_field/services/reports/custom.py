"""The report's table of custom choice fields (issue 16, item 4): for every choice or
several-choices field a coordinator defined, how many records in the period and scope
hold each of its choices. Sensitive custom fields are never counted."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ...domain import kinds as domain
from ...domain.definitions import Definitions
from ...store.db import Connection
from .filters import ReportFilter


@dataclass(frozen=True)
class CustomTally:
    """One custom choice field: its kind and labels, its choices, and the counts."""

    kind: str
    es: str
    en: str
    choices: tuple[tuple[str, str, str], ...]  # (code, es, en)
    counts: Counter[str] = field(default_factory=Counter)


def _ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str) and value.startswith("["):
        try:
            value = json.loads(value)
        except ValueError:
            return ()
    if isinstance(value, list):
        return tuple(v for v in value if isinstance(v, str))
    return (value,) if isinstance(value, str) and value else ()


def custom_tallies(
    conn: Connection, defs: Definitions, flt: ReportFilter, admits: Any
) -> tuple[CustomTally, ...]:
    """Counts for every non-sensitive custom choice field, under the report's date range
    and `admits(subjects)` (its region and area scope). Retired fields still count."""
    out: list[CustomTally] = []
    for kind in domain.KIND_CODES:
        refs = domain.subject_refs(kind)
        for f in defs.fields_of(kind):
            if f.type not in ("choice", "choices") or f.sensitive:
                continue
            path = f"$.fields.{f.key}"
            sql = f"SELECT rid, json_extract(state, '{path}'), state FROM records"
            sql += " WHERE kind = ? AND deleted = 0 AND json_extract(state, ?) IS NOT NULL"
            args: list[Any] = [kind, path]
            if domain.date_field(kind) and (flt.date_from or flt.date_to):
                sql += " AND substr(date_key, 1, 10) BETWEEN ? AND ?"
                args.extend(flt.day_bounds())
            counts: Counter[str] = Counter()
            for rid, value, state in conn.execute(sql, args):
                fields = json.loads(state)["fields"]
                subjects: tuple[str, ...] = (str(rid),) if kind == "subject" else ()
                for ref in refs:
                    subjects += _ids(fields.get(ref))
                if admits(subjects):
                    counts.update(set(_ids(value)))
            choices = tuple((c.code, c.es, c.en) for c in f.choices)
            out.append(CustomTally(kind, f.es, f.en, choices, counts))
    return tuple(out)

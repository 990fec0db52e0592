"""A list of records as CSV (for a spreadsheet), its columns from the kind's spec.

One row per record, one column per field in spec order, derived values (the risk
level) included. Sensitive fields (a subject's real name) are never written: the
export is a document that leaves the vault. Cells read as on screen: codes by their
label, subjects by alias; lists of structured items (threats) as their JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping
from typing import Any

from ..domain import kinds as domain
from ..domain.definitions import CustomField, Definitions
from ..domain.spec import FieldSpec
from ..l10n import _
from ..store.views import RecordView
from .session import Session

# A spreadsheet runs a cell that starts with one of these as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_fields(kind: str) -> tuple[FieldSpec, ...]:
    """The fields a CSV of `kind` has, in order (never a sensitive one)."""
    return tuple(f for f in domain.spec_of(kind).fields if not f.sensitive)


def _cell(
    spec: FieldSpec, value: Any, lang: str, aliases: Mapping[str, str], defs: Definitions
) -> str:
    if value is None or value == "" or value == []:
        return ""
    if spec.type in ("items", "counts"):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    values = value if isinstance(value, list) else [value]
    if spec.vocab is not None:
        vocab, codes = spec.vocab, set(spec.vocab.codes())
        # A code the team added reads by its definition's label.
        shown = [
            vocab(v).label(lang) if v in codes else defs.code_label(vocab, str(v), lang) or str(v)
            for v in values
        ]
    elif spec.type in ("subject", "subjects"):
        shown = [aliases.get(str(v)) or str(v) for v in values]
    elif isinstance(value, bool):
        shown = [(_(lang, "yes") if value else _(lang, "no"))]
    else:
        shown = [str(v) for v in values]
    return "; ".join(shown)


def _custom_cell(field: CustomField, value: Any, lang: str) -> str:
    if value is None or value == "" or value == []:
        return ""
    if isinstance(value, bool):
        return _(lang, "yes") if value else _(lang, "no")
    values = value if isinstance(value, list) else [value]
    if field.type in ("choice", "choices"):
        return "; ".join(field.choice_label(str(v), lang) for v in values)
    return "; ".join(str(v) for v in values)


def _safe(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def records_csv(
    kind: str,
    views: Iterable[RecordView],
    lang: str,
    aliases: Mapping[str, str],
    defs: Definitions | None = None,
) -> str:
    """The records of `kind` among `views` as CSV text: a header of field labels in
    `lang` (and "id" first), then one row per record. The team's custom fields follow
    the built-in ones (retired ones too; never a sensitive one, nor a value whose
    definition has not arrived: it might be sensitive)."""
    defs = defs or Definitions()
    fields = csv_fields(kind)
    custom = [f for f in defs.fields_of(kind) if not f.sensitive]
    buf = io.StringIO()
    out = csv.writer(buf, lineterminator="\r\n")
    head = [domain.field_label(kind, f.code, lang) for f in fields]
    out.writerow(["id", *head, *(f.label(lang) for f in custom)])
    for view in views:
        if view.kind != kind:
            continue
        values = view.state.fields
        row = [_cell(f, values.get(f.code), lang, aliases, defs) for f in fields]
        row += [_custom_cell(f, values.get(f.key), lang) for f in custom]
        out.writerow([view.rid, *(_safe(c) for c in row)])
    return buf.getvalue()


def kind_csv(session: Session, kind: str, lang: str) -> str:
    """Every live record of `kind` in the vault as CSV (see `records_csv`)."""
    subjects = session.list_records("subject")
    aliases = {v.rid: str(v.state.fields.get("alias") or "") for v in subjects}
    views = subjects if kind == "subject" else session.list_records(kind)
    return records_csv(kind, views, lang, aliases, session.records.definitions())

"""What the record store reads of the definitions (custom fields and codes, issue 16):
the live ones, the custom text a record offers to search, and indexing a kind again
once its custom fields changed. Kept apart so records.py stays one thing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from ..domain.definitions import DEFINITION, Definitions
from ..domain.kinds import KIND_CODES
from .db import Connection
from .materialise import RecordState
from .search import index_records
from .views import state_from_json


def load_definitions(conn: Connection) -> Definitions:
    """Every live definition record, in the order they were created."""
    rows = conn.execute(
        "SELECT rid, state FROM records WHERE kind = ? AND deleted = 0 ORDER BY created_ms, rid",
        (DEFINITION,),
    ).fetchall()
    return Definitions.from_records((str(r[0]), json.loads(r[1])["fields"]) for r in rows)


def custom_text(defs: Definitions, kind: str, fields: Mapping[str, Any]) -> list[str]:
    """The custom text of a record that its definitions say is not sensitive; a value
    whose definition has not arrived is never searched (it might be sensitive)."""
    out = []
    for f in defs.fields_of(kind):
        value = fields.get(f.key)
        if f.searchable and isinstance(value, str) and value:
            out.append(value)
    return out


def reindex_kinds(
    conn: Connection, kinds: Iterable[str], text_of: Callable[[RecordState], str | None]
) -> None:
    """Replace the indexed text of every live record of `kinds` with `text_of(state)`."""
    for kind in sorted(k for k in kinds if k in KIND_CODES):
        rows = conn.execute(
            "SELECT num, state FROM records WHERE kind = ? AND deleted = 0", (kind,)
        ).fetchall()
        index_records(
            conn, [(int(n), text_of(state_from_json(json.loads(t))), True) for n, t in rows]
        )

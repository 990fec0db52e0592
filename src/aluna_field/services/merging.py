"""Conflicts, settling them, restoring, redacting: the merge actions of an open vault.

`Session` delegates here; the CLI and the UI call the session. Refusals are
`MergeRefused`, which carries its own translated message and the CLI's exit code 4.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from ..domain import kinds as domain
from ..domain.definitions import CUSTOM_PREFIX, custom_key, is_custom_key
from ..domain.failures import Failure
from ..l10n import _
from ..services.message_codes import BY_CODE
from ..store.materialise import DELETE_KEY
from ..store.records import ATTACHMENTS, RecordStore
from ..store.resolution import ResolveRefused
from ..store.views import RecordView
from .errors import ServiceError, UnknownField


class MergeRefused(ServiceError):
    """A merge action that does not apply (no conflict there, unknown version...)."""

    code = "merge_refused"
    failure = Failure.INPUT

    def __init__(self, reason: str, rid: str, field: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.rid = rid
        self.field = field

    def message(self, lang: str) -> str:
        """The translated refusal (ids and field names only, never content)."""
        key = "record_no_conflict" if self.reason == "no_conflict" and not self.field else None
        return _(lang, BY_CODE[key or self.reason], id=self.rid, field=self.field)


@contextmanager
def _refusals(rid: str) -> Iterator[None]:
    try:
        yield
    except ResolveRefused as exc:
        raise MergeRefused(exc.reason, rid, exc.name) from None


def conflict_json(view: RecordView) -> dict[str, Any]:
    """One record of `conflicts --json`: every candidate with its author, time and op id.

    `heads` are the latest edits of each branch: any of them can be given to keep-version.
    """
    state = view.state
    return {
        "id": view.rid,
        "kind": view.kind,
        "fields": {k: [c.to_json() for c in cands] for k, cands in state.conflicts.items()},
        "delete_conflict": state.delete_conflict,
        "heads": state.edit_heads,
        "updated_ms": state.updated_ms,
    }


def resolve(records: RecordStore, rid: str, field: str, value: Any) -> None:
    """Settle one field (or `_deleted`: true deletes, false keeps) with `value`."""
    view = records.view(rid)
    if field not in set(domain.field_names(view.kind)) | {DELETE_KEY}:
        raise UnknownField(field)
    with _refusals(rid):
        records.resolve(rid, field, value)


def keep_version(records: RecordStore, rid: str, op_id: str) -> list[str]:
    """Settle every conflict of the record as version `op_id` has it, in one edit.

    Returns the fields that version could not settle (they stay in conflict).
    """
    with _refusals(rid):
        return records.keep_version(rid, op_id)


def restore(records: RecordStore, rid: str) -> None:
    """Bring back a deleted record, or keep one that a concurrent delete put in conflict."""
    with _refusals(rid):
        records.restore(rid)


def redact(records: RecordStore, rid: str, field: str | None) -> None:
    """Erase a field's (or the whole record's) content from every version written so far.

    A custom value is named "custom.CODE" (as `show` prints it under "custom"); any the
    record holds can be erased, defined here or not."""
    view = records.view(rid)
    if field is not None and field.startswith("custom."):
        field = custom_key(field[len("custom.") :])
        if field not in view.state.fields:
            raise UnknownField(field[len(CUSTOM_PREFIX) :])
    known = set(domain.field_names(view.kind)) | {ATTACHMENTS}
    if field is not None and field not in known and not is_custom_key(field):
        raise UnknownField(field)
    records.redact(rid, field)

"""Serialising materialised state, and the read-only view the services hand out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import msgspec

from ..domain.custom_values import to_output
from ..domain.definitions import CUSTOM_PREFIX, is_custom_key
from .materialise import DELETE_KEY, Candidate, RecordState, freeze

# Compact, keys in the order state_to_json gives them (not a hash input: any JSON
# reader reads it; rows written before by json.dumps differ only in spaces).
_STATE_ENCODER = msgspec.json.Encoder()


def state_text(state: RecordState) -> str:
    """The stored text of a record's state (the `records.state` column)."""
    return _STATE_ENCODER.encode(state_to_json(state)).decode()


def same_state(old: str, new: str) -> bool:
    """Whether two stored state texts hold the same state, whichever encoder wrote them."""
    return old == new or msgspec.json.decode(old) == msgspec.json.decode(new)


def state_to_json(state: RecordState) -> dict[str, Any]:
    return {
        "rid": state.rid,
        "kind": state.kind,
        "fields": state.fields,
        "conflicts": {k: [c.to_json() for c in v] for k, v in state.conflicts.items()},
        "deleted": state.deleted,
        "delete_conflict": state.delete_conflict,
        "incomplete": state.incomplete,
        "redacted_fields": state.redacted_fields,
        "record_redacted": state.record_redacted,
        "author": state.author,
        "last_author": state.last_author,
        "created_ms": state.created_ms,
        "updated_ms": state.updated_ms,
        "heads": state.heads,
        "edit_heads": state.edit_heads,
    }


def state_from_json(data: dict[str, Any]) -> RecordState:
    conflicts = {
        k: [Candidate(c["op_id"], c["author"], c["time_ms"], c["value"], c["redacted"]) for c in v]
        for k, v in data["conflicts"].items()
    }
    return RecordState(
        rid=data["rid"],
        kind=data["kind"],
        fields=data["fields"],
        conflicts=conflicts,
        deleted=data["deleted"],
        delete_conflict=data["delete_conflict"],
        incomplete=data["incomplete"],
        redacted_fields=data["redacted_fields"],
        record_redacted=data["record_redacted"],
        author=data["author"],
        last_author=data["last_author"],
        created_ms=data["created_ms"],
        updated_ms=data["updated_ms"],
        heads=data["heads"],
        edit_heads=data["edit_heads"],
    )


@dataclass(frozen=True)
class RecordView:
    """A record as shown to people and scripts: state plus attachment descriptions."""

    state: RecordState
    attachments: list[dict[str, Any]]

    @property
    def rid(self) -> str:
        return self.state.rid

    @property
    def kind(self) -> str:
        return self.state.kind

    def conflict_values(self) -> dict[str, list[Any]]:
        """field → distinct candidate values, newest first; `_deleted` → [True, False] when
        a delete and an edit were concurrent. Empty when the record has no conflict."""
        out: dict[str, list[Any]] = {}
        for name, cands in self.state.conflicts.items():
            seen: set[Any] = set()
            values = out.setdefault(name, [])
            for c in cands:
                key = freeze(c.value)
                if key not in seen:
                    seen.add(key)
                    values.append(c.value)
        if self.state.delete_conflict:
            out[DELETE_KEY] = [True, False]
        return out

    def to_json(self) -> dict[str, Any]:
        """The CLI's `show --json` shape: fields plus id, kind, author, conflicts, attachments."""
        fields = to_output({k: v for k, v in self.state.fields.items() if k != "attachments"})
        return {
            **fields,
            "id": self.rid,
            "kind": self.kind,
            "author": self.state.author,
            "last_author": self.state.last_author,
            "created_ms": self.state.created_ms,
            "updated_ms": self.state.updated_ms,
            "conflicts": self.conflict_values(),
            "attachments": self.attachments,
            "incomplete_history": self.state.incomplete,
            # A custom field is named as scripts write it: "custom.CODE".
            "redacted": sorted(
                "custom." + n[len(CUSTOM_PREFIX) :] if is_custom_key(n) else n
                for n in self.state.redacted_fields
            )
            + (["*"] if self.state.record_redacted else []),
        }

"""Settling conflicts with one chosen version: which values an edit must write, pure."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .materialise import RecordState, freeze


class ResolveRefused(ValueError):
    """A settling action that does not apply; `reason` is a message key, `name` a field.

    Reasons: "no_conflict" (nothing to settle there), "not_boolean" (`_deleted` takes
    true or false), "no_such_version" (the op id is not one of the record's),
    "not_deleted" (restoring a record that is not deleted).
    """

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.name = name


@dataclass
class KeepPlan:
    """What keeping a version writes: register values, and whether the record ends deleted.

    `unsettled` lists the conflicting fields the version cannot settle: it has no value
    for them that is one of the current candidates (it is older than the split, or it had
    merged the branches itself). They stay in conflict for a decision field by field.
    """

    values: dict[str, Any] = field(default_factory=dict)
    delete: bool | None = None
    unsettled: list[str] = field(default_factory=list)

    @property
    def writes(self) -> bool:
        return bool(self.values) or self.delete is not None


def keep_plan(current: RecordState, chosen: RecordState) -> KeepPlan:
    """Settle every conflict of `current` with the version `chosen` (the record as some op's
    author saw it). Fields not in conflict are left alone, so changes nobody disputed are
    kept from every branch; only values that are current candidates are ever written."""
    plan = KeepPlan()
    for name, cands in sorted(current.conflicts.items()):
        if name in chosen.conflicts or name not in chosen.fields:
            plan.unsettled.append(name)
            continue
        value = chosen.fields[name]
        if any(freeze(c.value) == freeze(value) for c in cands):
            plan.values[name] = value
        else:
            plan.unsettled.append(name)
    if current.delete_conflict:
        plan.delete = chosen.deleted
    return plan

"""Merge benchmarks: many devices' ops into one coordinator vault, and one long record.

Limit measured in the same run: a plain insert of the very same change sets and ops into
the op log of another vault, with no materialisation, conflict detection or search
index (the floor under any merge). The ops are built directly with `make_op` for 20
made-up devices; change sets are signed with real device identities.
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from aluna_field.domain.kinds import set_fields
from aluna_field.services.context import AppContext
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.store import oplog
from aluna_field.store.db import transaction
from aluna_field.store.hlc import Hlc
from aluna_field.store.kdf import Argon2Params, KdfPolicy
from aluna_field.store.materialise import materialise
from aluna_field.store.ops import Op, make_op
from aluna_field.sync.identity import DeviceIdentity

from .common import Figure, scratch

PASS = "frase ficticia de benchmark 2026"
# Unlocking is not what is measured here: cheap parameters keep the set-up short.
CHEAP = KdfPolicy(
    fixed=Argon2Params(memory_kib=1024, iterations=1, lanes=1), allow_below_floor=True
)
DEVICES = 20
OPS_PER_DEVICE = 5_000
CONCURRENT = 0.05
START_MS = 1_790_000_000_000
SUBJECT = "5ab1ec7f1c7c10a5ab1ec7f1c7c10a00"
WORDS = "amenaza vigilancia llamada visita reunión colectivo territorio miedo duelo".split()
# Per device: its signed change sets and its ops, as a bundle would carry them.
Batches = list[tuple[list[oplog.ChangeSet], list[Op]]]
INTERVENTIONS = ["grounding", "psychoeducation", "safety_planning", "emotional_containment"]


def _text(rng: random.Random, tag: str) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(25)) + f" {tag}"


def _note(
    rng: random.Random, tag: str
) -> tuple[dict[str, object], dict[str, tuple[list[str], list[str]]]]:
    values = {
        "occurred_at": "2026-03-04T10:00:00",
        "event": "threat",
        "perpetrator": "unknown",
        "narrative": _text(rng, tag),
        "urgency": "medium",
        "state_observed": "",
        "agreements": "",
        "follow_up_on": None,
    }
    return values, {"subject_ids": ([SUBJECT], [])}


def _op(
    author: str,
    rid: str | None,
    hlc: Hlc,
    parents: list[str],
    values: dict[str, object],
    sets: dict[str, tuple[list[str], list[str]]] | None = None,
) -> Op:
    return make_op(
        rid=rid,
        kind="crisis-note",
        author=author,
        hlc=hlc,
        parents=parents,
        op_type="put",
        values=values,
        set_deltas=sets,
    )


class _Device:
    def __init__(self, index: int) -> None:
        self.identity = DeviceIdentity.generate()
        self.wall = START_MS + index
        self.ops: list[Op] = []

    def stamp(self) -> Hlc:
        self.wall += 1_000
        return Hlc(self.wall, 0)


def build_ops(devices: int, per_device: int, rng: random.Random) -> tuple[Batches, int]:
    """Per device: its signed change sets and ops. Each record is a create and four edits;
    a share of each device's ops edits another device's record from its first version,
    concurrently with that device's own edits. Returns the batches and how many records
    were edited concurrently."""
    team = [_Device(i) for i in range(devices)]
    records: list[tuple[str, Op]] = []  # (owner's device index, create op) per record
    foreign = int(per_device * CONCURRENT)
    for i, dev in enumerate(team):
        author = dev.identity.device_id
        for r in range((per_device - foreign) // 5):
            values, sets = _note(rng, f"d{i}r{r}")
            head = _op(author, None, dev.stamp(), [], values, sets)
            rid = head.rid
            dev.ops.append(head)
            records.append((str(i), head))
            for step in range(4):
                if step % 2 == 0:
                    change: dict[str, object] = {"narrative": _text(rng, f"d{i}r{r}e{step}")}
                    head = _op(author, rid, dev.stamp(), [head.op_id], change)
                else:
                    change = {"urgency": rng.choice(["low", "high", "critical"])}
                    deltas = {"interventions": ([rng.choice(INTERVENTIONS)], [])}
                    head = _op(author, rid, dev.stamp(), [head.op_id], change, deltas)
                dev.ops.append(head)
    touched: set[str] = set()
    for i, dev in enumerate(team):
        others = [rec for rec in records if rec[0] != str(i)]
        for _ in range(foreign):
            _, base = rng.choice(others)
            touched.add(base.rid)
            text = {"narrative": _text(rng, f"d{i}c")}
            dev.ops.append(_op(dev.identity.device_id, base.rid, dev.stamp(), [base.op_id], text))
    batches = []
    for dev in team:
        sets = []
        for seq, start in enumerate(range(0, len(dev.ops), oplog.MAX_OPS_PER_CHANGESET), 1):
            ids = [op.op_id for op in dev.ops[start : start + oplog.MAX_OPS_PER_CHANGESET]]
            payload = oplog.changeset_payload(dev.identity.device_id, seq, ids)
            unsigned = oplog.ChangeSet(payload, b"")
            sets.append(oplog.ChangeSet(payload, dev.identity.sign(unsigned.signed_bytes())))
        batches.append((sets, dev.ops))
    return batches, len(touched)


def _vault(root: Path, name: str) -> Session:
    ctx = AppContext(vault_dir=root / name, lang="en", kdf_policy=CHEAP)
    return create_vault(ctx, PASS, "Coordinación Benchmark", "coordinator")


def _merge(session: Session, sets: list[oplog.ChangeSet], ops: list[Op]) -> None:
    with transaction(session.conn):
        session.records.ingest(sets, ops)


def _plain_insert(session: Session, sets: list[oplog.ChangeSet], ops: list[Op]) -> None:
    with transaction(session.conn):
        owner = {oid: cs.cs_id for cs in sets for oid in cs.op_ids}
        for cs in sets:
            oplog.insert_changeset(session.conn, cs)
        for op in ops:
            oplog.insert_op(session.conn, op, owner[op.op_id])


def _rates(root: Path, batches: Batches) -> tuple[float, float, int]:
    """(merge ops/s, plain insert ops/s, records in conflict after the merge).

    The two alternate device by device, so a machine busy with something else slows
    both alike and the ratio stays meaningful.
    """
    merged, plain = _vault(root, "coordinator"), _vault(root, "plain")
    try:
        spent = {"merge": 0.0, "plain": 0.0}
        for sets, ops in batches:
            for name, session, apply in (
                ("plain", plain, _plain_insert),
                ("merge", merged, _merge),
            ):
                start = time.perf_counter()
                apply(session, sets, ops)
                spent[name] += time.perf_counter() - start
        total = sum(len(ops) for _, ops in batches)
        return total / spent["merge"], total / spent["plain"], merged.records.count()[1]
    finally:
        merged.close()
        plain.close()


def long_record(versions: int, rng: random.Random) -> list[Op]:
    """One note with `versions` ops from three devices: a chain where, every ten versions,
    a second device writes from the same parent and a later edit merges both back."""
    authors = [DeviceIdentity.generate().device_id for _ in range(3)]
    values, sets = _note(rng, "largo")
    tip = _op(authors[0], None, Hlc(START_MS, 0), [], values, sets)
    rid = tip.rid
    ops = [tip]
    side: Op | None = None
    for v in range(1, versions):
        if v % 10 == 5:
            parents = tip.parents  # concurrent with the tip
        elif v % 10 == 7 and side is not None:
            parents = [tip.op_id, side.op_id]  # a merge
        else:
            parents = [tip.op_id]
        deltas = {"interventions": ([rng.choice(INTERVENTIONS)], [])} if v % 7 == 0 else None
        text = {"narrative": _text(rng, f"v{v}")}
        op = _op(authors[v % 3], rid, Hlc(START_MS + v * 1_000, 0), parents, text, deltas)
        ops.append(op)
        if v % 10 == 5:
            side = op
        else:
            tip, side = op, (None if len(parents) > 1 else side)
    return ops


def run(scale: float = 1.0) -> list[Figure]:
    rng = random.Random(2026)
    per_device = max(100, int(OPS_PER_DEVICE * scale))
    batches, concurrent_records = build_ops(DEVICES, per_device, rng)
    total = sum(len(ops) for _, ops in batches)
    figures: list[Figure] = []
    with scratch("merge") as root:
        rate, plain, conflicts = _rates(root, batches)
    figures.append(
        Figure(
            "merge",
            f"merge {DEVICES} devices x {per_device:,} ops ({CONCURRENT:.0%} concurrent edits)",
            rate,
            "ops/s",
            limit_name="plain insert of the same ops",
            limit_value=plain,
            target=">= 0.3 x plain insert",
            note=f"{total:,} ops; {conflicts:,} records in conflict found"
            f" ({concurrent_records:,} records edited concurrently)",
        )
    )
    sets = frozenset(set_fields("crisis-note")) | {"attachments"}
    ops = long_record(100, rng)
    pure = _median_ms(lambda: materialise(ops, sets))
    with scratch("merge-long") as root:
        session = _vault(root, "long")
        try:
            with transaction(session.conn):
                session.records.ingest([], ops)

            def again() -> None:
                with transaction(session.conn):
                    session.records.rematerialise(ops[0].rid)

            stored = _median_ms(again)
        finally:
            session.close()
    figures.append(
        Figure(
            "merge",
            "materialise a record with 100 versions (median of 50)",
            pure,
            "ms",
            better="lower",
            target="< 5 ms",
            note=f"{stored:.2f} ms with reading its ops from the vault and writing its row",
        )
    )
    return figures


def _median_ms(fn: Callable[[], object], repeat: int = 50) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000

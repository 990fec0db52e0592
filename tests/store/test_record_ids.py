"""Record ids bound to their creator: make_op derives them, check_op verifies them, and the
creating op alone fixes a record's kind, author and creation time (issue 13, item 3)."""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.store.canonical import digest
from aluna_field.store.errors import OpRejected, RecordIdUnbound
from aluna_field.store.hlc import Hlc
from aluna_field.store.materialise import materialise
from aluna_field.store.ops import Op, bound_record_id, check_op, make_op

CREATOR = "c" * 32
INTRUDER = "a" * 32
SETS = frozenset({"subject_ids", "attachments"})
WALL = 1_790_000_000_000


def _create(author: str = CREATOR, kind: str = "subject", wall: int = WALL) -> Op:
    return make_op(
        rid=None,
        kind=kind,
        author=author,
        hlc=Hlc(wall, 0),
        parents=[],
        op_type="put",
        values={"alias": "Colectivo Ficticio", "type": "collective"},
    )


def _edit(root: Op, parents: list[str], **kw: Any) -> Op:
    fields: dict[str, Any] = {
        "rid": root.rid,
        "kind": root.kind,
        "author": CREATOR,
        "hlc": Hlc(WALL + 1_000, 0),
        "parents": parents,
        "op_type": "put",
        "values": {"region": "Guerrero"},
    }
    fields.update(kw)
    return make_op(**fields)


def _rehash(op: Op, drop: tuple[str, ...] = (), **changes: Any) -> Op:
    """op with header fields changed or dropped and its id recomputed."""
    header = {k: v for k, v in {**op.header, **changes}.items() if k not in drop}
    return Op(digest(header), header, op.body)


def test_a_created_record_id_is_derived_from_author_kind_and_origin() -> None:
    op = _create()
    assert op.origin is not None
    data = b"aluna-field record id v1\0" + CREATOR.encode() + b"\0subject\0" + op.origin.encode()
    assert op.rid == hashlib.sha256(data).hexdigest()[:32]
    assert op.rid == bound_record_id(CREATOR, "subject", op.origin)
    assert check_op(op.header, op.body, KIND_CODES).op_id == op.op_id
    assert _create().rid != op.rid  # a fresh origin each time


def test_make_op_derives_ids_only_for_creating_ops() -> None:
    root = _create()
    with pytest.raises(ValueError):
        _edit(root, [], rid=root.rid)  # a chosen id for a new record
    with pytest.raises(ValueError):
        _edit(root, [root.op_id], rid=None)  # an edit must name its record
    with pytest.raises(ValueError):
        _edit(root, [root.op_id], origin="b" * 32)
    with pytest.raises(ValueError):
        _edit(root, [], rid=root.rid, op_type="delete", values=None)


@pytest.mark.parametrize(
    ("change", "legacy"),
    [
        ({"drop": ("origin",)}, True),  # an earlier version's creating op
        ({"rid": "d" * 32}, False),  # an origin that does not hash to the id
        ({"origin": "b" * 32}, False),
        ({"author": INTRUDER}, False),  # the creator is part of the binding
        ({"kind": "follow-up"}, False),  # and so is the kind
        ({"origin": "B" * 32}, False),  # not an origin's shape
    ],
)
def test_check_op_refuses_an_unbound_root(change: dict[str, Any], legacy: bool) -> None:
    op = _rehash(_create(), **change)
    with pytest.raises(RecordIdUnbound) as caught:
        check_op(op.header, op.body, KIND_CODES)
    assert (caught.value.legacy is not None) is legacy
    if caught.value.legacy is not None:
        assert caught.value.legacy.op_id == op.op_id
    assert "Colectivo" not in str(caught.value)  # never record content in messages


def test_check_op_refuses_a_root_that_is_not_a_put_and_an_origin_elsewhere() -> None:
    root = _create()
    for op_type in ("delete", "redact"):
        op = _edit(root, [root.op_id], op_type=op_type, values=None)
        with pytest.raises(RecordIdUnbound):
            check_op(_rehash(op, parents=[]).header, {}, KIND_CODES)
    edit = _rehash(_edit(root, [root.op_id]), origin=root.origin)
    with pytest.raises(OpRejected) as caught:
        check_op(edit.header, edit.body, KIND_CODES)
    assert not isinstance(caught.value, RecordIdUnbound)


def _rogue(root: Op, kind: str, parents: list[str], wall: int, fields: bool) -> Op:
    """An op by another device on root's id: what a hostile client (or an earlier build
    that accepted it) could have left in a vault."""
    values: dict[str, Any] | None = {"alias": "Otro Alias Ficticio"} if fields else None
    op = make_op(
        rid=root.rid,
        kind=kind,
        author=INTRUDER,
        hlc=Hlc(wall, 0),
        parents=parents or ["0" * 64],
        op_type="put",
        values=values,
    )
    return _rehash(op, parents=parents) if not parents else op


rogue_ops = st.lists(
    st.tuples(
        st.sampled_from(["subject", "follow-up", "crisis-note"]),
        st.booleans(),  # no parents (a root) or a parent the vault lacks
        st.sampled_from([0, 1, WALL - 1, WALL, WALL + 1, WALL + 5_000]),
        st.booleans(),  # with or without fields
    ),
    max_size=4,
)


@settings(max_examples=120, deadline=None)
@given(rogues=rogue_ops, order=st.randoms(use_true_random=False), dup=st.integers(0, 3))
def test_only_the_creating_op_fixes_kind_author_and_creation(
    rogues: list[tuple[str, bool, int, bool]], order: Any, dup: int
) -> None:
    root = _create()
    edit = _edit(root, [root.op_id])
    honest = [root, edit]
    extra = [_rogue(root, k, [] if r else ["0" * 64], w, f) for k, r, w, f in rogues]
    ops = honest + extra
    state = materialise(ops, SETS)
    assert (state.kind, state.author, state.created_ms) == ("subject", CREATOR, WALL)
    # never replaced: at worst a conflict that shows the creator's value too
    alias = [c.value for c in state.conflicts.get("alias", [])] or [state.fields["alias"]]
    assert "Colectivo Ficticio" in alias
    shuffled = ops + ops[:dup]
    order.shuffle(shuffled)
    assert materialise(shuffled, SETS) == state  # a pure function of the set
    if all(k != "subject" for k, *_ in rogues):
        assert materialise(honest, SETS) == state  # other kinds: ignored entirely


def test_a_record_from_an_earlier_version_still_materialises() -> None:
    """No origin anywhere: the earliest put with no parents fixes kind and author, as
    before ids were bound; an op with missing parents and an earlier clock does not."""
    root = _rehash(_create(), drop=("origin",), rid="e" * 32)
    edit = _edit(root, [root.op_id])
    stray = _rogue(root, "follow-up", ["0" * 64], 0, True)
    state = materialise([stray, edit, root], SETS)
    assert (state.kind, state.author, state.created_ms) == ("subject", CREATOR, WALL)
    assert state.fields["region"] == "Guerrero"

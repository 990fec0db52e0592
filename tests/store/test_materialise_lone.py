"""The lone-put shortcut gives exactly what the general materialisation gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from aluna_field.store.hlc import Hlc
from aluna_field.store.materialise import Graph, _lone_put, general
from aluna_field.store.ops import make_op

SETS = frozenset({"subject_ids", "attachments"})
text = st.text(alphabet="abcñ á", max_size=8)


@settings(max_examples=150, deadline=None)
@given(
    values=st.dictionaries(st.sampled_from(["narrative", "urgency", "event"]), text, max_size=3),
    adds=st.lists(st.sampled_from(["a" * 32, "b" * 32, "c" * 32]), max_size=4),
    removes=st.lists(st.sampled_from(["a" * 32, "d" * 32]), max_size=2),
    dropped=st.sets(st.sampled_from(["narrative", "urgency", "event", "subject_ids"])),
    wall=st.integers(0, 2**40),
)
def test_lone_put_equals_general(
    values: dict[str, str], adds: list[str], removes: list[str], dropped: set[str], wall: int
) -> None:
    sets = {"subject_ids": (adds, removes)} if adds or removes else {}
    op = make_op(
        rid=None,
        kind="crisis-note",
        author="f" * 32,
        hlc=Hlc(wall, 0),
        parents=[],
        op_type="put",
        values=values,
        set_deltas=sets,
    )
    op = op.without(dropped)  # bodies a redaction elsewhere already dropped
    assert _lone_put(op, SETS) == general(Graph([op]), SETS).state

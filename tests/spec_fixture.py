"""A plain field added to a kind's spec, as a test fixture: what it takes to grow a kind.

The spec (domain/specs.py) and the label (domain/field_labels.py, the labels' one home)
are the only places touched; everything else must pick the field up from them.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from aluna_field.domain import field_labels, specs
from aluna_field.domain.spec import FieldSpec

KIND = "crisis-note"
FIELD = "funder_code"
LABEL = ("Código del financiador", "Funder code")
VALUE = "Fondo Ficticio Tlaloc"


def add_plain_field(monkeypatch: pytest.MonkeyPatch) -> FieldSpec:
    """Give crisis notes a text field that is a wide list column; undone after the test."""
    extra = FieldSpec(FIELD, "text", column=4, wide=True)
    grown = specs.SPECS[KIND].with_field(extra)
    monkeypatch.setitem(cast(dict[str, Any], specs.SPECS), KIND, grown)
    labels = cast(dict[str, Any], field_labels.BY_KIND[KIND])
    monkeypatch.setitem(labels, FIELD, LABEL)
    return extra

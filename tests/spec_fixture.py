"""A plain field added to a kind's spec, as a test fixture: what it takes to grow a kind.

The spec (domain/specs.py), the label (domain/field_labels.py, the labels' one home, an
English msgid) and its Spanish in the catalogue are the only places touched; everything
else must pick the field up from them.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

from aluna_field.domain import field_labels, specs
from aluna_field.domain.spec import FieldSpec
from aluna_field.l10n import catalogue

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
    monkeypatch.setitem(labels, FIELD, LABEL[1])
    # What a translator adds to es.po (the compiled catalogue's own table, read by gettext).
    spanish = cast(dict[str, str], catalogue("es")._catalog)  # type: ignore[attr-defined]
    monkeypatch.setitem(spanish, LABEL[1], LABEL[0])
    return extra

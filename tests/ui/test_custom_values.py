"""How custom values read in the window (issue 16, item 4): defined ones under their
label, retired ones marked, sensitive ones left out, and a value whose definition has
not arrived kept and shown as "campo no definido aún"."""

from __future__ import annotations

from aluna_field.domain.definitions import Choice, CustomCode, CustomField, Definitions
from aluna_field.ui.records.fields_view import record_lines
from aluna_field.ui.values.format import Lookup, format_value

DEFS = Definitions(
    [
        CustomField(
            "r1",
            "crisis-note",
            "funder_line",
            "choice",
            "Línea",
            "Line",
            (Choice("line_a", "Línea A", "Line A"),),
        ),
        CustomField("r2", "crisis-note", "old_flag", "yes_no", "Bandera", "Flag", retired=True),
        CustomField("r3", "crisis-note", "witness", "text", "Testigo", "Witness", sensitive=True),
    ],
    [CustomCode("r4", "perpetrator", "self_defence_group", "Autodefensa", "Self-defence")],
)
FIELDS = {
    "occurred_at": "2026-09-20T10:00:00",
    "event": "threat",
    "perpetrator": "self_defence_group",
    "urgency": "high",
    "narrative": "Relato ficticio",
    "x_funder_line": "line_a",
    "x_old_flag": True,
    "x_witness": "Nombre Ficticio",
    "x_arrives_later": "Valor ficticio",
}


def test_custom_values_read_in_spanish_and_english() -> None:
    lookup = Lookup(definitions=DEFS)
    es = dict(record_lines("crisis-note", FIELDS, "es", lookup))
    assert es["Línea"] == "Línea A"
    assert es["Bandera (retirado)"] == "Sí"
    assert es["arrives_later (campo no definido aún)"] == "Valor ficticio"
    assert "Nombre Ficticio" not in es.values()
    assert "Autodefensa" in es.values()
    en = dict(record_lines("crisis-note", FIELDS, "en", lookup))
    assert en["Line"] == "Line A" and en["Flag (retired)"] == "Yes"
    assert en["arrives_later (field not defined yet)"] == "Valor ficticio"
    assert "Self-defence" in en.values()


def test_without_the_definitions_nothing_is_dropped() -> None:
    lines = dict(record_lines("crisis-note", FIELDS, "es", Lookup()))
    undefined = {k: v for k, v in lines.items() if k.endswith("(campo no definido aún)")}
    assert set(undefined.values()) == {"line_a", "Sí", "Nombre Ficticio", "Valor ficticio"}
    assert format_value("crisis-note", "perpetrator", "self_defence_group", "es", Lookup()) == (
        "self_defence_group"
    )


def test_custom_choices_and_codes_in_the_list_filters(qtbot) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from aluna_field.ui.records.filters import FilterBar
    from aluna_field.ui.records.model import matches
    from aluna_field.ui.records.rows import RecordRow

    bar = FilterBar("crisis-note", "es", dt.date(2026, 9, 21))
    qtbot.addWidget(bar)
    assert bar.custom == {}
    bar.set_definitions(DEFS)
    combo = bar.custom["x_funder_line"]
    assert combo.accessibleName() == "Línea" and combo.findData("line_a") > 0
    assert "x_witness" not in bar.custom  # sensitive: never a filter
    combo.set_value("line_a")
    f = bar.filters(None)
    assert f.custom == (("x_funder_line", "line_a"),)
    row = RecordRow("r9", "crisis-note", dict(FIELDS), 0, "a" * 32, False)
    assert matches(row, f)
    other = RecordRow("r8", "crisis-note", {**FIELDS, "x_funder_line": None}, 0, "a" * 32, False)
    assert not matches(other, f)
    bar.set_definitions(DEFS)  # the same definitions again: the choice stays
    assert bar.custom["x_funder_line"].value() == "line_a"
    bar.clear()
    assert bar.filters(None).custom == ()


def test_every_field_type_reads_in_words_on_the_forms_screen() -> None:
    from typing import get_args

    from aluna_field.domain.spec import FieldType
    from aluna_field.ui.custom.editors import type_label

    for code in get_args(FieldType):
        assert type_label(code, "es") != code and type_label(code, "en") != code


def test_a_sensitive_custom_value_shows_only_on_demand(qtbot) -> None:  # type: ignore[no-untyped-def]
    from aluna_field.ui.records.fields_view import FieldsView

    view = FieldsView("es")
    qtbot.addWidget(view)
    view.show_fields("crisis-note", dict(FIELDS), Lookup(definitions=DEFS), None)
    assert "Nombre Ficticio" not in [label.text() for label in view.values]
    [reveal] = view.reveals
    assert reveal.value.text() == "(oculto)" and reveal.value.accessibleName() == "Testigo"
    reveal.button.click()
    assert reveal.value.text() == "Nombre Ficticio"
    view.clear_content()  # concealed first, then the rows go
    assert view.reveals == [] and view.form.rowCount() == 0

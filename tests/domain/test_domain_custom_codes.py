"""Custom codes in built-in coded fields: the stand-in the model sees and the refusal of
retired codes, read from one plan per kind (issue 18: worked out once, not per record)."""

from __future__ import annotations

from aluna_field.domain.definitions import CustomCode, Definitions

NEW = CustomCode("r1", "perpetrator", "grupo_ficticio", "Grupo ficticio", "Fictional group")
OLD = CustomCode("r2", "event", "evento_viejo", "Evento viejo", "Old event", retired=True)


def test_custom_codes_stand_in_for_the_model_and_come_back_as_given() -> None:
    defs = Definitions(codes=[NEW, OLD])
    values = {"event": "threat", "perpetrator": ["grupo_ficticio", "unknown"]}
    shown, restore = defs.stand_ins("crisis-note", values)
    assert "grupo_ficticio" not in shown["perpetrator"]
    assert restore == {"perpetrator": ["grupo_ficticio", "unknown"]}
    assert shown["event"] == "threat" and "event" not in restore
    # A single code in a set field is a set of one, as the model reads it.
    _shown, restore = defs.stand_ins("crisis-note", {"perpetrator": "grupo_ficticio"})
    assert restore == {"perpetrator": ["grupo_ficticio"]}


def test_a_retired_code_is_refused_for_new_values_but_kept_on_old_ones() -> None:
    defs = Definitions(codes=[NEW, OLD])
    refused = defs.retired_codes_refused("crisis-note", {"event": "evento_viejo"}, None)
    assert [e.code for e in refused] == ["custom_code_retired"]
    kept = {"event": "evento_viejo"}
    assert defs.retired_codes_refused("crisis-note", kept, kept) == []
    # Still a code the vault knows: asked twice, the plan gives the same answer.
    assert len(defs.retired_codes_refused("crisis-note", {"event": "evento_viejo"}, None)) == 1


def test_without_custom_codes_values_pass_untouched() -> None:
    defs = Definitions()
    values = {"event": "threat", "perpetrator": ["unknown"]}
    assert defs.stand_ins("crisis-note", values) == (values, {})
    assert defs.retired_codes_refused("crisis-note", values, None) == []

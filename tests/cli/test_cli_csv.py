"""`list --kind KIND --csv`: the records of one kind as CSV, columns from the kind's spec,
never a sensitive field, no cell a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
import json

from aluna_field.domain import kinds

SUBJECT = {
    "type": "collective",
    "alias": "=Colectivo Ficticio Ceiba",
    "real_name": "Nombre Inventado Secreto",
    "region": "Guerrero",
    "field_of_work": ["land_territory"],
}


def test_list_csv_has_the_spec_columns_and_no_real_name(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia").code == 0
    sid = cli("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    r = cli("--lang", "es", "list", "--kind", "subject", "--csv")
    assert r.code == 0, r.err
    rows = list(csv.reader(io.StringIO(r.out)))
    names = [f.code for f in kinds.spec_of("subject").fields if not f.sensitive]
    assert rows[0] == ["id", *(kinds.field_label("subject", n, "es") for n in names)]
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["id"] == sid
    assert record["Seudónimo o código"] == "'=Colectivo Ficticio Ceiba"  # never a formula
    assert record["Tipo de sujeto"] == "Colectivo"
    assert record["Campo de trabajo"] == "Defensa de la tierra y el territorio"
    assert "Nombre Inventado Secreto" not in r.out and "Nombre real" not in r.out


def test_list_csv_needs_a_kind(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia").code == 0
    r = cli("list", "--csv")
    assert r.code == 2 and "--csv needs --kind" in r.err
    assert cli("list", "--csv", "--json", "--kind", "subject").code == 2

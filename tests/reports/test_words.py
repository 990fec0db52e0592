"""The period in words and the organisation's name, as outside reports write them."""

from __future__ import annotations

import datetime as dt

import pytest

from aluna_field.services.context import AppContext
from aluna_field.services.reports import ReportFilter, ReportInputError
from aluna_field.services.reports.words import (
    organisation_name,
    period_in_words,
    set_organisation_name,
)
from aluna_field.services.vaults import create_vault
from support import PASSPHRASE

D = dt.date


@pytest.mark.parametrize(
    ("flt", "es", "en"),
    [
        (
            ReportFilter(D(2026, 1, 1), D(2026, 12, 31)),
            "del 1 de enero al 31 de diciembre de 2026",
            "from 1 January to 31 December 2026",
        ),
        (
            ReportFilter(D(2025, 10, 1), D(2026, 3, 31)),
            "del 1 de octubre de 2025 al 31 de marzo de 2026",
            "from 1 October 2025 to 31 March 2026",
        ),
        (ReportFilter(D(2025, 3, 5)), "desde el 5 de marzo de 2025", "from 5 March 2025"),
        (
            ReportFilter(None, D(2025, 9, 30)),
            "hasta el 30 de septiembre de 2025",
            "until 30 September 2025",
        ),
        (
            ReportFilter(),
            "todos los registros, sin límite de fechas",
            "every record, with no date limit",
        ),
    ],
)
def test_period_in_words(flt: ReportFilter, es: str, en: str) -> None:
    assert period_in_words(flt, "es") == es
    assert period_in_words(flt, "en") == en


def test_the_organisation_is_a_setting_with_the_team_as_default(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Coordinación Prueba", "coordinator", "Equipo Prueba") as s:
        assert organisation_name(s) == "Equipo Prueba"
        assert (
            set_organisation_name(s, "  Acompañamiento   Inventado  ") == "Acompañamiento Inventado"
        )
        assert organisation_name(s) == "Acompañamiento Inventado"
        with pytest.raises(ReportInputError) as refused:
            set_organisation_name(s, "Dos\nlíneas")
        assert refused.value.key == "report_organisation"
        with pytest.raises(ReportInputError):
            set_organisation_name(s, "x" * 121)
        assert organisation_name(s) == "Acompañamiento Inventado"
        set_organisation_name(s, "")
        assert organisation_name(s) == "Equipo Prueba"

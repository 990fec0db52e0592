"""Spanish that reads right (issue 19, item 13): "ninguna" for feminine nouns, "Periodo:
todo", "El dispositivo de Ana fue revocado", the card-file picker without the sentence
about attachments, the anonymised CSV's header documented as fixed English codes."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from aluna_field.l10n import _
from aluna_field.services.reports.anonymised import COLUMNS
from aluna_field.services.reports.filters import ReportFilter
from aluna_field.services.reports.tables import filter_lines
from aluna_field.ui.common.pickers import FilePicker
from aluna_field.ui.forms.items import ItemList
from aluna_field.ui.forms.risk_threats import ThreatSpec

DOCS = Path(__file__).resolve().parents[2] / "docs" / "reports.md"


def test_period_never_says_del_el() -> None:
    assert filter_lines(ReportFilter(), "es")[0] == ("Periodo", "todo")
    start = ReportFilter(date_from=dt.date(2025, 1, 1))
    assert filter_lines(start, "es")[0][1] == "desde el 2025-01-01"
    until = ReportFilter(date_to=dt.date(2025, 12, 31))
    assert filter_lines(until, "es")[0][1] == "hasta el 2025-12-31"
    both = ReportFilter(date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31))
    assert filter_lines(both, "es")[0][1] == "del 2025-01-01 al 2025-12-31"
    assert filter_lines(ReportFilter(), "en")[0] == ("Period", "all")


def test_an_empty_list_of_threats_says_ninguna(qtbot: QtBot) -> None:
    threats = ItemList(ThreatSpec("es"), "es", "Amenaza", "Agregar amenaza")
    qtbot.addWidget(threats)
    assert threats.empty.text() == "Todavía no hay ninguna."


def test_revoked_names_the_device() -> None:
    assert _(
        "es",
        "{name}'s device was revoked. Run an exchange so that the rest of the team learns it.",
        name="Ana",
    ).startswith("El dispositivo de Ana fue revocado.")
    assert _("es", "{name}'s device ({id}) was revoked.", name="Ana", id="ab12") == (
        "El dispositivo de Ana (ab12) fue revocado."
    )


def test_the_card_file_picker_says_nothing_about_attaching(qtbot: QtBot, tmp_path: Path) -> None:
    card = FilePicker("es", tmp_path, help_key="")
    qtbot.addWidget(card)
    assert card.help.isHidden() and "adjunt" not in card.help.text()
    attach = FilePicker("es", tmp_path)
    qtbot.addWidget(attach)
    assert "se copia cifrado dentro de la bóveda" in attach.help.text()


def test_the_anonymised_header_is_documented_as_fixed_codes() -> None:
    assert COLUMNS[0] == "table" and COLUMNS[-1] == "count"
    assert "column names are fixed English codes" in DOCS.read_text(encoding="utf-8")

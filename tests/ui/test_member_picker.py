"""Accompaniers are chosen among the team's members; the record keeps their device ids,
which is what decides who receives the accompaniment's records."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from teamkit import make_team

from aluna_field.ui.forms.pickers import MemberPicker
from aluna_field.ui.forms.registry import FORMS, form_context
from support import FakeClock


def test_accompaniment_form_offers_members_and_keeps_unknown_values(
    tmp_path: Path, app: QApplication, qtbot: QtBot
) -> None:
    team = make_team(tmp_path, FakeClock())
    try:
        import datetime as dt

        ctx = form_context(team.c, "accompaniment", "es", dt.datetime(2026, 11, 27, 10), None)
        names = dict(ctx.members)
        assert names[team.a1.identity.device_id] == "Persona A1"
        form = FORMS["accompaniment"](ctx)
        qtbot.addWidget(form)
        picker = form.fields["accompaniers"]
        assert isinstance(picker, MemberPicker)
        picker.chips[team.a1.identity.device_id].setChecked(True)
        assert picker.value() == [team.a1.identity.device_id]
        stranger = "f" * 32
        picker.set_value([team.a2.identity.device_id, stranger, "Nombre escrito antes"])
        assert set(picker.value()) == {team.a2.identity.device_id, stranger, "Nombre escrito antes"}
        assert picker.chips[stranger].text() == "Dispositivo ffffffff"
    finally:
        team.close()

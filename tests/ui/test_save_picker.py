"""The save dialog takes a folder and a name, or a whole path typed or pasted."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from aluna_field.ui.common.pickers import SavePicker


def _picker(qtbot: QtBot, start: Path) -> SavePicker:
    picker = SavePicker("es", "Guardar", start, "expediente-ficticio.pdf", ".pdf")
    qtbot.addWidget(picker)
    return picker


def test_a_whole_path_typed_in_the_name_is_taken(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "otra"
    target.mkdir()
    picker = _picker(qtbot, tmp_path)
    picker.name.setText(str(target / "caso"))
    picker._accept()
    assert picker.chosen == target / "caso.pdf"


def test_a_path_into_a_missing_folder_is_refused(qtbot: QtBot, tmp_path: Path) -> None:
    picker = _picker(qtbot, tmp_path)
    picker.name.setText(str(tmp_path / "no-existe" / "caso.pdf"))
    picker._accept()
    assert picker.chosen is None
    assert picker.problem.text() == "Elige una carpeta y escribe un nombre de archivo."

"""The stick's folder picker (issue 19, item 14): it opens at the drives plugged in or at
the folder last chosen in this session, takes a typed path, moves by keyboard, and
writes no folder anywhere. Real widgets offscreen, tmp folders standing in for /media."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from aluna_field.ui.common.folder_picker import FolderPicker
from aluna_field.ui.common.places import LastFolder, mount_parents, opening_folder, places


@pytest.fixture
def media(tmp_path: Path) -> Path:
    """A stand-in for /media/$USER with two sticks, one holding folders."""
    parent = tmp_path / "media" / "ana"
    (parent / "MEMORIA" / "visitas-ficticias").mkdir(parents=True)
    (parent / "MEMORIA" / "otra-carpeta").mkdir()
    (parent / "USB-2").mkdir()
    return parent


def _picker(qtbot: QtBot, last: LastFolder, home: Path, parents: list[Path]) -> FolderPicker:
    picker = FolderPicker(
        "es", "Elegir la memoria o carpeta", "", last, home=home, mount_parents=parents
    )
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    picker.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is picker)
    return picker


def test_the_mount_folders_of_each_system() -> None:
    assert mount_parents("linux", "ana") == [
        Path("/media/ana"),
        Path("/run/media/ana"),
        Path("/media"),
        Path("/mnt"),
    ]
    assert mount_parents("darwin", "ana") == [Path("/Volumes")]
    assert mount_parents("win32", "ana") == []  # drive letters instead


def test_it_lists_the_drives_and_opens_where_they_are(media: Path, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    listed = places(LastFolder(), home, [media, media.parent], "linux")
    assert [(p.path.name, p.kind) for p in listed] == [
        ("MEMORIA", "drive"),
        ("USB-2", "drive"),
        ("home", "home"),
    ]  # /media/ana itself is under /media: looked into, not listed as a drive
    assert opening_folder(listed, home) == media
    (tmp_path / "run" / "STICK").mkdir(parents=True)
    one = places(LastFolder(), home, [tmp_path / "run"], "linux")
    assert opening_folder(one, home) == tmp_path / "run" / "STICK"  # the only drive
    assert opening_folder(places(LastFolder(), home, [tmp_path / "nada"], "linux"), home) == home
    last = LastFolder(media / "USB-2")
    again = places(last, home, [media], "linux")
    assert [p.kind for p in again] == ["last", "drive", "home"]
    assert opening_folder(again, home) == media / "USB-2"


def test_a_typed_path_is_chosen_with_enter_and_remembered_for_the_session(
    qtbot: QtBot, media: Path, tmp_path: Path
) -> None:
    last = LastFolder()
    picker = _picker(qtbot, last, tmp_path, [media])
    assert picker.focusWidget() is picker.path
    assert picker.path.text() == str(media) and picker.path.selectedText() == str(media)
    assert picker.model.filePath(picker.inside.rootIndex()) == str(media)  # not a tree from /
    target = media / "MEMORIA" / "visitas-ficticias"
    qtbot.keyClicks(picker.path, str(target))
    qtbot.keyClick(picker.path, Qt.Key.Key_Return)
    assert picker.path.text() == str(target), picker.problem.text()
    assert picker.result() == FolderPicker.DialogCode.Accepted
    assert picker.chosen == target and last.path == target
    second = _picker(qtbot, last, tmp_path, [media])
    assert second.path.text() == str(target)
    assert second.place_list.item(0).text() == "Última usada: visitas-ficticias"


def test_a_path_that_is_no_folder_is_refused_beside_the_field(
    qtbot: QtBot, media: Path, tmp_path: Path
) -> None:
    last = LastFolder()
    picker = _picker(qtbot, last, tmp_path, [media])
    picker.path.clear()
    qtbot.keyClicks(picker.path, str(media / "no-existe"))
    qtbot.keyClick(picker.path, Qt.Key.Key_Return)
    assert picker.isVisible() and picker.chosen is None and last.path is None
    assert picker.problem.isVisible()
    assert picker.problem.text() == "Esa carpeta no existe o no se puede abrir: revisa la ruta."
    picker.path.clear()
    qtbot.keyClicks(picker.path, "MEMORIA")  # relative: inside the folder shown
    qtbot.keyClick(picker.path, Qt.Key.Key_Return)
    assert picker.chosen == media / "MEMORIA"


def test_the_keyboard_goes_through_places_and_folders(
    qtbot: QtBot, media: Path, tmp_path: Path
) -> None:
    picker = _picker(qtbot, LastFolder(), tmp_path, [media])
    qtbot.keyClick(picker.path, Qt.Key.Key_Tab)
    assert picker.focusWidget() is picker.place_list
    assert picker.path.text() == str(media)  # tabbing through changes nothing
    qtbot.keyClick(picker.place_list, Qt.Key.Key_Down)
    assert picker.path.text() == str(media / "USB-2")
    qtbot.keyClick(picker.place_list, Qt.Key.Key_Up)
    assert picker.path.text() == str(media / "MEMORIA")
    qtbot.keyClick(picker.place_list, Qt.Key.Key_Tab)
    assert picker.focusWidget() is picker.inside
    assert picker.path.text() == str(media / "MEMORIA")
    qtbot.waitUntil(lambda: picker.model.rowCount(picker.inside.rootIndex()) == 2)
    qtbot.keyClick(picker.inside, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: picker.inside.currentIndex().isValid())
    selected = Path(picker.path.text())
    assert selected.parent == media / "MEMORIA"
    qtbot.keyClick(picker.inside, Qt.Key.Key_Right)  # into it
    assert picker.shown == selected and picker.path.text() == str(selected)
    qtbot.keyClick(picker.inside, Qt.Key.Key_Left)  # back up
    assert picker.shown == media / "MEMORIA"
    qtbot.keyClick(picker.inside, Qt.Key.Key_Return)
    assert picker.chosen == media / "MEMORIA"


def test_choosing_a_folder_writes_it_nowhere(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "home"
    for sub in (".config", ".local/share", ".cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    marker = "Caso-Ficticio-" + os.urandom(4).hex()
    folder = tmp_path / "media" / marker
    folder.mkdir(parents=True)
    picker = _picker(qtbot, LastFolder(), home, [folder.parent])
    picker.path.setText(str(folder))
    qtbot.keyClick(picker.path, Qt.Key.Key_Return)
    assert picker.chosen == folder
    picker.close()
    picker.deleteLater()
    qtbot.wait(50)
    leaks = [p for p in home.rglob("*") if p.is_file() and marker.encode() in p.read_bytes()]
    assert leaks == [] and not list(home.rglob("QtProject.conf"))

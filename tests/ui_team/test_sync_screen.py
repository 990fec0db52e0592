"""The sync screen: drives as they come, the one-button exchange, its summary, cancel,
dropped bundle files. Real vaults, real bundles, a folder standing in for the stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from uiteam import Device, add_note, click, enrol, exchange

from aluna_field.l10n import _
from aluna_field.services.drive_exchange import ExchangeSummary, Refusal
from aluna_field.sync.errors import BundleRefused
from aluna_field.ui.common.folder_picker import FolderPicker
from aluna_field.ui.notifications.toasts import notification_area
from aluna_field.ui.sync.drives import Drive, DriveWatcher, looks_removable
from aluna_field.ui.sync.summary import summary_lines


def test_drives_are_seen_as_they_come_and_go(qtbot: QtBot, tmp_path: Path) -> None:
    plugged: list[Drive] = []
    watcher = DriveWatcher(lambda: list(plugged))
    assert not watcher.poll() and watcher.drives == []
    plugged.append(Drive(tmp_path, "MEMORIA", 1024))
    with qtbot.waitSignal(watcher.changed):
        assert watcher.poll()
    assert [d.label for d in watcher.drives] == ["MEMORIA"]
    assert not watcher.poll()  # the same drive again: no change
    plugged.clear()
    with qtbot.waitSignal(watcher.changed):
        assert watcher.poll()
    assert looks_removable("/media/ana/MEMORIA", "linux")
    assert looks_removable("/run/media/ana/USB", "linux")
    assert looks_removable("/Volumes/MEMORIA", "darwin")
    assert not looks_removable("/", "linux") and not looks_removable("/media/", "linux")
    assert not looks_removable("/home/ana", "linux")


def test_exchange_with_a_stick_and_see_the_summary(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    coord_sync = coord.sync_pane(qtbot, stick)
    ana_sync = ana.sync_pane(qtbot, stick)
    assert coord_sync.cards[0].title.text() == "MEMORIA"
    assert coord_sync.cards[0].button.text() == "Intercambiar con esta memoria"
    # The coordinator leaves the roster for Ana on the stick.
    summary = exchange(qtbot, coord_sync)
    assert summary.sent_to == ["Ana Ficticia"] and summary.written == 1
    assert "Se dejó en la memoria lo pendiente para: Ana Ficticia." in coord_sync.summary.texts()
    # Ana brings it in (the roster arrives) and leaves her new notes for the coordinator.
    add_note(ana)
    summary = exchange(qtbot, ana_sync)
    assert summary.imported == 1 and summary.refused == []
    assert summary.sent_to == ["Coordinación Ficticia"]
    assert ana.call(lambda s: s.info()["team"]) == "Equipo ficticio"
    # The coordinator's exchange brings Ana's notes, per person, in plain words.
    summary = exchange(qtbot, coord_sync)
    assert summary.people == {"Ana Ficticia": [2, 0]}
    texts = coord_sync.summary.texts()
    assert "Ana Ficticia — registros nuevos: 2 · cambiados: 0" in texts
    # The bundle the coordinator left for Ana is not counted, nor opened: it is its own.
    assert not any(line.startswith("Paquetes para otras personas") for line in texts)
    assert len(coord.call(lambda s: s.list_records("crisis-note"))) == 1
    notices = notification_area(coord_sync, "es").messages()
    assert notices[-1] == "Intercambio terminado. Registros nuevos o cambiados: 2."
    assert coord_sync.status.text().startswith("Último intercambio: 2026-")
    # One bundle per writer and recipients stays on the stick: newer ones replace older.
    files = sorted(p.name for p in (stick / "aluna-field").iterdir())
    assert len(files) == 2 and all(f.endswith(".afb") for f in files)
    summary = exchange(qtbot, ana_sync)
    assert summary.replaced == 1 and summary.people == {}
    assert len(list((stick / "aluna-field").iterdir())) == 2


def test_cancel_stops_between_bundles(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path, tmp_path: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    exchange(qtbot, coord.sync_pane(qtbot, stick))
    ana_sync = ana.sync_pane(qtbot, stick)
    # Three copies of the coordinator's bundle, as if three sticks' worth were carried.
    folder = stick / "aluna-field"
    original = next(folder.iterdir())
    for i in range(2):
        (folder / f"copia{i}.afb").write_bytes(original.read_bytes())
    # The window holds the vault for a moment (a save, say): the exchange waits for it at
    # its first bundle, and the person presses Cancel meanwhile.
    lock = ana.backend._lock
    lock.acquire()
    try:
        with qtbot.waitSignal(ana_sync.job.finished, timeout=60_000) as done:
            click(qtbot, ana_sync.cards[0].button)
            assert ana_sync.progress_box.isVisible()
            click(qtbot, ana_sync.cancel_button)
            assert ana_sync.progress_label.text() == "Cancelando: termina el paquete en curso…"
            lock.release()
    finally:
        if lock._is_owned():  # type: ignore[attr-defined]
            lock.release()
    summary = done.args[0]
    # Cancelled at the first bundle or right before it, depending on the threads: either
    # way nothing was written to the stick and no bundle is half-imported.
    assert summary.cancelled and summary.imported <= 1 and summary.written == 0
    assert ana_sync.summary.texts()[0] == (
        "Cancelado. Lo que se importó o escribió antes de cancelar queda hecho."
    )
    assert not ana_sync.progress_box.isVisible() and ana_sync.cards[0].button.isEnabled()


def test_dropped_bundle_files_are_imported(
    qtbot: QtBot, coord: Device, ana: Device, stick: Path, tmp_path: Path
) -> None:
    enrol(qtbot, coord.team_pane(qtbot), ana.team_pane(qtbot))
    exchange(qtbot, coord.sync_pane(qtbot, stick))
    ana_sync = ana.sync_pane(qtbot, tmp_path / "elsewhere")
    bundle = next((stick / "aluna-field").iterdir())
    stranger = tmp_path / "foto.afb"
    stranger.write_bytes(b"no es un paquete")
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(bundle)), QUrl.fromLocalFile(str(stranger))])
    drop = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(ana_sync.job.finished, timeout=60_000) as done:
        ana_sync.dropEvent(drop)
    summary = done.args[0]
    assert summary.imported == 1 and [r.file for r in summary.refused] == ["foto.afb"]
    texts = ana_sync.summary.texts()
    assert "Paquetes que no se aceptaron (no cambiaron nada en la bóveda): 1." in texts
    assert "• El paquete foto.afb: no es un paquete de Aluna Field." in texts


def test_summary_lines_in_plain_words() -> None:
    summary = ExchangeSummary(
        imported=2,
        skipped=3,
        people={"Beto Ficticio": [0, 4], "Ana Ficticia": [1, 2]},
        open_conflicts=2,
        refused=[Refusal("x.afb", "", "Beto Ficticio", BundleRefused("bundle_tampered"))],
        not_sent="no hay a quién enviar.",
    )
    lines = summary_lines(summary, "en")
    assert [text for text, _ in lines] == [
        "Ana Ficticia — new records: 1 · changed: 2",
        "Beto Ficticio — new records: 0 · changed: 4",
        "Records with conflicting versions to review: 2.",
        "Bundles not accepted (they changed nothing in the vault): 1.",
        "• The bundle x.afb, from Beto Ficticio: it was altered or is damaged.",
        "Nothing was written: no hay a quién enviar.",
        "Bundles for other team members (they stay on the drive): 3.",
    ]
    assert [level for _, level in lines].count("warning") == 4


def test_no_drive_offers_another_folder(qtbot: QtBot, ana: Device, tmp_path: Path) -> None:
    pane = ana.sync_pane(qtbot, tmp_path)
    pane.watcher.lister = list
    pane.watcher.poll()
    assert pane.cards == [] and pane.no_drive.isVisible()
    assert "Este dispositivo todavía no tiene con quién intercambiar" in pane.status.text()
    click(qtbot, pane.other_folder)
    picker = pane.findChild(FolderPicker)
    assert isinstance(picker, FolderPicker) and picker.isVisible()
    picker.path.setText(str(tmp_path))  # typed, as a person would a path
    with qtbot.waitSignal(pane.job.finished, timeout=60_000) as done:
        click(qtbot, picker.choose)
    summary = done.args[0]
    assert summary.written == 0 and summary.not_sent == _(
        "es", "There is no one to send to: this device knows no one on the team yet."
    )
    assert (tmp_path / "aluna-field").exists() is False
    click(qtbot, pane.other_folder)  # the next time it opens where the last one was
    again = [p for p in pane.findChildren(FolderPicker) if p.isVisible()]
    assert len(again) == 1 and again[0].path.text() == str(tmp_path)
    again[0].reject()

"""One import for every way in (issue 15, item 4): the same bundles brought by the sync
screen's exchange with a drive, dropped on the window, imported by `sync import` and
fetched by a relay round give the same summary. Real vaults (four copies of one
device's vault), real bundles, a real window offscreen, the CLI in-process, a real
wsgidav server on 127.0.0.1."""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uiteam import Device, exchange

TESTS = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TESTS / "sync"))
sys.path.insert(0, str(TESTS / "relay"))

from davserver import DavServer  # noqa: E402
from relaykit import FAST, target_for  # noqa: E402
from teamkit import SUBJECT, enrol, new_session, note  # noqa: E402

from aluna_field.cli.import_report import outcome_json  # noqa: E402
from aluna_field.services import exchange as export_service  # noqa: E402
from aluna_field.services import relay  # noqa: E402
from aluna_field.services import team as team_service  # noqa: E402
from aluna_field.services.intake import ImportSummary  # noqa: E402
from aluna_field.services.session import Session  # noqa: E402
from aluna_field.services.vaults import open_vault  # noqa: E402
from aluna_field.sync.relay import names  # noqa: E402
from aluna_field.ui.common.backend import Backend  # noqa: E402
from aluna_field.ui.common.clipboard import ClipboardGuard  # noqa: E402
from aluna_field.ui.common.nav import Navigator, PaneEnv  # noqa: E402
from aluna_field.ui.common.tasks import TaskRunner  # noqa: E402
from aluna_field.ui.sync.drives import Drive  # noqa: E402
from aluna_field.ui.sync.pane import SyncPane  # noqa: E402
from support import PASSPHRASE, FakeClock, make_ctx, run_cli  # noqa: E402


class World:
    """Ana's vault as it was before the stick came, and the stick."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.clock = FakeClock(1_790_000_000_000)
        clock = self.clock
        team = root / "team"
        c = new_session(team, "Coordinación Ficticia", "coordinator", clock, "Equipo Ficticio")
        ana = new_session(team, "Ana Ficticia", "accompanier", clock)
        beto = new_session(team, "Beto Ficticio", "accompanier", clock)
        gone = new_session(team, "Persona Revocada", "accompanier", clock)
        stranger = new_session(team, "Coordinación Ajena", "coordinator", clock, "Equipo Ajeno")
        try:
            for member in (ana, beto, gone):
                enrol(c, member)
            team_service.revoke(c, gone.identity.device_id)
            sid = c.add("subject", SUBJECT)[0]
            accompaniment = {
                "subject_ids": [sid],
                "area": "crisis_support",
                "status": "active",
                "accompaniers": [ana.identity.device_id],
            }
            c.add("accompaniment", accompaniment)
            # Not Ana's to receive: a note about a subject she does not accompany.
            other = c.add("subject", {**SUBJECT, "alias": "Colectivo Ficticio Roble"})[0]
            c.add("crisis-note", note(other, "Nota ficticia que no es para Ana"))
            # A coordinator of another team who has Ana's card, but whom Ana never met.
            team_service.add(stranger, team_service.my_card(ana), "accompanier")
            self.stick = root / "stick"
            folder = self.stick / "aluna-field"
            written = export_service.export(c, folder)  # for Ana and for Beto
            export_service.export(stranger, folder)
            [for_ana] = [w.path for w in written if ana.identity.device_id in _ids(w)]
            data = bytearray(for_ana.read_bytes())
            data[len(data) // 2] ^= 0x01
            (folder / ("f" * 24 + ".afb")).write_bytes(bytes(data))
            self.vault = ana.ctx.vault_dir
            self.ana_id = ana.identity.device_id
        finally:
            for s in (c, ana, beto, gone, stranger):
                s.close()
        (self.stick / "fotos-ficticias").mkdir()
        (self.stick / "fotos-ficticias" / "playa.jpg").write_bytes(b"\xff\xd8 foto ficticia")
        (self.stick / "leeme.txt").write_text("Archivo ficticio de la memoria.", "utf-8")

    def copy(self, name: str) -> tuple[Path, Path]:
        """A copy of Ana's vault and of the stick: each way starts from the same place."""
        vault = shutil.copytree(self.vault, self.root / name / "vault")
        stick = shutil.copytree(self.stick, self.root / name / "stick")
        return vault, stick

    def open(self, vault: Path) -> Session:
        return open_vault(make_ctx(vault, self.clock, "es"), PASSPHRASE)


def _ids(written: export_service.Written) -> list[str]:
    return [m.device_id for m in written.recipients]


def _device(world: World, vault: Path) -> Device:
    session = world.open(vault)
    runner = TaskRunner()
    backend = Backend(session, runner)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    env = PaneEnv(backend, "es", ClipboardGuard(app.clipboard()), Navigator())
    return Device(session.ctx, world.clock, session, backend, env, runner)


@pytest.fixture
def world(tmp_path: Path) -> World:
    return World(tmp_path)


@pytest.fixture
def dav(tmp_path: Path) -> Iterator[DavServer]:
    server = DavServer(tmp_path / "dav")
    yield server
    server.stop()


def _shape(summary: ImportSummary, rename: dict[str, str] | None = None) -> dict[str, Any]:
    """What a summary says, with the relay's file names mapped back to the stick's."""
    rename = rename or {}
    return {
        "imported": summary.imported,
        "already": summary.already,
        "skipped": summary.skipped,
        "people": summary.people,
        "team_changes": summary.team_changes,
        "revocations": summary.revocations,
        "new_conflicts": summary.new_conflicts,
        "open_conflicts": summary.open_conflicts,
        "future_clock": summary.future_clock,
        "cancelled": summary.cancelled,
        "refused": sorted((rename.get(r.file, r.file), r.sender, r.code) for r in summary.refused),
    }


def _files(summary: ImportSummary, names_: dict[str, str], rename: dict[str, str]) -> list[Any]:
    """File by file, as `sync import --json` prints it (bundles fetched or opened)."""
    rows = [
        outcome_json(o, "es", names_, rename.get(Path(o.path).name, Path(o.path).name))
        for o in summary.outcomes
        if o.status != "skipped"
    ]
    return sorted(rows, key=lambda r: (r["file"], r["status"]))


def _names(session: Session) -> dict[str, str]:
    return export_service.author_names(session)


def test_the_same_bundles_give_the_same_summary_every_way(
    qtbot: QtBot, qapp: QApplication, world: World, dav: DavServer, monkeypatch: Any
) -> None:
    # 1. The sync screen's exchange with the drive.
    vault, stick = world.copy("drive")
    device = _device(world, vault)
    try:
        pane = device.show(
            qtbot, SyncPane(device.env, lister=lambda: [Drive(stick, "MEMORIA")], watch=False)
        )
        pane.watcher.poll()
        by_drive = exchange(qtbot, pane)
        who = device.call(_names)
    finally:
        device.close()
    assert by_drive.written == 1  # and then it wrote for the coordinator
    shape = _shape(by_drive)
    files = _files(by_drive, who, {})

    # What came, said once for all: one bundle imported with the team list (a revocation
    # among it) and two records; Beto's bundle left; the stranger's and the altered copy
    # refused with their reason codes; the stick's photos and notes never tried.
    assert shape["imported"] == 1 and shape["skipped"] == 1 and shape["already"] == 0
    assert shape["people"] == {"Coordinación Ficticia": [2, 0]}
    assert shape["revocations"] == 1 and shape["team_changes"] >= 4
    codes = sorted(code for _, _, code in shape["refused"])
    assert codes == ["bundle_tampered", "roster_other_team"]  # whatever order they were read
    assert all(f["file"].endswith(".afb") for f in files)

    # 2. The stick's folder dropped on the window.
    vault, stick = world.copy("drop")
    device = _device(world, vault)
    try:
        pane = device.show(qtbot, SyncPane(device.env, lister=lambda: [], watch=False))
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(stick))])
        drop = QDropEvent(
            QPointF(10, 10),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        with qtbot.waitSignal(pane.job.finished, timeout=60_000) as done:
            pane.dropEvent(drop)
        by_drop = done.args[0]
        assert pane.summary.texts() and by_drop.written == 0
    finally:
        device.close()
    assert _shape(by_drop) == shape
    assert _files(by_drop, who, {}) == files

    # 3. `sync import` on the command line (exit 5: a bundle was refused).
    vault, stick = world.copy("cli")
    monkeypatch.setenv("ALUNA_FIELD_PASSPHRASE", PASSPHRASE)
    got = run_cli(make_ctx(vault, world.clock, "es"), "sync", "import", str(stick), "--json")
    assert got.code == 5, got.err
    rows = json.loads(got.out)
    by_cli = sorted(
        ({**r, "file": Path(r["file"]).name} for r in rows if r["status"] != "skipped"),
        key=lambda r: (r["file"], r["status"]),
    )
    assert by_cli == files
    assert sum(r["status"] == "skipped" for r in rows) == shape["skipped"]
    vault, stick = world.copy("cli-text")  # the same import, in words
    text = run_cli(make_ctx(vault, world.clock, "es"), "sync", "import", str(stick))
    assert text.code == 5
    assert "  Lista del equipo: 1 dispositivos revocados." in text.out.splitlines()
    assert "  Coordinación Ficticia: 2 registros nuevos, 0 cambiados." in text.out.splitlines()

    # 4. A relay round of the same bundles (as their writers would have put them there).
    vault, stick = world.copy("relay")
    rename: dict[str, str] = {}
    dav.relay_dir.mkdir(parents=True)
    for bundle in sorted((stick / "aluna-field").iterdir()):
        final = names.new_final()
        shutil.copyfile(bundle, dav.relay_dir / final)
        rename[final] = bundle.name
    session = world.open(vault)
    try:
        report = relay.run_round(session, target_for(dav.url()), FAST)
        who_relay = _names(session)
    finally:
        session.close()
    assert report.error is None
    assert _shape(report.came, rename) == shape
    assert _files(report.came, who_relay, rename) == files

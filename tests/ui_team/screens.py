"""Screenshots of the sync, team, conflicts and redaction screens, in Spanish and English.

Run `QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui_team/screens.py` to refresh
docs/screenshots/; the test suite runs the same code into a temporary folder. The
scene is fictional: a coordinator with the training vault, three accompaniers enrolled
through the services, a note they edited apart, a revoked device whose later bundle is
on the stick, and the coordinator's exchange with that stick through the window.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "ui"))

from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QScrollArea, QWidget
from screenshots import settle, wait_until

from aluna_field.services import drive_exchange, enrolment, team
from aluna_field.services.demo import fill_demo
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.ui.app import make_application
from aluna_field.ui.conflicts.pane import ConflictsPane
from aluna_field.ui.notifications.confirm import ConfirmDialog
from aluna_field.ui.notifications.toasts import notification_area
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.sync.drives import Drive
from aluna_field.ui.sync.pane import SyncPane
from aluna_field.ui.team.pane import TeamPane
from support import PASSPHRASE, FakeClock, make_ctx

SIZE = QSize(1366, 768)
NOTE_BEFORE = (
    "(Registro ficticio de práctica) La persona relató llamadas anónimas durante la semana"
    " y pidió acompañamiento para presentar la denuncia."
)
NOTE_ANA = (
    "(Registro ficticio de práctica) La persona relató llamadas anónimas durante la semana;"
    " el jueves alguien vigiló su casa desde un auto sin placas."
)
NOTE_COORD = (
    "(Registro ficticio de práctica) La persona relató llamadas anónimas durante la semana"
    " y pidió acompañamiento legal para presentar la denuncia el lunes."
)


def save(image: QPixmap, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not image.save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def with_dialog(window: QWidget, dialog: QWidget) -> QPixmap:
    """The window with its dialog painted over it, centred, as a person sees them."""
    shot = window.grab()
    dialog.adjustSize()
    over = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 70))
    corner = QPoint((shot.width() - over.width()) // 2, (shot.height() - over.height()) // 2)
    painter.drawPixmap(corner, over)
    painter.end()
    return shot


def scroll_to(pane: QWidget, target: QWidget) -> None:
    area = pane.findChild(QScrollArea)
    if area is not None:
        area.ensureWidgetVisible(target, 0, 60)


def _on(session: Session) -> drive_exchange.Call:
    def call(fn: Callable[[Session], Any]) -> Any:
        return fn(session)

    return call  # type: ignore[return-value]


def _exchange(session: Session, stick: Path) -> None:
    drive_exchange.run_exchange(_on(session), stick, "es", lambda d, t: None, lambda: False)


def _enrol(coord: Session, member: Session) -> None:
    team.join(member, team.my_card(coord))
    team.add(coord, team.my_card(member), member.device.role)


def build_scene(folder: Path, lang: str) -> tuple[Any, Path, str, Session]:
    """The vaults and the stick; returns (coordinator's context, stick, note id, Carla)."""
    stick = folder / "stick"
    stick.mkdir(parents=True)
    ctx = make_ctx(folder / "coordinacion", FakeClock(), lang)
    coord = create_vault(
        ctx, PASSPHRASE, "Coordinación de práctica", "coordinator", "Equipo ficticio"
    )
    fill_demo(coord)
    people = {}
    for i, name in enumerate(("Ana Prueba", "Beto Ejemplo", "Carla Muestra")):
        member_ctx = make_ctx(
            folder / name.split()[0].lower(), FakeClock(1_790_000_000_000 + 1000 * (i + 1)), lang
        )
        people[name] = create_vault(member_ctx, PASSPHRASE, name, "accompanier")
    ana, beto, carla = people.values()
    _enrol(coord, ana)
    _enrol(coord, beto)
    _exchange(coord, stick)
    subject = ana.add(
        "subject", {"type": "collective", "alias": "Colectivo Ficticio Río", "region": "Oaxaca"}
    )
    note = {
        "subject_ids": subject,
        "occurred_at": "2026-09-18T18:30:00",
        "event": "harassment",
        "narrative": NOTE_BEFORE,
        "urgency": "high",
    }
    rid = ana.add("crisis-note", note)[0]
    for member in (ana, beto):
        _exchange(member, stick)
    _exchange(coord, stick)
    coord.edit(rid, {"narrative": NOTE_COORD})
    ana.ctx.now_ms.advance(3_600_000)  # type: ignore[attr-defined]
    ana.edit(rid, {"narrative": NOTE_ANA, "urgency": "critical"})
    _exchange(ana, stick)
    team.revoke(coord, beto.identity.device_id)
    beto.add("subject", {"type": "person", "alias": "Persona Ficticia Sur", "region": "Cauca"})
    _exchange(beto, stick)
    for session in (coord, ana, beto):
        session.close()
    return ctx, stick, rid, carla


def capture(out: Path, lang: str, folder: Path) -> list[Path]:
    """The team screens in lang, as PNG files in out."""
    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    ctx, stick, rid, carla = build_scene(folder / lang, lang)
    ctrl = AppController(ctx, app, lang)
    ctrl.window.resize(SIZE)
    ctrl.window.show()
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.unlock.passphrase.edit.setText(PASSPHRASE)
    screen.unlock.unlock.click()
    wait_until(app, lambda: ctrl.workspace is not None)
    settle(app, ctrl)
    ws = ctrl.workspace
    assert ws is not None
    written: list[Path] = []
    # Sync: the stick appears, one press, the summary.
    sync = ws.panes["sync"]
    assert isinstance(sync, SyncPane)
    sync.watcher.lister = lambda: [Drive(stick, "MEMORIA-USB", 7_650_000_000)]
    ws.show_pane("sync")
    sync.watcher.poll()
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"sync-drive-{lang}"))
    sync.cards[0].button.click()
    wait_until(app, lambda: not sync.job.running)
    settle(app, ctrl)
    scroll_to(sync, sync.summary)
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"sync-{lang}"))
    notification_area(sync, lang).clear()
    scroll_to(sync, sync.relay.forget_button)
    sync.relay.url.setText("https://nube.example.org/remote.php/dav/files/relevo-equipo/aluna/")
    sync.relay.user.setText("relevo-equipo")
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"sync-relay-{lang}"))
    # Team: the card, then adding Carla with the codes side by side, then revoking.
    team_pane = ws.panes["team"]
    assert isinstance(team_pane, TeamPane)
    ws.show_pane("team")
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"team-{lang}"))
    add = team_pane.add_box
    add.paste.setPlainText(enrolment.my_card(carla)[0])
    add.continue_button.click()
    code = add.codes.code.split()
    for edit, group in zip(add.codes.typed[:7], code, strict=False):
        edit.setText(group)
    settle(app, ctrl)
    scroll_to(team_pane, add.match_button)
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"team-codes-{lang}"))
    add.reset()
    members = team_pane.members
    scroll_to(team_pane, members)
    ana_row = next(r for r in members.model.rows if r.name == "Ana Prueba")
    members.select(ana_row.device_id)
    members.revoke_button.click()
    settle(app, ctrl)
    dialog = members.dialog
    assert isinstance(dialog, ConfirmDialog)
    written.append(save(with_dialog(ctrl.window, dialog), out, f"team-revoke-{lang}"))
    dialog.reject()
    # Conflicts: the note both edited, its versions side by side.
    conflicts = ws.panes["conflicts"]
    assert isinstance(conflicts, ConflictsPane)
    ws.show_pane("conflicts")
    conflicts.refresh()
    conflicts.table.selectRow(0)
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"conflicts-{lang}"))
    conflicts.detail.views[0].open_merge()
    settle(app, ctrl)
    scroll_to(conflicts, conflicts.detail.views[0].merge_save)
    settle(app, ctrl)
    written.append(save(ctrl.window.grab(), out, f"conflicts-merge-{lang}"))
    # Redaction, from the note's detail.
    ws.open_record("crisis-note", rid)
    settle(app, ctrl)
    detail = ws.records_pane("crisis-note").detail
    detail.redact_button.click()
    settle(app, ctrl)
    redact = detail.findChild(ConfirmDialog)
    assert isinstance(redact, ConfirmDialog)
    written.append(save(with_dialog(ctrl.window, redact), out, f"redaction-{lang}"))
    redact.reject()
    ctrl.shutdown()
    ctrl.window.close()
    carla.close()
    return written


def main() -> None:
    import tempfile

    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("es", "en"):
            for path in capture(out, lang, Path(folder)):
                print(path.relative_to(out.parents[1]))


if __name__ == "__main__":
    main()

"""Devices for the team-screen tests: a real vault each, the app's Backend and PaneEnv,
panes shown in a real window offscreen, and the person's actions on them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from aluna_field.services.context import AppContext
from aluna_field.services.drive_exchange import ExchangeSummary
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.ui.common.backend import Backend
from aluna_field.ui.common.clipboard import ClipboardGuard
from aluna_field.ui.common.nav import Navigator, PaneEnv
from aluna_field.ui.common.tasks import TaskRunner
from aluna_field.ui.sync.drives import Drive
from aluna_field.ui.sync.pane import SyncPane
from aluna_field.ui.team.pane import TeamPane
from qtclick import press
from support import PASSPHRASE, FakeClock, make_ctx

W = TypeVar("W", bound=QWidget)
LEFT = Qt.MouseButton.LeftButton
NOTE = {
    "subject_ids": [],
    "occurred_at": "2026-09-01T10:00:00",
    "event": "threat",
    "narrative": "Relato ficticio: la persona recibió llamadas anónimas durante la semana.",
    "urgency": "medium",
}

ANA_NARRATIVE = "Relato ficticio: vigilancia frente a la casa de la persona acompañada."


@dataclass
class Device:
    """One laptop: its vault, and the app's view of it."""

    ctx: AppContext
    clock: FakeClock
    session: Session
    backend: Backend
    env: PaneEnv
    runner: TaskRunner
    windows: list[QMainWindow] = field(default_factory=list)

    @property
    def device_id(self) -> str:
        return self.session.identity.device_id

    def show(self, qtbot: QtBot, pane: W) -> W:
        """Put pane in a window of its own (notices need one), shown offscreen."""
        window = QMainWindow()
        window.setWindowTitle("Aluna Field")
        window.setCentralWidget(pane)
        window.resize(1280, 900)
        qtbot.addWidget(window)
        window.show()
        self.windows.append(window)
        return pane

    def team_pane(self, qtbot: QtBot) -> TeamPane:
        pane = self.show(qtbot, TeamPane(self.env))
        pane.refresh()
        return pane

    def sync_pane(self, qtbot: QtBot, stick: Path) -> SyncPane:
        """The sync screen, with stick standing in for a plugged-in USB drive."""
        pane = self.show(
            qtbot, SyncPane(self.env, lister=lambda: [Drive(stick, "MEMORIA")], watch=False)
        )
        pane.watcher.poll()
        pane.refresh()
        return pane

    def call(self, fn: Any) -> Any:
        return self.backend.call(fn)

    def close(self) -> None:
        for window in self.windows:
            pane = window.centralWidget()
            clear = getattr(pane, "clear_content", None)
            if clear is not None:
                clear()
        self.runner.wait()
        self.backend.close()


def make_device(root: Path, name: str, role: str, lang: str = "es", start_ms: int = 0) -> Device:
    clock = FakeClock(1_790_000_000_000 + start_ms)
    ctx = make_ctx(root / name.split()[0].lower(), clock, lang)
    team = "Equipo ficticio" if role == "coordinator" else None
    session = create_vault(ctx, PASSPHRASE, name, role, team)
    runner = TaskRunner()
    backend = Backend(session, runner)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    env = PaneEnv(backend, lang, ClipboardGuard(app.clipboard()), Navigator())
    return Device(ctx, clock, session, backend, env, runner)


def add_note(device: Device, narrative: str = str(NOTE["narrative"])) -> str:
    """A fictional subject and a crisis note about it; the note's id."""

    def save(s: Session) -> str:
        subject = s.add(
            "subject", {"type": "person", "alias": "Sujeto Ficticio", "region": "Oaxaca"}
        )
        return s.add("crisis-note", {**NOTE, "subject_ids": subject, "narrative": narrative})[0]

    return str(device.call(save))


def click(qtbot: QtBot, button: QWidget) -> None:
    # A widget added to a shown window is shown at the next turn of the event loop.
    qtbot.waitUntil(button.isVisible)
    assert button.isEnabled(), button.accessibleName()
    press(qtbot, button)


def enrol(qtbot: QtBot, coord: TeamPane, member: TeamPane, role: str = "accompanier") -> str:
    """In person: each gives the other their card, both compare the code, "they match".

    The member's card reaches the coordinator through the clipboard (copy, then Ctrl+V in
    the paste box), as it would with a card sent by chat; the coordinator's card as text.
    Returns the safety code both screens showed.
    """
    join = member.join_box if member.join_box.isVisible() else member.join_other
    join.paste.setPlainText(coord.card.card_text)
    click(qtbot, join.continue_button)
    assert join.pages.currentIndex() == 1, join.error.text()
    click(qtbot, member.card.copy_button)
    add = coord.add_box
    add.paste.setFocus()
    qtbot.keyClick(add.paste, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    add.role.set_value(role)
    click(qtbot, add.continue_button)
    assert add.pages.currentIndex() == 1, add.error.text()
    code = add.codes.code
    assert code and code == join.codes.code
    # The accompanier reads the code aloud; the coordinator types it as it is heard.
    for edit, group in zip(add.codes.typed, join.codes.code.split(), strict=True):
        qtbot.keyClicks(edit, group)
    assert add.codes.mismatches() == []
    click(qtbot, add.match_button)
    click(qtbot, join.match_button)
    coord.refresh()
    member.refresh()
    return code


def exchange(qtbot: QtBot, pane: SyncPane) -> ExchangeSummary:
    """Press "Exchange with this drive" and wait for the summary."""
    assert pane.cards, "no drive shown"
    with qtbot.waitSignal(pane.job.finished, timeout=60_000) as done:
        click(qtbot, pane.cards[0].button)
    summary = done.args[0]
    assert isinstance(summary, ExchangeSummary)
    assert pane.summary.isVisible()
    return summary

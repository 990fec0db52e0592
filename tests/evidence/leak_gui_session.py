"""The desktop half of the leak scan: a person's session through the real window, offscreen.

Run by tests/evidence/test_leak_scan.py in a subprocess whose HOME, XDG folders and
TMPDIR point into the test's folder before Qt starts, with the markers as JSON on
standard input (never in a file) and two arguments: the vault folder and the folder of
the files to attach. Creates the vault, saves one record of every kind through the forms
with a marker typed into every text field, attaches a picture and a text file, searches,
copies, edits, leaves an edit as a draft and locks. Prints nothing; exit 0 when done.
"""

from __future__ import annotations

import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS), str(TESTS / "ui")]

from PySide6.QtCore import Qt, SignalInstance  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QLineEdit, QWidget  # noqa: E402
from ui_helpers import (  # noqa: E402
    choose,
    create_through_ui,
    field,
    pick_subject,
    save,
    type_into,
    type_text,
    wait_idle,
)

from aluna_field.ui.app import make_application  # noqa: E402
from aluna_field.ui.forms.host import FormHost  # noqa: E402
from aluna_field.ui.shell.controller import AppController  # noqa: E402
from aluna_field.ui.shell.workspace import Workspace  # noqa: E402
from support import FakeClock, make_ctx  # noqa: E402

LEFT = Qt.MouseButton.LeftButton
WAIT_S = 60.0  # a generous bound on any one wait, so a broken session ends instead of hanging


class _Caught:
    def __init__(self) -> None:
        self.args: list[Any] | None = None

    def slot(self, *args: Any) -> None:
        self.args = list(args)


class Bot:
    """What ui_helpers needs of pytest-qt's qtbot, on QTest and the event loop."""

    def keyClick(self, widget: QWidget, key: Qt.Key, modifier: Any = None) -> None:
        QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)

    def keyClicks(self, widget: QWidget, text: str) -> None:
        QTest.keyClicks(widget, text)

    def mouseClick(self, widget: QWidget, button: Qt.MouseButton) -> None:
        QTest.mouseClick(widget, button)

    def waitUntil(self, done: Callable[[], object], timeout: int = 0) -> None:
        deadline = time.monotonic() + WAIT_S
        while not done():
            if time.monotonic() > deadline:
                raise TimeoutError("the window did not get there")
            QTest.qWait(10)

    @contextlib.contextmanager
    def waitSignal(self, signal: SignalInstance, timeout: int = 0) -> Iterator[_Caught]:
        caught = _Caught()
        signal.connect(caught.slot)
        yield caught
        self.waitUntil(lambda: caught.args is not None)
        signal.disconnect(caught.slot)


def _new(bot: Bot, ws: Workspace, kind: str) -> FormHost:
    ws.show_pane(kind)
    pane = ws.records_pane(kind)
    bot.mouseClick(pane.new_button, LEFT)
    assert pane.host is not None
    return pane.host


def _item(bot: Bot, host: FormHost, name: str, texts: dict[str, str]) -> None:
    items: Any = field(host, name)
    bot.mouseClick(items.add_button, LEFT)
    for key, text in texts.items():
        widget = items.items[-1]["widgets"][key]
        assert isinstance(widget, QLineEdit)
        widget.setFocus()
        type_text(widget, text)


def session(vault: Path, inputs: Path, m: dict[str, str]) -> None:
    bot = Bot()
    app = make_application()
    ctrl = AppController(make_ctx(vault, FakeClock(), "es"), app, "es")
    ctrl.window.show()
    ws = create_through_ui(bot, ctrl)  # type: ignore[arg-type]

    def typed(host: FormHost, values: dict[str, str]) -> None:
        for name, text in values.items():
            type_into(bot, host, name, text)  # type: ignore[arg-type]

    host = _new(bot, ws, "subject")
    choose(host, "type", "collective")
    typed(
        host,
        {
            "alias": f"Colectivo Ceiba {m['alias']}",
            "real_name": f"Nombre {m['real_name']}",
            "region": f"Oaxaca / {m['region']}",
            "notes": f"Notas {m['subject_notes']}",
        },
    )
    save(bot, ctrl, ws.records_pane("subject"))  # type: ignore[arg-type]

    host = _new(bot, ws, "accompaniment")
    pick_subject(bot, host, "subject_ids", "ceiba")  # type: ignore[arg-type]
    choose(host, "area", "crisis_support")
    typed(
        host,
        {
            "title": f"Proceso {m['title']}",
            "notes": f"Notas {m['acc_notes']}",
        },
    )
    save(bot, ctrl, ws.records_pane("accompaniment"))  # type: ignore[arg-type]

    host = _new(bot, ws, "crisis-note")
    pick_subject(bot, host, "subject_ids", "ceiba")  # type: ignore[arg-type]
    choose(host, "event", "threat")
    choose(host, "urgency", "critical")
    typed(
        host,
        {
            "narrative": f"Relato {m['narrative']} de prueba.",
            "state_observed": f"Estado {m['state_observed']}",
            "agreements": f"Acuerdos {m['agreements']}",
        },
    )
    notes = ws.records_pane("crisis-note")
    note = save(bot, ctrl, notes)  # type: ignore[arg-type]

    host = _new(bot, ws, "risk-assessment")
    pick_subject(bot, host, "subject_id", "ceiba")  # type: ignore[arg-type]
    _item(bot, host, "threats", {"description": f"Amenaza {m['threat']}"})
    _item(bot, host, "vulnerabilities", {"description": f"Vulnerable {m['vulnerability']}"})
    _item(bot, host, "capacities", {"description": f"Capacidad {m['capacity']}"})
    _item(bot, host, "measures", {"what": f"Medida {m['measure']}", "who": m["measure_who"]})
    typed(host, {"notes": f"Notas {m['risk_notes']}"})
    save(bot, ctrl, ws.records_pane("risk-assessment"))  # type: ignore[arg-type]

    host = _new(bot, ws, "impact-observation")
    pick_subject(bot, host, "subject_ids", "ceiba")  # type: ignore[arg-type]
    choose(host, "sphere", "organizational")
    choose(host, "categories", "fear")
    choose(host, "intensity", "3")
    typed(
        host,
        {"narrative": f"Observación {m['impact']}", "resistance": f"Resiste {m['resistance']}"},
    )
    save(bot, ctrl, ws.records_pane("impact-observation"))  # type: ignore[arg-type]

    host = _new(bot, ws, "activity")
    choose(host, "type", "workshop")
    choose(host, "area", "education_training")
    pick_subject(bot, host, "subject_ids", "ceiba")  # type: ignore[arg-type]
    typed(host, {"lessons": f"Aprendizaje {m['lessons']}"})
    save(bot, ctrl, ws.records_pane("activity"))  # type: ignore[arg-type]

    ws.open_record("crisis-note", note)
    bot.mouseClick(notes.detail.follow_button, LEFT)
    host = ws.records_pane("follow-up").host
    assert host is not None
    typed(host, {"description": f"Llamar {m['follow_up']}", "assignee": m["assignee"]})
    save(bot, ctrl, ws.records_pane("follow-up"))  # type: ignore[arg-type]

    # Attachments: a picture (shown in the detail pane) and a text file.
    ws.open_record("crisis-note", note)
    box = notes.detail.attachments
    for path in sorted(inputs.iterdir()):
        box.attach_file(path)
        wait_idle(bot, ctrl)  # type: ignore[arg-type]
    bot.waitUntil(lambda: box.list.count() == 2)
    for row in range(box.list.count()):
        box.list.setCurrentRow(row)
        wait_idle(bot, ctrl)  # type: ignore[arg-type]
    bot.mouseClick(notes.detail.copy_button, LEFT)

    # Search, in a kind's list and across everything.
    notes.filters.search.setText(m["narrative"])
    with bot.waitSignal(notes.searched):
        notes.run_search()
    assert notes.proxy.rowCount() == 1
    ws.show_pane("search")
    search: Any = ws.panes["search"]
    search.box.setText(m["threat"])
    with bot.waitSignal(search.searched):
        search.run_search()
    assert search.model.rowCount() == 1

    # Edit and save; then an edit left open becomes a draft when the app locks.
    ws.open_record("crisis-note", note)
    bot.mouseClick(notes.detail.edit_button, LEFT)
    assert notes.host is not None
    typed(notes.host, {"agreements": f" Otro acuerdo {m['edit']}"})
    save(bot, ctrl, notes)  # type: ignore[arg-type]
    ws.open_record("crisis-note", note)
    bot.mouseClick(notes.detail.edit_button, LEFT)
    assert notes.host is not None
    typed(notes.host, {"narrative": f" Borrador {m['draft']}"})
    ctrl.lock()
    ctrl.shutdown()
    app.processEvents()


if __name__ == "__main__":
    session(Path(sys.argv[1]), Path(sys.argv[2]), json.load(sys.stdin))

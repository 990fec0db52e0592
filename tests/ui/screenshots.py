"""Screenshots of every screen in Spanish and English, for docs/screenshots/.

Run `QT_QPA_PLATFORM=offscreen .venv/bin/python tests/ui/screenshots.py` to refresh
docs/screenshots/; the test suite runs the same code into a temporary folder. The
vault is the fictional training vault (services/demo.py) at a fixed date.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.services import exchange, intake, team
from aluna_field.services.demo import MARKER, fill_demo
from aluna_field.services.session import Session
from aluna_field.services.vaults import create_vault
from aluna_field.ui.app import make_application
from aluna_field.ui.shell.controller import AppController
from aluna_field.ui.shell.workspace import Workspace
from support import PASSPHRASE, FakeClock, make_ctx

SIZE = QSize(1366, 768)
HOUR = 3_600_000


def wait_until(app: QApplication, ready: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError("the screen did not get ready")
        app.processEvents()


def settle(app: QApplication, ctrl: AppController) -> None:
    wait_until(app, lambda: ctrl.runner.pending == 0)
    for _ in range(3):
        app.processEvents()


def save(widget: QWidget, out: Path, name: str) -> Path:
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _unlocked(app: QApplication, ctrl: AppController) -> Workspace:
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.unlock.passphrase.edit.setText(PASSPHRASE)
    screen.unlock.unlock.click()
    wait_until(app, lambda: ctrl.workspace is not None)
    settle(app, ctrl)
    assert ctrl.workspace is not None
    return ctrl.workspace


def capture(out: Path, lang: str, folder: Path) -> list[Path]:
    """Every screen of the app in lang, as PNG files in out."""
    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    first = make_ctx(folder / f"new-{lang}", FakeClock(), lang)
    ctrl = AppController(first, app, lang)
    ctrl.window.resize(SIZE)
    ctrl.window.show()
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.create_page.name.setText("Ana Prueba")
    screen.create_page.first.edit.setText("corta")
    screen.create_page.create_button.click()
    written.append(save(ctrl.window, out, f"create-{lang}"))
    screen.create_page.first.edit.setText(PASSPHRASE)
    screen.create_page.second.edit.setText(PASSPHRASE)
    screen.create_page.create_button.click()
    wait_until(app, lambda: screen.stack.currentWidget() is screen.words)
    written.append(save(ctrl.window, out, f"recovery-words-{lang}"))
    ctrl.shutdown()
    ctrl.window.close()

    ctx = make_ctx(folder / f"demo-{lang}", FakeClock(), lang)
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "coordinator", "Equipo ficticio") as s:
        fill_demo(s)
        teammate_note = _teammate(s, folder / f"teammate-{lang}")
    ctrl = AppController(ctx, app, lang)
    ctrl.window.resize(SIZE)
    ctrl.window.show()
    screen = ctrl.unlock_screen
    assert screen is not None
    screen.unlock.passphrase.edit.setText("no es la frase")
    screen.unlock.unlock.click()
    wait_until(app, lambda: bool(screen.unlock.error.text()))
    written.append(save(ctrl.window, out, f"unlock-wrong-{lang}"))
    screen.unlock.passphrase.edit.clear()
    ws = _unlocked(app, ctrl)
    written.append(save(ctrl.window, out, f"home-{lang}"))
    for kind in KIND_CODES:
        pane = ws.records_pane(kind)
        ws.show_pane(kind)
        settle(app, ctrl)
        pane.table.selectRow(0)
        settle(app, ctrl)
        written.append(save(ctrl.window, out, f"list-{kind}-{lang}"))
        host = pane.new_record({})
        settle(app, ctrl)
        if kind == "risk-assessment":
            _fill_risk(host, pane)
        if kind == "impact-observation":
            host.form.fields["categories"].set_value(["fear", "mourning"])
        settle(app, ctrl)
        written.append(save(ctrl.window, out, f"form-{kind}-{lang}"))
        if kind == "crisis-note":
            host.save()
            settle(app, ctrl)
            written.append(save(ctrl.window, out, f"form-errors-{kind}-{lang}"))
        host.discard_now()
    detail = ws.records_pane("crisis-note").detail
    ws.open_record("crisis-note", teammate_note)
    detail.tabs.setCurrentIndex(2)
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"history-{lang}"))
    group = ws.env.backend.call(
        lambda s: next(
            v.rid
            for v in s.list_records("subject")
            if str(v.state.fields["alias"]).startswith("Colectivo Ficticio Ceiba")
        )
    )
    ws.open_record("subject", group)
    subjects = ws.records_pane("subject").detail
    subjects.tabs.setCurrentWidget(subjects.about)
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"case-file-{lang}"))
    ws.show_pane("search")
    search = ws.panes["search"]
    search.box.setText("ficticio")  # type: ignore[attr-defined]
    search.run_search()  # type: ignore[attr-defined]
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"search-{lang}"))
    ws.show_pane("settings")
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"settings-{lang}"))
    ws.env.backend.call(_definitions)
    ws.show_pane("forms")
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"forms-{lang}"))
    ctrl.lock()
    settle(app, ctrl)
    written.append(save(ctrl.window, out, f"unlock-{lang}"))
    ctrl.shutdown()
    ctrl.window.close()
    return written


def _definitions(s: Session) -> None:
    """A custom choice field and a perpetrator code, for the Formularios screen."""
    from aluna_field.services import forms

    line = {"es": "Línea de financiamiento", "en": "Funding line"}
    choices = [
        {"code": "line_a", "labels": {"es": "Línea A", "en": "Line A"}},
        {"code": "line_b", "labels": {"es": "Línea B", "en": "Line B"}},
    ]
    forms.add_field(
        s,
        "crisis-note",
        {"code": "funder_line", "type": "choice", "labels": line, "choices": choices},
    )
    group = {"es": "Grupo de autodefensa", "en": "Self-defence group"}
    forms.add_code(s, "perpetrator", {"code": "self_defence_group", "labels": group})


def _teammate(s: Session, folder: Path) -> str:
    """A fictional accompanier on the team, whose crisis note reached the coordinator and
    was edited on both laptops apart: the history names both people and the home page has
    a conflict to review. Returns the note's id. The accompanier's laptop wrote it three
    hours earlier (its own clock); the coordinator's clock stays where the screens are."""
    clock = FakeClock(s.ctx.now_ms() - 3 * HOUR)
    ctx = make_ctx(folder / "vault", clock, s.ctx.lang)
    with create_vault(ctx, PASSPHRASE, "Beto Ejemplo", "accompanier") as beto:
        team.join(beto, team.my_card(s))
        team.add(s, team.my_card(beto), "accompanier")
        subject = {"type": "community", "alias": "Asamblea Ficticia Nogal 25", "region": "Chiapas"}
        sid = beto.add("subject", subject)[0]
        rid = beto.add(
            "crisis-note",
            {
                "subject_ids": [sid],
                "occurred_at": "2026-08-25T09:00:00",
                "event": "threat",
                "narrative": f"{MARKER} Relato inventado que llegó de otra laptop del equipo.",
                "urgency": "high",
                "agreements": "Volver a hablar el lunes.",
            },
        )[0]
        _carry(beto, s, folder / "usb-1")
        s.edit(rid, {"agreements": "Volver a hablar el lunes y revisar el plan de seguridad."})
        clock.advance(HOUR)
        beto.edit(rid, {"agreements": "Volver a hablar el martes, con la red de apoyo."})
        _carry(beto, s, folder / "usb-2")
    return rid


def _carry(sender: Session, receiver: Session, folder: Path) -> None:
    exchange.export(sender, folder)
    intake.import_paths(receiver, [folder])


def _fill_risk(host: object, pane: object) -> None:
    form = host.form  # type: ignore[attr-defined]
    subjects = form.ctx.subjects
    form.subject.add(
        next(rid for rid, _ in subjects if any(p.subject_id == rid for p in form.ctx.assessments))
    )
    form.lists["threats"].set_value(
        [
            {
                "description": "Llamadas anónimas",
                "kind": "declared",
                "score": 4,
                "credibility": 3,
                "perpetrators": ["unknown"],
                "when": "marzo",
                "source": "Llamada a la oficina",
                "pattern": True,
            },
            {"description": "Vigilancia en la casa"},
        ]
    )
    form.lists["vulnerabilities"].set_value(
        [{"description": "Rutas fijas", "score": 3, "threats": ["t1"]}]
    )
    form.lists["capacities"].set_value([{"description": "Red activa", "score": 2}])
    form.measures.set_value(
        [
            {
                "what": "Cambiar rutas",
                "type": "reduce_vulnerability",
                "factor": "v1",
                "state": "in_progress",
            }
        ]
    )


def main() -> None:
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("es", "en"):
            for path in capture(out, lang, Path(folder)):
                print(path.relative_to(out.parents[1]))


if __name__ == "__main__":
    main()

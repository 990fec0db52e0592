"""Each screen, walked widget by widget, shows no string of the other language (and no
label there takes rich text). The catalogues' own gates (complete, same placeholders,
nothing unmarked) are in tests/test_catalogue.py; Qt's dialogs in test_qt_spanish.py."""

from __future__ import annotations

import importlib
import re
import runpy
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from ui_helpers import open_controller, unlock_through_ui, wait_idle

import aluna_field.ui as ui_package
from aluna_field.domain import field_labels
from aluna_field.domain.kinds import KIND_CODES, RecordKind, extract_text
from aluna_field.domain.taxonomy import all_taxonomies
from aluna_field.services.demo import fill_demo
from aluna_field.services.vaults import create_vault
from aluna_field.ui.shell.controller import AppController
from support import PASSPHRASE, FakeClock, make_ctx

UI = Path(ui_package.__file__).parent
ROOT = Path(__file__).resolve().parents[2]
_H = Qt.Orientation.Horizontal
_PLAIN = Qt.TextFormat.PlainText
CATALOGS = sorted(UI.rglob("texts.py"))


def _module(path: Path) -> object:
    relative = path.relative_to(UI.parent.parent).with_suffix("")
    return importlib.import_module(".".join(relative.parts))


def _pattern(text: str) -> re.Pattern[str]:
    # A placeholder stands for a few words (a count, a name, a label), not a sentence:
    # otherwise "{shown} de {total}" would match any Spanish sentence with "de" in it.
    parts = re.split(r"\{[^}]*\}", text)
    return re.compile(r"\S+(?: \S+){0,3}".join(re.escape(p) for p in parts))


def _catalogue_pairs() -> list[tuple[str, str]]:
    """(es, en) of every message of the gettext catalogues, plural forms included."""
    tool = runpy.run_path(str(ROOT / "tools" / "l10n_catalogue.py"))
    english = {(m.context, m.id): m.string for m in tool["read_po"](tool["po_path"]("en"), "en")}
    pairs: list[tuple[str, str]] = []
    for m in tool["read_po"](tool["po_path"]("es"), "es"):
        en = english.get((m.context, m.id))
        if not m.id or not en:
            continue
        if isinstance(m.id, tuple):
            pairs.extend(zip(m.string, en, strict=False))
        else:
            pairs.append((m.string, en))
    return pairs


def _only_in(lang: str) -> list[re.Pattern[str]]:
    """Patterns of strings that exist in lang and differ in the other language."""
    pick = 1 if lang == "en" else 0
    pairs = _catalogue_pairs()
    # The dict catalogues, while any is left (tools/i18n_codemod.py removes them).
    for path in CATALOGS:
        pairs.extend(getattr(_module(path), "TEXTS", {}).values())
    for enum in [*all_taxonomies().values(), RecordKind]:
        pairs.extend((m.label("es"), m.label("en")) for m in enum)
    pairs.extend((RecordKind(k).plural("es"), RecordKind(k).plural("en")) for k in KIND_CODES)
    for table in [field_labels.COMMON, *field_labels.BY_KIND.values()]:
        pairs.extend(v for v in table.values() if isinstance(v, tuple))
    other = {pair[1 - pick] for pair in pairs}
    return [_pattern(pair[pick]) for pair in pairs if pair[pick] not in other]


def visible_texts(root: QWidget) -> Iterator[str]:
    """Every string a person (or a screen reader) meets in root and its children."""
    for widget in [root, *root.findChildren(QWidget)]:
        yield widget.accessibleName()
        yield widget.toolTip()
        if isinstance(widget, QLabel):
            yield widget.text()
        elif isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QAbstractSpinBox):
            yield widget.specialValueText()
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex())
            yield from (str(model.headerData(c, _H) or "") for c in range(columns))


def _screens(ctrl: AppController, qtbot: QtBot) -> Iterator[tuple[str, QWidget]]:
    screen = ctrl.unlock_screen
    assert screen is not None
    for page in (screen.unlock, screen.recovery, screen.new_passphrase, screen.create_page):
        screen.stack.setCurrentWidget(page)
        yield f"unlock/{type(page).__name__}", ctrl.window
    ws = unlock_through_ui(qtbot, ctrl)
    for key in ws.panes:
        ws.show_pane(key)
        wait_idle(qtbot, ctrl)
        yield key, ctrl.window
        if key in KIND_CODES:
            pane = ws.records_pane(key)
            pane.table.selectRow(0)
            yield f"{key}/detail", ctrl.window
            pane.new_record({})
            yield f"{key}/form", ctrl.window
            assert pane.host is not None
            pane.host.discard()


@pytest.mark.parametrize("lang", ["es", "en"])
def test_every_screen_speaks_one_language(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, lang: str
) -> None:
    ctx = make_ctx(tmp_path / "vault", FakeClock(), lang)
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "coordinator", "Equipo ficticio") as s:
        fill_demo(s)
        s.set_setting("ui.lang", lang)
        # Record content is in whatever language people wrote it: not the UI's to judge.
        content = {
            line
            for view in s.list_records()
            for line in extract_text(view.kind, view.state.fields).splitlines()
        }
    ctrl = open_controller(ctx, qapp, qtbot, lang)
    foreign = _only_in("en" if lang == "es" else "es")
    problems = set()
    seen = 0
    for name, root in _screens(ctrl, qtbot):
        # Labels show record content: never interpreted as rich text.
        rich = [w.text() for w in root.findChildren(QLabel) if w.textFormat() != _PLAIN]
        problems.update(f"{name}: rich-text label {text!r}" for text in rich)
        for text in visible_texts(root):
            if not text or any(c in text for c in content):
                continue
            seen += 1
            for pattern in foreign:
                if pattern.fullmatch(text):
                    problems.add(f"{name}: {text!r}")
    ctrl.shutdown()
    assert seen > 500
    assert not problems, "\n".join(sorted(problems))

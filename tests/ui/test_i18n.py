"""Every visible string in Spanish and English: the catalogs are complete, widgets take no
literal text, and each screen, walked widget by widget, shows no string of the other
language (and no label there takes rich text). Qt's own dialogs are translated too."""

from __future__ import annotations

import ast
import importlib
import re
import string
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
    QMessageBox,
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
from aluna_field.ui.i18n import install_qt_translations
from aluna_field.ui.shell.controller import AppController
from support import PASSPHRASE, FakeClock, make_ctx

UI = Path(ui_package.__file__).parent
_H = Qt.Orientation.Horizontal
_PLAIN = Qt.TextFormat.PlainText
CATALOGS = sorted(UI.rglob("texts.py"))
# Calls that put text on screen; their text must come from a catalog, never a literal.
_LITERAL = re.compile(
    r"\b(setText|setWindowTitle|setPlaceholderText|setToolTip|setAccessibleName"
    r"|setAccessibleDescription|setTitle|setStatusTip|setWhatsThis|setPrefix|setSuffix"
    r"|addTab|addItem|QLabel|QPushButton|QCheckBox|QRadioButton|QGroupBox|QToolButton"
    r"|QAction|plain_label|heading)\(\s*(?:[\w.]+\s*,\s*)?f?([\"'])([^\"']*[^\W\d_][^\"']*)\2"
)


def _module(path: Path) -> object:
    relative = path.relative_to(UI.parent.parent).with_suffix("")
    return importlib.import_module(".".join(relative.parts))


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.relative_to(UI)))
def test_catalog_complete(path: Path) -> None:
    module = _module(path)
    texts = module.TEXTS  # type: ignore[attr-defined]
    same = getattr(module, "SAME_IN_BOTH", set())
    assert texts, "empty catalog"
    for key, pair in texts.items():
        assert isinstance(pair, tuple) and len(pair) == 2, key
        es, en = pair
        assert es.strip() and en.strip(), f"{key}: a translation is missing"
        assert _fields(es) == _fields(en), f"{key}: placeholders differ"
        if key not in same:
            assert es != en, f"{key}: the Spanish text is the English one"


def test_no_literal_text_in_widgets() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "texts.py":
            continue
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source)
        docstrings = {
            node.body[0].value.lineno  # type: ignore[attr-defined]
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for number, line in enumerate(source.splitlines(), 1):
            if number in docstrings or line.lstrip().startswith("#"):
                continue
            match = _LITERAL.search(line)
            # In an f-string, only the text outside the {…} fields is literal.
            if match and re.search(r"[^\W\d_]", re.sub(r"\{[^}]*\}?", "", match.group(3))):
                found.append(f"{path.relative_to(UI)}:{number}: {match.group(0)}")
    assert not found, "literal text in widgets (use a texts.py catalog):\n" + "\n".join(found)


def _pattern(text: str) -> re.Pattern[str]:
    # A placeholder stands for a few words (a count, a name, a label), not a sentence:
    # otherwise "{shown} de {total}" would match any Spanish sentence with "de" in it.
    parts = re.split(r"\{[^}]*\}", text)
    return re.compile(r"\S+(?: \S+){0,3}".join(re.escape(p) for p in parts))


def _only_in(lang: str) -> list[re.Pattern[str]]:
    """Patterns of strings that exist in lang and differ in the other language."""
    pick = 1 if lang == "en" else 0
    pairs: list[tuple[str, str]] = []
    for path in CATALOGS:
        pairs.extend(_module(path).TEXTS.values())  # type: ignore[attr-defined]
    for enum in [*all_taxonomies().values(), RecordKind]:
        pairs.extend((m.label("es"), m.label("en")) for m in enum)
    pairs.extend((RecordKind(k).plural("es"), RecordKind(k).plural("en")) for k in KIND_CODES)
    for table in [field_labels.COMMON, *field_labels.BY_KIND.values()]:
        pairs.extend(table.values())
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


def test_qt_dialogs_are_translated(qapp: QApplication, qtbot: QtBot) -> None:
    translators = install_qt_translations(qapp, "es")
    try:
        box = QMessageBox(QMessageBox.Icon.Question, "", "")
        qtbot.addWidget(box)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        texts = {b.text().replace("&", "") for b in box.buttons()}
        assert texts == {"Sí", "No"}
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)  # type: ignore[arg-type]
        install_qt_translations(qapp, "en")

"""Qt's own dialogs and menus speak es-MX: every stock piece the app shows (the Yes/No
question, the pickers' buttons and file tree, the context menu of text fields, an
input dialog, and Qt's file dialog should one ever appear) has no English word and
none of Spain's ("fichero", "ordenador", "vale", "introduzca")."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDir, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QFileSystemModel,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from aluna_field.ui.i18n import install_qt_translations

ENGLISH = re.compile(
    r"\b(undo|redo|cut|copy|paste|delete|select|all|yes|ok|cancel|open|save|close|apply"
    r"|help|name|size|type|kind|date|modified|look|file|files|folder|directory|computer"
    r"|details|show|hide|enter|value|link|location|discard|retry|ignore|abort|reset)\b",
    re.IGNORECASE,
)
SPAIN = re.compile(r"fichero|ordenador|\bvale\b|introduzca|directorio", re.IGNORECASE)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    translators = install_qt_translations(qapp, "es")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    install_qt_translations(qapp, "en")


def _clean(text: str) -> str:
    # Accelerators and the shortcut Qt appends after a tab are not words.
    return text.split("\t", 1)[0].replace("&", "")


def _problems(texts: list[str]) -> list[str]:
    texts = [_clean(t) for t in texts if t]
    assert texts, "nothing was read"
    return [t for t in texts if ENGLISH.search(t) or SPAIN.search(t)]


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def _widget_texts(root: QWidget) -> list[str]:
    out = []
    for w in root.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisibleTo(root):
            out.append(w.text())
    return out


@pytest.mark.usefixtures("spanish")
@pytest.mark.parametrize("kind", [QLineEdit, QTextEdit, QPlainTextEdit])
def test_text_field_context_menus(qtbot: QtBot, kind: type[QWidget]) -> None:
    field = kind()
    qtbot.addWidget(field)
    if isinstance(field, QLineEdit):
        field.setText("texto ficticio")
    else:
        field.setPlainText("texto ficticio")  # type: ignore[attr-defined]
    field.selectAll()  # type: ignore[attr-defined]
    menu = field.createStandardContextMenu()  # type: ignore[attr-defined]
    texts = _menu_texts(menu)
    assert _problems(texts) == []
    words = {_clean(t) for t in texts}
    assert {"Deshacer", "Rehacer", "Cortar", "Copiar", "Pegar", "Eliminar"} <= words
    assert "Seleccionar todo" in words
    menu.deleteLater()


@pytest.mark.usefixtures("spanish")
def test_the_delete_question_and_the_pickers_buttons(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "", "")
    qtbot.addWidget(box)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert {_clean(b.text()) for b in box.buttons()} == {"Sí", "No"}
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Open
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Close
    )
    qtbot.addWidget(buttons)
    texts = [b.text() for b in buttons.buttons()]
    assert _problems(texts) == []
    assert {_clean(t) for t in texts} == {"Abrir", "Guardar", "Cancelar", "Aceptar", "Cerrar"}


@pytest.mark.usefixtures("spanish")
def test_an_input_dialog(qtbot: QtBot) -> None:
    dialog = QInputDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    texts = _widget_texts(dialog)
    assert _problems(texts) == []
    assert "Escribe un valor:" in texts


@pytest.mark.usefixtures("spanish")
def test_the_pickers_file_tree_headers(qtbot: QtBot) -> None:
    model = QFileSystemModel()
    model.setFilter(QDir.Filter.AllDirs | QDir.Filter.Files | QDir.Filter.NoDotAndDotDot)
    headers = [
        str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
    ]
    assert _problems(headers) == []
    assert headers[0] == "Nombre"


@pytest.mark.usefixtures("spanish")
def test_qt_file_dialog_should_one_appear(qtbot: QtBot) -> None:
    dialog = QFileDialog()
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    buttons = [
        b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog) and b.text()
    ]
    assert _problems(labels + buttons) == []
    cleaned = {_clean(t) for t in labels}
    assert {"Buscar en:", "Nombre de archivo:", "Tipo de archivo:"} <= cleaned

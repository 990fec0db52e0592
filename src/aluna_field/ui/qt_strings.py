"""Qt's own strings in es-MX, for the Qt contexts `qtbase_es` lacks or words for Spain.

Qt's Spanish catalogue is incomplete for some contexts (QFileSystemModel's "Computer",
QDialogButtonBox's "Cancel") and is written for Spain ("fichero", "Introduzca",
"Borrar"); the app answers these from its own gettext catalogue, msgctxt = Qt's
context, through `AppQtTranslator`, installed after qtbase_es so that it wins.
Every source string here is Qt's own, byte for byte (accelerators included): a
different spelling would simply never be asked for, and Qt's spelling changes between
versions ("Look in:" became "&Look in:"), so both are kept; tests/ui/test_qt_spanish.py
shows the dialogs and fails on any English word left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

from ..l10n import NP_, qt_translate

# The context menu of QLineEdit and of QTextEdit / QPlainTextEdit (QWidgetTextControl).
_EDIT_MENU = ("&Undo", "&Redo", "Cu&t", "&Copy", "&Paste", "Delete", "Select All")
QT_STRINGS: tuple[str, ...] = (
    NP_("QLineEdit", "&Undo"),
    NP_("QLineEdit", "&Redo"),
    NP_("QLineEdit", "Cu&t"),
    NP_("QLineEdit", "&Copy"),
    NP_("QLineEdit", "&Paste"),
    NP_("QLineEdit", "Delete"),
    NP_("QLineEdit", "Select All"),
    NP_("QWidgetTextControl", "&Undo"),
    NP_("QWidgetTextControl", "&Redo"),
    NP_("QWidgetTextControl", "Cu&t"),
    NP_("QWidgetTextControl", "&Copy"),
    NP_("QWidgetTextControl", "Copy &Link Location"),
    NP_("QWidgetTextControl", "&Paste"),
    NP_("QWidgetTextControl", "Delete"),
    NP_("QWidgetTextControl", "Select All"),
    # Standard buttons (QMessageBox, QDialogButtonBox, QInputDialog) come from the theme.
    NP_("QPlatformTheme", "OK"),
    NP_("QPlatformTheme", "Save"),
    NP_("QPlatformTheme", "Save All"),
    NP_("QPlatformTheme", "Open"),
    NP_("QPlatformTheme", "&Yes"),
    NP_("QPlatformTheme", "Yes to &All"),
    NP_("QPlatformTheme", "&No"),
    NP_("QPlatformTheme", "N&o to All"),
    NP_("QPlatformTheme", "Abort"),
    NP_("QPlatformTheme", "Retry"),
    NP_("QPlatformTheme", "Ignore"),
    NP_("QPlatformTheme", "Close"),
    NP_("QPlatformTheme", "Cancel"),
    NP_("QPlatformTheme", "Discard"),
    NP_("QPlatformTheme", "Help"),
    NP_("QPlatformTheme", "Apply"),
    NP_("QPlatformTheme", "Reset"),
    NP_("QPlatformTheme", "Restore Defaults"),
    NP_("QMessageBox", "Show Details..."),
    NP_("QMessageBox", "Hide Details..."),
    NP_("QInputDialog", "Enter a value:"),
    # The file tree of ui/common/pickers.py, and QFileDialog should one ever be shown.
    NP_("QFileSystemModel", "Name"),
    NP_("QFileSystemModel", "Size"),
    NP_("QFileSystemModel", "Type"),
    NP_("QFileSystemModel", "Kind"),
    NP_("QFileSystemModel", "Date Modified"),
    NP_("QFileSystemModel", "My Computer"),
    NP_("QFileSystemModel", "Computer"),
    NP_("QFileDialog", "&Look in:"),
    NP_("QFileDialog", "Look in:"),
    NP_("QFileDialog", "File &name:"),
    NP_("QFileDialog", "Files of &type:"),
    NP_("QFileDialog", "Files of type:"),
    NP_("QFileDialog", "All Files (*)"),
    NP_("QFileDialog", "Directory:"),
    NP_("QFileDialog", "Directories"),
    NP_("QFileDialog", "Parent Directory"),
    NP_("QFileDialog", "Find Directory"),
    NP_("QFileDialog", "Create New Folder"),
    NP_("QFileDialog", "&New Folder"),
    NP_("QFileDialog", "Show &hidden files"),
    NP_("QFileDialog", "&Delete"),
    NP_("QFileDialog", "&Rename"),
    NP_("QFileDialog", "&Open"),
    NP_("QFileDialog", "&Save"),
    NP_("QFileDialog", "&Choose"),
    NP_("QFileDialog", "Open"),
    NP_("QFileDialog", "Save As"),
    NP_("QFileDialog", "Cancel"),
    NP_("QFileDialog", "My Computer"),
    NP_("QFileDialog", "Recent Places"),
)


class AppQtTranslator(QTranslator):
    """Answers Qt's requests from the app's catalogue; None (a null QString, unlike ""
    which Qt takes as a translation to nothing) lets the next
    translator (qtbase_es) or Qt's English speak."""

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang

    def isEmpty(self) -> bool:
        return False

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = qt_translate(self.lang, context, source_text)
        return found  # type: ignore[return-value]  # None → a null QString: "no answer"

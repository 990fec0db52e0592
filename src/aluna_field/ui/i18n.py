"""Qt's side of the app's language.

The window's own strings are English msgids marked in the code and translated through
the gettext catalogue (`aluna_field.l10n`, docs/translating.md). Qt's own dialogs are
translated by loading Qt's catalogs plus the app's es-MX strings for them
(`install_qt_translations`, `ui/qt_strings.py`).
"""

from __future__ import annotations


def install_qt_translations(app: object, lang: str) -> list[object]:
    """Load Qt's own translations (buttons of standard dialogs…) for lang, then the
    app's es-MX answers for what Qt's catalogue lacks or words for Spain
    (`ui/qt_strings.py`; installed last, so it is asked first); returns the
    translators, which the caller must keep alive while they are installed."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from .qt_strings import AppQtTranslator

    installed: list[object] = []
    if lang != "es":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return installed
    QLocale.setDefault(QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico))
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase_es", "qt_es"):
        tr = QTranslator()
        if tr.load(name, folder):
            app.installTranslator(tr)  # type: ignore[attr-defined]
            installed.append(tr)
    own = AppQtTranslator(lang)
    app.installTranslator(own)  # type: ignore[attr-defined]
    installed.append(own)
    return installed

"""What every platform's PyInstaller spec shares: data files, hidden imports, exclusions.

Imported by the .spec files (they run with this folder on sys.path).
"""

from __future__ import annotations

from pathlib import Path

from PyInstaller.utils.hooks import collect_data_files

ROOT = Path(__file__).resolve().parents[1]
ENTRY = str(ROOT / "packaging" / "entry.py")

# Qt modules the app never uses; leaving them out keeps the folder small enough for a stick.
EXCLUDES = [
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebChannel",
    "PySide6.QtWebSockets",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQml",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DAnimation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtBluetooth",
    "PySide6.QtNfc",
    "PySide6.QtPositioning",
    "PySide6.QtLocation",
    "PySide6.QtSensors",
    "PySide6.QtSerialPort",
    "PySide6.QtSerialBus",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech",
    "PySide6.QtHttpServer",
    "tkinter",
    "hypothesis",
    "pytest",
    "wsgidav",
    "cheroot",
    "mypy",
    "ruff",
]

DATAS = [
    *collect_data_files("mnemonic"),
    (str(ROOT / "assets" / "icons"), "aluna_field_assets/icons"),
    (str(ROOT / "LICENSE"), "."),
    # The compiled gettext catalogues (`make package` builds them first), where
    # aluna_field.l10n looks for them: beside the package.
    *(
        (str(mo), str(mo.parent.relative_to(ROOT / "src")))
        for mo in sorted((ROOT / "src" / "aluna_field" / "locale").glob("*/LC_MESSAGES/*.mo"))
    ),
]

HIDDEN = ["aluna_field.ui.app", "sqlcipher3.dbapi2"]

"""The desktop app (PySide6). Nothing outside this package imports Qt."""

from .qt_compat import pin_singletons

# Before any Qt call: see qt_compat for the PySide6 6.12 fault this guards against.
pin_singletons()

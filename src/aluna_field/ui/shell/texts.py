"""Strings of the main window frame."""

TEXTS = {
    "sections": ("Secciones", "Sections"),
    "home": ("Inicio", "Home"),
    "search": ("Buscar en todo", "Search everything"),
    "settings": ("Ajustes", "Settings"),
    "lock": ("Bloquear", "Lock"),
    "lock_tip": ("Bloquear ahora ({keys})", "Lock now ({keys})"),
    "search_all": ("Buscar en todo… (Ctrl+F)", "Search everything… (Ctrl+F)"),
}

"""Strings of the in-app notifications and the confirmation dialogs."""

TEXTS = {
    "area": ("Avisos", "Notices"),
    "dismiss": ("Cerrar aviso", "Dismiss notice"),
    "dismiss_short": ("×", "×"),
    "understood": ("Entiendo que no se puede deshacer", "I understand this cannot be undone"),
}

# Identical in both languages on purpose (a symbol).
SAME_IN_BOTH = {"dismiss_short"}

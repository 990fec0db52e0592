"""Strings of value formatting: references that cannot be resolved, yes and no."""

TEXTS = {
    "unknown_subject": ("(sujeto desconocido)", "(unknown subject)"),
    "unknown_record": ("(registro desconocido)", "(unknown record)"),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
}

SAME_IN_BOTH = {"no"}

"""Strings of value formatting: references that cannot be resolved, yes and no."""

TEXTS = {
    "unknown_subject": ("(sujeto desconocido)", "(unknown subject)"),
    "unknown_record": ("(registro desconocido)", "(unknown record)"),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
    # A custom value whose definition has not reached this device yet (issue 16).
    "custom_undefined": ("campo no definido aún", "field not defined yet"),
    "custom_retired": ("retirado", "retired"),
}

SAME_IN_BOTH = {"no"}

"""Strings shared by several screens."""

TEXTS = {
    "app_name": ("Aluna Field", "Aluna Field"),
    "save": ("Guardar", "Save"),
    "cancel": ("Cancelar", "Cancel"),
    "close": ("Cerrar", "Close"),
    "add": ("Agregar", "Add"),
    "remove": ("Quitar", "Remove"),
    "edit": ("Editar", "Edit"),
    "delete": ("Borrar", "Delete"),
    "no_date": ("Sin fecha", "No date"),
    "all": ("Todos", "All"),
    "none_selected": ("Ninguno", "None"),
    "yes": ("Sí", "Yes"),
    "no": ("No", "No"),
    "you": ("Tú ({name})", "You ({name})"),
    "device": ("Dispositivo {id}", "Device {id}"),
    "remove_item": ("Quitar «{name}»", "Remove “{name}”"),
    "required": ("(obligatorio)", "(required)"),
}

# Identical in both languages on purpose (a name, a word spelled alike).
SAME_IN_BOTH = {"app_name", "no"}

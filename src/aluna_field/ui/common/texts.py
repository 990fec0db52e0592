"""Strings shared by several screens."""

TEXTS = {
    "app_name": ("Aluna Field", "Aluna Field"),
    "save": ("Guardar", "Save"),
    "cancel": ("Cancelar", "Cancel"),
    "date_hint": ("aaaa-mm-dd o dd/mm/aaaa", "yyyy-mm-dd or mm/dd/yyyy"),
    "datetime_hint": (
        "aaaa-mm-dd hh:mm o dd/mm/aaaa hh:mm",
        "yyyy-mm-dd hh:mm or mm/dd/yyyy hh:mm",
    ),
    "date_typing": (
        "Escribe la fecha completa, por ejemplo 2026-12-01 o 1/12/2026 (día/mes/año).",
        "Type the whole date, for example 2026-12-01 or 12/1/2026 (month/day/year).",
    ),
    "calendar": ("Elegir en el calendario", "Pick from the calendar"),
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
    "pick_title": ("Elegir un archivo para adjuntar", "Choose a file to attach"),
    "pick_help": (
        "El archivo se copia cifrado dentro de la bóveda; el original queda donde está.",
        "The file is copied, encrypted, into the vault; the original stays where it is.",
    ),
    "save_help": (
        "Elige la carpeta y escribe el nombre del archivo. Esta ventana no recuerda las"
        " carpetas que visitas.",
        "Choose the folder and type the file's name. This window does not remember the"
        " folders you visit.",
    ),
    "save_folder": ("Carpeta", "Folder"),
    "folder_path": ("&Carpeta:", "&Folder:"),
    "folder_path_name": ("Carpeta elegida", "Chosen folder"),
    "folder_places_label": ("&Lugares", "&Places"),
    "folder_places": (
        "Memorias conectadas y carpetas recientes",
        "Drives plugged in and recent folders",
    ),
    "folder_inside": ("Carpetas dentro", "Folders inside"),
    "folder_inside_of": ("Carpetas dentro de «{name}»", "Folders inside “{name}”"),
    "folder_up": ("Carpeta de &arriba", "&Up one folder"),
    "folder_choose": ("&Elegir esta carpeta", "&Choose this folder"),
    "folder_keys": (
        "Puedes escribir la ruta. Enter elige la carpeta escrita; en la lista, flecha derecha"
        " entra en una carpeta e izquierda sube. Esta ventana no recuerda las carpetas"
        " después de bloquear.",
        "You can type the path. Enter chooses the folder written; in the list, Right goes"
        " into a folder and Left goes up. This window forgets the folders once you lock.",
    ),
    "folder_missing": (
        "Esa carpeta no existe o no se puede abrir: revisa la ruta.",
        "That folder does not exist or cannot be opened: check the path.",
    ),
    "place_drive": ("Memoria «{name}»", "Drive “{name}”"),
    "place_last": ("Última usada: {name}", "Last used: {name}"),
    "place_home": ("Carpeta personal", "Home folder"),
    "save_name": ("&Nombre del archivo:", "File &name:"),
    "save_incomplete": (
        "Elige una carpeta y escribe un nombre de archivo.",
        "Choose a folder and type a file name.",
    ),
}

# Identical in both languages on purpose (a name, a word spelled alike).
SAME_IN_BOTH = {"app_name", "no"}

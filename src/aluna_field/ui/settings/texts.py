"""Strings of the settings page."""

TEXTS = {
    "title": ("Ajustes", "Settings"),
    "language": ("Idioma de la aplicación", "Language of the app"),
    "autolock": ("Bloquear tras este tiempo sin uso", "Lock after this long without use"),
    "minutes": (" min", " min"),
    "device": ("Este dispositivo", "This device"),
    "device_name": ("Nombre", "Name"),
    "device_role": ("Rol", "Role"),
    "fingerprint": ("Huella (para comparar en persona)", "Fingerprint (to compare in person)"),
    "role_accompanier": ("Acompañante", "Accompanier"),
    "role_coordinator": ("Coordinación", "Coordinator"),
    "passphrase": ("Cambiar la frase de paso", "Change the passphrase"),
    "erase_box": ("Borrar la bóveda", "Erase the vault"),
    "erase_help": (
        "Si este dispositivo corre peligro, puedes borrar su bóveda: nada de lo que guarda"
        " se podrá volver a leer.",
        "If this device is at risk, you can erase its vault: nothing it holds can be read again.",
    ),
    "erase": ("Borrar la bóveda…", "Erase the vault…"),
    "erase_title": ("Borrar la bóveda", "Erase the vault"),
    "erase_question": (
        "¿Borrar la bóveda de {name} en este dispositivo?",
        "Erase {name}'s vault on this device?",
    ),
    "erase_what": (
        "Se destruye la llave de la bóveda y después sus archivos: lo que guardaste aquí deja"
        " de poder leerse, ni con la frase de paso ni con las palabras de recuperación.",
        "The vault's key is destroyed, then its files: what you kept here can no longer be"
        " read, neither with the passphrase nor with the recovery words.",
    ),
    "erase_kept": (
        "Lo que ya enviaste al equipo en paquetes se conserva en sus dispositivos.",
        "What you already sent to the team in bundles stays on their devices.",
    ),
    "erase_final": ("No se puede deshacer.", "It cannot be undone."),
    "erase_act": ("Borrar la bóveda", "Erase the vault"),
    "erase_failed": (
        "La bóveda no se pudo borrar: otro programa la tiene abierta. Ciérralo y vuelve a"
        " intentarlo.",
        "The vault could not be erased: another program has it open. Close it and try again.",
    ),
    "current_passphrase": ("Frase de paso actual", "Current passphrase"),
    "current_missing": (
        "Escribe primero la frase de paso actual.",
        "Type the current passphrase first.",
    ),
    "current_wrong": (
        "La frase de paso actual no es esa. No se cambió nada.",
        "That is not the current passphrase. Nothing was changed.",
    ),
    "new_passphrase": ("Nueva frase de paso", "New passphrase"),
    "repeat": ("Repite la nueva frase de paso", "Repeat the new passphrase"),
    "change": ("Cambiar la frase de paso", "Change the passphrase"),
    "changing": ("Cambiando la frase de paso…", "Changing the passphrase…"),
    "changed": (
        "Listo: la nueva frase de paso ya abre la bóveda.",
        "Done: the new passphrase now opens the vault.",
    ),
    "change_failed": (
        "No se pudo cambiar la frase de paso.",
        "The passphrase could not be changed.",
    ),
    "recovery": ("Palabras de recuperación", "Recovery words"),
    "recovery_help": (
        "Crea palabras nuevas si perdiste las anteriores; las anteriores dejan de servir.",
        "Make new words if you lost the old ones; the old ones stop working.",
    ),
    "new_words": ("Crear palabras nuevas", "Make new words"),
    "words_shown": (
        "Escríbelas en papel ahora; se borran de la pantalla al bloquear.",
        "Write them on paper now; they are wiped from the screen on lock.",
    ),
    "words_done": ("Ya las escribí", "I wrote them down"),
}

SAME_IN_BOTH = {"minutes"}

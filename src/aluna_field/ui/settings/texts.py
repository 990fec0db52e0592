"""Strings of the settings page."""

TEXTS = {
    "title": ("Ajustes", "Settings"),
    "language": ("Idioma de la aplicación", "Language of the app"),
    "autolock": ("Bloquear tras este tiempo sin uso", "Lock after this long without use"),
    "minutes": (" min", " min"),
    "device": ("Este dispositivo", "This device"),
    "organisation": ("Nombre de la organización", "Organisation's name"),
    "organisation_hint": (
        "Aparece en los reportes para fuera del equipo (datos anonimizados). Vacío: el nombre"
        " del equipo.",
        "Shown on reports for outside the team (anonymised data). Empty: the team's name.",
    ),
    "organisation_bad": (
        "Escribe el nombre en una sola línea.",
        "Write the name on one line.",
    ),
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
    "auto_wipe": (
        "Borrar la bóveda tras este número de frases de paso equivocadas seguidas:",
        "Erase the vault after this many wrong passphrases in a row:",
    ),
    "auto_wipe_count": ("Número de intentos fallidos", "Number of wrong passphrases"),
    "auto_wipe_suffix": (" intentos", " attempts"),
    "auto_wipe_help": (
        "Apagado si no lo eliges. Tras 5 intentos fallidos, cada intento espera más.",
        "Off unless you choose it. After 5 wrong passphrases, each attempt waits longer.",
    ),
    "auto_wipe_title": ("Borrar tras intentos fallidos", "Erase after wrong passphrases"),
    "auto_wipe_question": (
        "¿Borrar la bóveda tras {n} frases de paso equivocadas?",
        "Erase the vault after {n} wrong passphrases?",
    ),
    "auto_wipe_what": (
        "Si alguien escribe mal la frase de paso {n} veces seguidas, la bóveda de este"
        " dispositivo se borra sin preguntar: nada de lo que guarda se podrá leer.",
        "If someone types a wrong passphrase {n} times in a row, this device's vault is"
        " erased without asking: nothing it holds can be read again.",
    ),
    "auto_wipe_own": (
        "También cuentan tus propios errores, y las palabras de recuperación no la"
        " recuperan después.",
        "Your own mistakes count too, and the recovery words cannot bring it back afterwards.",
    ),
    "auto_wipe_act": ("Activar el borrado", "Turn on the erasing"),
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

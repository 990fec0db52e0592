"""Strings of the unlock and create-vault screens."""

TEXTS = {
    "title": ("Aluna Field", "Aluna Field"),
    "subtitle_unlock": ("La bóveda está cerrada.", "The vault is locked."),
    "subtitle_create": (
        "Primera vez en esta computadora: crea tu bóveda cifrada.",
        "First time on this computer: create your encrypted vault.",
    ),
    "language": ("Idioma", "Language"),
    "passphrase": ("Frase de paso", "Passphrase"),
    "passphrase_repeat": ("Repite la frase de paso", "Repeat the passphrase"),
    "new_passphrase": ("Nueva frase de paso", "New passphrase"),
    "current_passphrase": ("Frase de paso actual", "Current passphrase"),
    "show": ("Mostrar", "Show"),
    "hide": ("Ocultar", "Hide"),
    "show_passphrase": ("Mostrar la frase de paso", "Show the passphrase"),
    "caps_lock": (
        "Las mayúsculas parecen estar activadas (Bloq Mayús).",
        "Caps Lock seems to be on.",
    ),
    "unlock": ("Desbloquear", "Unlock"),
    "unlocking": ("Abriendo la bóveda…", "Opening the vault…"),
    "use_recovery": ("Usar palabras de recuperación", "Use recovery words"),
    "recovery_title": ("Abrir con las palabras de recuperación", "Open with the recovery words"),
    "recovery_help": (
        "Escribe las doce palabras que anotaste al crear la bóveda, separadas por espacios."
        " Después elegirás una nueva frase de paso.",
        "Type the twelve words you wrote down when the vault was made, separated by spaces."
        " You will then choose a new passphrase.",
    ),
    "recovery_words": ("Palabras de recuperación", "Recovery words"),
    "back": ("Volver", "Back"),
    "open": ("Abrir", "Open"),
    "set_new_title": ("Elige una nueva frase de paso", "Choose a new passphrase"),
    "set_new": ("Guardar la nueva frase y entrar", "Save the new passphrase and enter"),
    "saving_passphrase": ("Guardando la nueva frase de paso…", "Saving the new passphrase…"),
    "name": ("Tu nombre o seudónimo", "Your name or pseudonym"),
    "name_hint": (
        "Lo ve tu equipo cuando sincronizas. No hace falta que sea tu nombre real.",
        "Your team sees it when you sync. It need not be your real name.",
    ),
    "role": ("Rol", "Role"),
    "role_accompanier": ("Acompañante", "Accompanier"),
    "role_coordinator": ("Coordinación", "Coordinator"),
    "create": ("Crear la bóveda", "Create the vault"),
    "creating": ("Creando la bóveda…", "Creating the vault…"),
    "strength_0": (
        "Muy corta: usa al menos {n} caracteres.",
        "Too short: use at least {n} characters.",
    ),
    "strength_3": ("Buena.", "Good."),
    "strength_4": ("Fuerte.", "Strong."),
    # One per services.passphrases.WeakReason: why a passphrase is refused.
    "weak_common": (
        "Débil: es una de las frases más comunes. Usa cuatro o cinco palabras al azar.",
        "Weak: it is one of the most common passphrases. Use four or five random words.",
    ),
    "weak_pattern": (
        "Débil: sigue un patrón fácil de adivinar (repeticiones, secuencias, teclado o fechas).",
        "Weak: it follows a pattern that is easy to guess (repeats, sequences, keyboard or dates).",
    ),
    "weak_word": (
        "Débil: es una palabra o un nombre conocido y se adivina en poco tiempo.",
        "Weak: it is a known word or name and is guessed in little time.",
    ),
    "weak_personal": (
        "Débil: se basa en tu nombre, que es lo primero que se prueba.",
        "Weak: it is built on your name, the first thing a guesser tries.",
    ),
    "weak_guessable": (
        "Débil: se adivina en poco tiempo. Hazla más larga.",
        "Weak: it is guessed in little time. Make it longer.",
    ),
    "strength_tip": (
        "Consejo: cinco o más palabras al azar son fáciles de recordar y difíciles de adivinar.",
        "Tip: five or more random words are easy to remember and hard to guess.",
    ),
    "mismatch": ("Las dos frases de paso no coinciden.", "The two passphrases do not match."),
    "name_missing": ("Escribe un nombre o seudónimo.", "Type a name or pseudonym."),
    "words_title": ("Tus palabras de recuperación", "Your recovery words"),
    "words_help": (
        "Escríbelas en papel, en orden, y guárdalas lejos de la computadora. Abren la bóveda"
        " si olvidas la frase de paso. Solo se muestran esta vez.",
        "Write them on paper, in order, and keep them away from the computer. They open the"
        " vault if you forget the passphrase. They are shown only this once.",
    ),
    "words_confirm": ("Ya las escribí en papel", "I wrote them down"),
    "continue": ("Continuar", "Continue"),
    "wait_countdown": (
        "Demasiados intentos fallidos. Podrás volver a intentarlo en {seconds} s.",
        "Too many wrong passphrases. You can try again in {seconds} s.",
    ),
    "wait_over": (
        "Ya puedes volver a intentarlo.",
        "You can try again now.",
    ),
    "err_wiped": (
        "Se alcanzó el número de intentos fallidos elegido: la bóveda de este dispositivo"
        " se borró. Puedes crear una nueva.",
        "The chosen number of wrong passphrases was reached: this device's vault was"
        " erased. You can create a new one.",
    ),
    "err_wrong_passphrase": (
        "La frase de paso no es correcta. Inténtalo de nuevo.",
        "The passphrase is not correct. Try again.",
    ),
    "err_wrong_recovery": (
        "Esas palabras no abren esta bóveda. Revisa cada palabra y su orden.",
        "Those words do not open this vault. Check each word and their order.",
    ),
    "err_in_use": (
        "La bóveda ya está abierta en otra ventana de Aluna Field.",
        "The vault is already open in another Aluna Field window.",
    ),
    "err_damaged": (
        "La bóveda está dañada y no se puede leer. No se modificó nada.",
        "The vault is damaged and cannot be read. Nothing was changed.",
    ),
    "err_disk_full": (
        "El disco de la bóveda está lleno: libera espacio y vuelve a intentarlo."
        " No se modificó nada.",
        "The vault's disk is full: free some space and try again. Nothing was changed.",
    ),
    "err_other": (
        "No se pudo abrir la bóveda ({code}).",
        "The vault could not be opened ({code}).",
    ),
}

SAME_IN_BOTH = {"title"}

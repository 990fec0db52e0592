"""Strings of the conflicts inbox and the record's conflict banner."""

TEXTS = {
    "title": ("Conflictos", "Conflicts"),
    "count": (
        "Registros con versiones en conflicto: {n}.",
        "Records with conflicting versions: {n}.",
    ),
    "none": (
        "No hay conflictos. Cuando dos personas cambian lo mismo por separado, aparece aquí"
        " para que la coordinación decida; nada se pierde mientras tanto.",
        "No conflicts. When two people change the same thing apart, it shows here for the"
        " coordinator to decide; nothing is lost meanwhile.",
    ),
    "help": (
        "Cada versión viene de una persona que editó el registro sin ver la otra edición."
        " Elige cuál queda, o combínalas a mano. La decisión se envía al equipo con el"
        " próximo intercambio, como cualquier cambio.",
        "Each version comes from someone who edited the record without seeing the other"
        " edit. Choose which one stays, or merge them by hand. The decision reaches the"
        " team with the next exchange, like any change.",
    ),
    "read_only": (
        "La coordinación decide qué versión queda; su decisión llegará con el próximo"
        " intercambio. Mientras tanto se conservan todas.",
        "The coordinator decides which version stays; their decision arrives with the next"
        " exchange. Meanwhile every version is kept.",
    ),
    "list_name": ("Registros con conflictos", "Records with conflicts"),
    "col_record": ("Registro", "Record"),
    "col_what": ("En conflicto", "In conflict"),
    "col_when": ("Última edición", "Last edited"),
    "deleted_mark": ("borrado o editado", "deleted or edited"),
    "pick_one": (
        "Elige un registro de la lista para ver sus versiones.",
        "Pick a record from the list to see its versions.",
    ),
    "open_record": ("Abrir el registro", "Open the record"),
    "candidate_head": ("{who} · {device} · {when}", "{who} · {device} · {when}"),
    "device": ("dispositivo {id}", "device {id}"),
    "unknown_author": ("Dispositivo {id}", "Device {id}"),
    "you": ("Tú ({name})", "You ({name})"),
    "empty_value": ("(vacío)", "(empty)"),
    "redacted_value": ("(contenido suprimido)", "(content redacted)"),
    "hidden_value": ("(oculto)", "(hidden)"),
    "reveal": ("Mostrar {seconds} s", "Show for {seconds} s"),
    "keep_this": ("Quedarse con este", "Keep this"),
    "keep_this_name": (
        "Quedarse con la versión de {who} en {field}",
        "Keep {who}'s version of {field}",
    ),
    "keep_version": (
        "Esta versión para todo el registro",
        "This version for the whole record",
    ),
    "keep_version_name": (
        "Quedarse con la versión de {who} para todo el registro",
        "Keep {who}'s version for the whole record",
    ),
    "merge": ("Combinar a mano…", "Merge by hand…"),
    "merge_help": (
        "El editor trae los dos textos, uno tras otro ({order}). Déjalo diciendo lo que debe"
        " decir y guarda.",
        "The editor holds both texts, one after the other ({order}). Make it say what it"
        " should and save.",
    ),
    "merge_save": ("Guardar la combinación", "Save the merge"),
    "merge_cancel": ("Cancelar", "Cancel"),
    "merge_editor": ("Texto combinado de {field}", "Merged text of {field}"),
    "merge_empty": (
        "El texto combinado está vacío: escribe algo o elige una versión.",
        "The merged text is empty: write something or keep one version.",
    ),
    "diff_note": (
        "Subrayadas y resaltadas: las palabras que solo tiene esta versión.",
        "Underlined and highlighted: the words only this version has.",
    ),
    "delete_title": ("Borrado y edición a la vez", "Deleted and edited at once"),
    "delete_sentence": (
        "{deleters} borró este registro mientras {editors} lo editaba sin saberlo: ¿se"
        " conserva con esa edición o se borra?",
        "{deleters} deleted this record while {editors} was editing it without knowing:"
        " keep it with that edit, or delete it?",
    ),
    "keep_record": ("Conservar el registro", "Keep the record"),
    "delete_record": ("Borrarlo", "Delete it"),
    "someone": ("alguien", "someone"),
    "resolved": (
        "Conflicto resuelto. La decisión se enviará al equipo con el próximo intercambio.",
        "Conflict settled. The decision reaches the team with the next exchange.",
    ),
    "partly": (
        "Se aplicó esa versión; quedan campos que ella no decide: {fields}.",
        "That version was applied; some fields it does not decide remain: {fields}.",
    ),
    "refused": ("No se pudo aplicar: {reason}", "Could not apply: {reason}"),
    "gone": (
        "Este registro ya no tiene conflictos (otra decisión llegó antes).",
        "This record has no conflicts any more (another decision came first).",
    ),
    # the banner on a record's detail
    "banner": (
        "Este registro tiene versiones en conflicto: se conservan todas hasta que alguien decida.",
        "This record has conflicting versions: all are kept until someone decides.",
    ),
    "banner_go": ("Revisar en Conflictos", "Review in Conflicts"),
}

SAME_IN_BOTH = {"candidate_head"}

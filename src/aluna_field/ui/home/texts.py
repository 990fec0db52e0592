"""Strings of the home page."""

TEXTS = {
    "title": ("Inicio", "Home"),
    "new_crisis_note": ("Nueva nota de crisis", "New crisis note"),
    "drafts": ("Borradores sin terminar", "Unfinished drafts"),
    "drafts_help": (
        "Se guardaron cifrados mientras escribías. Ábrelos para terminarlos o descártalos.",
        "They were kept encrypted as you typed. Open them to finish them, or discard them.",
    ),
    "no_drafts": ("No hay borradores pendientes.", "No drafts waiting."),
    "open_draft": ("Continuar el borrador", "Continue the draft"),
    "discard_draft": ("Descartar el borrador…", "Discard the draft…"),
    "discard_draft_title": ("Descartar el borrador", "Discard the draft"),
    "discard_draft_question": ("¿Descartar este borrador?", "Discard this draft?"),
    "discard_draft_what": (
        "Se borra lo que escribiste en él. No se puede recuperar.",
        "What you wrote in it is erased. It cannot be recovered.",
    ),
    "discard_draft_keep": (
        "Si prefieres terminarlo después, elige Cancelar: el borrador se queda aquí.",
        "To finish it later, choose Cancel: the draft stays here.",
    ),
    "discard_draft_act": ("Descartar", "Discard"),
    "draft_kind": ("Tipo", "Kind"),
    "draft_state": ("Qué es", "What"),
    "draft_when": ("Última edición", "Last edited"),
    "draft_subject": ("Sujeto", "Subject"),
    "draft_start": ("Empieza con", "Begins with"),
    "draft_new": ("Registro nuevo", "New record"),
    "draft_edit": ("Cambios a un registro", "Changes to a record"),
    "due": ("Seguimientos vencidos y de esta semana", "Follow-ups overdue and due this week"),
    "no_due": ("Nada pendiente para esta semana.", "Nothing due this week."),
    "recent": ("Lo último que se tocó", "Touched last"),
    "open_record": ("Abrir", "Open"),
    "sync": ("Sincronización", "Sync"),
    "last_exchange": (
        "Último intercambio (memoria USB o relevo): {when}.",
        "Last exchange (USB drive or relay): {when}.",
    ),
    "never": ("todavía ninguno", "none yet"),
    "pending": (
        "Cambios por sincronizar (el equipo aún no confirma haberlos recibido): {n}.",
        "Changes waiting to sync (the team has not confirmed receiving them): {n}.",
    ),
    "only_revoked": (
        "No queda nadie activo con quién sincronizar: los demás dispositivos del equipo"
        " fueron revocados.",
        "No one active is left to sync with: the team's other devices were revoked.",
    ),
    "pending_unanswered": (
        "Todavía no llega respuesta de: {names}. Hasta entonces no se sabe qué recibieron.",
        "No answer yet from: {names}. Until then it is not known what they received.",
    ),
    "pending_none": (
        "Nada espera sincronizarse: el equipo confirmó todo lo que se guardó aquí.",
        "Nothing waits to sync: the team has confirmed everything saved here.",
    ),
    "no_team": (
        "Este dispositivo todavía no tiene con quién sincronizar: ve primero a Equipo.",
        "This device has no one to sync with yet: go to Team first.",
    ),
    "conflicts": (
        "Registros con conflictos por revisar: {n}.",
        "Records with conflicts to review: {n}.",
    ),
    "no_conflicts": ("No hay conflictos por revisar.", "No conflicts to review."),
    "review_conflicts": ("Revisar los conflictos", "Review the conflicts"),
    "shortcuts_title": ("Atajos de teclado", "Keyboard shortcuts"),
    "shortcuts": (
        "Ctrl+N nuevo registro (en una lista, de ese tipo; en las demás pantallas, una nota"
        " de crisis) · Ctrl+F buscar · Ctrl+S guardar · Ctrl+L bloquear",
        "Ctrl+N new record (in a list, of that kind; on the other screens, a crisis note)"
        " · Ctrl+F search · Ctrl+S save · Ctrl+L lock",
    ),
    "quick_hide": (
        "Ocultar al instante: {keys}. Bloquea la bóveda y minimiza la ventana a la vez;"
        " lo que estabas escribiendo queda como borrador cifrado.",
        "Hide at once: {keys}. Locks the vault and minimises the window in one go;"
        " what you were typing is kept as an encrypted draft.",
    ),
    "autolock": (
        "La aplicación se bloquea sola tras {minutes} min sin uso (se cambia en Ajustes).",
        "The app locks itself after {minutes} min without use (change it in Settings).",
    ),
}

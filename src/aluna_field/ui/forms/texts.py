"""Strings of the record forms (field labels themselves come from domain.field_label)."""

TEXTS = {
    "title_new": ("Nuevo registro: {kind}", "New record: {kind}"),
    "title_edit": ("Editar: {kind}", "Edit: {kind}"),
    "save": ("Guardar", "Save"),
    "discard": ("Descartar…", "Discard…"),
    "discard_title": ("Descartar lo escrito", "Discard what you wrote"),
    "discard_question": ("¿Descartar lo que escribiste?", "Discard what you wrote?"),
    "discard_what": (
        "Se borra lo que escribiste en este formulario y su borrador cifrado. No se puede"
        " recuperar.",
        "What you wrote in this form and its encrypted draft are erased. It cannot be recovered.",
    ),
    "discard_keep": (
        "Si prefieres terminarlo después, elige Cancelar: el borrador se queda en la bóveda"
        " y lo encuentras en Inicio.",
        "To finish it later, choose Cancel: the draft stays in the vault and you will find it"
        " on Home.",
    ),
    "discard_act": ("Descartar", "Discard"),
    "sure_title": ("¿Seguro?", "Are you sure?"),
    "sure_question": ("¿Seguro que la fecha es correcta?", "Are you sure the date is right?"),
    "sure_date": (
        "{label}: {day}. Es anterior a 1990 o está a más de un año de hoy.",
        "{label}: {day}. It is before 1990 or more than a year from today.",
    ),
    "sure_act": ("Guardar así", "Save as it is"),
    "draft_saved": (
        "Borrador guardado en la bóveda cifrada.",
        "Draft kept in the encrypted vault.",
    ),
    "not_saved": (
        "No se guardó: revisa los campos marcados.",
        "Not saved: check the fields marked.",
    ),
    "draft_disk_full": (
        "El borrador no se pudo guardar: el disco de la bóveda está lleno.",
        "The draft could not be kept: the vault's disk is full.",
    ),
    "not_saved_disk_full": (
        "No se guardó: el disco de la bóveda está lleno. Lo que escribiste sigue aquí;"
        " libera espacio y vuelve a guardar.",
        "Not saved: the vault's disk is full. What you typed is still here; free some space"
        " and save again.",
    ),
    "choose": ("Elige…", "Choose…"),
    "show": ("Mostrar", "Show"),
    "hide": ("Ocultar", "Hide"),
    "show_real_name": ("Mostrar el nombre real", "Show the real name"),
    "subject_type_ahead": (
        "Escribe parte del seudónimo y elige de la lista",
        "Type part of the alias and pick from the list",
    ),
    "no_members": (
        "Todavía no hay personas en el equipo: agrégalas en Equipo.",
        "There is no one on the team yet: add people in Team.",
    ),
    "unknown_member": ("Dispositivo {id}", "Device {id}"),
    "has_date": ("Con fecha", "Has a date"),
    "yes_box": ("Sí", "Yes"),
    # Every item list holds feminine nouns: amenazas, vulnerabilidades, capacidades, medidas.
    "list_empty": ("Todavía no hay ninguna.", "None yet."),
    "describe": ("Describe en pocas palabras", "Describe in a few words"),
    "score_prefix": ("Puntuación: ", "Score: "),
    "score_of": ("Puntuación de {noun} {n}", "Score of {noun} {n}"),
    "remove_numbered": ("Quitar {noun} {n}", "Remove {noun} {n}"),
    "item_error": ("{n}. {field}: {message}", "{n}. {field}: {message}"),
    "noun_threat": ("Amenaza", "Threat"),
    "add_threat": ("Agregar amenaza", "Add threat"),
    "noun_vulnerability": ("Vulnerabilidad", "Vulnerability"),
    "add_vulnerability": ("Agregar vulnerabilidad", "Add vulnerability"),
    "noun_capacity": ("Capacidad", "Capacity"),
    "add_capacity": ("Agregar capacidad", "Add capacity"),
    "noun_measure": ("Medida", "Measure"),
    "add_measure": ("Agregar medida de protección", "Add protection measure"),
    "measure_what": ("Qué se hará", "What will be done"),
    "measure_who": ("Quién", "Who"),
    "measure_by": ("Fecha límite", "By when"),
    "not_scored": ("Sin puntuar", "Not scored"),
    "anchor_none": ("Sin puntuar todavía", "Not scored yet"),
    "threat_who_free": (
        "Quién, en tus palabras (además de los tipos)",
        "Who, in your words (besides the types)",
    ),
    "threat_when": ("Fecha o periodo", "Date or period"),
    "threat_source": ("Cómo te enteraste", "How you learned of it"),
    "threat_level": ("Nivel de esta amenaza: {text}", "This threat's level: {text}"),
    "links_hint": (
        "Marca con Espacio las amenazas a las que afecta; sin marcar, afecta a todas.",
        "Check with Space the threats it bears on; none checked, it bears on all.",
    ),
    "links_caption": ("{label} (ninguna marcada: todas)", "{label} (none checked: all)"),
    "links_of": ("Amenazas de {noun} {n}", "Threats of {noun} {n}"),
    "guide_title": ("Cómo analizar una amenaza (guía)", "How to analyse a threat (guide)"),
    "guide_steps": (
        "1. Reúne los hechos: qué pasó, cuándo, cómo llegó.\n"
        "2. Mira si repite un patrón: ¿ha pasado antes, a ti o a otras personas?\n"
        "3. Piensa qué busca: ¿qué quiere lograr quien amenaza?\n"
        "4. Identifica a quien amenaza, hasta donde se pueda.\n"
        "5. Concluye si puede cumplirse: ¿tiene con qué y cómo hacerlo?",
        "1. Gather the facts: what happened, when, how it came.\n"
        "2. See whether it repeats a pattern: has it happened before, to you or to others?\n"
        "3. Think about its aim: what does whoever threatens want?\n"
        "4. Identify who is threatening, as far as you can.\n"
        "5. Conclude whether it can be carried out: do they have the means and the way?",
    ),
    "risk_badge": ("Riesgo {level}", "{level} risk"),
    "trend_title": ("Análisis anteriores de este sujeto", "Earlier assessments of this subject"),
    "trend_none": (
        "Elige un sujeto para ver sus análisis anteriores.",
        "Choose a subject to see its earlier assessments.",
    ),
    "trend_none_yet": (
        "Este sujeto todavía no tiene análisis anteriores.",
        "This subject has no earlier assessments yet.",
    ),
    "intensity_0": ("0 · Ninguna", "0 · None"),
    "intensity_1": ("1 · Leve", "1 · Mild"),
    "intensity_2": ("2 · Moderada", "2 · Moderate"),
    "intensity_3": ("3 · Fuerte", "3 · Strong"),
    "intensity_4": ("4 · Muy fuerte", "4 · Very strong"),
}

# Spelled alike in both languages: only placeholders and punctuation.
SAME_IN_BOTH = {"item_error"}

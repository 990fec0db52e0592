"""Strings of the Formularios screen (custom fields and vocabularies)."""

TEXTS = {
    "title": ("Formularios", "Forms"),
    "intro": (
        "Añade campos propios a cada tipo de registro y códigos a los vocabularios. Llegan "
        "a todo el equipo al sincronizar. Un campo o código no se borra: se retira, y los "
        "registros que ya lo tienen lo siguen mostrando.",
        "Add your own fields to each kind of record and codes to the vocabularies. They "
        "reach the whole team when syncing. A field or code is never deleted: it is retired, "
        "and records that already have it keep showing it.",
    ),
    "kind": ("Tipo de registro", "Kind of record"),
    "fields": ("Campos", "Fields"),
    "built_in": ("de la aplicación", "built in"),
    "custom": ("propio", "custom"),
    "retired": ("retirado", "retired"),
    "up": ("Subir", "Move up"),
    "down": ("Bajar", "Move down"),
    "retire": ("Retirar", "Retire"),
    "rename": ("Cambiar etiquetas", "Change labels"),
    "preview": ("Vista previa del formulario", "Preview the form"),
    "preview_title": ("Así se verá el formulario", "This is how the form will look"),
    "new_field": ("Campo nuevo", "New field"),
    "code": ("Código", "Code"),
    "code_hint": (
        "Minúsculas, cifras y «_», sin espacios. No se puede cambiar después.",
        "Lowercase letters, digits and “_”, no spaces. It cannot be changed later.",
    ),
    "label_es": ("Etiqueta en español", "Label in Spanish"),
    "label_en": ("Etiqueta en inglés", "Label in English"),
    "type": ("Tipo de campo", "Kind of field"),
    "type_text": ("Texto corto", "Short text"),
    "type_long_text": ("Texto largo", "Long text"),
    "type_number": ("Número", "Number"),
    "type_date": ("Fecha", "Date"),
    "type_yes_no": ("Sí / no", "Yes / no"),
    "type_choice": ("Una opción", "One choice"),
    "type_choices": ("Varias opciones", "Several choices"),
    "choices": ("Opciones", "Choices"),
    "choices_hint": (
        "Una por línea: código | etiqueta en español | etiqueta en inglés.",
        "One per line: code | Spanish label | English label.",
    ),
    "required": ("Obligatorio", "Required"),
    "sensitive": (
        "Sensible (no se busca ni sale en informes)",
        "Sensitive (not searched, not in reports)",
    ),
    "add_field": ("Añadir campo", "Add field"),
    "vocabulary": ("Vocabulario", "Vocabulary"),
    "codes": ("Códigos", "Codes"),
    "new_code": ("Código nuevo", "New code"),
    "add_code": ("Añadir código", "Add code"),
    "retire_code": ("Retirar código", "Retire code"),
    "voc_event": ("Hechos", "Events"),
    "voc_perpetrator": ("Tipos de agresor", "Perpetrator types"),
    "voc_intervention": ("Intervenciones", "Interventions"),
    "voc_impact_category": ("Categorías de impacto", "Impact categories"),
    "voc_field_of_work": ("Campos de trabajo", "Fields of work"),
    "added": (
        "Añadido. Llegará al equipo en el próximo intercambio.",
        "Added. It reaches the team at the next exchange.",
    ),
    "retired_done": (
        "Retirado. Los valores anteriores se siguen viendo.",
        "Retired. Earlier values still show.",
    ),
    "renamed": ("Etiquetas cambiadas.", "Labels changed."),
    "not_saved": ("No se guardó: revisa lo marcado.", "Not saved: check what is marked."),
    "pick_custom": ("Elige un campo propio de la lista.", "Choose a custom field in the list."),
    "pick_code": ("Elige un código propio de la lista.", "Choose a custom code in the list."),
}

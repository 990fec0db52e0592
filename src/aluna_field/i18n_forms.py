"""Messages for custom fields and vocabularies (definitions), in Spanish and English.

Kept apart from i18n.py so that file stays small; merged into its MESSAGES. Messages
never carry record content: only codes, counts and limits.
"""

from __future__ import annotations

FORM_MESSAGES: dict[str, tuple[str, str]] = {
    "def_code_invalid": (
        "El código debe empezar con una letra y usar solo minúsculas, cifras y «_» (hasta 40).",
        "The code must start with a letter and use only lowercase letters, digits and "
        "“_” (up to 40).",
    ),
    "def_code_exists": (
        "Ya existe un campo o código con ese código.",
        "A field or code with that code exists already.",
    ),
    "def_type_change": (
        "Ese campo ya existe con otro tipo; el tipo de un campo no se puede cambiar.",
        "That field exists with another type; a field's type cannot be changed.",
    ),
    "def_type_invalid": (
        "Tipo desconocido: usa text, long_text, number, date, yes_no, choice o choices.",
        "Unknown type: use text, long_text, number, date, yes_no, choice or choices.",
    ),
    "def_label_missing": (
        "Falta la etiqueta en este idioma.",
        "The label in this language is missing.",
    ),
    "def_label_too_long": (
        "La etiqueta es demasiado larga (máximo {n}).",
        "The label is too long (at most {n}).",
    ),
    "def_flag_invalid": ("Debe ser true o false.", "Must be true or false."),
    "def_choices_missing": (
        "Un campo de opciones necesita al menos una opción.",
        "A choice field needs at least one choice.",
    ),
    "def_choices_too_many": (
        "Demasiadas opciones (máximo {n}).",
        "Too many choices (at most {n}).",
    ),
    "def_choice_duplicate": ("Ese código de opción se repite.", "That choice code is repeated."),
    "def_choices_not_allowed": (
        "Solo los campos de opciones llevan opciones.",
        "Only choice fields have choices.",
    ),
    "def_too_many_fields": (
        "Este tipo de registro ya tiene {n} campos propios; no caben más.",
        "This kind of record already has {n} custom fields; no more fit.",
    ),
    "def_unknown_keys": ("Claves desconocidas: {keys}.", "Unknown keys: {keys}."),
    "def_not_found": (
        "No hay un campo propio con ese código.",
        "There is no custom field with that code.",
    ),
    "def_code_not_found": (
        "No hay un código propio con ese código.",
        "There is no custom code with that code.",
    ),
    "def_built_in": (
        "Los campos y códigos que trae la aplicación no se retiran.",
        "The fields and codes the app comes with cannot be retired.",
    ),
    "def_unknown_vocabulary": (
        "Vocabulario desconocido: {name}. Usa event, perpetrator, intervention, "
        "impact_category o field_of_work.",
        "Unknown vocabulary: {name}. Use event, perpetrator, intervention, "
        "impact_category or field_of_work.",
    ),
    "def_invalid": ("Definición no válida: {fields}", "Invalid definition: {fields}"),
    "def_retired": (
        "Retirado: {code}. Los valores anteriores se siguen viendo.",
        "Retired: {code}. Earlier values still show.",
    ),
    "def_retired_mark": ("retirado", "retired"),
    "def_added": ("Añadido: {code}.", "Added: {code}."),
    "custom_field_unknown": (
        "Campo no definido aún en este dispositivo.",
        "Field not defined yet on this device.",
    ),
    "custom_field_retired": (
        "Este campo fue retirado: ya no recibe valores nuevos.",
        "This field was retired: it takes no new values.",
    ),
    "custom_code_retired": (
        "Ese código fue retirado: ya no se ofrece.",
        "That code was retired: it is no longer offered.",
    ),
    "custom_value_required": ("Este campo es obligatorio.", "This field is required."),
    "custom_value_text": (
        "Debe ser un texto (no demasiado largo).",
        "Must be a text (not too long).",
    ),
    "custom_value_number": ("Debe ser un número entero.", "Must be a whole number."),
    "custom_value_date": ("Debe ser una fecha AAAA-MM-DD.", "Must be a date YYYY-MM-DD."),
    "custom_value_yes_no": (
        "Debe ser sí o no (true o false).",
        "Must be yes or no (true or false).",
    ),
    "custom_value_choice": (
        "No es una de las opciones de este campo.",
        "Not one of this field's choices.",
    ),
    "custom_not_object": (
        "«custom» debe ser un objeto que asocie cada código con su valor.",
        "“custom” must be an object mapping each code to its value.",
    ),
    "custom_undefined": ("campo no definido aún", "field not defined yet"),
    "bundle_definition_not_coordinator": (
        "Paquete rechazado: trae una definición de formulario escrita por un dispositivo "
        "que no coordina.",
        "Bundle refused: it carries a form definition written by a device that is not a "
        "coordinator.",
    ),
    "bundle_definition_invalid": (
        "Paquete rechazado: trae una definición de formulario no válida.",
        "Bundle refused: it carries an invalid form definition.",
    ),
}

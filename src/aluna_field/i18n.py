"""Messages in Spanish and English for the CLI and the services (the UI has its own catalog).

Every message has both languages; a test checks it. Messages never carry record
content: placeholders are filled with ids, counts, field names or file names only.
"""

from __future__ import annotations

import locale
import os

from .i18n_exit import EXIT_MESSAGES
from .i18n_forms import FORM_MESSAGES
from .i18n_relay import RELAY_MESSAGES

LANGS = ("es", "en")

_CORE: dict[str, tuple[str, str]] = {
    "follow_up_from_note": (
        "Seguimiento acordado en la nota de crisis",
        "Follow-up agreed in the crisis note",
    ),
    "follow_up_from_activity": (
        "Seguimiento acordado en la actividad",
        "Follow-up agreed in the activity",
    ),
    # record fields: help under a field in the forms (domain/specs.py), on-save refusals
    "help_alias": (
        "Es lo que se ve en todas partes. Usa un seudónimo o un código.",
        "This is what shows everywhere. Use a pseudonym or a code.",
    ),
    "help_real_name": (
        "Opcional. Solo se muestra cuando alguien lo pide, y por unos segundos.",
        "Optional. Shown only when someone asks, and for a few seconds.",
    ),
    "help_region": (
        "Estado, o «Estado / Municipio». Nada más preciso: podría señalar dónde vive alguien.",
        "State, or “State / Municipality”. Nothing finer: it could point at someone's home.",
    ),
    "help_members": (
        "Quienes acompañan este proceso reciben sus registros al sincronizar.",
        "Those who accompany this process receive its records when syncing.",
    ),
    "help_follow_up": (
        "Si eliges una fecha, se crea también un seguimiento para ese día.",
        "If you choose a date, a follow-up is also created for that day.",
    ),
    "help_activity_subjects": (
        "Sujetos y organizaciones que participaron. En el cuidado del equipo, nadie de fuera.",
        "Subjects and organizations that took part. In team care, no one from outside.",
    ),
    "help_facilitators": (
        "Quienes facilitan reciben la actividad al sincronizar, salvo en el cuidado del"
        " equipo: esa solo la ven quien la escribe y la coordinación.",
        "Facilitators receive the activity when syncing, except team care: that is seen"
        " only by whoever wrote it and the coordinators.",
    ),
    "help_resistance": (
        "Lo que no cabe en la lista de arriba, con tus palabras.",
        "What the list above does not cover, in your own words.",
    ),
    "csv_yes": ("sí", "yes"),
    "csv_no": ("no", "no"),
    "list_csv_needs_kind": (
        "--csv necesita --kind: las columnas son las de un tipo de registro.",
        "--csv needs --kind: the columns are those of one kind of record.",
    ),
    "event_in_future": (
        "Está en el futuro: una nota de crisis es sobre algo que ya pasó",
        "It is in the future: a crisis note is about something that already happened",
    ),
    # vault
    "vault_not_found": ("No hay una bóveda en {path}.", "There is no vault in {path}."),
    "vault_exists": ("Ya hay una bóveda en {path}.", "A vault already exists in {path}."),
    "key_file_missing": (
        "Falta el archivo de llave de la bóveda: no se puede abrir.",
        "The vault's key file is missing: it cannot be opened.",
    ),
    "key_file_invalid": (
        "El archivo de llave de la bóveda está dañado.",
        "The vault's key file is damaged.",
    ),
    "wrong_passphrase": (
        "La frase de paso no es correcta.",
        "The passphrase is not correct.",
    ),
    "unlock_waiting": (
        "Demasiados intentos fallidos: esperando {seconds} s antes de probar la frase de paso.",
        "Too many wrong passphrases: waiting {seconds} s before trying the passphrase.",
    ),
    "unlock_too_soon": (
        "Demasiados intentos fallidos: vuelve a intentarlo en {seconds} s.",
        "Too many wrong passphrases: try again in {seconds} s.",
    ),
    "wiped_after_failures": (
        "Se alcanzó el número de intentos fallidos elegido: la bóveda de este dispositivo"
        " se borró y nada puede abrirla.",
        "The chosen number of wrong passphrases was reached: this device's vault was"
        " wiped and nothing can open it.",
    ),
    "wrong_recovery_key": (
        "Las palabras de recuperación no abren esta bóveda.",
        "The recovery words do not open this vault.",
    ),
    "vault_damaged": (
        "La bóveda está dañada y no se puede leer. No se modificó nada.",
        "The vault is damaged and cannot be read. Nothing was changed.",
    ),
    "vault_disk_full": (
        "El disco de la bóveda está lleno: no se guardó nada y la bóveda sigue intacta."
        " Libera espacio y vuelve a intentarlo.",
        "The vault's disk is full: nothing was saved and the vault is intact. Free some"
        " space and try again.",
    ),
    "vault_in_use": (
        "La bóveda ya está abierta en otra ventana o proceso.",
        "The vault is already open in another window or process.",
    ),
    "not_sqlcipher": (
        "Esta instalación no tiene cifrado SQLCipher; no se abre nada.",
        "This installation lacks SQLCipher encryption; nothing is opened.",
    ),
    "weak_kdf": ("Parámetros de derivación demasiado débiles.", "Key derivation too weak."),
    "vault": ("No se puede abrir la bóveda.", "The vault cannot be opened."),
    "passphrase_prompt": ("Frase de paso: ", "Passphrase: "),
    "passphrase_repeat": ("Repite la frase de paso: ", "Repeat the passphrase: "),
    "new_passphrase_prompt": ("Nueva frase de paso: ", "New passphrase: "),
    "passphrase_mismatch": ("Las frases de paso no coinciden.", "The passphrases do not match."),
    "passphrase_too_short": (
        "La frase de paso debe tener al menos {n} caracteres.",
        "The passphrase must have at least {n} characters.",
    ),
    # One per services.passphrases.WeakReason; they never repeat the passphrase.
    "passphrase_weak_common": (
        "No se puede usar esa frase de paso: es una de las frases más comunes y es lo"
        " primero que se prueba. Usa cuatro o cinco palabras al azar.",
        "That passphrase cannot be used: it is one of the most common ones, the first a"
        " guesser tries. Use four or five random words.",
    ),
    "passphrase_weak_pattern": (
        "No se puede usar esa frase de paso: sigue un patrón fácil de adivinar (repeticiones,"
        " secuencias, filas del teclado o fechas). Usa cuatro o cinco palabras al azar.",
        "That passphrase cannot be used: it follows a pattern that is easy to guess (repeats,"
        " sequences, keyboard rows or dates). Use four or five random words.",
    ),
    "passphrase_weak_word": (
        "No se puede usar esa frase de paso: es una palabra o un nombre conocido y se adivina"
        " en poco tiempo. Agrega más palabras al azar.",
        "That passphrase cannot be used: it is a known word or name and is guessed in little"
        " time. Add more random words.",
    ),
    "passphrase_weak_personal": (
        "No se puede usar esa frase de paso: se basa en tu nombre, que es lo primero que se"
        " prueba. Usa palabras que no tengan que ver contigo.",
        "That passphrase cannot be used: it is built on your name, the first thing a guesser"
        " tries. Use words that have nothing to do with you.",
    ),
    "passphrase_weak_guessable": (
        "No se puede usar esa frase de paso: se adivina en poco tiempo. Hazla más larga, con"
        " cuatro o cinco palabras al azar.",
        "That passphrase cannot be used: it is guessed in little time. Make it longer, with"
        " four or five random words.",
    ),
    "passphrase_needed": (
        "Hace falta la frase de paso: escríbela en la terminal o usa ALUNA_FIELD_PASSPHRASE.",
        "A passphrase is needed: type it in a terminal or set ALUNA_FIELD_PASSPHRASE.",
    ),
    "created": ("Bóveda creada en {path}.", "Vault created in {path}."),
    "device_line": ("Dispositivo: {id}", "Device: {id}"),
    "fingerprint_line": ("Huella: {fp}", "Fingerprint: {fp}"),
    "recovery_words": (
        "Palabras de recuperación (escríbelas en papel y guárdalas aparte; no se mostrarán"
        " de nuevo):",
        "Recovery words (write them on paper and keep them apart; they will not be shown again):",
    ),
    "passwd_done": ("Frase de paso cambiada.", "Passphrase changed."),
    "wipe_confirm": (
        "Borrar la bóveda es irreversible: repite el comando con --yes.",
        "Wiping the vault cannot be undone: run the command again with --yes.",
    ),
    "wiped": (
        "Bóveda borrada: la llave fue destruida y nada puede abrirla.",
        "Vault wiped: the key was destroyed and nothing can open it.",
    ),
    # records
    "record_not_found": ("No existe el registro {id}.", "There is no record {id}."),
    "record_invalid": (
        "Registro no válido: {fields}",
        "Invalid record: {fields}",
    ),
    "json_invalid": (
        "El archivo no es JSON válido ({where}).",
        "The file is not valid JSON ({where}).",
    ),
    "json_not_object": (
        "Se esperaba un objeto JSON (o una lista de objetos).",
        "A JSON object (or a list of objects) was expected.",
    ),
    "file_not_found": ("No se encuentra el archivo {path}.", "File not found: {path}."),
    "file_unreadable": ("No se puede leer el archivo {path}.", "Cannot read the file {path}."),
    "unknown_kind": ("Tipo de registro desconocido: {kind}.", "Unknown record kind: {kind}."),
    "nothing_changed": ("No cambió nada.", "Nothing changed."),
    "edited": ("Registro {id} actualizado.", "Record {id} updated."),
    "deleted": ("Registro {id} borrado.", "Record {id} deleted."),
    "attached": ("Adjunto guardado en la bóveda.", "Attachment stored in the vault."),
    "resolved": ("Conflicto resuelto en {id}.{field}.", "Conflict settled on {id}.{field}."),
    "redacted": ("Contenido suprimido en {id}.", "Content redacted on {id}."),
    "not_coordinator": (
        "Solo una coordinación puede hacer esto.",
        "Only a coordinator can do this.",
    ),
    "field_unknown": ("Campo desconocido: {field}.", "Unknown field: {field}."),
    "no_conflict": ("El campo {field} no tiene conflicto.", "Field {field} has no conflict."),
    # merge: conflicts, versions, restore, redaction
    "record_no_conflict": (
        "El registro {id} no tiene conflictos.",
        "Record {id} has no conflicts.",
    ),
    "not_boolean": (
        "{field} se resuelve con true (borrar) o false (conservar).",
        "{field} is settled with true (delete) or false (keep).",
    ),
    "no_such_version": (
        "El registro {id} no tiene esa versión (usa un op_id de history o conflicts).",
        "Record {id} has no such version (use an op_id from history or conflicts).",
    ),
    "not_deleted": ("El registro {id} no está borrado.", "Record {id} is not deleted."),
    "restored": ("Registro {id} restaurado.", "Record {id} restored."),
    "version_kept": (
        "Conflictos de {id} resueltos con la versión elegida.",
        "Conflicts of {id} settled with the chosen version.",
    ),
    "version_unsettled": (
        "Esa versión no decide estos campos, que siguen en conflicto: {fields}.",
        "That version does not decide these fields, still in conflict: {fields}.",
    ),
    "resolve_needs_field": (
        "Indica el campo a resolver junto con --value (o usa --keep-version OP_ID).",
        "Name the field to settle with --value (or use --keep-version OP_ID).",
    ),
    "redacted_field": (
        "Contenido del campo {field} suprimido en {id}.",
        "Content of field {field} redacted on {id}.",
    ),
    "conflicts_none": ("No hay conflictos.", "There are no conflicts."),
    "demo_done": (
        "Bóveda de práctica creada con {n} registros ficticios.",
        "Training vault created with {n} fictional records.",
    ),
    "demo_team": (
        "Bóvedas del equipo de práctica en {path}: {names} (misma frase de paso). Hay un"
        " conflicto esperando en la bóveda de coordinación.",
        "The practice team's vaults are in {path}: {names} (same passphrase). A conflict"
        " is waiting in the coordinator's vault.",
    ),
    "demo_team_exists": (
        "Ya hay bóvedas del equipo de práctica en {path}: elige otra carpeta con --team-dir.",
        "There are practice team vaults in {path} already: choose another folder with --team-dir.",
    ),
    "demo_not_empty": (
        "La bóveda no está vacía: la demostración solo llena bóvedas nuevas.",
        "The vault is not empty: the demo only fills new vaults.",
    ),
    # team
    "card_invalid": (
        "La tarjeta no se puede leer: no es una tarjeta de Aluna Field o está mal copiada.",
        "The card cannot be read: it is not an Aluna Field card or it was copied wrong.",
    ),
    "card_incomplete": (
        "La tarjeta está incompleta: falta una parte o el renglón CHECK.",
        "The card is incomplete: a part or the CHECK line is missing.",
    ),
    "card_checksum": (
        "La tarjeta tiene un error de copia (la suma de control no coincide).",
        "The card has a copying mistake (its checksum does not match).",
    ),
    "card_too_large": (
        "El archivo es demasiado grande para ser una tarjeta.",
        "The file is too large to be a card.",
    ),
    "card_is_self": (
        "Esa es la tarjeta de este mismo dispositivo.",
        "That is this device's own card.",
    ),
    "card_not_coordinator": (
        "Solo se entra a un equipo con la tarjeta de una coordinación.",
        "A team is joined with a coordinator's card only.",
    ),
    "card_written": ("Tarjeta escrita en {path}.", "Card written to {path}."),
    "already_in_team": (
        "Este dispositivo ya pertenece a otro equipo.",
        "This device already belongs to another team.",
    ),
    "team_not_coordinator": (
        "Solo una coordinación del equipo puede cambiar la lista del equipo.",
        "Only a team coordinator can change the roster.",
    ),
    "unknown_role": ("Rol desconocido.", "Unknown role."),
    "device_revoked_rejoin": (
        "Ese dispositivo fue revocado y no puede volver con las mismas llaves: crea una"
        " bóveda nueva en él.",
        "That device was revoked and cannot come back with the same keys: create a new"
        " vault on it.",
    ),
    "device_unknown": (
        "No hay ningún dispositivo {id} en el equipo.",
        "There is no device {id} on the team.",
    ),
    "revoke_self": (
        "Un dispositivo no puede revocarse a sí mismo.",
        "A device cannot revoke itself.",
    ),
    "team_joined": (
        "Este dispositivo confía ahora en la coordinación {name}.",
        "This device now trusts the coordinator {name}.",
    ),
    "team_added": (
        "{name} ({id}) agregado al equipo como {role}.",
        "{name} ({id}) added to the team as {role}.",
    ),
    "team_already": ("{name} ya estaba en el equipo.", "{name} was already on the team."),
    "safety_code_line": ("Código de seguridad: {code}", "Safety code: {code}"),
    "safety_code_compare": (
        "Compara este código en voz alta con {name}, en persona: debe ser idéntico en los dos"
        " dispositivos.",
        "Compare this code aloud with {name}, in person: it must be the same on both devices.",
    ),
    "team_empty": (
        "Todavía no hay lista del equipo en esta bóveda: llegará con el primer paquete de la"
        " coordinación.",
        "This vault holds no team roster yet: it comes with the coordinator's first bundle.",
    ),
    "revoked_flag": ("  (revocado)", "  (revoked)"),
    "revoked_done": (
        "El dispositivo de {name} ({id}) fue revocado.",
        "{name}'s device ({id}) was revoked.",
    ),
    "role_done": ("{name} tiene ahora el rol {role}.", "{name} now has the role {role}."),
    "roster_invalid": (
        "La lista del equipo que trae el paquete no es válida (firma o cadena rotas).",
        "The team roster in the bundle is not valid (broken signature or chain).",
    ),
    "roster_other_team": (
        "El paquete es de otro equipo.",
        "The bundle belongs to another team.",
    ),
    "not_joined": (
        "Este dispositivo todavía no se unió a un equipo (team join).",
        "This device has not joined a team yet (team join).",
    ),
    "roster_not_anchored": (
        "La lista del equipo no está firmada por la coordinación en la que confía este"
        " dispositivo: no se aceptó.",
        "The team roster is not signed by the coordinator this device trusts: it was not accepted.",
    ),
    # sync
    "no_recipients": (
        "No hay a quién enviar: este dispositivo todavía no conoce a nadie del equipo.",
        "There is no one to send to: this device knows no one on the team yet.",
    ),
    "not_a_folder": ("{path} no es una carpeta.", "{path} is not a folder."),
    "export_line": (
        "Paquete {name} para {to} ({ops} operaciones).",
        "Bundle {name} for {to} ({ops} operations).",
    ),
    "import_done": (
        "{file}: importado, de {sender}; {conflicts} conflictos nuevos.",
        "{file}: imported, from {sender}; {conflicts} new conflicts.",
    ),
    "import_author": (
        "  {author}: {new} registros nuevos, {changed} cambiados.",
        "  {author}: {new} new records, {changed} changed.",
    ),
    "import_already": (
        "{file}: ya importado; nada nuevo.",
        "{file}: already imported; nothing new.",
    ),
    "import_skipped": (
        "{file}: es para otro dispositivo; se deja como está.",
        "{file}: it is for another device; left as it is.",
    ),
    "import_refused": ("{file}: rechazado: {reason}", "{file}: refused: {reason}"),
    "import_nothing": ("No se encontró ningún paquete.", "No bundle was found."),
    "import_team": (
        "  Lista del equipo: {n} altas o cambios de rol nuevos.",
        "  Team list: {n} new members or role changes.",
    ),
    "import_revocations": (
        "  Lista del equipo: {n} dispositivos revocados.",
        "  Team list: {n} devices revoked.",
    ),
    "import_future_clock": (
        "{file}: trae fechas de más de un día en el futuro; revisa el reloj de quien lo envió.",
        "{file}: carries times more than a day in the future; check the sender's clock.",
    ),
    "export_write_failed": (
        "No se pudo escribir en {path} (¿memoria llena, retirada o protegida contra"
        " escritura?). No quedó ningún paquete a medias.",
        "Could not write to {path} (stick full, pulled out or write-protected?). No"
        " half-written bundle was left.",
    ),
    "file_unwritable": ("No se puede escribir el archivo {path}.", "Cannot write the file {path}."),
    "bundle_empty": ("el archivo está vacío.", "the file is empty."),
    "bundle_not_a_bundle": ("no es un paquete de Aluna Field.", "it is not an Aluna Field bundle."),
    "bundle_unknown_version": (
        "versión de paquete desconocida (¿hace falta actualizar?).",
        "unknown bundle version (an update may be needed).",
    ),
    "bundle_unknown_suite": (
        "usa un cifrado que esta versión no conoce.",
        "it uses a cipher suite this version does not know.",
    ),
    "bundle_too_many_recipients": (
        "declara más destinatarios de los permitidos.",
        "it declares more recipients than allowed.",
    ),
    "bundle_not_for_us": (
        "no está dirigido a este dispositivo.",
        "it is not addressed to this device.",
    ),
    "bundle_own": ("lo escribió este mismo dispositivo.", "this device wrote it."),
    "bundle_tampered": ("fue alterado o está dañado.", "it was altered or is damaged."),
    "bundle_truncated": (
        "está incompleto (cortado o mal copiado).",
        "it is incomplete (cut short or badly copied).",
    ),
    "bundle_partial": (
        "es un archivo a medio escribir (¿se retiró la memoria USB antes de tiempo?).",
        "it is a half-written file (was the USB stick pulled out too early?).",
    ),
    "bundle_unreadable": ("no se puede leer el archivo.", "the file cannot be read."),
    "bundle_malformed": ("su contenido está mal formado.", "its content is malformed."),
    "bundle_frame_too_large": (
        "contiene un bloque más grande de lo permitido.",
        "it holds a block larger than allowed.",
    ),
    "bundle_inflates_too_much": (
        "contiene un bloque que se descomprime más allá del límite.",
        "it holds a block that decompresses past the limit.",
    ),
    "bundle_too_large": (
        "contiene más operaciones de las permitidas.",
        "it holds more operations than allowed.",
    ),
    "bundle_bad_signature": (
        "la firma de quien lo envió no es válida.",
        "the sender's signature is not valid.",
    ),
    "bundle_bad_changeset": (
        "un grupo de cambios no tiene una firma válida de su autor.",
        "a change set lacks a valid signature of its author.",
    ),
    "bundle_op_not_signed": (
        "contiene cambios que su autor no firmó.",
        "it holds changes that their author did not sign.",
    ),
    "bundle_op_rejected": ("contiene un cambio mal formado.", "it holds a malformed change."),
    "bundle_record_collision": (
        "contiene un cambio que pretende crear un registro que su autor no creó.",
        "it holds a change that claims to create a record its author did not create.",
    ),
    "bundle_op_future": (
        "contiene cambios de una versión más nueva de Aluna Field: actualiza la aplicación.",
        "it holds changes from a newer version of Aluna Field: update the app.",
    ),
    "bundle_redact_not_coordinator": (
        "contiene una supresión que no hizo una coordinación.",
        "it holds a redaction not made by a coordinator.",
    ),
    "bundle_unknown_sender": (
        "quien lo envió no está en la lista del equipo.",
        "the sender is not on the team roster.",
    ),
    "bundle_unknown_author": (
        "contiene cambios de un dispositivo que no está en el equipo.",
        "it holds changes by a device that is not on the team.",
    ),
    "bundle_sender_revoked": (
        "el dispositivo que lo envió fue revocado: ya no se acepta nada que envíe.",
        "the device that sent it was revoked: nothing it sends is accepted any more.",
    ),
    # reports
    "report_bad_date": (
        "La fecha de {option} no es válida: escríbela como AAAA-MM-DD.",
        "The {option} date is not valid: write it as YYYY-MM-DD.",
    ),
    "report_dates_reversed": (
        "La fecha de --from es posterior a la de --to.",
        "The --from date is after the --to date.",
    ),
    "report_min_cell": (
        "--min-cell debe ser al menos {floor}: con celdas más pequeñas se podría reconocer"
        " a alguien.",
        "--min-cell must be at least {floor}: smaller cells could let someone be recognized.",
    ),
    "report_anonymised_format": (
        "El conjunto anonimizado solo se guarda como CSV.",
        "The anonymised dataset is only saved as CSV.",
    ),
    "report_unknown_region": (
        "Ningún sujeto tiene la región {region}.",
        "No subject has the region {region}.",
    ),
    "report_out_folder": (
        "No existe la carpeta donde guardar {path}.",
        "The folder to save {path} in does not exist.",
    ),
    "report_out_is_folder": (
        "{path} es una carpeta: indica el nombre de un archivo.",
        "{path} is a folder: give a file name.",
    ),
    "report_out_in_vault": (
        "Los reportes no se guardan dentro de la carpeta de la bóveda.",
        "Reports are not saved inside the vault's folder.",
    ),
    "report_write_failed": (
        "No se pudo escribir {path} (¿disco lleno o sin permiso?). No quedó ningún archivo"
        " a medias.",
        "Could not write {path} (disk full or no permission?). No partial file was left.",
    ),
    "report_coordinators_only": (
        "Los reportes son solo para coordinación; esta bóveda es de acompañante.",
        "Reports are for coordinators only; this vault belongs to an accompanier.",
    ),
    "report_written": ("Reporte guardado en {path}.", "Report saved to {path}."),
    "report_outside_filters": (
        "Los informes de actividades y la memoria abarcan toda la organización: no aceptan"
        " --region ni --area.",
        "The activity and memory reports cover the whole organisation: they take no --region"
        " or --area.",
    ),
    "report_anonymised_written": (
        "Conjunto anonimizado guardado en {path} (celdas por {level}): {cells} publicadas,"
        " {suppressed} suprimidas ({records} con menos de {k} registros, {subjects} con"
        " menos de {k} sujetos distintos).",
        "Anonymised dataset saved to {path} (cells by {level}): {cells} published,"
        " {suppressed} suppressed ({records} with fewer than {k} records, {subjects} with"
        " fewer than {k} different subjects).",
    ),
    "report_level_suggested": (
        "Nivel más fino con datos: --by {by} --area-level {area}.",
        "Finest level with data: --by {by} --area-level {area}.",
    ),
    "report_level_none": (
        "Con este umbral ningún nivel deja celdas: el archivo solo lleva el encabezado.",
        "At this threshold no level keeps a cell: the file holds only the header.",
    ),
    "report_bad_by": (
        "--by debe ser uno de: {choices}.",
        "--by must be one of: {choices}.",
    ),
    "report_bad_area_level": (
        "--area-level debe ser uno de: {choices}.",
        "--area-level must be one of: {choices}.",
    ),
    "report_organisation": (
        "El nombre de la organización debe ser una sola línea de hasta {max} caracteres.",
        "The organisation's name must be one line of at most {max} characters.",
    ),
    # general
    "internal_error": (
        "Error interno ({kind}). Detalles técnicos (sin contenido) en {log}.",
        "Internal error ({kind}). Technical details (no content) in {log}.",
    ),
    "usage_error": ("Uso incorrecto: {detail}", "Usage error: {detail}"),
    "team_add_role_required": (
        "Indica el rol con --role accompanier o --role coordinator: lo eliges tú, no la tarjeta.",
        "Give the role with --role accompanier or --role coordinator: you choose it, not the card.",
    ),
    "no_display": (
        "No hay pantalla disponible para abrir la aplicación.",
        "No display is available to open the app.",
    ),
    "gui_missing": (
        "La aplicación de escritorio no está instalada (falta PySide6).",
        "The desktop app is not installed (PySide6 is missing).",
    ),
}

MESSAGES: dict[str, tuple[str, str]] = {
    **_CORE,
    **RELAY_MESSAGES,
    **EXIT_MESSAGES,
    **FORM_MESSAGES,
}


def system_lang() -> str:
    """ "es" when the system language is Spanish, else "en"."""
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "es" if value.lower().startswith("es") else "en"
    try:
        code = locale.getlocale()[0] or ""
    except ValueError:
        code = ""
    return "es" if code.lower().startswith("es") else "en"


def tr(key: str, lang: str, **values: object) -> str:
    """The message key in lang (Spanish for anything but "en"), with values filled in."""
    es, en = MESSAGES[key]
    text = en if lang == "en" else es
    return text.format(**values) if values else text

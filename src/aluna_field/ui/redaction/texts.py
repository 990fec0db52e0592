"""Strings of the redaction dialog."""

TEXTS = {
    "action": ("Suprimir contenido…", "Redact content…"),
    "action_tip": (
        "Borrar para siempre el contenido de este registro o de uno de sus campos, en todo el"
        " equipo (solo coordinación).",
        "Erase for good the content of this record or of one of its fields, across the team"
        " (coordinators only).",
    ),
    "title": ("Suprimir contenido", "Redact content"),
    "question": ("¿Qué quieres suprimir?", "What do you want to redact?"),
    "whole": ("Todo el contenido del registro", "The record's whole content"),
    "one_field": ("Solo este campo:", "Only this field:"),
    "field_name": ("Campo a suprimir", "Field to redact"),
    "erases": (
        "Lo que borra: el contenido elegido en todas las versiones guardadas hasta ahora, en"
        " esta bóveda y en cada dispositivo del equipo que reciba la supresión con sus"
        " próximos intercambios. Quedan solo las huellas: que el registro existió, quién lo"
        " escribió y cuándo.",
        "What it erases: the chosen content in every version saved so far, in this vault"
        " and on every team device that receives the redaction with its next exchanges."
        " Only the traces remain: that the record existed, who wrote it and when.",
    ),
    "cannot": (
        "Lo que no puede borrar: copias que ya salieron en paquetes (en memorias USB o en el"
        " relevo) hasta que quien las reciba sincronice; bóvedas que no vuelvan a"
        " sincronizar, como un portátil perdido o revocado; y lo que alguien haya copiado o"
        " anotado fuera de la aplicación.",
        "What it cannot erase: copies already sent in bundles (on USB drives or the relay)"
        " until whoever receives them syncs; vaults that never sync again, such as a lost or"
        " revoked laptop; and whatever someone copied or wrote down outside the app.",
    ),
    "after": (
        "Lo que se escriba en el registro después de suprimir se conserva.",
        "What is written in the record after the redaction is kept.",
    ),
    "act": ("Suprimir", "Redact"),
    "done": (
        "Contenido suprimido. Se borrará en el resto del equipo con los próximos intercambios.",
        "Content redacted. It will be erased on the rest of the team with the next exchanges.",
    ),
    "attachments": ("Adjuntos", "Attachments"),
}

"""Messages in Spanish and English for the CLI and the services (the UI has its own catalog).

Every message has both languages; a test checks it. Messages never carry record
content: placeholders are filled with ids, counts, field names or file names only.
"""

from __future__ import annotations

import locale
import os

LANGS = ("es", "en")

MESSAGES: dict[str, tuple[str, str]] = {
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
    "wrong_recovery_key": (
        "Las palabras de recuperación no abren esta bóveda.",
        "The recovery words do not open this vault.",
    ),
    "vault_damaged": (
        "La bóveda está dañada y no se puede leer. No se modificó nada.",
        "The vault is damaged and cannot be read. Nothing was changed.",
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
    "attached": ("Adjunto {name} guardado en la bóveda.", "Attachment {name} stored in the vault."),
    "resolved": ("Conflicto resuelto en {id}.{field}.", "Conflict settled on {id}.{field}."),
    "redacted": ("Contenido suprimido en {id}.", "Content redacted on {id}."),
    "not_coordinator": (
        "Solo una coordinación puede hacer esto.",
        "Only a coordinator can do this.",
    ),
    "field_unknown": ("Campo desconocido: {field}.", "Unknown field: {field}."),
    "no_conflict": ("El campo {field} no tiene conflicto.", "Field {field} has no conflict."),
    "demo_done": (
        "Bóveda de práctica creada con {n} registros ficticios.",
        "Training vault created with {n} fictional records.",
    ),
    "demo_not_empty": (
        "La bóveda no está vacía: la demostración solo llena bóvedas nuevas.",
        "The vault is not empty: the demo only fills new vaults.",
    ),
    # general
    "internal_error": (
        "Error interno ({kind}). Detalles técnicos (sin contenido) en {log}.",
        "Internal error ({kind}). Technical details (no content) in {log}.",
    ),
    "usage_error": ("Uso incorrecto: {detail}", "Usage error: {detail}"),
    "no_display": (
        "No hay pantalla disponible para abrir la aplicación.",
        "No display is available to open the app.",
    ),
    "gui_missing": (
        "La aplicación de escritorio no está instalada (falta PySide6).",
        "The desktop app is not installed (PySide6 is missing).",
    ),
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

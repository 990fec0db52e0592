"""The relay's (WebDAV) messages in Spanish and English, kept apart from i18n.py only
for size; i18n.MESSAGES holds both, and `tr` is the one lookup."""

from __future__ import annotations

RELAY_MESSAGES: dict[str, tuple[str, str]] = {
    "relay_offline": (
        "Sin conexión: no se alcanza el relevo. No se perdió nada; se intentará de nuevo.",
        "Offline: the relay cannot be reached. Nothing is lost; it will be tried again.",
    ),
    "relay_connection_lost": (
        "Sin conexión: la conexión con el relevo se cortó varias veces. Lo que ya se movió"
        " queda hecho; el resto se intentará de nuevo.",
        "Offline: the connection to the relay kept dropping. What moved stays done; the"
        " rest will be tried again.",
    ),
    "relay_unavailable": (
        "Sin conexión: el relevo no está disponible por ahora (HTTP {status}).",
        "Offline: the relay is unavailable for now (HTTP {status}).",
    ),
    "relay_auth": (
        "El relevo rechazó el usuario o la contraseña (HTTP 401). No se trajo nada.",
        "The relay refused the user name or password (HTTP 401). Nothing was pulled.",
    ),
    "relay_forbidden": (
        "El relevo no da acceso a esa carpeta (HTTP 403). No se trajo nada más.",
        "The relay gives no access to that folder (HTTP 403). Nothing more was pulled.",
    ),
    "relay_full": (
        "El relevo está lleno (HTTP 507): no se pudo subir el paquete. Pide a quien"
        " administra el servidor más espacio.",
        "The relay is full (HTTP 507): the bundle could not be uploaded. Ask whoever"
        " runs the server for more space.",
    ),
    "relay_too_large": (
        "El relevo no acepta archivos tan grandes (HTTP 413).",
        "The relay does not accept files this large (HTTP 413).",
    ),
    "relay_redirect": (
        "El relevo responde con una redirección: revisa la dirección (¿https?, ¿barra final?).",
        "The relay answers with a redirect: check the address (https? trailing slash?).",
    ),
    "relay_unexpected": (
        "El relevo dio una respuesta inesperada (HTTP {status}).",
        "The relay gave an unexpected answer (HTTP {status}).",
    ),
    "relay_garbage": (
        "La respuesta no es de un servidor WebDAV (¿una página de acceso a la red wifi?).",
        "The answer is not from a WebDAV server (a wifi login page?).",
    ),
    "relay_folder_missing": (
        "La carpeta del relevo no existe y no se puede crear: revisa la dirección.",
        "The relay folder does not exist and cannot be created: check the address.",
    ),
    "relay_tls_untrusted": (
        "El certificado del relevo no es de confianza. Si es un servidor propio, fija su"
        " huella con --pin.",
        "The relay's certificate is not trusted. For a self-hosted server, pin its"
        " fingerprint with --pin.",
    ),
    "relay_pin_mismatch": (
        "El certificado del relevo no es el fijado: no se envió nada. Puede ser un ataque"
        " o un certificado renovado; compruébalo con quien administra el servidor.",
        "The relay's certificate is not the pinned one: nothing was sent. It may be an"
        " attack or a renewed certificate; check with whoever runs the server.",
    ),
    "relay_pin_invalid": (
        "La huella fijada debe ser un SHA-256 en hexadecimal (64 cifras).",
        "The pinned fingerprint must be a SHA-256 in hexadecimal (64 digits).",
    ),
    "relay_url_invalid": (
        "La dirección del relevo no es válida (se espera https://SERVIDOR/ruta/).",
        "The relay address is not valid (expected https://HOST/path/).",
    ),
    "relay_url_credentials": (
        "No pongas usuario ni contraseña en la dirección: usa --user y ALUNA_FIELD_RELAY_PASSWORD.",
        "Do not put a user or password in the address: use --user and ALUNA_FIELD_RELAY_PASSWORD.",
    ),
    "relay_http_refused": (
        "El relevo debe usar https (http solo en esta misma máquina).",
        "The relay must use https (http only on this same machine).",
    ),
    "relay_not_set": (
        "No hay un relevo guardado: indica la dirección (sync relay URL --remember).",
        "No relay is remembered: give its address (sync relay URL --remember).",
    ),
    "relay_password_needed": (
        "Hace falta la contraseña del relevo: escríbela en la terminal o usa"
        " ALUNA_FIELD_RELAY_PASSWORD.",
        "The relay password is needed: type it in a terminal or set ALUNA_FIELD_RELAY_PASSWORD.",
    ),
    "relay_password_prompt": ("Contraseña del relevo: ", "Relay password: "),
    "relay_sent": (
        "Enviado {name} para {to} ({ops} operaciones).",
        "Sent {name} for {to} ({ops} operations).",
    ),
    "relay_summary": (
        "Relevo: {sent} enviados, {received} recibidos, {skipped} archivos ajenos o para"
        " otros dispositivos, {deleted} borrados del relevo, {pending} esperando acuse.",
        "Relay: {sent} sent, {received} received, {skipped} files foreign or for other"
        " devices, {deleted} removed from the relay, {pending} awaiting acknowledgement.",
    ),
    "relay_remembered": (
        "Relevo guardado en la bóveda.",
        "Relay remembered in the vault.",
    ),
    "relay_remembered_password": (
        "Relevo y contraseña guardados en la bóveda (cifrada).",
        "Relay and password remembered in the vault (encrypted).",
    ),
    "relay_forgotten": ("Relevo olvidado.", "Relay forgotten."),
    "relay_status_never": ("Relevo: todavía sin sincronizar.", "Relay: not synced yet."),
    "relay_status_running": ("Relevo: sincronizando…", "Relay: syncing…"),
    "relay_status_ok": (
        "Relevo: última sincronización {when}; {pending} por confirmar.",
        "Relay: last synced {when}; {pending} awaiting acknowledgement.",
    ),
    "relay_status_offline": (
        "Relevo: sin conexión (último éxito {when}); se reintentará.",
        "Relay: offline (last success {when}); will retry.",
    ),
    "relay_status_error": (
        "Relevo: {reason}",
        "Relay: {reason}",
    ),
    "relay_when_never": ("nunca", "never"),
    "relay_status_failed": (
        "la última ronda falló; se reintentará.",
        "the last round failed; it will be retried.",
    ),
}

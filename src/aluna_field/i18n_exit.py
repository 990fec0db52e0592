"""What each process exit code means (cli/exit_codes.py names the key of each), in
Spanish and English: the README's tables say exactly this, and a test checks it."""

from __future__ import annotations

EXIT_MESSAGES: dict[str, tuple[str, str]] = {
    "exit_0": ("hecho", "done"),
    "exit_1": (
        "error interno (el mensaje dice dónde está el registro técnico, que no guarda contenido)",
        "internal error (the message says where the log is; the log holds no record content)",
    ),
    "exit_2": ("uso incorrecto", "usage error"),
    "exit_3": (
        "no se puede abrir la bóveda: frase incorrecta, no hay bóveda, dañada, abierta en"
        " otro lado; o su disco está lleno (no se guardó nada)",
        "the vault cannot be opened: wrong passphrase, no vault, damaged, open elsewhere; or"
        " its disk is full (nothing was saved)",
    ),
    "exit_4": (
        "entrada no válida: un registro que no pasa la validación, un archivo ilegible o mal"
        " formado; exportar: la memoria está llena, se retiró o está protegida contra"
        " escritura (no queda ningún paquete a medias)",
        "invalid input: a record that fails validation, an unreadable or malformed file;"
        " export: the stick is full, pulled out or write-protected (no half-written bundle"
        " is left)",
    ),
    "exit_5": (
        "paquete rechazado (los demás se importan igual; no cambió nada en la bóveda)",
        "bundle refused (the others are still imported; it changed nothing in the vault)",
    ),
    "exit_6": (
        "relevo sin conexión: inalcanzable o la conexión se cortaba (no se pierde nada;"
        " reintentar)",
        "relay offline: unreachable, or the connection kept dropping (nothing lost; try later)",
    ),
    "exit_7": (
        "el relevo rechazó el usuario o la contraseña (401) o la carpeta (403)",
        "relay refused the user or password (401) or the folder (403)",
    ),
    "exit_8": (
        "relevo lleno (507) o archivo demasiado grande para él (413)",
        "relay full (507) or the file too large for it (413)",
    ),
    "exit_9": (
        "el relevo respondió algo que no es WebDAV (basura, una página de acceso, una redirección)",
        "relay answered something that is not WebDAV (garbage, a login page, a redirect)",
    ),
    "exit_10": (
        "certificado del relevo no confiable, o distinto del fijado",
        "relay certificate not trusted, or not the pinned one",
    ),
    "exit_130": (
        "interrumpido con Ctrl+C (lo que no terminó no se guardó)",
        "interrupted with Ctrl+C (what had not finished was not saved)",
    ),
}

"""Strings of the sync screen: drives, the exchange and its summary, dropped files, relay."""

TEXTS = {
    "title": ("Sincronizar", "Sync"),
    "last_exchange": ("Último intercambio: {when}.", "Last exchange: {when}."),
    "never": ("todavía ninguno", "none yet"),
    "pending": (
        "Cambios que el equipo aún no confirma haber recibido: {n}.",
        "Changes the team has not yet confirmed receiving: {n}.",
    ),
    "pending_unanswered": (
        "Todavía no llega respuesta de: {names}. Hasta entonces no se sabe qué recibieron.",
        "No answer yet from: {names}. Until then it is not known what they received.",
    ),
    "pending_none": (
        "El equipo ya confirmó todo lo que se guardó aquí.",
        "The team has confirmed everything saved here.",
    ),
    "no_team_yet": (
        "Este dispositivo todavía no tiene con quién intercambiar: ve primero a Equipo.",
        "This device has no one to exchange with yet: go to Team first.",
    ),
    # drives
    "drives": ("Memorias USB", "USB drives"),
    "no_drive": (
        "Conecta una memoria USB: aparecerá aquí, con un botón para intercambiar.",
        "Plug in a USB drive: it will show here, with a button to exchange.",
    ),
    "drive_free": ("{free} libres", "{free} free"),
    "drive_read_only": ("solo lectura: se puede importar, no escribir", "read-only: import only"),
    "exchange": ("Intercambiar con esta memoria", "Exchange with this drive"),
    "exchange_name": ("Intercambiar con la memoria {label}", "Exchange with the drive {label}"),
    "exchange_help": (
        "Importa los paquetes que trae la memoria y deja en ella, cifrado, lo que falta por"
        " enviar. Puedes retirarla cuando termine.",
        "Imports the bundles on the drive and leaves on it, encrypted, what is waiting to be"
        " sent. You can remove it when it is done.",
    ),
    "other_folder": ("Intercambiar con otra carpeta…", "Exchange with another folder…"),
    "pick_folder": ("Elegir la memoria o carpeta", "Choose the drive or folder"),
    "pick_folder_help": (
        "Los paquetes se leen y se escriben en la carpeta «aluna-field» dentro de la que elijas.",
        "Bundles are read from and written to the «aluna-field» folder inside the one you choose.",
    ),
    # progress
    "working": (
        "Intercambiando… paquete {done} de {total}",
        "Exchanging… bundle {done} of {total}",
    ),
    "importing": ("Importando… paquete {done} de {total}", "Importing… bundle {done} of {total}"),
    "starting": ("Preparando…", "Getting ready…"),
    "cancel": ("Cancelar", "Cancel"),
    "cancelling": (
        "Cancelando: termina el paquete en curso…",
        "Cancelling: finishing the bundle in hand…",
    ),
    "busy": ("Ya hay un intercambio en curso.", "An exchange is already running."),
    "failed": (
        "El intercambio se detuvo: la memoria dejó de responder (¿se retiró?). Lo que ya entró"
        " queda guardado; conéctala y vuelve a intentarlo.",
        "The exchange stopped: the drive stopped answering (was it removed?). What came in"
        " stays saved; plug it in and try again.",
    ),
    # summary
    "summary": ("Resultado", "Result"),
    "sum_cancelled": (
        "Cancelado. Lo que se importó o escribió antes de cancelar queda hecho.",
        "Cancelled. What was imported or written before cancelling stays done.",
    ),
    "sum_person": (
        "{name} — registros nuevos: {new} · cambiados: {changed}",
        "{name} — new records: {new} · changed: {changed}",
    ),
    "sum_nothing_new": ("No llegó nada nuevo.", "Nothing new came in."),
    "sum_team": (
        "Llegó la lista del equipo actualizada (cambios en miembros o roles: {n}).",
        "The updated team list came in (changes to members or roles: {n}).",
    ),
    "sum_revocations": (
        "Llegaron revocaciones de dispositivos: {n}.",
        "Device revocations came in: {n}.",
    ),
    "only_revoked": (
        "No queda nadie activo con quién intercambiar: los demás dispositivos del equipo"
        " fueron revocados.",
        "No one active is left to exchange with: the team's other devices were revoked.",
    ),
    "sum_conflicts": (
        "Registros con versiones en conflicto por revisar: {n}.",
        "Records with conflicting versions to review: {n}.",
    ),
    "sum_refused_head": (
        "Paquetes que no se aceptaron (no cambiaron nada en la bóveda): {n}.",
        "Bundles not accepted (they changed nothing in the vault): {n}.",
    ),
    "sum_refused": ("El paquete {file}: {reason}", "The bundle {file}: {reason}"),
    "sum_refused_from": (
        "El paquete {file}, de {name}: {reason}",
        "The bundle {file}, from {name}: {reason}",
    ),
    "sum_sent": (
        "Se dejó en la memoria lo pendiente para: {names}.",
        "Left on the drive what is pending for: {names}.",
    ),
    "sum_not_sent": ("No se escribió nada: {reason}", "Nothing was written: {reason}"),
    "sum_write_failed": (
        "No se pudo escribir en la memoria (¿llena, protegida contra escritura o retirada?)."
        " Lo que se importó queda guardado.",
        "Could not write to the drive (full, write-protected or removed?). What was imported"
        " stays saved.",
    ),
    "sum_others": (
        "Paquetes para otras personas del equipo (se quedan en la memoria): {n}.",
        "Bundles for other team members (they stay on the drive): {n}.",
    ),
    "sum_already": (
        "Paquetes que ya se habían importado antes: {n}.",
        "Bundles already imported before: {n}.",
    ),
    "sum_future": (
        "Algún paquete trae fechas de más de un día en el futuro: revisen el reloj de quien lo"
        " envió.",
        "A bundle carries times more than a day in the future: check the sender's clock.",
    ),
    "review_conflicts": ("Revisar los conflictos", "Review the conflicts"),
    "notice_done": (
        "Intercambio terminado. Registros nuevos o cambiados: {records}.",
        "Exchange done. Records new or changed: {records}.",
    ),
    "notice_conflicts": (
        "Intercambio terminado. Registros con conflictos por revisar: {n}.",
        "Exchange done. Records with conflicts to review: {n}.",
    ),
    "notice_refused": (
        "Intercambio terminado. Paquetes que no se aceptaron: {n} (ver el resultado).",
        "Exchange done. Bundles not accepted: {n} (see the result).",
    ),
    # drag and drop
    "drop": (
        "También puedes arrastrar aquí paquetes (.afb) o una carpeta que los contenga para"
        " importarlos.",
        "You can also drag bundles (.afb) or a folder holding them here to import them.",
    ),
    "drop_name": ("Zona para soltar paquetes", "Drop zone for bundles"),
    # relay
    "relay": ("Relevo por internet (WebDAV)", "Internet relay (WebDAV)"),
    "relay_help": (
        "Entre viajes con la memoria, los paquetes pueden ir y venir por una carpeta de"
        " Nextcloud o de otro servidor WebDAV. El servidor solo ve archivos cifrados.",
        "Between trips with the drive, bundles can travel through a folder on Nextcloud or"
        " another WebDAV server. The server only sees encrypted files.",
    ),
    "relay_none": (
        "No hay relevo configurado: este dispositivo intercambia solo con memorias USB.",
        "No relay is set up: this device exchanges through USB drives only.",
    ),
    "relay_pending": (
        "Paquetes en el relevo que esperan acuse de recibo: {n}.",
        "Bundles on the relay awaiting acknowledgement: {n}.",
    ),
    "relay_needs_password": (
        "Escribe la contraseña del relevo y pulsa «Guardar» para sincronizar en segundo plano"
        " (no está guardada en la bóveda).",
        "Type the relay password and press «Save» to sync in the background (it is not kept"
        " in the vault).",
    ),
    "sync_now": ("Sincronizar ahora", "Sync now"),
    "relay_url": ("Dirección de la carpeta (https://…/)", "Folder address (https://…/)"),
    "relay_user": ("Usuario", "User"),
    "relay_password": ("Contraseña (de aplicación)", "Password (app password)"),
    "relay_keep": (
        "Guardar la contraseña dentro de la bóveda (cifrada)",
        "Keep the password inside the vault (encrypted)",
    ),
    "relay_pin": (
        "Huella del certificado (solo servidores propios; opcional)",
        "Certificate fingerprint (self-hosted servers only; optional)",
    ),
    "relay_test": ("Probar la conexión", "Test the connection"),
    "relay_save": ("Guardar", "Save"),
    "relay_forget": ("Olvidar este relevo", "Forget this relay"),
    "relay_testing": ("Probando la conexión…", "Testing the connection…"),
    "relay_test_ok": (
        "La conexión funciona. Archivos en la carpeta del relevo: {n}.",
        "The connection works. Files in the relay folder: {n}.",
    ),
    "relay_saved": (
        "Relevo guardado. Se sincroniza cada pocos minutos mientras la bóveda está abierta.",
        "Relay saved. It syncs every few minutes while the vault is open.",
    ),
    "relay_forgotten": ("Relevo olvidado.", "Relay forgotten."),
    "relay_received": (
        "Relevo: llegaron {n} paquetes.",
        "Relay: {n} bundles came in.",
    ),
    "relay_url_needed": ("Escribe la dirección de la carpeta.", "Type the folder address."),
    "remove_refused": ("Quitar este archivo", "Remove this file"),
    "remove_refused_name": ("Quitar el archivo {file}", "Remove the file {file}"),
    "remove_title": ("¿Quitar este paquete?", "Remove this bundle?"),
    "remove_question": (
        "Se borrará el archivo {file} de la carpeta {folder}, y solo ese. No cambió nada en"
        " la bóveda; si era un paquete bueno, quien lo escribió tendrá que dejarlo otra vez.",
        "The file {file} will be deleted from the folder {folder}, and only that one. It"
        " changed nothing in the vault; if it was a good bundle, whoever wrote it will have"
        " to leave it again.",
    ),
    "remove_yes": ("Quitar", "Remove"),
    "removed": ("Se quitó {file}.", "{file} was removed."),
    "remove_failed": (
        "No se pudo quitar {file}: ya no está, o la memoria está protegida contra escritura"
        " o fue retirada.",
        "Could not remove {file}: it is no longer there, or the drive is write-protected or"
        " was removed.",
    ),
}

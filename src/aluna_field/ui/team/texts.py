"""Strings of the team screen: the card, adding a device, members, revoking."""

TEXTS = {
    "title": ("Equipo", "Team"),
    "team_name": ("Equipo: {name}", "Team: {name}"),
    "no_team": (
        "Este dispositivo todavía no pertenece a un equipo.",
        "This device does not belong to a team yet.",
    ),
    "waiting_roster": (
        "Este dispositivo ya confía en la coordinación; la lista del equipo llegará con su"
        " primer paquete (haz un intercambio en Sincronizar).",
        "This device trusts the coordinator now; the team list arrives with their first"
        " bundle (run an exchange in Sync).",
    ),
    # the card
    "card": ("La tarjeta de este dispositivo", "This device's card"),
    "card_help": (
        "La tarjeta lleva el nombre, el rol y las llaves públicas de este dispositivo: nada"
        " secreto. Se entrega en persona a la coordinación, como archivo o con estos códigos"
        " QR, y después se comparan los códigos de seguridad en voz alta.",
        "The card carries this device's name, role and public keys: nothing secret. Hand it"
        " to the coordinator in person, as a file or with these QR codes, then compare the"
        " safety codes aloud.",
    ),
    "qr_part": ("Código QR {i} de {n}", "QR code {i} of {n}"),
    "qr_name": (
        "Código QR {i} de {n} de la tarjeta de este dispositivo",
        "QR code {i} of {n} of this device's card",
    ),
    "previous": ("◀ Anterior", "◀ Previous"),
    "next": ("Siguiente ▶", "Next ▶"),
    "fingerprint": ("Huella de este dispositivo", "This device's fingerprint"),
    "save_card": ("Guardar la tarjeta en un archivo…", "Save the card to a file…"),
    "copy_card": ("Copiar el texto de la tarjeta", "Copy the card's text"),
    "show_text": ("Mostrar el texto de la tarjeta", "Show the card's text"),
    "hide_text": ("Ocultar el texto", "Hide the text"),
    "card_text": ("Texto de la tarjeta", "Card text"),
    "card_saved": ("Tarjeta guardada en {path}.", "Card saved to {path}."),
    "card_not_saved": (
        "No se pudo guardar la tarjeta ahí (¿carpeta de solo lectura o memoria llena?).",
        "The card could not be saved there (read-only folder or full drive?).",
    ),
    "card_copied": ("Texto de la tarjeta copiado.", "Card text copied."),
    "pick_folder": ("Elegir la carpeta donde guardar la tarjeta", "Choose where to save the card"),
    # adding / joining
    "add_title": ("Agregar un dispositivo", "Add a device"),
    "add_help": (
        "Con la persona al lado: pega aquí el texto de su tarjeta o abre su archivo de tarjeta."
        " Nada se agrega hasta que los dos digan que los códigos de seguridad coinciden.",
        "With the person beside you: paste their card's text here or open their card file."
        " Nothing is added until both of you say the safety codes match.",
    ),
    "join_title": ("Unirse a un equipo", "Join a team"),
    "join_help": (
        "Con la coordinación al lado: pega aquí el texto de su tarjeta o abre su archivo de"
        " tarjeta. Dale también la tarjeta de este dispositivo (arriba).",
        "With the coordinator beside you: paste their card's text here or open their card"
        " file. Give them this device's card too (above).",
    ),
    "join_other": ("Unirse a otro equipo", "Join another team"),
    "join_other_help": (
        "Esta bóveda fundó su propio equipo, que todavía no tiene a nadie más. Si otra"
        " coordinación ya tiene un equipo, puedes unirte a él con su tarjeta.",
        "This vault founded its own team, which has no one else yet. If another coordinator"
        " already has a team, you can join it with their card.",
    ),
    "paste_here": ("Texto de la tarjeta (pegar aquí)", "Card text (paste here)"),
    "open_card": ("Abrir archivo de tarjeta…", "Open card file…"),
    "role": ("Rol en el equipo", "Role in the team"),
    "role_choose": ("Elige un rol…", "Choose a role…"),
    "role_required": (
        "Elige el rol que tendrá en el equipo: lo decides tú, no la tarjeta.",
        "Choose the role they will have on the team: you decide it, not the card.",
    ),
    "role_accompanier": ("Acompañante", "Accompanier"),
    "role_coordinator": ("Coordinación", "Coordinator"),
    "continue": ("Continuar", "Continue"),
    "paste_first": (
        "Primero pega el texto de la tarjeta o abre su archivo.",
        "First paste the card's text or open its file.",
    ),
    # comparing
    "compare_title": ("Comparen los códigos de seguridad", "Compare the safety codes"),
    "compare_who_add": (
        "Tarjeta de {name} · huella {fingerprint} · se agregará como {role}",
        "Card of {name} · fingerprint {fingerprint} · will be added as {role}",
    ),
    "compare_who": (
        "Tarjeta de {name} ({role}) · huella {fingerprint}",
        "Card of {name} ({role}) · fingerprint {fingerprint}",
    ),
    "compare_help": (
        "Lean el código en voz alta, grupo por grupo: debe ser idéntico en las dos pantallas."
        " Si quieren, escriban a la derecha lo que dice la otra pantalla y la aplicación lo"
        " compara también.",
        "Read the code aloud, group by group: it must be the same on both screens. If you"
        " like, type what the other screen shows on the right and the app compares it too.",
    ),
    "this_screen": ("En esta pantalla", "On this screen"),
    "other_screen": ("En la otra pantalla", "On the other screen"),
    "group_n": ("Grupo {n}", "Group {n}"),
    "group_other_n": (
        "Grupo {n} en la otra pantalla",
        "Group {n} on the other screen",
    ),
    "typed_differs": (
        "Lo escrito no coincide en el grupo {groups}. Revisen esos grupos en voz alta.",
        "What was typed does not match in group {groups}. Check those groups aloud.",
    ),
    "typed_matches": (
        "Lo escrito coincide con esta pantalla.",
        "What was typed matches this screen.",
    ),
    "match": ("Coinciden", "They match"),
    "no_match": ("No coinciden", "They do not match"),
    "back": ("Volver", "Back"),
    "added": (
        "{name} se agregó al equipo como {role}. Haz ahora un intercambio (Sincronizar) para"
        " que su dispositivo reciba la lista del equipo.",
        "{name} was added to the team as {role}. Now run an exchange (Sync) so that their"
        " device receives the team list.",
    ),
    "already": ("{name} ya estaba en el equipo.", "{name} was already on the team."),
    "joined": (
        "Este dispositivo confía ahora en {name}. Cuando la coordinación te agregue, haz un"
        " intercambio para recibir la lista del equipo.",
        "This device now trusts {name}. Once the coordinator has added you, run an exchange"
        " to receive the team list.",
    ),
    "mismatch_done": (
        "No se agregó nada. Alguien pudo cambiar la tarjeta en el camino: vuelvan a"
        " intercambiar las tarjetas en persona y comparen de nuevo.",
        "Nothing was added. Someone may have swapped the card on its way: exchange the cards"
        " again in person and compare again.",
    ),
    # members
    "members": ("Miembros", "Members"),
    "col_name": ("Nombre", "Name"),
    "col_role": ("Rol", "Role"),
    "col_fingerprint": ("Huella", "Fingerprint"),
    "col_state": ("Estado", "State"),
    "state_active": ("Activo", "Active"),
    "state_revoked": ("Revocado", "Revoked"),
    "state_me": ("Este dispositivo", "This device"),
    "state_waiting": ("Activo · sin paquetes recibidos aún", "Active · no bundle received yet"),
    "make_coordinator": ("Cambiar a coordinación…", "Make coordinator…"),
    "make_accompanier": ("Cambiar a acompañante…", "Make accompanier…"),
    "revoke": ("Revocar…", "Revoke…"),
    "pick_member": ("Elige un miembro de la lista.", "Pick a member from the list."),
    "revoke_title": ("Revocar un dispositivo", "Revoke a device"),
    "revoke_question": (
        "¿Revocar el dispositivo de {name}?",
        "Revoke {name}'s device?",
    ),
    "revoke_future": (
        "A partir de ahora, cada paquete que haga ese dispositivo será rechazado: aquí de"
        " inmediato, y en el resto del equipo en cuanto les llegue esta revocación con tus"
        " próximos intercambios. Tampoco se le enviará nada más.",
        "From now on, every bundle that device makes will be refused: here at once, and on"
        " the rest of the team as soon as this revocation reaches them with your next"
        " exchanges. Nothing more will be sent to it either.",
    ),
    "revoke_past": (
        "Lo que ya envió antes se conserva. Lo que ya tiene en su bóveda no se borra: si el"
        " portátil se perdió o fue incautado, piensa primero en la seguridad de las personas.",
        "What it sent before is kept. What it already holds in its vault is not erased: if"
        " the laptop was lost or seized, think first of the people's safety.",
    ),
    "revoke_final": (
        "No se puede deshacer: para volver, esa persona tendrá que crear una bóveda nueva y"
        " unirse otra vez.",
        "This cannot be undone: to come back, that person must create a new vault and join again.",
    ),
    "revoke_act": ("Revocar", "Revoke"),
    "revoked": (
        "El dispositivo de {name} fue revocado. Haz un intercambio para que el resto del"
        " equipo lo sepa.",
        "{name}'s device was revoked. Run an exchange so that the rest of the team learns it.",
    ),
    "role_title": ("Cambiar el rol", "Change the role"),
    "role_question": (
        "¿Dar a {name} el rol {role}?",
        "Give {name} the role {role}?",
    ),
    "role_coordinator_means": (
        "La coordinación recibe todos los registros, puede agregar y revocar dispositivos y"
        " suprimir contenido.",
        "A coordinator receives every record, can add and revoke devices and redact content.",
    ),
    "role_accompanier_means": (
        "Una persona acompañante recibe solo sus propios registros y los de los"
        " acompañamientos a los que está asignada. Lo que ya recibió se queda en su bóveda.",
        "An accompanier receives only their own records and those of the accompaniments"
        " they are assigned to. What they already received stays in their vault.",
    ),
    "role_act": ("Cambiar el rol", "Change the role"),
    "role_done": ("{name} tiene ahora el rol {role}.", "{name} now has the role {role}."),
}

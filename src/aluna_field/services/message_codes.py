"""Codes that errors and results carry (sync, store, services, CLI) → their
message, marked for the gettext catalogue. Lower layers raise codes; the layer
that shows one translates it: `_(lang, BY_CODE[exc.key], **exc.values)`."""

from __future__ import annotations

from collections.abc import Mapping

from ..l10n import N_

BY_CODE: Mapping[str, str] = {
    "list_csv_needs_kind": N_("--csv needs --kind: the columns are those of one kind of record."),
    "vault_not_found": N_("There is no vault in {path}."),
    "vault_exists": N_("A vault already exists in {path}."),
    "key_file_missing": N_("The vault's key file is missing: it cannot be opened."),
    "key_file_invalid": N_("The vault's key file is damaged."),
    "wrong_passphrase": N_("The passphrase is not correct."),
    "wrong_recovery_key": N_("The recovery words do not open this vault."),
    "vault_damaged": N_("The vault is damaged and cannot be read. Nothing was changed."),
    "vault_disk_full": N_(
        "The vault's disk is full: nothing was saved and the vault is intact. "
        "Free some space and try again."
    ),
    "vault_in_use": N_("The vault is already open in another window or process."),
    "not_sqlcipher": N_("This installation lacks SQLCipher encryption; nothing is opened."),
    "weak_kdf": N_("Key derivation too weak."),
    "vault": N_("The vault cannot be opened."),
    "passphrase_prompt": N_("Passphrase: "),
    "passphrase_repeat": N_("Repeat the passphrase: "),
    "new_passphrase_prompt": N_("New passphrase: "),
    "passphrase_mismatch": N_("The passphrases do not match."),
    "passphrase_too_short": N_("The passphrase must have at least {n} characters."),
    "passphrase_weak_common": N_(
        "That passphrase cannot be used: it is one of the most common ones, "
        "the first a guesser tries. Use four or five random words."
    ),
    "passphrase_weak_pattern": N_(
        "That passphrase cannot be used: it follows a pattern that is easy to "
        "guess (repeats, sequences, keyboard rows or dates). Use four or five "
        "random words."
    ),
    "passphrase_weak_word": N_(
        "That passphrase cannot be used: it is a known word or name and is "
        "guessed in little time. Add more random words."
    ),
    "passphrase_weak_personal": N_(
        "That passphrase cannot be used: it is built on your name, the first "
        "thing a guesser tries. Use words that have nothing to do with you."
    ),
    "passphrase_weak_guessable": N_(
        "That passphrase cannot be used: it is guessed in little time. Make it "
        "longer, with four or five random words."
    ),
    "passphrase_needed": N_(
        "A passphrase is needed: type it in a terminal or set ALUNA_FIELD_PASSPHRASE."
    ),
    "created": N_("Vault created in {path}."),
    "wipe_confirm": N_("Wiping the vault cannot be undone: run the command again with --yes."),
    "record_not_found": N_("There is no record {id}."),
    "json_invalid": N_("The file is not valid JSON ({where})."),
    "json_not_object": N_("A JSON object (or a list of objects) was expected."),
    "file_not_found": N_("File not found: {path}."),
    "file_unreadable": N_("Cannot read the file {path}."),
    "deleted": N_("Record {id} deleted."),
    "redacted": N_("Content redacted on {id}."),
    "not_coordinator": N_("Only a coordinator can do this."),
    "field_unknown": N_("Unknown field: {field}."),
    "no_conflict": N_("Field {field} has no conflict."),
    "record_no_conflict": N_("Record {id} has no conflicts."),
    "not_boolean": N_("{field} is settled with true (delete) or false (keep)."),
    "no_such_version": N_(
        "Record {id} has no such version (use an op_id from history or conflicts)."
    ),
    "not_deleted": N_("Record {id} is not deleted."),
    "resolve_needs_field": N_(
        "Name the field to settle with --value (or use --keep-version OP_ID)."
    ),
    "demo_team_exists": N_(
        "There are practice team vaults in {path} already: choose another folder with --team-dir."
    ),
    "demo_not_empty": N_("The vault is not empty: the demo only fills new vaults."),
    "card_invalid": N_(
        "The card cannot be read: it is not an Aluna Field card or it was copied wrong."
    ),
    "card_incomplete": N_("The card is incomplete: a part or the CHECK line is missing."),
    "card_checksum": N_("The card has a copying mistake (its checksum does not match)."),
    "card_too_large": N_("The file is too large to be a card."),
    "card_is_self": N_("That is this device's own card."),
    "card_not_coordinator": N_("A team is joined with a coordinator's card only."),
    "already_in_team": N_("This device already belongs to another team."),
    "team_not_coordinator": N_("Only a team coordinator can change the roster."),
    "unknown_role": N_("Unknown role."),
    "device_revoked_rejoin": N_(
        "That device was revoked and cannot come back with the same keys: create a new vault on it."
    ),
    "device_unknown": N_("There is no device {id} on the team."),
    "revoke_self": N_("A device cannot revoke itself."),
    "team_added": N_("{name} ({id}) added to the team as {role}."),
    "team_already": N_("{name} was already on the team."),
    "roster_invalid": N_("The team roster in the bundle is not valid (broken signature or chain)."),
    "roster_other_team": N_("The bundle belongs to another team."),
    "not_joined": N_("This device has not joined a team yet (team join)."),
    "roster_not_anchored": N_(
        "The team roster is not signed by the coordinator this device trusts: it was not accepted."
    ),
    "no_recipients": N_("There is no one to send to: this device knows no one on the team yet."),
    "not_a_folder": N_("{path} is not a folder."),
    "import_already": N_("{file}: already imported; nothing new."),
    "import_skipped": N_("{file}: it is for another device; left as it is."),
    "export_write_failed": N_(
        "Could not write to {path} (stick full, pulled out or "
        "write-protected?). No half-written bundle was left."
    ),
    "file_unwritable": N_("Cannot write the file {path}."),
    "bundle_empty": N_("the file is empty."),
    "bundle_not_a_bundle": N_("it is not an Aluna Field bundle."),
    "bundle_unknown_version": N_("unknown bundle version (an update may be needed)."),
    "bundle_unknown_suite": N_("it uses a cipher suite this version does not know."),
    "bundle_too_many_recipients": N_("it declares more recipients than allowed."),
    "bundle_not_for_us": N_("it is not addressed to this device."),
    "bundle_own": N_("this device wrote it."),
    "bundle_tampered": N_("it was altered or is damaged."),
    "bundle_truncated": N_("it is incomplete (cut short or badly copied)."),
    "bundle_partial": N_("it is a half-written file (was the USB stick pulled out too early?)."),
    "bundle_unreadable": N_("the file cannot be read."),
    "bundle_malformed": N_("its content is malformed."),
    "bundle_frame_too_large": N_("it holds a block larger than allowed."),
    "bundle_inflates_too_much": N_("it holds a block that decompresses past the limit."),
    "bundle_too_large": N_("it holds more operations than allowed."),
    "bundle_bad_signature": N_("the sender's signature is not valid."),
    "bundle_bad_changeset": N_("a change set lacks a valid signature of its author."),
    "bundle_op_not_signed": N_("it holds changes that their author did not sign."),
    "bundle_op_rejected": N_("it holds a malformed change."),
    "bundle_record_collision": N_(
        "it holds a change that claims to create a record its author did not create."
    ),
    "bundle_op_future": N_("it holds changes from a newer version of Aluna Field: update the app."),
    "bundle_redact_not_coordinator": N_("it holds a redaction not made by a coordinator."),
    "bundle_unknown_sender": N_("the sender is not on the team roster."),
    "bundle_unknown_author": N_("it holds changes by a device that is not on the team."),
    "bundle_sender_revoked": N_(
        "the device that sent it was revoked: nothing it sends is accepted any more."
    ),
    "report_bad_date": N_("The {option} date is not valid: write it as YYYY-MM-DD."),
    "report_dates_reversed": N_("The --from date is after the --to date."),
    "report_min_cell": N_(
        "--min-cell must be at least {floor}: smaller cells could let someone be recognized."
    ),
    "report_anonymised_format": N_("The anonymised dataset is only saved as CSV."),
    "report_unknown_region": N_("No subject has the region {region}."),
    "report_out_folder": N_("The folder to save {path} in does not exist."),
    "report_out_is_folder": N_("{path} is a folder: give a file name."),
    "report_out_in_vault": N_("Reports are not saved inside the vault's folder."),
    "report_write_failed": N_(
        "Could not write {path} (disk full or no permission?). No partial file was left."
    ),
    "report_coordinators_only": N_(
        "Reports are for coordinators only; this vault belongs to an accompanier."
    ),
    "report_outside_filters": N_(
        "The activity and memory reports cover the whole organisation: they "
        "take no --region or --area."
    ),
    "report_bad_by": N_("--by must be one of: {choices}."),
    "report_bad_area_level": N_("--area-level must be one of: {choices}."),
    "report_organisation": N_(
        "The organisation's name must be one line of at most {max} characters."
    ),
    "usage_error": N_("Usage error: {detail}"),
    "team_add_role_required": N_(
        "Give the role with --role accompanier or --role coordinator: you choose it, not the card."
    ),
    "no_display": N_("No display is available to open the app."),
    "relay_offline": N_(
        "Offline: the relay cannot be reached. Nothing is lost; it will be tried again."
    ),
    "relay_connection_lost": N_(
        "Offline: the connection to the relay kept dropping. What moved stays "
        "done; the rest will be tried again."
    ),
    "relay_unavailable": N_("Offline: the relay is unavailable for now (HTTP {status})."),
    "relay_auth": N_("The relay refused the user name or password (HTTP 401). Nothing was pulled."),
    "relay_forbidden": N_(
        "The relay gives no access to that folder (HTTP 403). Nothing more was pulled."
    ),
    "relay_full": N_(
        "The relay is full (HTTP 507): the bundle could not be uploaded. Ask "
        "whoever runs the server for more space."
    ),
    "relay_too_large": N_("The relay does not accept files this large (HTTP 413)."),
    "relay_redirect": N_(
        "The relay answers with a redirect: check the address (https? trailing slash?)."
    ),
    "relay_unexpected": N_("The relay gave an unexpected answer (HTTP {status})."),
    "relay_garbage": N_("The answer is not from a WebDAV server (a wifi login page?)."),
    "relay_folder_missing": N_(
        "The relay folder does not exist and cannot be created: check the address."
    ),
    "relay_tls_untrusted": N_(
        "The relay's certificate is not trusted. For a self-hosted server, pin "
        "its fingerprint with --pin."
    ),
    "relay_pin_mismatch": N_(
        "The relay's certificate is not the pinned one: nothing was sent. It "
        "may be an attack or a renewed certificate; check with whoever runs "
        "the server."
    ),
    "relay_pin_invalid": N_("The pinned fingerprint must be a SHA-256 in hexadecimal (64 digits)."),
    "relay_url_invalid": N_("The relay address is not valid (expected https://HOST/path/)."),
    "relay_url_credentials": N_(
        "Do not put a user or password in the address: use --user and ALUNA_FIELD_RELAY_PASSWORD."
    ),
    "relay_http_refused": N_("The relay must use https (http only on this same machine)."),
    "relay_not_set": N_("No relay is remembered: give its address (sync relay URL --remember)."),
    "relay_password_needed": N_(
        "The relay password is needed: type it in a terminal or set ALUNA_FIELD_RELAY_PASSWORD."
    ),
    "exit_0": N_("done"),
    "exit_1": N_(
        "internal error (the message says where the log is; the log holds no record content)"
    ),
    "exit_2": N_("usage error"),
    "exit_3": N_(
        "the vault cannot be opened: wrong passphrase, no vault, damaged, open "
        "elsewhere; or its disk is full (nothing was saved)"
    ),
    "exit_4": N_(
        "invalid input: a record that fails validation, an unreadable or "
        "malformed file; export: the stick is full, pulled out or "
        "write-protected (no half-written bundle is left)"
    ),
    "exit_5": N_("bundle refused (the others are still imported; it changed nothing in the vault)"),
    "exit_6": N_(
        "relay offline: unreachable, or the connection kept dropping (nothing lost; try later)"
    ),
    "exit_7": N_("relay refused the user or password (401) or the folder (403)"),
    "exit_8": N_("relay full (507) or the file too large for it (413)"),
    "exit_9": N_("relay answered something that is not WebDAV (garbage, a login page, a redirect)"),
    "exit_10": N_("relay certificate not trusted, or not the pinned one"),
    "exit_130": N_("interrupted with Ctrl+C (what had not finished was not saved)"),
    "def_code_invalid": N_(
        "The code must start with a letter and use only lowercase letters, "
        "digits and “_” (up to 40)."
    ),
    "def_code_exists": N_("A field or code with that code exists already."),
    "def_type_change": N_("That field exists with another type; a field's type cannot be changed."),
    "def_type_invalid": N_(
        "Unknown type: use text, long_text, number, date, yes_no, choice or choices."
    ),
    "def_label_missing": N_("The label in this language is missing."),
    "def_label_too_long": N_("The label is too long (at most {n})."),
    "def_flag_invalid": N_("Must be true or false."),
    "def_choices_missing": N_("A choice field needs at least one choice."),
    "def_choices_too_many": N_("Too many choices (at most {n})."),
    "def_choice_duplicate": N_("That choice code is repeated."),
    "def_choices_not_allowed": N_("Only choice fields have choices."),
    "def_too_many_fields": N_("This kind of record already has {n} custom fields; no more fit."),
    "def_unknown_keys": N_("Unknown keys: {keys}."),
    "def_not_found": N_("There is no custom field with that code."),
    "def_code_not_found": N_("There is no custom code with that code."),
    "def_built_in": N_("The fields and codes the app comes with cannot be retired."),
    "def_unknown_vocabulary": N_(
        "Unknown vocabulary: {name}. Use event, perpetrator, intervention, "
        "impact_category or field_of_work."
    ),
    "def_invalid": N_("Invalid definition: {fields}"),
    "custom_field_unknown": N_("Field not defined yet on this device."),
    "custom_field_retired": N_("This field was retired: it takes no new values."),
    "custom_code_retired": N_("That code was retired: it is no longer offered."),
    "custom_value_required": N_("This field is required."),
    "custom_value_text": N_("Must be a text (not too long)."),
    "custom_value_number": N_("Must be a whole number."),
    "custom_value_date": N_("Must be a date YYYY-MM-DD."),
    "custom_value_yes_no": N_("Must be yes or no (true or false)."),
    "custom_value_choice": N_("Not one of this field's choices."),
    "custom_not_object": N_("“custom” must be an object mapping each code to its value."),
    "custom_undefined": N_("field not defined yet"),
    "bundle_definition_not_coordinator": N_(
        "Bundle refused: it carries a form definition written by a device that "
        "is not a coordinator."
    ),
    "bundle_definition_invalid": N_("Bundle refused: it carries an invalid form definition."),
}

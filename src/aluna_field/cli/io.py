"""Input and output helpers for the CLI: JSON files, passphrases, printing."""

from __future__ import annotations

import getpass
import json
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from ..l10n import _
from ..services.message_codes import BY_CODE


class InputError(Exception):
    """Bad input from the user (exit 4); `key` and `values` name a translated message."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


class UsageError(Exception):
    """Wrong use of the command line (exit 2)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


def read_json(source: str, stdin: TextIO) -> Any:
    """The JSON value in file `source` (or stdin for "-"); InputError if unreadable."""
    if source == "-":
        text = stdin.read()
    else:
        path = Path(source)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError as exc:
            raise InputError("file_not_found", path=source) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError("file_unreadable", path=source) from exc
    try:
        return json.loads(text)
    except ValueError as exc:
        # Position only: the message of json's error could quote the content.
        where = f"{getattr(exc, 'lineno', '?')}:{getattr(exc, 'colno', '?')}"
        raise InputError("json_invalid", where=where) from exc


def read_records(source: str, stdin: TextIO) -> dict[str, Any] | list[dict[str, Any]]:
    value = read_json(source, stdin)
    if isinstance(value, dict):
        return value
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        return value
    raise InputError("json_not_object")


def passphrase(
    lang: str,
    env: str = "ALUNA_FIELD_PASSPHRASE",
    confirm: bool = False,
    prompt_key: str = "passphrase_prompt",
) -> str:
    """From the environment (scripts) or asked on the terminal; never from argv."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError("passphrase_needed")
    first = getpass.getpass(_(lang, BY_CODE[prompt_key]))
    if confirm and getpass.getpass(_(lang, "Repeat the passphrase: ")) != first:
        raise UsageError("passphrase_mismatch")
    return first


def emit_json(value: Any, out: TextIO) -> None:
    out.write(json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n")


def say(message: str, err: TextIO) -> None:
    err.write(message + "\n")

"""Turning exceptions into a translated message and the contract's exit code."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from ..domain.failures import Failure
from ..domain.kinds import RecordInvalid, UnknownKindError
from ..l10n import _
from ..services import errors as service_errors
from ..services.merging import MergeRefused
from ..services.message_codes import BY_CODE
from ..services.messages import describe
from ..services.unlock_guard import TooSoon, WipedAfterFailures
from ..store import errors as store_errors
from ..store.db import is_damage, is_disk_full
from ..sync.errors import SyncError
from .env import CliEnv
from .exit_codes import EXIT_INPUT, EXIT_INTERNAL, EXIT_USAGE, EXIT_VAULT, exit_code
from .io import InputError, UsageError


def _field_list(exc: RecordInvalid, lang: str) -> str:
    parts = []
    for err in exc.errors:
        message = err.message_en if lang == "en" else err.message_es
        parts.append(f"{err.field}: {message}")
    return "; ".join(parts)


def handle(exc: BaseException, env: CliEnv) -> int:
    """Print the translated message for exc on stderr and return its exit code."""
    lang = env.lang
    if isinstance(exc, UsageError):
        env.stderr.write(_(lang, BY_CODE[exc.key], **exc.values) + "\n")
        return EXIT_USAGE
    if isinstance(exc, InputError):
        env.stderr.write(_(lang, BY_CODE[exc.key], **exc.values) + "\n")
        return EXIT_INPUT
    if is_disk_full(exc, env.ctx.vault_dir):
        env.stderr.write(
            _(
                lang,
                "The vault's disk is full: nothing was saved and the vault is intact. "
                "Free some space and try again.",
            )
            + "\n"
        )
        return EXIT_VAULT
    if is_damage(exc):
        env.stderr.write(
            _(lang, "The vault is damaged and cannot be read. Nothing was changed.") + "\n"
        )
        return EXIT_VAULT
    if isinstance(exc, TooSoon):
        env.stderr.write(
            _(
                lang,
                "Too many wrong passphrases: try again in {seconds} s.",
                seconds=-(-exc.wait_ms // 1000),
            )
            + "\n"
        )
        return EXIT_VAULT
    if isinstance(exc, WipedAfterFailures):
        env.stderr.write(
            _(
                lang,
                "The chosen number of wrong passphrases was reached: this device's "
                "vault was wiped and nothing can open it.",
            )
            + "\n"
        )
        return EXIT_VAULT
    if isinstance(exc, store_errors.VaultError):
        key = exc.code if exc.code in BY_CODE else "vault"
        env.stderr.write(_(lang, BY_CODE[key], path=env.ctx.vault_dir) + "\n")
        return EXIT_VAULT
    if isinstance(exc, RecordInvalid):
        env.stderr.write(_(lang, "Invalid record: {fields}", fields=_field_list(exc, lang)) + "\n")
        return EXIT_INPUT
    if isinstance(exc, UnknownKindError):
        env.stderr.write(_(lang, "Unknown record kind: {kind}.", kind=str(exc)) + "\n")
        return EXIT_INPUT
    if isinstance(exc, store_errors.RecordNotFound):
        env.stderr.write(_(lang, "There is no record {id}.", id="") + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.UnknownField):
        env.stderr.write(_(lang, "Unknown field: {field}.", field=exc.field) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.PassphraseTooShort):
        env.stderr.write(
            _(lang, "The passphrase must have at least {n} characters.", n=str(exc)) + "\n"
        )
        return EXIT_INPUT
    if isinstance(exc, service_errors.PassphraseTooWeak):
        env.stderr.write(_(lang, BY_CODE[f"passphrase_weak_{exc.reason}"]) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.DefinitionInvalid):
        fields = _field_list(RecordInvalid("definition", exc.errors), lang)
        env.stderr.write(_(lang, "Invalid definition: {fields}", fields=fields) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.DefinitionMissing):
        env.stderr.write(_(lang, BY_CODE[exc.key], name="") + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.NotAllowed):
        env.stderr.write(_(lang, "Only a coordinator can do this.") + "\n")
        return EXIT_USAGE
    extra = _bundle_exit(exc, env)
    if extra is not None:
        return extra
    log = write_crash_log(exc, env.ctx.log_dir)
    env.stderr.write(
        _(
            lang,
            "Internal error ({kind}). Technical details (no content) in {log}.",
            kind=type(exc).__name__,
            log=log,
        )
        + "\n"
    )
    return EXIT_INTERNAL


def _bundle_exit(exc: BaseException, env: CliEnv) -> int | None:
    """Errors that name their kind of failure (sync, relay, merge) map through the table."""
    if isinstance(exc, (SyncError, MergeRefused)) and isinstance(exc.failure, Failure):
        env.stderr.write(describe(exc, env.lang) + "\n")
        return exit_code(exc.failure)
    return None


def write_crash_log(exc: BaseException, log_dir: Path | None) -> str:
    """Append the exception type and stack (file, line, function; no messages, no values)."""
    if log_dir is None:
        return "-"
    frames = traceback.extract_tb(exc.__traceback__)
    lines = [f"{datetime.now(tz=UTC).isoformat()} {type(exc).__module__}.{type(exc).__name__}"]
    lines += [f"  {f.filename}:{f.lineno} in {f.name}" for f in frames]
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        path = log_dir / "aluna-field-errors.log"
        with open(path, "a", encoding="utf-8") as fh:
            fh.write("\n".join(lines) + "\n")
    except OSError:
        return "-"
    return str(path)

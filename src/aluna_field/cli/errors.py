"""Turning exceptions into a translated message and the contract's exit code."""

from __future__ import annotations

import traceback
from datetime import UTC, datetime
from pathlib import Path

from ..domain.failures import Failure
from ..domain.kinds import RecordInvalid, UnknownKindError
from ..i18n import MESSAGES, tr
from ..services import errors as service_errors
from ..services.merging import MergeRefused
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
        env.stderr.write(tr(exc.key, lang, **exc.values) + "\n")
        return EXIT_USAGE
    if isinstance(exc, InputError):
        env.stderr.write(tr(exc.key, lang, **exc.values) + "\n")
        return EXIT_INPUT
    if is_disk_full(exc, env.ctx.vault_dir):
        env.stderr.write(tr("vault_disk_full", lang) + "\n")
        return EXIT_VAULT
    if is_damage(exc):
        env.stderr.write(tr("vault_damaged", lang) + "\n")
        return EXIT_VAULT
    if isinstance(exc, TooSoon):
        env.stderr.write(tr("unlock_too_soon", lang, seconds=-(-exc.wait_ms // 1000)) + "\n")
        return EXIT_VAULT
    if isinstance(exc, WipedAfterFailures):
        env.stderr.write(tr("wiped_after_failures", lang) + "\n")
        return EXIT_VAULT
    if isinstance(exc, store_errors.VaultError):
        key = exc.code if exc.code in MESSAGES else "vault"
        env.stderr.write(tr(key, lang, path=env.ctx.vault_dir) + "\n")
        return EXIT_VAULT
    if isinstance(exc, RecordInvalid):
        env.stderr.write(tr("record_invalid", lang, fields=_field_list(exc, lang)) + "\n")
        return EXIT_INPUT
    if isinstance(exc, UnknownKindError):
        env.stderr.write(tr("unknown_kind", lang, kind=str(exc)) + "\n")
        return EXIT_INPUT
    if isinstance(exc, store_errors.RecordNotFound):
        env.stderr.write(tr("record_not_found", lang, id="") + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.UnknownField):
        env.stderr.write(tr("field_unknown", lang, field=exc.field) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.PassphraseTooShort):
        env.stderr.write(tr("passphrase_too_short", lang, n=str(exc)) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.PassphraseTooWeak):
        env.stderr.write(tr(f"passphrase_weak_{exc.reason}", lang) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.DefinitionInvalid):
        fields = _field_list(RecordInvalid("definition", exc.errors), lang)
        env.stderr.write(tr("def_invalid", lang, fields=fields) + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.DefinitionMissing):
        env.stderr.write(tr(exc.key, lang, name="") + "\n")
        return EXIT_INPUT
    if isinstance(exc, service_errors.NotAllowed):
        env.stderr.write(tr("not_coordinator", lang) + "\n")
        return EXIT_USAGE
    extra = _bundle_exit(exc, env)
    if extra is not None:
        return extra
    log = write_crash_log(exc, env.ctx.log_dir)
    env.stderr.write(tr("internal_error", lang, kind=type(exc).__name__, log=log) + "\n")
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

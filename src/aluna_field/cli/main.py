"""`aluna-field`: the command line over the same services as the desktop app.

With no command it opens the desktop app; PySide6 is imported only then, so scripts
and tests that use the CLI never load Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TextIO

from .. import __version__
from ..l10n import _, system_lang
from ..services.context import AppContext, default_context
from . import demo_cmds, form_cmds, record_cmds, report_cmds, sync_cmds, team_cmds, vault_cmds
from .env import CliEnv
from .errors import handle
from .exit_codes import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE
from .io import UsageError

COMMAND_GROUPS = (
    vault_cmds,
    record_cmds,
    demo_cmds,
    team_cmds,
    sync_cmds,
    report_cmds,
    form_cmds,
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse's own wording names options and choices; no record content can be in it.
        raise UsageError("usage_error", detail=message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="aluna-field", description="Aluna Field")
    parser.add_argument("--vault", type=Path, help="vault folder (or ALUNA_FIELD_VAULT)")
    parser.add_argument("--lang", choices=["es", "en"], help="language of messages")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for group in COMMAND_GROUPS:
        group.register(sub)
    return parser


def _lang(arg: str | None) -> str:
    return arg or os.environ.get("ALUNA_FIELD_LANG") or system_lang()


def run(
    argv: list[str],
    context: AppContext | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run one command; returns the exit code. Tests pass their own context and streams."""
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    stderr = stderr or sys.stderr
    pre_lang = _lang(None)
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            pre_lang = argv[i + 1]
    ctx = context or default_context(None, pre_lang if pre_lang in ("es", "en") else "es")
    env = CliEnv(ctx, stdin, stdout, stderr)
    try:
        args = build_parser().parse_args(argv)
        lang = _lang(args.lang) if context is None else (args.lang or ctx.lang)
        if context is None:
            ctx = default_context(args.vault, lang)
        elif args.vault is not None or args.lang:
            ctx = AppContext(
                args.vault or ctx.vault_dir,
                lang,
                ctx.now_ms,
                ctx.kdf_policy,
                ctx.log_dir,
                ctx.sleep_ms,
            )
        env = CliEnv(ctx, stdin, stdout, stderr)
        if args.version:
            from ..services.about import versions

            info = versions()
            stdout.write(f"aluna-field {__version__}\n")
            for key in ("license", "sqlcipher", "sqlite", "cryptography"):
                stdout.write(f"{key}: {info[key]}\n")
            return 0
        if args.command is None:
            return _open_app(env)
        code: int = args.func(args, env)
        return code
    except SystemExit as exc:  # --help
        return int(exc.code or 0) if isinstance(exc.code, int) else EXIT_USAGE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception as exc:
        return handle(exc, env)


def _open_app(env: CliEnv) -> int:
    try:
        from ..ui.app import run_app
    except ImportError:
        env.stderr.write(
            _(env.lang, "The desktop app is not installed (PySide6 is missing).") + "\n"
        )
        return EXIT_INTERNAL
    code: int = run_app(env.ctx)
    return code


def harden_process() -> None:
    """What every process of ours does first: files it creates (vault, key file, exports)
    are readable by this user only, and a crash writes no core dump, which would hold
    decrypted records and keys from memory."""
    os.umask(0o077)
    try:
        import resource
    except ImportError:  # Windows: no core dumps to switch off this way
        return
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def main() -> None:
    """Console-script entry point."""
    harden_process()
    sys.exit(run(sys.argv[1:]))

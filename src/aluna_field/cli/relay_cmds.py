"""`sync relay`: one push-and-pull round through a WebDAV folder (see docs/relay.md)."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from typing import Any

from ..l10n import _, ngettext
from ..services import exchange, relay
from ..services.messages import describe
from ..sync.relay.errors import RelayConfig
from .env import CliEnv
from .exit_codes import exit_code
from .import_report import outcome_json, print_outcome
from .io import emit_json


def register(ssub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    q = ssub.add_parser("relay", help="push and pull bundles through a WebDAV folder")
    q.add_argument("url", nargs="?", metavar="URL", help="the folder; default: the remembered")
    q.add_argument("--user", metavar="NAME", help="password from ALUNA_FIELD_RELAY_PASSWORD")
    q.add_argument("--pin", metavar="SHA256", help="pinned certificate fingerprint")
    q.add_argument("--remember", action="store_true", help="remember this relay in the vault")
    q.add_argument(
        "--remember-password",
        action="store_true",
        help="also remember the password, inside the encrypted vault",
    )
    q.add_argument("--forget", action="store_true", help="forget the remembered relay")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_relay)


def _password(env: CliEnv, needed: bool) -> str | None:
    value = os.environ.get(relay.PASSWORD_ENV)
    if value is not None or not needed:
        return value
    if not sys.stdin.isatty():
        raise RelayConfig("relay_password_needed")
    return getpass.getpass(_(env.lang, "Relay password: "))


def cmd_relay(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        if args.forget:
            relay.forget(s)
            env.tell(_(env.lang, "Relay forgotten."))
            return 0
        target = relay.resolve_target(s, args.url, args.user, args.pin, _password(env, False))
        if target.user is not None and target.password is None:
            target = replace(target, password=_password(env, True))
        if args.remember or args.remember_password:
            relay.remember(s, target, args.pin, args.remember_password)
            env.tell(
                _(env.lang, "Relay and password remembered in the vault (encrypted).")
                if args.remember_password
                else _(env.lang, "Relay remembered in the vault.")
            )
        report = relay.run_round(s, target)
        names = exchange.author_names(s)
    if args.json:
        emit_json(_report_json(report, env.lang, names), env.stdout)
    else:
        _print(report, env, names)
    if report.error is not None:
        env.stderr.write(describe(report.error, env.lang) + "\n")
    return exit_code(report.failure)


def _print(report: relay.RoundReport, env: CliEnv, names: dict[str, str]) -> None:
    lang = env.lang
    for sent in report.sent:
        to = ", ".join(sent.recipients)
        env.stdout.write(
            ngettext(
                lang,
                "Sent {name} for {to} ({ops} operation).",
                "Sent {name} for {to} ({ops} operations).",
                sent.ops,
                name=sent.name,
                to=to,
                ops=sent.ops,
            )
            + "\n"
        )
    for o in report.received:
        print_outcome(o, env, names)
    summary = _(
        lang,
        "Relay: {sent} sent, {received} received, {skipped} files foreign or "
        "for other devices, {deleted} removed from the relay, {pending} "
        "awaiting acknowledgement.",
        sent=len(report.sent),
        received=len(report.imported),
        skipped=report.skipped,
        deleted=report.deleted,
        pending=report.pending_out,
    )
    env.stdout.write(summary + "\n")


def _report_json(report: relay.RoundReport, lang: str, names: dict[str, str]) -> dict[str, Any]:
    error = report.error
    return {
        "sent": [{"file": s.name, "to": s.recipients, "ops": s.ops} for s in report.sent],
        "received": [
            outcome_json(o, lang, names, os.path.basename(o.path)) for o in report.received
        ],
        "skipped": report.skipped,
        "deleted": report.deleted,
        "pending": report.pending_out,
        "retries": report.retries,
        "error": error.key if error else None,
        "message": describe(error, lang) if error else None,
        "exit_code": exit_code(report.failure),
    }

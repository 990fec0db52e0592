"""Vault commands: init, info, passwd, wipe, recovery."""

from __future__ import annotations

import argparse
import os

from ..l10n import _
from ..services.vaults import create_vault, open_vault_with_recovery, wipe_vault
from .env import CliEnv
from .io import UsageError, emit_json, passphrase


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("init", help="create the vault and this device's identity")
    p.add_argument("--name", required=True)
    p.add_argument("--role", choices=["accompanier", "coordinator"], default="accompanier")
    p.add_argument("--team")
    p.add_argument("--recovery", action="store_true", help="also print recovery words")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("info", help="this device and vault")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("passwd", help="change the passphrase")
    p.add_argument(
        "--recovery",
        action="store_true",
        help="open with the recovery words (ALUNA_FIELD_RECOVERY_WORDS) instead",
    )
    p.set_defaults(func=cmd_passwd)

    p = sub.add_parser("recovery", help="create new recovery words (replaces the old ones)")
    p.set_defaults(func=cmd_recovery)

    p = sub.add_parser("wipe", help="crypto-erase the vault")
    p.add_argument("--yes", action="store_true")
    p.set_defaults(func=cmd_wipe)


def _print_identity(env: CliEnv, device_id: str, fingerprint: str) -> None:
    env.stdout.write(_(env.lang, "Device: {id}", id=device_id) + "\n")
    env.stdout.write(_(env.lang, "Fingerprint: {fp}", fp=fingerprint) + "\n")


def cmd_init(args: argparse.Namespace, env: CliEnv) -> int:
    secret = passphrase(env.lang, confirm=True)
    team = args.team
    if args.role == "coordinator" and not team:
        team = args.name
    with create_vault(env.ctx, secret, args.name, args.role, team) as s:
        env.tell(_(env.lang, "Vault created in {path}.", path=env.ctx.vault_dir))
        _print_identity(env, s.identity.device_id, s.identity.public.fingerprint())
        if args.recovery:
            _show_recovery(env, s.add_recovery())
    return 0


def cmd_info(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        info = s.info()
    if args.json:
        emit_json(info, env.stdout)
    else:
        for key in (
            "name",
            "role",
            "team",
            "device_id",
            "fingerprint",
            "records",
            "conflicts",
            "vault",
        ):
            env.stdout.write(f"{key}: {info[key]}\n")
    return 0


def cmd_passwd(args: argparse.Namespace, env: CliEnv) -> int:
    if args.recovery:
        words = os.environ.get("ALUNA_FIELD_RECOVERY_WORDS")
        if words is None:
            raise UsageError("passphrase_needed")
        session = open_vault_with_recovery(env.ctx, words)
    else:
        session = None
    new = passphrase(
        env.lang, env="ALUNA_FIELD_NEW_PASSPHRASE", confirm=True, prompt_key="new_passphrase_prompt"
    )
    from ..services.vaults import check_passphrase

    check_passphrase(new)
    if session is None:
        with env.session() as s:
            s.change_passphrase(new)
    else:
        with session as s:
            s.change_passphrase(new)
    env.tell(_(env.lang, "Passphrase changed."))
    return 0


def cmd_recovery(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        words = s.add_recovery()
    _show_recovery(env, words)
    return 0


def _show_recovery(env: CliEnv, words: str) -> None:
    """The recovery words on stdout (never stderr, never a log), once."""
    heading = _(
        env.lang,
        "Recovery words (write them on paper and keep them apart; they will not be shown again):",
    )
    env.stdout.write(heading + "\n" + words + "\n")


def cmd_wipe(args: argparse.Namespace, env: CliEnv) -> int:
    if not args.yes:
        raise UsageError("wipe_confirm")
    wipe_vault(env.ctx)
    env.tell(_(env.lang, "Vault wiped: the key was destroyed and nothing can open it."))
    return 0

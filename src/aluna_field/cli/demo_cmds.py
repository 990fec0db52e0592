"""`demo`: create the fictional training vault (see services/demo.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import _, ngettext
from ..services.demo import DemoNotEmpty
from ..services.demo_team import DemoTeamExists, create_demo_vault, default_team_dir
from ..services.vaults import check_passphrase, vault_exists
from .env import CliEnv
from .io import InputError, passphrase


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("demo", help="create a training vault with fictional records")
    # Also accepted after the command (`demo --vault DIR`); SUPPRESS keeps the global
    # option's value when it is not repeated here.
    p.add_argument("--vault", type=Path, default=argparse.SUPPRESS, help="vault folder")
    p.add_argument("--seed", type=int, default=7, help="the same seed gives the same records")
    p.add_argument(
        "--team-dir",
        type=Path,
        metavar="DIR",
        help="where the accompaniers' vaults go (default: beside the vault, <vault>-equipo)",
    )
    p.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace, env: CliEnv) -> int:
    secret = passphrase(env.lang, confirm=not vault_exists(env.ctx))
    check_passphrase(secret)
    folder = args.team_dir or default_team_dir(env.ctx.vault_dir)
    try:
        made = create_demo_vault(env.ctx, secret, args.seed, folder)
    except DemoNotEmpty as exc:
        raise InputError("demo_not_empty") from exc
    except DemoTeamExists as exc:
        raise InputError("demo_team_exists", path=folder) from exc
    env.tell(
        ngettext(
            env.lang,
            "Training vault created with {n} fictional record.",
            "Training vault created with {n} fictional records.",
            made.records,
            n=made.records,
        )
    )
    env.tell(_(env.lang, "Vault created in {path}.", path=env.ctx.vault_dir))
    env.tell(
        _(
            env.lang,
            "The practice team's vaults are in {path}: {names} (same passphrase). "
            "A conflict is waiting in the coordinator's vault.",
            path=folder,
            names=", ".join(made.members),
        )
    )
    return 0

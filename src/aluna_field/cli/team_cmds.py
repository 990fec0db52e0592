"""Team commands: card, join, add, list, revoke, role."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..l10n import _
from ..services import team
from ..services.message_codes import BY_CODE
from ..store.atomic import write_atomic
from .env import CliEnv
from .io import InputError, UsageError, emit_json

MAX_CARD_FILE = 64 * 1024


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("team", help="the team roster: cards, joining, revoking")
    tsub = p.add_subparsers(dest="team_cmd", required=True)

    q = tsub.add_parser("card", help="this device's public card")
    q.add_argument("--out", metavar="FILE")
    q.set_defaults(func=cmd_card)

    q = tsub.add_parser("join", help="trust the coordinator whose card this is")
    q.add_argument("card", metavar="CARD", help="card file (or - for standard input)")
    q.set_defaults(func=cmd_join)

    q = tsub.add_parser("add", help="add a device to the team (coordinators)")
    q.add_argument("card", metavar="CARD", help="card file (or - for standard input)")
    # Not argparse's required=True: its message would be English whatever --lang says.
    q.add_argument(
        "--role",
        choices=["accompanier", "coordinator"],
        help="the role on the team (required: the coordinator chooses it, not the card)",
    )
    q.set_defaults(func=cmd_add)

    q = tsub.add_parser("list", help="devices on the team")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_list)

    q = tsub.add_parser("revoke", help="revoke a device (coordinators)")
    q.add_argument("device_id", metavar="DEVICE_ID")
    q.set_defaults(func=cmd_revoke)

    q = tsub.add_parser("role", help="change a device's role (coordinators)")
    q.add_argument("device_id", metavar="DEVICE_ID")
    q.add_argument("role", choices=["accompanier", "coordinator"])
    q.set_defaults(func=cmd_role)


def _read_card(source: str, env: CliEnv) -> str:
    if source == "-":
        return env.stdin.read(MAX_CARD_FILE)
    path = Path(source)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_CARD_FILE + 1)
    except FileNotFoundError as exc:
        raise InputError("file_not_found", path=source) from exc
    except OSError as exc:
        raise InputError("file_unreadable", path=source) from exc
    if len(raw) > MAX_CARD_FILE:
        raise InputError("card_too_large")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError("card_invalid") from exc


def cmd_card(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        text = team.my_card(s)
    if args.out:
        try:
            write_atomic(Path(args.out), text.encode("ascii"))
        except OSError as exc:
            raise InputError("file_unwritable", path=args.out) from exc
        env.tell(_(env.lang, "Card written to {path}.", path=args.out))
    else:
        env.stdout.write(text)
    return 0


def _print_code(env: CliEnv, enrolment: team.Enrolment) -> None:
    env.stdout.write(_(env.lang, "Safety code: {code}", code=enrolment.safety_code) + "\n")
    env.tell(
        _(
            env.lang,
            "Compare this code aloud with {name}, in person: it must be the same on both devices.",
            name=enrolment.name,
        )
    )


def cmd_join(args: argparse.Namespace, env: CliEnv) -> int:
    text = _read_card(args.card, env)
    with env.session() as s:
        result = team.join(s, text)
    env.tell(
        _(env.lang, "{name} was already on the team.", name=result.name)
        if result.already
        else _(env.lang, "This device now trusts the coordinator {name}.", name=result.name)
    )
    _print_code(env, result)
    return 0


def cmd_add(args: argparse.Namespace, env: CliEnv) -> int:
    if args.role is None:
        raise UsageError("team_add_role_required")
    text = _read_card(args.card, env)
    with env.session() as s:
        result = team.add(s, text, args.role)
    key = "team_already" if result.already else "team_added"
    env.tell(_(env.lang, BY_CODE[key], name=result.name, id=result.device_id, role=result.role))
    _print_code(env, result)
    return 0


def cmd_list(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        found = team.members(s)
    if args.json:
        emit_json([m.to_json() for m in found], env.stdout)
        return 0
    for m in found:
        flag = _(env.lang, "  (revoked)") if m.revoked else ""
        env.stdout.write(f"{m.device_id}  {m.role:<12} {m.name}{flag}\n")
    if not found:
        env.tell(
            _(
                env.lang,
                "This vault holds no team roster yet: it comes with the coordinator's "
                "first bundle.",
            )
        )
    return 0


def cmd_revoke(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        member = team.revoke(s, args.device_id)
    env.tell(
        _(env.lang, "{name}'s device ({id}) was revoked.", name=member.name, id=member.device_id)
    )
    return 0


def cmd_role(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        member = team.set_role(s, args.device_id, args.role)
    env.tell(_(env.lang, "{name} now has the role {role}.", name=member.name, role=member.role))
    return 0

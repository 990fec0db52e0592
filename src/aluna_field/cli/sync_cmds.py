"""Sync commands: export bundles to a folder, import bundles from files or folders."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..i18n import tr
from ..services import exchange
from ..sync.importer import Outcome
from . import relay_cmds
from .env import CliEnv
from .exit_codes import EXIT_BUNDLE
from .io import InputError, emit_json


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("sync", help="exchange bundles with the team")
    ssub = p.add_subparsers(dest="sync_cmd", required=True)

    q = ssub.add_parser(
        "export",
        help="write bundles for the team into DIR (on a drive: DIR/aluna-field/, as the app)",
    )
    q.add_argument("--to", required=True, metavar="DIR")
    q.add_argument("--for", dest="for_", action="append", metavar="DEVICE_ID")
    q.set_defaults(func=cmd_export)

    q = ssub.add_parser("import", help="import bundle files or folders of them")
    q.add_argument("paths", nargs="+", metavar="PATH")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_import)

    relay_cmds.register(ssub)


def cmd_export(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        # Into the stick's aluna-field/ folder, where the app looks for bundles too.
        written = exchange.export(s, exchange.export_folder(Path(args.to)), args.for_)
    for w in written:
        env.stdout.write(f"{w.path}\n")
        names = ", ".join(m.name for m in w.recipients)
        env.say("export_line", name=w.path.name, to=names, ops=w.stats.ops)
    return 0


def _outcome_json(o: Outcome, lang: str, names: dict[str, str]) -> dict[str, Any]:
    return {
        "file": o.path,
        "status": o.status,
        "reason": o.reason.key if o.reason else None,
        "message": o.reason.message(lang) if o.reason else None,
        "sender": o.sender if o.status == "imported" else None,
        "sender_name": o.sender_name if o.status == "imported" else None,
        "new": {names.get(a, a): n for a, n in sorted(o.new_by_author.items())},
        "changed": {names.get(a, a): n for a, n in sorted(o.changed_by_author.items())},
        "conflicts": o.conflicts,
        "ops": o.ops,
        "attachments": o.attachments,
    }


def _print(o: Outcome, env: CliEnv, names: dict[str, str]) -> None:
    name = Path(o.path).name
    if o.status in ("already", "skipped"):
        key = "import_already" if o.status == "already" else "import_skipped"
        env.stdout.write(tr(key, env.lang, file=name) + "\n")
        return
    if o.status == "refused" and o.reason is not None:
        reason = o.reason.message(env.lang)
        env.stdout.write(tr("import_refused", env.lang, file=name, reason=reason) + "\n")
        return
    sender = o.sender_name or o.sender or "?"
    env.stdout.write(
        tr("import_done", env.lang, file=name, sender=sender, conflicts=o.conflicts) + "\n"
    )
    for author in sorted(set(o.new_by_author) | set(o.changed_by_author)):
        env.stdout.write(
            tr(
                "import_author",
                env.lang,
                author=names.get(author, author),
                new=o.new_by_author.get(author, 0),
                changed=o.changed_by_author.get(author, 0),
            )
            + "\n"
        )
    if o.future_clock:
        env.say("import_future_clock", file=name)


def cmd_import(args: argparse.Namespace, env: CliEnv) -> int:
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise InputError("file_not_found", path=str(p))
    with env.session() as s:
        outcomes = exchange.import_paths(s, paths)
        names = exchange.author_names(s)
    if args.json:
        emit_json([_outcome_json(o, env.lang, names) for o in outcomes], env.stdout)
    else:
        for o in outcomes:
            _print(o, env, names)
        if not outcomes:
            env.say("import_nothing")
    return EXIT_BUNDLE if any(o.status == "refused" for o in outcomes) else 0

"""Sync commands: export bundles to a folder, import bundles from files or folders."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..domain.failures import Failure
from ..l10n import _, ngettext
from ..services import bundle_files, exchange, intake
from . import relay_cmds
from .env import CliEnv
from .exit_codes import exit_code
from .import_report import outcome_json, print_outcome
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
        written = exchange.export(s, bundle_files.export_folder(Path(args.to)), args.for_)
    for w in written:
        env.stdout.write(f"{w.path}\n")
        names = ", ".join(m.name for m in w.recipients)
        env.tell(
            ngettext(
                env.lang,
                "Bundle {name} for {to} ({ops} operation).",
                "Bundle {name} for {to} ({ops} operations).",
                w.stats.ops,
                name=w.path.name,
                to=names,
                ops=w.stats.ops,
            )
        )
    return 0


def cmd_import(args: argparse.Namespace, env: CliEnv) -> int:
    paths = [Path(p) for p in args.paths]
    for p in paths:
        if not p.exists():
            raise InputError("file_not_found", path=str(p))
    with env.session() as s:
        came = intake.import_paths(s, paths)
        names = exchange.author_names(s)
    if args.json:
        emit_json([outcome_json(o, env.lang, names, o.path) for o in came.outcomes], env.stdout)
    else:
        for o in came.outcomes:
            print_outcome(o, env, names)
        if not came.outcomes:
            env.tell(_(env.lang, "No bundle was found."))
    return exit_code(Failure.BUNDLE) if came.refused else exit_code(None)

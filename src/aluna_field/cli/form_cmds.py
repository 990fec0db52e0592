"""Forms and vocabularies: `form show|add-field|retire`, `vocabulary show|add` (cli.md)."""

from __future__ import annotations

import argparse
from typing import Any

from ..domain import kinds as domain
from ..domain.definitions import VOCABULARIES
from ..l10n import _
from ..services import forms
from .env import CliEnv
from .io import emit_json, read_json

KINDS = list(domain.KIND_CODES)
NAMES = list(VOCABULARIES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    form = sub.add_parser("form", help="a kind's form: its fields, custom ones included")
    fsub = form.add_subparsers(dest="form_command", required=True)
    p = fsub.add_parser("show", help="the fields of a kind, in form order")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_form_show)
    p = fsub.add_parser("add-field", help="add a custom field (coordinators)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", dest="source", required=True, metavar="FILE|-")
    p.set_defaults(func=cmd_add_field)
    p = fsub.add_parser("retire", help="retire a custom field (old values stay visible)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("code")
    p.set_defaults(func=cmd_retire)

    vocab = sub.add_parser("vocabulary", help="the codes of a coded field")
    vsub = vocab.add_subparsers(dest="vocabulary_command", required=True)
    p = vsub.add_parser("show", help="a vocabulary's codes, custom ones included")
    p.add_argument("name", choices=NAMES)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_vocabulary_show)
    p = vsub.add_parser("add", help="add a code to a vocabulary (coordinators)")
    p.add_argument("name", choices=NAMES)
    p.add_argument("--json", dest="source", required=True, metavar="FILE|-")
    p.set_defaults(func=cmd_vocabulary_add)


def _lab(labels: dict[str, str], env: CliEnv) -> str:
    return labels["en" if env.lang == "en" else "es"]


def cmd_form_show(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        doc = forms.form_show(s, args.kind)
    if args.json:
        emit_json(doc, env.stdout)
        return 0
    for f in doc["fields"]:
        env.stdout.write(
            f"{f['code']:<24} {f['type']:<10} {_lab(f['labels'], env)}{_marks(f, env)}\n"
        )
    return 0


def cmd_add_field(args: argparse.Namespace, env: CliEnv) -> int:
    doc = read_json(args.source, env.stdin)
    with env.session() as s:
        code = forms.add_field(s, args.kind, doc)
    env.tell(_(env.lang, "Added: {code}.", code=code))
    return 0


def cmd_retire(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        forms.retire_field(s, args.kind, args.code)
    env.tell(_(env.lang, "Retired: {code}. Earlier values still show.", code=args.code))
    return 0


def cmd_vocabulary_show(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        codes = forms.vocabulary_show(s, args.name)
    if args.json:
        emit_json(codes, env.stdout)
        return 0
    for c in codes:
        env.stdout.write(f"{c['code']:<28} {_lab(c['labels'], env)}{_marks(c, env)}\n")
    return 0


def cmd_vocabulary_add(args: argparse.Namespace, env: CliEnv) -> int:
    doc = read_json(args.source, env.stdin)
    with env.session() as s:
        code = forms.add_code(s, args.name, doc)
    env.tell(_(env.lang, "Added: {code}.", code=code))
    return 0


__all__ = ["register"]


def _marks(entry: dict[str, Any], env: CliEnv) -> str:
    """ " *" after a custom field or code, "(retired)" after a retired one."""
    retired = (" (" + _(env.lang, "retired") + ")") if entry["retired"] else ""
    return (" *" if entry["custom"] else "") + retired

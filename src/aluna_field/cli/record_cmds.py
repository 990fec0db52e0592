"""Record commands: add, edit, delete, attach, show, list, search, history, conflicts,
resolve, restore, schema, redact."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..domain import kinds as domain
from ..l10n import _
from ..services.merging import conflict_json
from ..services.record_csv import kind_csv
from ..store.views import RecordView
from .env import CliEnv
from .io import InputError, UsageError, emit_json, read_json, read_records

KINDS = list(domain.KIND_CODES)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("add", help="add a record (or a JSON array of records)")
    p.add_argument("kind", choices=KINDS)
    p.add_argument("--json", dest="source", required=True, metavar="FILE|-")
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", help="change the given fields of a record")
    p.add_argument("id")
    p.add_argument("--json", dest="source", required=True, metavar="FILE|-")
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("delete", help="delete a record")
    p.add_argument("id")
    p.set_defaults(func=cmd_delete)

    p = sub.add_parser("attach", help="store a file inside the vault, tied to a record")
    p.add_argument("id")
    p.add_argument("file")
    p.set_defaults(func=cmd_attach)

    for name, func in (("show", cmd_show), ("history", cmd_history)):
        p = sub.add_parser(name)
        p.add_argument("id")
        p.add_argument("--json", action="store_true")
        p.set_defaults(func=func)

    p = sub.add_parser("list", help="list records")
    p.add_argument("--kind", choices=KINDS)
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--csv", action="store_true", help="CSV of one kind (needs --kind)")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("search", help="full-text search")
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("conflicts", help="records with conflicting edits")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve", help="settle a conflict: one field, or the whole record")
    p.add_argument("id")
    p.add_argument("field", nargs="?", help="the field (or _deleted) to settle with --value")
    group = p.add_mutually_exclusive_group(required=True)
    group.add_argument("--value", help="the JSON value to keep")
    group.add_argument(
        "--keep-version",
        metavar="OP_ID",
        help="settle every conflict of the record as this version (an op id from"
        " conflicts or history) has it",
    )
    p.set_defaults(func=cmd_resolve)

    p = sub.add_parser("restore", help="bring back a deleted record")
    p.add_argument("id")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("schema", help="the JSON Schema of a record kind")
    p.add_argument("kind", choices=KINDS)
    p.set_defaults(func=cmd_schema)

    p = sub.add_parser("redact", help="erase a record's or a field's content (coordinators)")
    p.add_argument("id")
    p.add_argument("field", nargs="?")
    p.set_defaults(func=cmd_redact)


def cmd_add(args: argparse.Namespace, env: CliEnv) -> int:
    data = read_records(args.source, env.stdin)
    with env.session() as s:
        ids = s.add(args.kind, data)
    env.stdout.write("".join(i + "\n" for i in ids))
    return 0


def cmd_edit(args: argparse.Namespace, env: CliEnv) -> int:
    data = read_records(args.source, env.stdin)
    if not isinstance(data, dict):
        raise InputError("json_not_object")
    with env.session() as s:
        changed = s.edit(args.id, data)
    env.tell(
        _(env.lang, "Record {id} updated.", id=args.id)
        if changed
        else _(env.lang, "Nothing changed.", id=args.id)
    )
    return 0


def cmd_delete(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        s.delete(args.id)
    env.tell(_(env.lang, "Record {id} deleted.", id=args.id))
    return 0


def cmd_attach(args: argparse.Namespace, env: CliEnv) -> int:
    path = Path(args.file)
    if not path.is_file():
        raise InputError("file_not_found", path=args.file)
    with env.session() as s:
        info = s.attach(args.id, path)
    env.stdout.write(str(info["id"]) + "\n")
    # Not its name: a file's name can say as much as its content, and stderr ends up in
    # scripts' logs. The id on stdout names the attachment.
    env.tell(_(env.lang, "Attachment stored in the vault."))
    return 0


def _human(view: dict[str, Any], env: CliEnv) -> None:
    for key in sorted(view):
        value = view[key]
        if key == "conflicts" and not value:
            continue
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        env.stdout.write(f"{key}: {text}\n")


def _summary(view: RecordView) -> str:
    fields = view.state.fields
    for name in ("alias", "title", "description", "narrative", "event", "sphere"):
        value = fields.get(name)
        if isinstance(value, str) and value:
            first = value.splitlines()[0]
            return first[:60]
    return ""


def _print_list(views: list[RecordView], args: argparse.Namespace, env: CliEnv) -> None:
    if args.json:
        emit_json([v.to_json() for v in views], env.stdout)
        return
    for v in views:
        flag = " !" if v.state.has_conflict else ""
        env.stdout.write(f"{v.rid}  {v.kind:<18} {_summary(v)}{flag}\n")


def cmd_show(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        view = s.show(args.id).to_json()
    if args.json:
        emit_json(view, env.stdout)
    else:
        _human(view, env)
    return 0


def cmd_list(args: argparse.Namespace, env: CliEnv) -> int:
    if args.csv and args.kind is None:
        raise UsageError("list_csv_needs_kind")
    with env.session() as s:
        if args.csv:
            env.stdout.write(kind_csv(s, args.kind, env.lang))
            return 0
        _print_list(s.list_records(args.kind), args, env)
    return 0


def cmd_search(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        _print_list(s.search(args.query), args, env)
    return 0


def cmd_conflicts(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        views = s.conflicts()
    if args.json:
        emit_json([conflict_json(v) for v in views], env.stdout)
        return 0
    if not views:
        env.tell(_(env.lang, "There are no conflicts."))
    for v in views:
        env.stdout.write(f"{v.rid}  {v.kind}\n")
        for name, cands in sorted(v.state.conflicts.items()):
            env.stdout.write(f"  {name}:\n")
            for c in cands:
                text = json.dumps(c.value, ensure_ascii=False)
                text = text if len(text) <= 60 else text[:57] + "..."
                env.stdout.write(f"    {_iso(c.wall)}  {c.author[:8]}  {c.op_id[:12]}  {text}\n")
        if v.state.delete_conflict:
            env.stdout.write("  _deleted: [true, false]\n")
    return 0


def _iso(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, tz=UTC).isoformat(timespec="seconds")


def cmd_history(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        versions = s.history(args.id)
    for v in versions:
        v["time"] = _iso(v["time_ms"])
    if args.json:
        emit_json(versions, env.stdout)
        return 0
    for v in versions:
        marks = (" *" if v["concurrent"] else "") + (" head" if v["head"] else "")
        what = ", ".join(v["fields"]) or (v["redact_target"] or "")
        env.stdout.write(
            f"{v['time']}  {v['author'][:8]}  {v['op_id'][:12]}  {v['type']:<7} {what}{marks}\n"
        )
    return 0


def cmd_resolve(args: argparse.Namespace, env: CliEnv) -> int:
    if args.keep_version is None and args.field is None:
        raise UsageError("resolve_needs_field")
    with env.session() as s:
        if args.keep_version:
            unsettled = s.keep_version(args.id, args.keep_version)
        else:
            s.resolve(args.id, args.field, read_json_text(args.value))
    if args.keep_version:
        env.tell(_(env.lang, "Conflicts of {id} settled with the chosen version.", id=args.id))
        if unsettled:
            env.tell(
                _(
                    env.lang,
                    "That version does not decide these fields, still in conflict: {fields}.",
                    fields=", ".join(unsettled),
                )
            )
    else:
        env.tell(_(env.lang, "Conflict settled on {id}.{field}.", id=args.id, field=args.field))
    return 0


def cmd_restore(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        s.restore(args.id)
    env.tell(_(env.lang, "Record {id} restored.", id=args.id))
    return 0


def read_json_text(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InputError("json_invalid", where="--value") from exc


def cmd_schema(args: argparse.Namespace, env: CliEnv) -> int:
    emit_json(domain.json_schema(args.kind), env.stdout)
    return 0


def cmd_redact(args: argparse.Namespace, env: CliEnv) -> int:
    with env.session() as s:
        s.redact(args.id, args.field)
    if args.field:
        env.tell(
            _(env.lang, "Content of field {field} redacted on {id}.", id=args.id, field=args.field)
        )
    else:
        env.tell(_(env.lang, "Content redacted on {id}.", id=args.id))
    return 0


__all__ = ["read_json", "register"]

"""What came in, as `sync import` and `sync relay` print it: one summary type
(services/intake.py), one way to print it and one JSON shape per file."""

from __future__ import annotations

import os
from typing import Any

from ..l10n import _
from ..services.message_codes import BY_CODE
from ..services.messages import describe
from ..sync.importer import Outcome
from .env import CliEnv


def outcome_json(o: Outcome, lang: str, names: dict[str, str], file: str) -> dict[str, Any]:
    """One file's result; `reason` is the refusal's code, `message` its words in lang."""
    return {
        "file": file,
        "status": o.status,
        "reason": o.reason.key if o.reason else None,
        "message": describe(o.reason, lang) if o.reason else None,
        "sender": o.sender if o.status == "imported" else None,
        "sender_name": o.sender_name if o.status == "imported" else None,
        "new": {names.get(a, a): n for a, n in sorted(o.new_by_author.items())},
        "changed": {names.get(a, a): n for a, n in sorted(o.changed_by_author.items())},
        "conflicts": o.conflicts,
        "ops": o.ops,
        "attachments": o.attachments,
        "team_changes": o.team_changes,
        "revocations": o.revocations,
        "form_changes": o.form_changes,
    }


def print_outcome(o: Outcome, env: CliEnv, names: dict[str, str]) -> None:
    """One file's result in plain words on stdout: records per author, the team list
    that came; a clock warning on stderr."""
    out, lang = env.stdout, env.lang
    name = os.path.basename(o.path)
    if o.status in ("already", "skipped"):
        key = "import_already" if o.status == "already" else "import_skipped"
        out.write(_(lang, BY_CODE[key], file=name) + "\n")
        return
    if o.status == "refused" and o.reason is not None:
        reason = describe(o.reason, lang)
        out.write(_(lang, "{file}: refused: {reason}", file=name, reason=reason) + "\n")
        return
    sender = o.sender_name or o.sender or "?"
    out.write(
        _(
            lang,
            "{file}: imported, from {sender}; {conflicts} new conflicts.",
            file=name,
            sender=sender,
            conflicts=o.conflicts,
        )
        + "\n"
    )
    for author in sorted(set(o.new_by_author) | set(o.changed_by_author)):
        new, changed = o.new_by_author.get(author, 0), o.changed_by_author.get(author, 0)
        author_name = names.get(author, author)
        out.write(
            _(
                lang,
                "  {author}: {new} new records, {changed} changed.",
                author=author_name,
                new=new,
                changed=changed,
            )
            + "\n"
        )
    if o.team_changes:
        out.write(_(lang, "  Team list: {n} new members or role changes.", n=o.team_changes) + "\n")
    if o.revocations:
        out.write(_(lang, "  Team list: {n} devices revoked.", n=o.revocations) + "\n")
    if o.form_changes:
        out.write(
            _(lang, "  Forms: {n} custom fields or codes new or changed.", n=o.form_changes) + "\n"
        )
    if o.future_clock:
        env.tell(
            _(
                env.lang,
                "{file}: carries times more than a day in the future; check the sender's clock.",
                file=name,
            )
        )

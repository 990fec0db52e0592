"""A crisis note's follow-up date brings its follow-up, in the same transaction as the note,
through the one services call the window uses too (issue 19, item 5)."""

from __future__ import annotations

import datetime as dt
import json

from aluna_field.services.vaults import open_vault
from support import PASSPHRASE

SUBJECT = {"type": "person", "alias": "Persona Ficticia Roble", "region": "Chiapas"}
NOTE = {
    "occurred_at": "2026-09-20T10:30:00",
    "event": "threat",
    "narrative": "Texto ficticio de una amenaza",
    "urgency": "high",
    "follow_up_on": "2026-12-10",
}


def _changesets(ctx, rid: str) -> set[str]:  # type: ignore[no-untyped-def]
    with open_vault(ctx, PASSPHRASE) as s:
        rows = s.conn.execute("SELECT cs_id FROM ops WHERE rid = ?", (rid,)).fetchall()
    return {r[0] for r in rows}


def test_add_crisis_note_with_a_date_creates_its_follow_up_atomically(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    sid = cli("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    r = cli("add", "crisis-note", "--json", "-", stdin=json.dumps({**NOTE, "subject_ids": [sid]}))
    assert r.code == 0, r.err
    nid = r.out.strip()  # stdout still names only the records given
    ups = json.loads(cli("list", "--kind", "follow-up", "--json").out)
    assert len(ups) == 1
    up = ups[0]
    assert up["record_id"] == nid and up["due_on"] == "2026-12-10" and not up["done"]
    assert up["description"] == "Follow-up agreed in the crisis note"
    # One change set: the note and its follow-up were written by one transaction.
    assert _changesets(cli.ctx, nid) == _changesets(cli.ctx, up["id"])

    # Editing something else does not repeat it; a new date brings a second follow-up.
    assert cli("edit", nid, "--json", "-", stdin='{"urgency": "critical"}').code == 0
    assert len(json.loads(cli("list", "--kind", "follow-up", "--json").out)) == 1
    assert cli("edit", nid, "--json", "-", stdin='{"follow_up_on": "2026-12-20"}').code == 0
    ups = json.loads(cli("list", "--kind", "follow-up", "--json").out)
    assert sorted(u["due_on"] for u in ups) == ["2026-12-10", "2026-12-20"]


def test_a_refused_note_leaves_no_follow_up(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    bad = {**NOTE, "subject_ids": [], "narrative": ""}
    r = cli("add", "crisis-note", "--json", "-", stdin=json.dumps(bad))
    assert r.code != 0
    assert json.loads(cli("list", "--json").out) == []


def test_a_crisis_note_in_the_future_is_refused_by_the_cli(cli) -> None:  # type: ignore[no-untyped-def]
    """The rule is the crisis-note spec's, applied by the one save use case: exit 4, a
    translated message naming the field, nothing saved (not even its follow-up)."""
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    sid = cli("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    future = {**NOTE, "subject_ids": [sid], "occurred_at": "2026-12-01T18:00:00"}
    r = cli("add", "crisis-note", "--json", "-", stdin=json.dumps(future))
    assert r.code == 4
    assert "occurred_at" in r.err and "in the future" in r.err
    assert "Texto ficticio" not in r.err  # no record content in the message
    assert json.loads(cli("list", "--json").out) != []  # the subject only
    assert json.loads(cli("list", "--kind", "crisis-note", "--json").out) == []
    assert json.loads(cli("list", "--kind", "follow-up", "--json").out) == []
    es = cli("--lang", "es", "add", "crisis-note", "--json", "-", stdin=json.dumps(future))
    assert es.code == 4 and "occurred_at" in es.err and "Está en el futuro" in es.err


def test_editing_a_note_into_the_future_is_refused(cli) -> None:  # type: ignore[no-untyped-def]
    assert cli("init", "--name", "Persona Ficticia", "--role", "accompanier").code == 0
    sid = cli("add", "subject", "--json", "-", stdin=json.dumps(SUBJECT)).out.strip()
    nid = cli(
        "add", "crisis-note", "--json", "-", stdin=json.dumps({**NOTE, "subject_ids": [sid]})
    ).out.strip()
    r = cli("edit", nid, "--json", "-", stdin='{"occurred_at": "2027-01-01T09:00:00"}')
    assert r.code == 4 and "occurred_at" in r.err
    shown = json.loads(cli("show", nid, "--json").out)
    assert shown["occurred_at"] == NOTE["occurred_at"]
    # A few minutes ahead of the clock is a drifting clock, not the future.
    soon = dt.datetime.fromtimestamp(cli.ctx.now_ms() / 1000) + dt.timedelta(minutes=3)
    r = cli("edit", nid, "--json", "-", stdin=json.dumps({"occurred_at": soon.isoformat()}))
    assert r.code == 0, r.err

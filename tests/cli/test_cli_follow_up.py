"""A crisis note's follow-up date brings its follow-up, in the same transaction as the note,
through the one services call the window uses too (issue 19, item 5)."""

from __future__ import annotations

import json

from aluna_field.services.vaults import open_vault
from support import PASSPHRASE

SUBJECT = {"type": "person", "alias": "Persona Ficticia Roble", "region": "Chiapas"}
NOTE = {
    "occurred_at": "2026-11-20T10:30:00",
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

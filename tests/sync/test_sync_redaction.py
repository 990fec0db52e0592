"""A redaction that arrives in a bundle erases the text from the receiving vault's pages,
write-ahead log included (the importer scrubs after committing)."""

from __future__ import annotations

from pathlib import Path

from teamkit import make_team, send

from forensics import plaintext_pages
from support import FakeClock


def test_redaction_in_a_bundle_leaves_no_readable_text(tmp_path: Path) -> None:
    team = make_team(tmp_path, FakeClock())
    try:
        send(team.c, [team.a1], tmp_path)  # the roster reaches the accompanier
        name = "NombreFicticioProtegido"
        sid = team.a1.add("subject", {"type": "person", "alias": name, "region": "Oaxaca"})[0]
        send(team.a1, [team.c], tmp_path)
        key = bytes(team.a1.vault._key)
        assert name.encode() in plaintext_pages(team.a1.ctx.vault_dir, key)
        team.c.redact(sid, "alias")
        send(team.c, [team.a1], tmp_path)
        assert "alias" not in team.a1.show(sid).state.fields
        assert name.encode() not in plaintext_pages(team.a1.ctx.vault_dir, key)
        assert team.a1.search(name) == []
    finally:
        team.close()

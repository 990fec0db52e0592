"""Drafts: kept inside the encrypted vault as the person types, offered back, discarded."""

from __future__ import annotations

from pathlib import Path

import pytest

from aluna_field.domain.kinds import UnknownKindError
from aluna_field.services.context import AppContext
from aluna_field.services.drafts import Drafts, draft_id_for
from aluna_field.services.vaults import create_vault, open_vault
from support import PASSPHRASE, FakeClock

MARKER = "borrador-ficticio-7Q2"


def test_draft_round_trip_newest_first_and_discard(ctx: AppContext, clock: FakeClock) -> None:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        drafts = Drafts(session)
        first = draft_id_for(None)
        drafts.save(first, "crisis-note", None, {"narrative": MARKER})
        clock.advance(1000)
        drafts.save("edit-x", "subject", "x", {"alias": "Colectivo Ficticio"})
        assert [d.draft_id for d in drafts.list()] == ["edit-x", first]
        clock.advance(1000)
        drafts.save(first, "crisis-note", None, {"narrative": MARKER + " más"})
        assert drafts.list()[0].draft_id == first
        got = drafts.get(first)
        assert got is not None and got.values == {"narrative": MARKER + " más"}
        drafts.discard(first)
        assert drafts.get(first) is None
        assert [d.draft_id for d in drafts.list()] == ["edit-x"]


def test_drafts_survive_lock_and_stay_encrypted(ctx: AppContext) -> None:
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        Drafts(session).save("d1", "crisis-note", None, {"narrative": MARKER})
    with open_vault(ctx, PASSPHRASE) as session:
        got = Drafts(session).get("d1")
        assert got is not None and got.values["narrative"] == MARKER
    for path in Path(ctx.vault_dir).rglob("*"):
        if path.is_file():
            assert MARKER.encode() not in path.read_bytes()


def test_draft_ids_and_unknown_kind(ctx: AppContext) -> None:
    assert draft_id_for("abc") == "edit-abc"
    assert draft_id_for(None) != draft_id_for(None)
    with create_vault(ctx, PASSPHRASE, "Ana Prueba", "accompanier") as session:
        with pytest.raises(UnknownKindError):
            Drafts(session).save("d", "diary", None, {})

"""Redaction on real vaults: bodies dropped wherever it arrives, provenance still verifies,
and the words are gone from search, from the full-text index and from the decrypted pages
of the database file and its write-ahead log."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# The multi-vault helpers live with the merge tests.
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "merge"))

from merge_devices import NOTE, Device, all_ops, devices_for, snapshot, transfer

from aluna_field.domain.kinds import KIND_CODES
from aluna_field.store import oplog
from aluna_field.store.canonical import canonical_bytes
from aluna_field.store.ops import check_op
from forensics import plaintext_pages

SECRET = "Zacarías Ficticio Quintanilla"  # the made-up name that must disappear
SAFE = "Persona protegida (nombre suprimido)."


def _key(device: Device) -> bytes:
    return bytes(device.session.vault._key)


def _found(device: Device, text: str) -> bool:
    """Whether text is readable anywhere in the decrypted database or its log."""
    return text.encode() in plaintext_pages(device.ctx.vault_dir, _key(device))


def _vocabulary(device: Device) -> set[str]:
    conn = device.conn
    conn.execute(
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.vocab USING fts5vocab(main, records_fts, 'row')"
    )
    return {r[0] for r in conn.execute("SELECT term FROM temp.vocab")}


@pytest.fixture
def trio(tmp_path: Path) -> Iterator[list[Device]]:
    """coordinator, Ana, Beto."""
    yield from devices_for(tmp_path, 3)


def _named_note(trio: list[Device]) -> str:
    """A note that names someone, edited on two devices apart, merged everywhere."""
    _, ana, beto = trio
    rid = ana.store.create("crisis-note", {**NOTE, "narrative": f"Habló {SECRET} en la reunión."})
    transfer(ana.store, beto.store)
    ana.store.edit(rid, {"narrative": f"{SECRET} recibió una amenaza ficticia."})
    beto.store.edit(rid, {"narrative": f"Según {SECRET}, hubo vigilancia.", "urgency": "high"})
    for src in (ana, beto):
        for dst in trio:
            if dst is not src:
                transfer(src.store, dst.store)
    return rid


def test_the_decrypted_pages_do_show_text_before_redaction(trio: list[Device]) -> None:
    """The page reader works: without a redaction the name is there to be found."""
    _named_note(trio)
    ana = trio[1]
    ana.store.scrub()
    assert _found(ana, SECRET)
    assert "quintanilla" in _vocabulary(ana)


def test_redacting_a_field_erases_it_everywhere_it_arrives(trio: list[Device]) -> None:
    coord, ana, beto = trio
    rid = _named_note(trio)
    ids_before = [o.op_id for o in all_ops(ana.store)]
    coord.store.redact(rid, "narrative")
    coord.store.edit(rid, {"narrative": SAFE})  # written after the redaction: kept
    for dst in (ana, beto):
        result = transfer(coord.store, dst.store)
        assert result.erased_bodies == 3 and rid in result.changed_records
        dst.store.scrub()

    for device in trio:
        state = device.store.state(rid)
        assert state.fields["narrative"] == SAFE and state.fields["urgency"] == "high"
        assert not state.has_conflict
        assert device.store.search("Quintanilla") == [] and device.store.search("Zacarías") == []
        assert device.store.search("suprimido")[0].rid == rid
        assert not {"quintanilla", "zacarias"} & _vocabulary(device)
        assert not _found(device, SECRET) and not _found(device, "Quintanilla")
        history = device.store.history(rid)
        assert [h["redacted_fields"] for h in history if h["type"] == "put"][:3] == [
            ["narrative"],
            ["narrative"],
            ["narrative"],
        ]
    assert set(ids_before) <= {o.op_id for o in all_ops(ana.store)}


def test_provenance_still_verifies_after_redaction(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = _named_note(trio)
    coord.store.redact(rid, None)
    transfer(coord.store, ana.store)
    keys = {d.device_id: d.session.identity.public for d in trio}
    for op in all_ops(ana.store):
        assert check_op(op.header, op.body, KIND_CODES).op_id == op.op_id
    for cs in oplog.changesets(ana.conn):
        assert keys[cs.author].verify(canonical_bytes(cs.payload), cs.signature)
    view = ana.store.view(rid).to_json()
    assert view["redacted"][-1] == "*" and "narrative" in view["redacted"]
    assert "narrative" not in view and "urgency" not in view


def test_redacting_a_record_erases_its_attachments(trio: list[Device], tmp_path: Path) -> None:
    coord, ana, _ = trio
    rid = ana.store.create("crisis-note", dict(NOTE))
    photo = tmp_path / "foto.bin"
    photo.write_bytes(b"imagen ficticia " + SECRET.encode())
    with open(photo, "rb") as fh:
        info = ana.store.attach(rid, fh, "foto.bin", "application/octet-stream")
    with open(photo, "rb") as fh:
        coord.store.attach(coord.store.create("crisis-note", dict(NOTE)), fh, "f.bin", "x/y")
    transfer(ana.store, coord.store)  # the same bytes are listed by two records there
    coord.store.redact(rid, None)
    transfer(coord.store, ana.store, [o for o in all_ops(coord.store) if o.rid == rid])
    ana.store.scrub()
    assert ana.conn.execute("SELECT count(*) FROM blob_chunks").fetchone()[0] == 0
    assert ana.store.view(rid).attachments == []
    assert not _found(ana, SECRET)
    chunks = coord.conn.execute("SELECT count(*) FROM blob_chunks WHERE att_id = ?", (info.att_id,))
    assert chunks.fetchone()[0] == 1  # still listed by the coordinator's other record


def test_a_write_that_had_not_seen_the_redaction_is_erased_too(trio: list[Device]) -> None:
    coord, ana, _ = trio
    rid = _named_note(trio)
    coord.store.redact(rid, "narrative")
    ana.store.edit(rid, {"narrative": f"Otra vez {SECRET}."})  # Ana had not received it
    transfer(ana.store, coord.store)
    transfer(coord.store, ana.store)
    for device in (coord, ana):
        state = device.store.state(rid)
        assert "narrative" in state.redacted_fields and "narrative" not in state.fields
        device.store.scrub()
        assert not _found(device, SECRET)


def test_an_incomplete_history_hides_until_it_can_decide(trio: list[Device]) -> None:
    """A write whose ancestors are missing may have seen the redaction through them: it
    is hidden, but its body is kept until the history completes, then shown or erased."""
    coord, ana, beto = trio
    rid = _named_note(trio)
    coord.store.redact(rid, "narrative")
    transfer(coord.store, ana.store)
    ana.store.edit(rid, {"narrative": "Primera versión ficticia, ya sin nombre."})
    ana.store.edit(rid, {"narrative": SAFE})
    middle = ana.store.history(rid)[-2]["op_id"]
    gap = [o for o in all_ops(ana.store) if o.op_id != middle]
    transfer(ana.store, beto.store, gap)
    state = beto.store.state(rid)
    assert state.incomplete and "narrative" not in state.fields
    last = ana.store.history(rid)[-1]["op_id"]
    assert oplog.ops_by_ids(beto.conn, [last])[0].body.get("narrative") is not None
    transfer(ana.store, beto.store)
    assert beto.store.state(rid).fields["narrative"] == SAFE
    assert snapshot(beto.store) == snapshot(ana.store)


def test_a_relayed_copy_does_not_bring_erased_text_back(trio: list[Device]) -> None:
    coord, ana, beto = trio
    rid = _named_note(trio)
    coord.store.redact(rid, "narrative")
    transfer(coord.store, ana.store)
    result = transfer(beto.store, ana.store, all_ops(beto.store))  # Beto still has bodies
    assert result.new_ops == 0 and not result.changed_records
    ana.store.scrub()
    assert "narrative" in ana.store.state(rid).redacted_fields
    assert all("narrative" not in op.body for op in all_ops(ana.store))
    assert not _found(ana, SECRET)

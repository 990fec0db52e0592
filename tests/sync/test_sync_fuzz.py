"""Hypothesis mutates real bundles: the only thing that ever comes out is a refused bundle,
and the vault never changes. Two layers: the bytes on the stick (anyone can change them)
and the plaintext frames re-sealed by a recipient who holds the file key."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from teamkit import SUBJECT, Team, note, open_bundle, seal, send, vault_digest

from aluna_field.services import exchange, intake

FUZZ = settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def real(team: Team, tmp_path: Path) -> tuple[Team, bytes, Path]:
    send(team.c, [team.a1], team.root)
    sid = team.a1.add("subject", SUBJECT)[0]
    team.a1.add("crisis-note", [note(sid, f"Nota ficticia {i}") for i in range(5)])
    team.a1.attach_stream(sid, io.BytesIO(os.urandom(90_000)), "foto-ficticia.jpg", "image/jpeg")
    [written] = exchange.export(team.a1, tmp_path / "out")
    folder = tmp_path / "fuzz"
    folder.mkdir()
    return team, written.path.read_bytes(), folder


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**7), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, 10**7), st.integers(0, 0)),
    st.tuples(st.just("insert"), st.integers(0, 10**7), st.integers(1, 64)),
    st.tuples(st.just("delete"), st.integers(0, 10**7), st.integers(1, 70_000)),
    st.tuples(st.just("repeat"), st.integers(0, 10**7), st.integers(1, 70_000)),
)


def _mutate(data: bytes, steps: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for op, pos, arg in steps:
        pos = pos % max(len(out), 1)
        if op == "flip" and out:
            out[pos] ^= 1 << arg
        elif op == "cut":
            del out[pos:]
        elif op == "insert":
            out[pos:pos] = os.urandom(arg)
        elif op == "delete":
            del out[pos : pos + arg]
        elif op == "repeat":
            out[pos:pos] = out[pos : pos + arg]
    return bytes(out)


def _import_refused(team: Team, folder: Path, data: bytes) -> None:
    path = folder / (os.urandom(6).hex() + ".afb")
    path.write_bytes(data)
    before = vault_digest(team.c)
    [outcome] = intake.import_paths(team.c, [path]).outcomes
    path.unlink()
    assert outcome.status == "refused", outcome.status
    assert vault_digest(team.c) == before


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=4))
def test_mutated_bytes_are_only_ever_refused(real, steps) -> None:
    team, data, folder = real
    mutated = _mutate(data, steps)
    if mutated == data:
        return
    _import_refused(team, folder, mutated)


@FUZZ
@given(steps=st.lists(mutation, min_size=1, max_size=3))
def test_mutated_frames_resealed_by_a_recipient_are_only_ever_refused(real, steps) -> None:
    team, data, folder = real
    opened = open_bundle(data, team.c.identity)
    plain = _mutate(opened.plaintext, steps)
    if plain == opened.plaintext or not plain:
        return
    _import_refused(team, folder, seal(plain, [team.c.identity.public]))

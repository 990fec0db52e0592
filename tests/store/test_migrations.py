"""Migrating an old vault gives exactly the schema of a fresh one."""

from __future__ import annotations

import secrets
from pathlib import Path

from aluna_field.store.db import open_database
from aluna_field.store.migrations import LATEST, migrate, schema_version


def _schema(conn: object) -> list[tuple[str, str, str]]:
    rows = conn.execute(  # type: ignore[attr-defined]
        "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
    ).fetchall()
    return [(t, n, " ".join((s or "").split())) for t, n, s in rows]


def test_migrated_equals_fresh(tmp_path: Path) -> None:
    key = secrets.token_bytes(32)
    old = open_database(tmp_path / "old.db", key)
    assert migrate(old, target=1) == 1
    old.execute("INSERT INTO meta (key, value) VALUES ('hlc', '[1,0]')")
    assert migrate(old) == LATEST
    fresh = open_database(tmp_path / "fresh.db", key)
    migrate(fresh)
    assert schema_version(old) == schema_version(fresh) == LATEST
    assert _schema(old) == _schema(fresh)
    assert old.execute("SELECT value FROM meta WHERE key = 'hlc'").fetchone()[0] == "[1,0]"


def test_migrate_is_idempotent(tmp_path: Path) -> None:
    conn = open_database(tmp_path / "v.db", secrets.token_bytes(32))
    migrate(conn)
    before = _schema(conn)
    migrate(conn)
    assert _schema(conn) == before

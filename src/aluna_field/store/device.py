"""This device's row (name, role, team, private keys) and settings, kept inside the vault."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from .db import Connection

ROLES = ("accompanier", "coordinator")


@dataclass(frozen=True)
class DeviceRow:
    device_id: str
    name: str
    role: str
    team: str | None
    secret: bytes
    created_ms: int


def save_device(conn: Connection, row: DeviceRow) -> None:
    conn.execute(
        "INSERT INTO device (id, name, role, team, secret, created_ms) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,"
        " team = excluded.team",
        (row.device_id, row.name, row.role, row.team, row.secret, row.created_ms),
    )


def load_device(conn: Connection) -> DeviceRow | None:
    row = conn.execute(
        "SELECT id, name, role, team, secret, created_ms FROM device LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    return DeviceRow(row[0], row[1], row[2], row[3], bytes(row[4]), int(row[5]))


def get_setting(conn: Connection, key: str, default: Any = None) -> Any:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else default


def set_setting(conn: Connection, key: str, value: Any) -> None:
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, json.dumps(value)),
    )

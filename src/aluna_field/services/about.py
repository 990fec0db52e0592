"""Versions shown by `aluna-field --version` and the app's About dialog."""

from __future__ import annotations

from .. import __version__

LICENSE = "GPL-3.0-or-later"


def versions() -> dict[str, str]:
    """The app's version and licence, and the versions of the cryptography in use."""
    import cryptography
    import sqlcipher3

    conn = sqlcipher3.connect(":memory:")
    try:
        cipher = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        sqlite = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
    finally:
        conn.close()
    return {
        "aluna-field": __version__,
        "license": LICENSE,
        "sqlcipher": cipher,
        "sqlite": sqlite,
        "cryptography": cryptography.__version__,
    }

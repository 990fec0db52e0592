"""Relay failures: a translated message key and a distinct CLI exit code for each kind.

Messages carry a status code at most: never the URL (it may hold a user name), the
password, a file's content or a key.
"""

from __future__ import annotations

from ..errors import SyncError

EXIT_USAGE = 2
EXIT_OFFLINE = 6
EXIT_AUTH = 7
EXIT_FULL = 8
EXIT_PROTOCOL = 9
EXIT_TLS = 10


class RelayError(SyncError):
    """Base class of relay failures; the round stops, nothing already done is undone."""

    exit_code = EXIT_PROTOCOL


class RelayOffline(RelayError):
    """Unreachable, timed out, or the connection kept dropping: try again later."""

    exit_code = EXIT_OFFLINE


class RelayAuth(RelayError):
    """The server refused the credentials (401) or the folder (403)."""

    exit_code = EXIT_AUTH


class RelayFull(RelayError):
    """The server has no room (507) or refuses a file this large (413)."""

    exit_code = EXIT_FULL


class RelayProtocol(RelayError):
    """The answer is not what a WebDAV server says: garbage, a redirect, a portal page."""

    exit_code = EXIT_PROTOCOL


class RelayTls(RelayError):
    """The certificate is not trusted, or is not the pinned one."""

    exit_code = EXIT_TLS


class RelayConfig(RelayError):
    """The relay settings cannot be used (URL, pinned fingerprint, missing password)."""

    exit_code = EXIT_USAGE

"""Relay failures: a translated message key and a distinct kind of failure for each.

Messages carry a status code at most: never the URL (it may hold a user name), the
password, a file's content or a key.
"""

from __future__ import annotations

from ...domain.failures import Failure
from ..errors import SyncError


class RelayError(SyncError):
    """Base class of relay failures; the round stops, nothing already done is undone."""

    failure = Failure.RELAY_PROTOCOL


class RelayOffline(RelayError):
    """Unreachable, timed out, or the connection kept dropping: try again later."""

    failure = Failure.RELAY_OFFLINE


class RelayAuth(RelayError):
    """The server refused the credentials (401) or the folder (403)."""

    failure = Failure.RELAY_AUTH


class RelayFull(RelayError):
    """The server has no room (507) or refuses a file this large (413)."""

    failure = Failure.RELAY_FULL


class RelayProtocol(RelayError):
    """The answer is not what a WebDAV server says: garbage, a redirect, a portal page."""

    failure = Failure.RELAY_PROTOCOL


class RelayTls(RelayError):
    """The certificate is not trusted, or is not the pinned one."""

    failure = Failure.RELAY_TLS


class RelayConfig(RelayError):
    """The relay settings cannot be used (URL, pinned fingerprint, missing password)."""

    failure = Failure.USAGE

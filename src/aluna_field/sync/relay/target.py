"""Where the relay is: a WebDAV folder URL, the account, and an optional pinned certificate."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from urllib.parse import quote, unquote, urlsplit

from .errors import RelayConfig

_LOOPBACK_NAMES = {"localhost"}


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class RelayTarget:
    """A parsed relay folder. The password is never part of repr or of any message."""

    scheme: str
    host: str
    port: int
    path: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    pin: bytes | None = None

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{self.path}"

    def href(self, name: str) -> str:
        """The request path of a file in the folder."""
        return self.path + quote(name)

    def absolute(self, name: str) -> str:
        """The absolute URL of a file in the folder (the Destination of a MOVE)."""
        return self.url + quote(name)


def parse_target(
    url: str, user: str | None = None, password: str | None = None, pin: bytes | None = None
) -> RelayTarget:
    """Check url and build the target; RelayConfig for anything unusable.

    Plain http is accepted only on this machine (loopback): elsewhere the password
    would cross the network in clear. Credentials inside the URL are refused, since
    a URL ends up in shell history and process lists.
    """
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as exc:
        raise RelayConfig("relay_url_invalid") from exc
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("http", "https") or not host or parts.query or parts.fragment:
        raise RelayConfig("relay_url_invalid")
    if parts.username or parts.password:
        raise RelayConfig("relay_url_credentials")
    if scheme == "http" and not _is_loopback(host):
        raise RelayConfig("relay_http_refused")
    path = quote(unquote(parts.path or "/"), safe="/@:+,;=!$&'()*~")
    if not path.endswith("/"):
        path += "/"
    return RelayTarget(
        scheme, host, port or (443 if scheme == "https" else 80), path, user, password, pin
    )

"""A real WebDAV server for the relay tests: wsgidav on 127.0.0.1, a random port, basic auth.

It runs in a thread with cheroot, serving a temporary folder. `quota_bytes` makes it
answer 507 to uploads once the folder holds that much (the way a full Nextcloud
answers); `portal` makes every answer an HTML page with status 200 (a captive portal).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cheroot import wsgi
from cheroot.ssl.builtin import BuiltinSSLAdapter
from wsgidav.wsgidav_app import WsgiDAVApp

USER = "relay-user"
PASSWORD = "relay-password-for-tests"

StartResponse = Callable[..., Any]


def folder_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file())


@dataclass
class Switches:
    """Behaviour a test can change while the server runs."""

    quota_bytes: int | None = None
    portal: bool = False
    requests: list[tuple[str, str, str]] = field(default_factory=list)
    on_request: Callable[[str], None] | None = None


class _Wrapper:
    """WSGI middleware in front of wsgidav for the conditions a real server can be in."""

    def __init__(self, app: Any, root: Path, switches: Switches) -> None:
        self.app = app
        self.root = root
        self.switches = switches

    def __call__(self, environ: dict[str, Any], start: StartResponse) -> Iterable[bytes]:
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO", "")
        self.switches.requests.append((method, path, environ.get("HTTP_RANGE", "")))
        if self.switches.on_request is not None:
            self.switches.on_request(method)
        if self.switches.portal:
            body = b"<html><body>Please log in to the hotel wifi</body></html>"
            start("200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))])
            return [body]
        quota = self.switches.quota_bytes
        if method == "PUT" and quota is not None:
            incoming = int(environ.get("CONTENT_LENGTH") or 0)
            if folder_bytes(self.root) + incoming > quota:
                # Drain the body so the client reads our answer, as real servers do.
                environ["wsgi.input"].read(incoming)
                start("507 Insufficient Storage", [("Content-Length", "0")])
                return [b""]
        return self.app(environ, start)  # type: ignore[no-any-return]


class DavServer:
    """wsgidav serving `root` on 127.0.0.1:<random port>; stop() ends it."""

    def __init__(self, root: Path, tls: tuple[Path, Path] | None = None) -> None:
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.switches = Switches()
        config = {
            "host": "127.0.0.1",
            "port": 0,
            "provider_mapping": {"/": str(root)},
            "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
            "http_authenticator": {
                "domain_controller": None,
                "accept_basic": True,
                "accept_digest": False,
                "default_to_digest": False,
            },
            "verbose": 0,
            "logging": {"enable": False},
            "dir_browser": {"enable": False},
            "lock_storage": True,
        }
        app = _Wrapper(WsgiDAVApp(config), root, self.switches)
        self._server = wsgi.Server(("127.0.0.1", 0), app, numthreads=8)
        if tls is not None:
            self._server.ssl_adapter = BuiltinSSLAdapter(str(tls[0]), str(tls[1]))
        self._server.prepare()
        self.port = int(self._server.bind_addr[1])
        self._thread = threading.Thread(target=self._server.serve, daemon=True)
        self._thread.start()
        self.scheme = "https" if tls else "http"
        self.prefix = ""

    def fresh_space(self, name: str) -> None:
        """Give the next test a folder of its own and the server's normal behaviour."""
        (self.root / name).mkdir()
        self.prefix = name + "/"
        self.switches.quota_bytes = None
        self.switches.portal = False
        self.switches.on_request = None
        self.switches.requests.clear()

    @property
    def relay_dir(self) -> Path:
        return self.root / self.prefix / "relay"

    def url(self, port: int | None = None) -> str:
        return f"{self.scheme}://127.0.0.1:{port or self.port}/{self.prefix}relay/"

    def files(self) -> list[Path]:
        base = self.relay_dir
        return sorted(p for p in base.rglob("*") if p.is_file()) if base.exists() else []

    def stop(self) -> None:
        self._server.stop()
        self._thread.join(timeout=10)

"""A small WebDAV client over the standard library's http.client, for one relay folder.

It knows five verbs (PROPFIND, GET, PUT, MOVE, DELETE, and MKCOL once) and the ways a
weak connection fails. A dropped or stalled connection is retried with a bounded,
growing pause; a download resumes where it stopped (Range); an upload goes to a
temporary name and is moved into place only once whole, so a reader never sees a
partial bundle under a bundle's name. A server that cannot be reached at all ends
the work at once: that is "offline", and the next round tries again.
"""

from __future__ import annotations

import base64
import http.client
import os
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO, TypeVar

from . import names, tls
from .errors import RelayAuth, RelayError, RelayFull, RelayOffline, RelayProtocol, RelayTls
from .listing import MAX_LISTING_BYTES, PROPFIND_BODY, RemoteFile, parse_multistatus
from .target import RelayTarget

T = TypeVar("T")
PIECE = 64 * 1024
MAX_SMALL_ANSWER = 64 * 1024
_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
_REDIRECT = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class RetryPolicy:
    """How hard to try: attempts per request, pauses between them, socket timeouts.

    `sleep` is injected so tests pass a clock of their own instead of waiting.
    """

    attempts: int = 4
    backoff_s: float = 0.5
    backoff_max_s: float = 8.0
    connect_timeout_s: float = 10.0
    io_timeout_s: float = 30.0
    sleep: Callable[[float], None] = field(default=time.sleep, compare=False)

    def pause(self, attempt: int) -> float:
        return float(min(self.backoff_s * (2**attempt), self.backoff_max_s))


class _Transient(Exception):
    """A failure worth another attempt; `error` is raised once attempts run out."""

    def __init__(self, error: RelayError, unreachable: bool = False) -> None:
        super().__init__(error.key)
        self.error = error
        self.unreachable = unreachable


class Vanished(Exception):
    """The file is no longer on the relay (another device deleted it meanwhile)."""


def _lost() -> _Transient:
    return _Transient(RelayOffline("relay_connection_lost"))


def _read_some(resp: http.client.HTTPResponse, n: int) -> bytes:
    """Up to n bytes of the body. http.client returns short data, not an error, when a
    connection ends before the announced length: that is a cut, raised as such."""
    parts: list[bytes] = []
    got = 0
    while got < n:
        piece = resp.read(min(PIECE, n - got))
        if not piece:
            break
        parts.append(piece)
        got += len(piece)
    if got < n and resp.length:
        raise _lost()
    return b"".join(parts)


class _Http(http.client.HTTPConnection):
    def __init__(self, host: str, port: int, policy: RetryPolicy) -> None:
        super().__init__(host, port, timeout=policy.connect_timeout_s, blocksize=PIECE)
        self._io_timeout = policy.io_timeout_s

    def connect(self) -> None:
        super().connect()
        self.sock.settimeout(self._io_timeout)


class _Https(http.client.HTTPSConnection):
    # Every (re)connection goes through connect(), so the pin is checked on each one,
    # including those http.client opens by itself after a server closed the last.
    def __init__(self, host: str, port: int, policy: RetryPolicy, pin: bytes | None) -> None:
        super().__init__(
            host,
            port,
            timeout=policy.connect_timeout_s,
            context=tls.client_context(pin is not None),
            blocksize=PIECE,
        )
        self._io_timeout = policy.io_timeout_s
        self._pin = pin

    def connect(self) -> None:
        super().connect()
        if self._pin is not None:
            try:
                tls.check_pin(self.sock, self._pin)
            except RelayTls:
                self.close()
                raise
        self.sock.settimeout(self._io_timeout)


def _status_error(status: int) -> RelayError | _Transient:
    if status == 401:
        return RelayAuth("relay_auth")
    if status == 403:
        return RelayAuth("relay_forbidden")
    if status == 507:
        return RelayFull("relay_full")
    if status == 413:
        return RelayFull("relay_too_large")
    if status in _REDIRECT:
        return RelayProtocol("relay_redirect")
    if 200 <= status < 300:
        return RelayProtocol("relay_garbage")  # success, but not the WebDAV one: a portal
    if status in _RETRY_STATUS:
        return _Transient(RelayOffline("relay_unavailable", status=status))
    return RelayProtocol("relay_unexpected", status=status)


class WebDavClient:
    """One relay folder. Not thread-safe; call close() when the round ends."""

    def __init__(self, target: RelayTarget, policy: RetryPolicy | None = None) -> None:
        self.target = target
        self.policy = policy or RetryPolicy()
        self.retries = 0
        self._conn: http.client.HTTPConnection | None = None
        self._reached = False
        self._auth: dict[str, str] = {}
        if target.user is not None:
            raw = f"{target.user}:{target.password or ''}".encode()
            self._auth = {"Authorization": "Basic " + base64.b64encode(raw).decode("ascii")}

    def __enter__(self) -> WebDavClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- connection and retries ----------------------------------------------------------
    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def _connection(self) -> http.client.HTTPConnection:
        if self._conn is None:
            t = self.target
            if t.scheme == "https":
                self._conn = _Https(t.host, t.port, self.policy, t.pin)
            else:
                self._conn = _Http(t.host, t.port, self.policy)
        if self._conn.sock is None:
            try:
                self._conn.connect()
            except ssl.SSLCertVerificationError as exc:
                self.close()
                raise RelayTls("relay_tls_untrusted") from exc
            except RelayTls:
                self.close()
                raise
            except (OSError, ssl.SSLError) as exc:
                self.close()
                raise _Transient(RelayOffline("relay_offline"), unreachable=True) from exc
            self._reached = True
        return self._conn

    def _retrying(self, attempt: Callable[[], T]) -> T:
        last: _Transient | None = None
        for n in range(self.policy.attempts):
            try:
                return attempt()
            except _Transient as exc:
                self.close()
                last = exc
                if exc.unreachable and not self._reached:
                    break  # never reached: offline now, not after a string of waits
                if n + 1 < self.policy.attempts:
                    self.retries += 1
                    self.policy.sleep(self.policy.pause(n))
            except Vanished:
                raise
            except BaseException:
                self.close()
                raise
        assert last is not None
        raise last.error

    def _send(
        self,
        method: str,
        path: str,
        headers: Mapping[str, str] | None = None,
        body: bytes | BinaryIO | None = None,
    ) -> http.client.HTTPResponse:
        conn = self._connection()
        all_headers = {**self._auth, **(headers or {})}
        try:
            conn.request(method, path, body=body, headers=all_headers)
            return conn.getresponse()
        except _Transient:
            raise
        except (ConnectionError, TimeoutError, http.client.IncompleteRead) as exc:
            raise _lost() from exc
        except http.client.HTTPException as exc:
            # A status line that is not HTTP: a cut mid-line looks the same, so retry.
            raise _Transient(RelayProtocol("relay_garbage")) from exc
        except (OSError, ssl.SSLError) as exc:
            raise _lost() from exc

    def _read_all(self, resp: http.client.HTTPResponse, limit: int) -> bytes:
        length = resp.getheader("Content-Length")
        if length is not None and length.isdigit() and int(length) > limit:
            self.close()
            raise RelayProtocol("relay_garbage")
        try:
            data = _read_some(resp, limit + 1)
            if len(data) > limit:
                self.close()
                raise RelayProtocol("relay_garbage")
            if not resp.isclosed():
                resp.read()
        except (ConnectionError, TimeoutError, http.client.IncompleteRead, OSError) as exc:
            raise _lost() from exc
        except http.client.HTTPException as exc:
            raise _Transient(RelayProtocol("relay_garbage")) from exc
        return data

    def _simple(
        self,
        method: str,
        path: str,
        ok: set[int],
        headers: Mapping[str, str] | None = None,
        body: bytes | BinaryIO | None = None,
        limit: int = MAX_SMALL_ANSWER,
    ) -> tuple[int, bytes]:
        resp = self._send(method, path, headers, body)
        data = self._read_all(resp, limit)
        if resp.status in ok:
            return resp.status, data
        raise _status_error(resp.status)

    # -- the verbs -------------------------------------------------------------------------
    def list(self) -> list[RemoteFile]:
        """The files in the folder; the folder is created if the server has none yet."""

        def attempt() -> tuple[int, bytes]:
            return self._simple(
                "PROPFIND",
                self.target.path,
                {207, 404},
                {"Depth": "1", "Content-Type": "application/xml; charset=utf-8"},
                PROPFIND_BODY,
                MAX_LISTING_BYTES,
            )

        status, body = self._retrying(attempt)
        if status == 404:
            self._make_folder()
            return []
        return parse_multistatus(body, self.target.path)

    def _make_folder(self) -> None:
        def attempt() -> int:
            return self._simple("MKCOL", self.target.path, {201, 405, 409})[0]

        if self._retrying(attempt) == 409:
            raise RelayProtocol("relay_folder_missing")

    def stat(self, name: str) -> RemoteFile | None:
        """One file's description, or None when it is not there."""
        return self._retrying(lambda: self._stat_once(name))

    def _stat_once(self, name: str) -> RemoteFile | None:
        status, body = self._simple(
            "PROPFIND",
            self.target.href(name),
            {207, 404},
            {"Depth": "0", "Content-Type": "application/xml; charset=utf-8"},
            PROPFIND_BODY,
        )
        if status == 404:
            return None
        found = parse_multistatus(body, self.target.path)
        return found[0] if found else None

    def read_head(self, name: str, length: int) -> bytes:
        """The first `length` bytes of a file (fewer if it is shorter); Vanished if gone."""

        def attempt() -> bytes:
            resp = self._send("GET", self.target.href(name), {"Range": f"bytes=0-{length - 1}"})
            if resp.status == 404:
                self._read_all(resp, MAX_SMALL_ANSWER)
                raise Vanished(name)
            if resp.status not in (200, 206):
                self._read_all(resp, MAX_SMALL_ANSWER)
                raise _status_error(resp.status)
            try:
                data = _read_some(resp, length)
            except (ConnectionError, TimeoutError, http.client.IncompleteRead, OSError) as exc:
                raise _lost() from exc
            if resp.status == 200 and not resp.isclosed():
                self.close()  # a server that ignores Range: stop it sending the rest
            elif not resp.isclosed():
                self._read_all(resp, MAX_SMALL_ANSWER)
            return data

        return self._retrying(attempt)

    def download(self, name: str, dest: Path, size: int | None) -> None:
        """Fetch a file into dest, resuming from what dest already holds.

        Ends with dest holding exactly `size` bytes (when the listing gave a size);
        Vanished if the file was deleted meanwhile.
        """

        def attempt() -> None:
            have = dest.stat().st_size if dest.exists() else 0
            if size is not None and have >= size:
                if have == size:
                    return
                dest.unlink()
                have = 0
            headers = {"Range": f"bytes={have}-"} if have else {}
            resp = self._send("GET", self.target.href(name), headers)
            if resp.status == 404:
                self._read_all(resp, MAX_SMALL_ANSWER)
                raise Vanished(name)
            if resp.status == 416 and have:
                self._read_all(resp, MAX_SMALL_ANSWER)
                return  # nothing past what we hold: complete (the listing gave no size)
            if resp.status == 206 and not (resp.getheader("Content-Range") or "").startswith(
                f"bytes {have}-"
            ):
                self.close()
                dest.unlink(missing_ok=True)
                raise _lost()
            if resp.status not in (200, 206):
                self._read_all(resp, MAX_SMALL_ANSWER)
                raise _status_error(resp.status)
            self._stream_into(resp, dest, append=resp.status == 206)
            got = dest.stat().st_size
            if size is not None and got != size:
                raise _lost()

        self._retrying(attempt)

    def _stream_into(self, resp: http.client.HTTPResponse, dest: Path, append: bool) -> None:
        with open(dest, "ab" if append else "wb") as fh:
            try:
                while True:
                    piece = resp.read(PIECE)
                    if not piece:
                        break
                    fh.write(piece)
                if resp.length:
                    raise _lost()  # ended before the announced length: resume next try
            except (ConnectionError, TimeoutError, http.client.IncompleteRead, OSError) as exc:
                raise _lost() from exc
            finally:
                fh.flush()
                os.fsync(fh.fileno())

    def upload(
        self, src: Path, final_name: str, on_temp: Callable[[str], None] | None = None
    ) -> None:
        """Put src under a temporary name, then move it to final_name (never overwriting).

        Each try uses a fresh temporary name, announced to on_temp before it is used (so
        a caller can remember it for cleaning up): a server still writing the body of a
        cut try can then never mix it into the file that gets moved. If the answer to a
        MOVE was lost, the next try finds the file whole under its final name: done.
        The temporary files of failed tries are deleted once the bundle is in place.
        """
        size = src.stat().st_size
        temps: list[str] = []

        def put() -> None:
            temps.append(names.new_temp())
            if on_temp is not None:
                on_temp(temps[-1])
            self._put(src, temps[-1], size)

        def move() -> None:
            status, _ = self._simple(
                "MOVE",
                self.target.href(temps[-1]),
                {201, 204, 404},
                {"Destination": self.target.absolute(final_name), "Overwrite": "F"},
            )
            if status != 404:
                return
            there = self._stat_once(final_name)
            if there is not None and there.size in (None, size):
                return
            put()  # the temporary file is gone too (cleaned by the server): again
            raise _lost()

        self._retrying(put)
        self._retrying(move)
        for stale in temps[:-1]:
            self.delete(stale)

    def _put(self, src: Path, name: str, size: int) -> None:
        with open(src, "rb") as fh:
            headers = {"Content-Type": "application/octet-stream", "Content-Length": str(size)}
            self._simple("PUT", self.target.href(name), {200, 201, 204}, headers, fh)

    def delete(self, name: str) -> None:
        """Remove a file; one already gone is fine."""
        self._retrying(lambda: self._simple("DELETE", self.target.href(name), {200, 204, 404}))

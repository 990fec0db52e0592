"""A TCP proxy on loopback that breaks connections the way a weak network does.

Each accepted connection asks `plan(n)` (n counts connections from 0) for a Fault: cut
both ways after so many bytes from the client or from the server, stall instead of
cutting (stop forwarding, keep the socket open), reset (RST) instead of closing, or
answer with garbage bytes instead of talking to the server at all, or let one request
through and cut the connection before its reply comes back.
"""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Fault:
    up_after: int | None = None  # client → server bytes before the cut
    down_after: int | None = None  # server → client bytes before the cut
    stall: bool = False
    reset: bool = False
    garbage: bytes | None = None
    lose_reply_to: bytes | None = None  # a method (b"MOVE "): the server acts, the reply is cut


NO_FAULT = Fault()


class FaultProxy:
    def __init__(self, target_port: int, plan: Callable[[int], Fault] | None = None) -> None:
        self.target_port = target_port
        self.plan = plan or (lambda n: NO_FAULT)
        self.connections = 0
        self.faults_applied = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._stop = threading.Event()
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)
        self._thread.start()

    def url(self, prefix: str) -> str:
        return f"http://127.0.0.1:{self.port}/{prefix}relay/"

    def _accept(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            with self._lock:
                n = self.connections
                self.connections += 1
                self._socks.append(client)
            fault = self.plan(n)
            threading.Thread(target=self._serve, args=(client, fault), daemon=True).start()

    def _serve(self, client: socket.socket, fault: Fault) -> None:
        if fault.garbage is not None:
            with contextlib.suppress(OSError):
                client.recv(65536)
                client.sendall(fault.garbage)
            self._close(client, fault.reset)
            self.faults_applied += 1
            return
        try:
            server = socket.create_connection(("127.0.0.1", self.target_port))
        except OSError:
            self._close(client, True)
            return
        with self._lock:
            self._socks.append(server)
        done = threading.Event()
        lose = threading.Event()
        args_up = (client, server, True, fault, done, lose)
        args_down = (server, client, False, fault, done, lose)
        threading.Thread(target=self._pump, args=args_up, daemon=True).start()
        threading.Thread(target=self._pump, args=args_down, daemon=True).start()

    def _pump(
        self,
        src: socket.socket,
        dst: socket.socket,
        up: bool,
        fault: Fault,
        done: threading.Event,
        lose: threading.Event,
    ) -> None:
        limit = fault.up_after if up else fault.down_after
        sent = 0
        try:
            while not done.is_set():
                data = src.recv(65536)
                if not data:
                    break
                if up and fault.lose_reply_to and data.startswith(fault.lose_reply_to):
                    lose.set()  # set before forwarding, so the reply always finds it set
                if not up and lose.is_set():
                    self.faults_applied += 1
                    break
                if limit is not None and sent + len(data) > limit:
                    dst.sendall(data[: limit - sent])
                    self.faults_applied += 1
                    if fault.stall:
                        # Hold both sockets open and silent until the client gives up.
                        done.wait()
                        return
                    break
                dst.sendall(data)
                sent += len(data)
        except OSError:
            pass
        done.set()
        self._close(src, fault.reset)
        self._close(dst, fault.reset)

    @staticmethod
    def _close(sock: socket.socket, reset: bool) -> None:
        # shutdown() wakes the other pump's blocked recv() at once; close() alone would
        # wait for it, and the server would keep waiting for bytes that never come.
        with contextlib.suppress(OSError):
            if reset:
                # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RD)
            else:
                sock.shutdown(socket.SHUT_RDWR)
        with contextlib.suppress(OSError):
            sock.close()

    def stop(self) -> None:
        self._stop.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        with self._lock:
            for s in self._socks:
                with contextlib.suppress(OSError):
                    s.close()

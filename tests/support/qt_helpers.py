"""Raw-socket clients for Qt tests: non-blocking, read by pumping the Qt event loop (bounded waits)."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, ClassVar


def free_port(family: socket.AddressFamily = socket.AF_INET) -> int:
    with socket.socket(family) as s:
        s.bind(("::1" if family == socket.AF_INET6 else "127.0.0.1", 0))
        return int(s.getsockname()[1])


class RawClient:
    """One TCP connection to the listener, driven from the test thread without blocking Qt."""

    open_clients: ClassVar[list[RawClient]] = []  # closed by the `raw_clients` fixture after each test

    def __init__(self, port: int, host: str = "127.0.0.1") -> None:
        RawClient.open_clients.append(self)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family)
        self.sock.settimeout(2)
        self.sock.connect((host, port))
        self.sock.setblocking(False)
        self.data = bytearray()
        self.closed = False

    def send(self, data: bytes) -> RawClient:
        self.sock.setblocking(True)
        try:
            self.sock.sendall(data)
        except OSError:
            self.closed = True
        finally:
            self.sock.setblocking(False)
        return self

    def _pump(self) -> None:
        while not self.closed:
            try:
                chunk = self.sock.recv(65536)
            except BlockingIOError:
                raise AssertionError("no answer yet") from None
            except (ConnectionResetError, BrokenPipeError):
                self.closed = True
                return
            if not chunk:
                self.closed = True
                return
            self.data += chunk

    def response(self, qtbot: Any, timeout: int = 5000) -> bytes:
        """Everything the server sends until it closes the connection."""
        qtbot.waitUntil(self._pump, timeout=timeout)
        return bytes(self.data)

    def status(self, qtbot: Any, timeout: int = 5000) -> int:
        raw = self.response(qtbot, timeout)
        return int(raw.split(b" ", 2)[1]) if raw.startswith(b"HTTP/1.1 ") else 0

    def close(self) -> None:
        self.sock.close()

    @classmethod
    def close_all(cls) -> None:
        while cls.open_clients:
            cls.open_clients.pop().close()


def get(path: str, host_header: str | None, extra: str = "", version: str = "HTTP/1.1", method: str = "GET") -> bytes:
    lines = [f"{method} {path} {version}"]
    if host_header is not None:
        lines.append(f"Host: {host_header}")
    if extra:
        lines.append(extra)
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def headers_of(raw: bytes) -> dict[str, str]:
    head = raw.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")[1:]
    return {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in head)}


@contextmanager
def held_port() -> Iterator[int]:
    """A loopback port this test holds (listening), as another program holding the sandbox's port would."""
    with socket.socket() as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        yield int(blocker.getsockname()[1])


def settle_layout(root: Any, rounds: int = 20) -> None:
    """Let a window's layouts settle, deterministically: deliver posted events (layout requests, deferred
    resizes) until no widget's geometry changes any more; bounded by `rounds`, never by time."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QWidget

    def geometries() -> list[tuple[int, int, int, int, bool]]:
        widgets = [root, *root.findChildren(QWidget)]
        return [(w.x(), w.y(), w.width(), w.height(), w.isVisible()) for w in widgets]

    before = geometries()
    for _ in range(rounds):
        QCoreApplication.sendPostedEvents()
        QCoreApplication.processEvents()
        after = geometries()
        if after == before:
            return
        before = after
    raise AssertionError(f"the layout did not settle in {rounds} rounds")

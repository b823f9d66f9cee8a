"""Test helpers: misbehaving servers; the consent-page browser steps come from the shared scripted browser."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable

from xauth_gui.core.calls import HttpCall
from xauth_gui.core.gate import Secret, SecretKind, admit, home
from xauth_gui.sandbox.browser import consent, http_get, http_post_form

__all__ = ["RawServer", "consent", "http_get", "http_post_form"]


class RawServer:
    """A one-purpose TCP server on 127.0.0.1 whose `handler(conn)` misbehaves as a test needs."""

    def __init__(self, handler: Callable[[socket.socket], None]) -> None:
        self.handler = handler
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []  # one entry per accepted connection (its peer), so "nothing came" can fail
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, peer = self.sock.accept()
            except OSError:
                continue
            self.received.append(repr(peer).encode())
            with conn:
                conn.settimeout(5)
                try:
                    self.handler(conn)
                except OSError:
                    pass

    def __enter__(self) -> RawServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.sock.close()


def read_request(conn: socket.socket) -> bytes:
    """Read one HTTP request (head + Content-Length body)."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value.strip())
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body


def bound(value: str, url: str, kind: SecretKind = SecretKind.ACCESS_TOKEN) -> Secret:
    """A secret that belongs to `url`'s origin (as one the app recorded would)."""
    return Secret(kind, value, home(url))


def gated_call(operation: str, url: str, form: dict[str, str]) -> HttpCall:
    """A hand-made request whose form values passed the gate for `url` (for transport tests)."""
    secrets = tuple(bound(v, url, SecretKind.CODE) for v in form.values())
    gate_pass = admit(url, *secrets)
    return HttpCall(operation, "POST", gate_pass.url, {}, form, tuple(form.values()), gate_pass=gate_pass)

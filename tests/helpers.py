"""Test helpers: a tiny scripted 'browser' for the sandbox's consent page (stdlib HTTP only)."""

from __future__ import annotations

import http.client
import re
import socket
import threading
from collections.abc import Callable
from urllib.parse import urlencode, urlsplit

_REQUEST_ID = re.compile(r"name='request_id' value='([^']+)'")


def http_get(url: str, timeout: float = 10.0) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("GET", parts.path + ("?" + parts.query if parts.query else ""))
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def http_post_form(url: str, form: dict[str, str], timeout: float = 10.0) -> tuple[int, dict[str, str], str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("POST", parts.path, urlencode(form), {"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode("utf-8", "replace")
    finally:
        conn.close()


def consent(authorize_url: str, decision: str = "allow") -> str:
    """Open the consent page like a person, press Authorize (or Cancel); return the redirect Location."""
    status, headers, page = http_get(authorize_url)
    if status == 302:  # auto-approve
        return headers["location"]
    assert status == 200, page
    match = _REQUEST_ID.search(page)
    assert match, page
    base = urlsplit(authorize_url)
    status, headers, _ = http_post_form(
        f"{base.scheme}://{base.netloc}/i/oauth2/authorize/decision",
        {"request_id": match.group(1), "decision": decision},
    )
    assert status == 302
    return headers["location"]


class RawServer:
    """A one-purpose TCP server on 127.0.0.1 whose `handler(conn)` misbehaves as a test needs."""

    def __init__(self, handler: Callable[[socket.socket], None]) -> None:
        self.handler = handler
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.received: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
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

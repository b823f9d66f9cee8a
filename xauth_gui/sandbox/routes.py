"""The sandbox's HTTP side: reads requests, applies injected faults, routes to the protocol, writes replies."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qs, urlsplit

from xauth_gui.core.loopback_http import allowed_hosts

from . import pages
from .avatar import AVATAR
from .replies import Reply

if TYPE_CHECKING:
    from .api import XApi
    from .discovery import Metadata
    from .faults import Faults
    from .protocol import OAuthState


class Sandbox(Protocol):
    """What the routes serve: the composed sandbox (server.py), seen through what they use of it."""

    oauth: OAuthState
    api: XApi
    metadata: Metadata
    faults: Faults

    @property
    def port(self) -> int: ...

    @property
    def base_url(self) -> str: ...

    def record(self, method: str, path: str, status: int, handling_ms: float) -> None: ...


STREAM_S, KEEP_ALIVE_S = 120.0, 0.2  # a sandbox stream's life, and its keep-alive interval
BODY_LIMIT = 8 * 1024 * 1024  # a media chunk in base64 JSON fits (X takes chunks up to 5 MB)
_NOT_FOUND = Reply(404, {"title": "Not Found Error", "type": "about:blank", "status": 404, "detail": "Not found"})
_UNKNOWN_HOST = Reply(403, {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Unknown Host"})


class SandboxServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False

    def __init__(self, address: tuple[str, int], sandbox: Sandbox) -> None:
        super().__init__(address, Handler)
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()

    # A browser pre-connects idle sockets. Left open after stop(), a later sandbox on the same port would
    # see its requests answered by this one's handler threads (and this one's OAuth state).
    def process_request(self, request: Any, client_address: Any) -> None:
        with self._open_lock:
            self._open.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def close_connections(self) -> None:
        with self._open_lock:
            open_now, self._open = list(self._open), set()
        for conn in open_now:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()


class Handler(BaseHTTPRequestHandler):
    server: SandboxServer
    protocol_version = "HTTP/1.1"
    timeout = 30  # an idle connection (a browser's speculative one) ends after this many seconds
    server_version = "xauth-gui-sandbox"
    sys_version = ""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # logging must never block the server; requests are kept in Sandbox.requests

    @property
    def sandbox(self) -> Sandbox:
        return self.server.sandbox

    def parse_request(self) -> bool:
        self._started = time.perf_counter()
        if not super().parse_request():
            return False
        # Like the app's listener: only our own loopback names, so a web page on a foreign name that
        # resolves to 127.0.0.1 (DNS rebinding) can't drive the sandbox (checklist B14).
        hosts = self.headers.get_all("Host") or []
        if len(hosts) > 1 or (not hosts and self.request_version != "HTTP/1.0"):
            self.send_error(400, "Bad Request", "One Host header is required.")
            return False
        if hosts and hosts[0].strip().lower() not in allowed_hosts(self.sandbox.port):
            self.close_connection = True
            self._reply(_UNKNOWN_HOST)
            return False
        return True

    # --- routing ---------------------------------------------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/i/oauth2/authorize":
            self._reply(self.sandbox.oauth.authorize(parse_qs(url.query, keep_blank_values=True)))
        elif url.path == "/avatar.png":
            self._send(200, AVATAR, "image/png")
        elif url.path == "/":
            self._html(200, pages.home_page())
        elif "/.well-known/" in url.path:
            sandbox = self.sandbox
            self._reply(sandbox.metadata.reply(url.path, sandbox.base_url, sandbox.oauth) or _NOT_FOUND)
        else:
            self._api(url.path, url.query, b"")

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_DELETE(self) -> None:
        url = urlsplit(self.path)
        self._api(url.path, url.query, self._body())

    do_PUT = do_PATCH = do_DELETE  # noqa: N815 - http.server's names

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        raw = self._body()
        form = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
        sandbox, authorization = self.sandbox, self.headers.get("Authorization", "")
        handlers = {
            "/i/oauth2/authorize/decision": lambda: sandbox.oauth.decide(form),
            "/2/oauth2/token": lambda: sandbox.oauth.token(form, authorization),
            "/2/oauth2/revoke": lambda: sandbox.oauth.revoke(form, authorization),
            "/oauth2/token": lambda: sandbox.api.app_tokens.mint(form, authorization),
            "/oauth2/invalidate_token": lambda: sandbox.api.app_tokens.invalidate(form, authorization),
        }
        handler = handlers.get(url.path)
        if handler is None:
            self._api(url.path, url.query, raw)
        elif url.path.startswith("/i/") or not self._apply_faults(url.path):
            self._reply(handler())

    def _api(self, path: str, query: str, body: bytes) -> None:
        if self._apply_faults(path):
            return
        reply = self.sandbox.api.handle(self.command if self.command != "HEAD" else "GET", path, query, body,
                                        self.headers.get("Authorization", ""))  # fmt: skip
        self._reply(reply or _NOT_FOUND)

    # --- plumbing --------------------------------------------------------------------------------------------
    def _body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(min(length, BODY_LIMIT)) if length else b""

    def _reply(self, reply: Reply) -> None:
        if reply.location:
            self._send(302, b"", "text/plain", {"Location": reply.location})
        elif reply.consent is not None:
            self._html(200, pages.consent_page(reply.consent))
        elif reply.something_went_wrong:
            self._html(reply.status, pages.something_went_wrong_page())
        elif reply.stream is not None:
            self._stream(reply)
        else:
            body = reply.raw if reply.raw is not None else json.dumps(reply.body).encode()
            self._send(reply.status, body, reply.content_type, reply.headers)

    def _stream(self, reply: Reply) -> None:
        """X's streams: lines as they come, then a keep-alive (an empty line) now and then, until the client
        goes away or STREAM_S pass. No Content-Length: the body ends when the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Connection", "close")
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.close_connection = True
        self._record(urlsplit(self.path).path, 200)
        ends = time.monotonic() + STREAM_S
        try:
            for line in reply.stream or ():
                self.wfile.write(line)
                self.wfile.flush()
            while time.monotonic() < ends:
                time.sleep(KEEP_ALIVE_S)
                self.wfile.write(b"\r\n")
                self.wfile.flush()
        except OSError:
            return  # the client stopped listening

    def _html(self, status: int, page: bytes) -> None:
        self._send(status, page, "text/html; charset=utf-8", {"Referrer-Policy": "no-referrer"})

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
        self.close_connection = True
        self._record(urlsplit(self.path).path, status)

    def _record(self, path: str, status: int) -> None:
        elapsed = (time.perf_counter() - getattr(self, "_started", time.perf_counter())) * 1000
        self.sandbox.record(self.command, path, status, elapsed)

    def _apply_faults(self, path: str) -> bool:
        """Apply injected faults; True when the request was fully handled (dropped or answered)."""
        faults = self.sandbox.faults
        if not faults.applies(path):
            return False
        if faults.latency:
            time.sleep(faults.latency)
        if faults.drop_connection:
            self._record(path, 0)
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return True
        if faults.status is not None:
            self._html(faults.status, pages.status_page(faults.status))
        elif faults.malformed_json:
            self._send(200, b"<html>not json{", "application/json;charset=utf-8")
        elif faults.error_200:
            description = "The request could not be completed."
            self._reply(Reply(200, {"error": faults.error_200, "error_description": description}))
        else:
            return False
        return True

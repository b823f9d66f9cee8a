"""The HTTP/1.x side of the loopback redirect receiver, as pure functions (no sockets, no Qt).

`HeadBuffer` assembles a request head from pieces as they arrive and enforces the limits;
`route` decides what a request is (the callback, a preflight, a stray favicon, a rebinding probe);
`response` and the page functions build the static answers. Nothing from the request is echoed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from .loopback_pages import Page

MAX_REQUEST_LINE = 8 * 1024  # longer: 414
MAX_HEAD = 32 * 1024  # longer head, or more headers than MAX_HEADERS: 431
MAX_HEADERS = 100

_END_OF_HEAD = re.compile(rb"\r?\n\r?\n")
_TOKEN = re.compile(r"^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$")
_VERSION = re.compile(r"^HTTP/1\.[01]$")


class BadRequestError(Exception):
    """The request can't be served; answer `status` (or just close when status is 0) and drop it."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class RequestHead:
    method: str
    target: str
    version: str
    headers: tuple[tuple[str, str], ...] = field(repr=False)

    def header(self, name: str) -> str | None:
        """The single value of a header, None when absent; a repeated Host/Origin is a BadRequestError."""
        values = [v for n, v in self.headers if n == name.lower()]
        if len(values) > 1:
            raise BadRequestError(400, f"repeated {name} header")
        return values[0] if values else None


class HeadBuffer:
    """Collects bytes of one connection until the request head is complete; enforces the limits."""

    def __init__(self) -> None:
        self._data = bytearray()

    def feed(self, data: bytes) -> RequestHead | None:
        self._data += data
        if self._data[:1] == b"\x16":
            raise BadRequestError(0, "TLS handshake on the plain-HTTP listener (the browser used https://)")
        end = _END_OF_HEAD.search(self._data)
        first_line_end = self._data.find(b"\n")
        if (first_line_end == -1 and len(self._data) > MAX_REQUEST_LINE) or first_line_end > MAX_REQUEST_LINE:
            raise BadRequestError(414, "request line too long")
        if end is None:
            if len(self._data) > MAX_HEAD:
                raise BadRequestError(431, "request head too large")
            return None
        if end.start() > MAX_HEAD:
            raise BadRequestError(431, "request head too large")
        return parse_head(bytes(self._data[: end.start()]))


def parse_head(raw: bytes) -> RequestHead:
    """Parse a complete request head (without the blank line). Raises BadRequestError."""
    if b"\x00" in raw:
        raise BadRequestError(400, "NUL byte")
    lines = re.split(rb"\r?\n", raw)
    if any(b"\r" in line for line in lines):
        raise BadRequestError(400, "bare CR")
    try:
        request_line = lines[0].decode("ascii")
    except UnicodeDecodeError as exc:
        raise BadRequestError(400, "non-ASCII request line") from exc
    parts = request_line.split(" ")
    if len(parts) != 3:
        raise BadRequestError(400, "malformed request line")
    method, target, version = parts
    if not _VERSION.match(version):
        raise BadRequestError(400, "not HTTP/1.x")
    if not _TOKEN.match(method) or not target or any(c <= " " or c == "\x7f" for c in target):
        raise BadRequestError(400, "malformed request line")
    if len(lines) - 1 > MAX_HEADERS:
        raise BadRequestError(431, "too many headers")
    headers: list[tuple[str, str]] = []
    for line in lines[1:]:
        if line[:1] in (b" ", b"\t"):
            raise BadRequestError(400, "folded header")
        name, colon, value = line.decode("latin-1").partition(":")
        if not colon or not _TOKEN.match(name):
            raise BadRequestError(400, "malformed header")
        headers.append((name.lower(), value.strip(" \t")))
    return RequestHead(method, target, version, tuple(headers))


class RouteKind(StrEnum):
    CALLBACK = "callback"  # GET on the registered path: hand the query to the judge
    PROBE = "probe"  # HEAD on the registered path
    PREFLIGHT = "preflight"  # OPTIONS (Chrome's Private Network Access)
    NOT_FOUND = "not_found"  # any other path (favicon.ico, …)
    METHOD_NOT_ALLOWED = "method_not_allowed"
    BAD_HOST = "bad_host"  # a foreign Host: DNS rebinding


@dataclass(frozen=True)
class Route:
    """What a request is."""

    kind: RouteKind
    query: str = field(default="", repr=False)
    origin: str | None = None


def route(head: RequestHead, path: str, port: int) -> Route:
    """Classify a request for the registered callback `path` on `port`. Raises BadRequestError."""
    host = head.header("host")
    if host is None:
        if head.version == "HTTP/1.1":  # RFC 9112 §3.2; an HTTP/1.0 client may omit it (not a browser)
            raise BadRequestError(400, "HTTP/1.1 without Host")
    elif host.lower() not in allowed_hosts(port):
        return Route(RouteKind.BAD_HOST)  # DNS rebinding: a foreign name resolving to 127.0.0.1

    target = head.target
    if head.method == "OPTIONS":
        return Route(RouteKind.PREFLIGHT, origin=head.header("origin"))
    if target.startswith(("http://", "https://")):  # absolute form (RFC 9112 §3.2.2)
        parts = urlsplit(target)
        if parts.scheme != "http" or parts.netloc.lower() not in allowed_hosts(port):
            return Route(RouteKind.BAD_HOST)
        req_path, query = parts.path or "/", parts.query
    elif target.startswith("/"):
        req_path, _, query = target.partition("?")
        query = query.split("#", 1)[0]
    else:
        raise BadRequestError(400, "malformed target")
    if req_path != path:
        return Route(RouteKind.NOT_FOUND)
    if head.method == "GET":
        return Route(RouteKind.CALLBACK, query=query)
    if head.method == "HEAD":
        return Route(RouteKind.PROBE)
    return Route(RouteKind.METHOD_NOT_ALLOWED)


def allowed_hosts(port: int) -> frozenset[str]:
    names = ("127.0.0.1", "[::1]", "localhost")
    hosts = {f"{n}:{port}" for n in names}
    if port == 80:
        hosts.update(names)
    return frozenset(hosts)


# --- responses -------------------------------------------------------------------------------------
_REASONS = {
    200: "OK",
    204: "No Content",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    414: "URI Too Long",
    431: "Request Header Fields Too Large",
    503: "Service Unavailable",
}
_SECURITY_HEADERS = (
    ("Cache-Control", "no-store"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'none'; frame-ancestors 'none'",
    ),
    ("X-Content-Type-Options", "nosniff"),
    ("Connection", "close"),
)


def response(
    status: int,
    body: bytes = b"",
    *,
    content_type: str = "text/html; charset=utf-8",
    head_only: bool = False,
    extra: tuple[tuple[str, str], ...] = (),
) -> bytes:
    if isinstance(body, Page):
        body = body.localized()  # in the language of `text.speaking`, set per request by the listener
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Error')}"]
    if status != 204:
        lines += [f"Content-Type: {content_type}", f"Content-Length: {len(body)}"]
    lines += [f"{n}: {v}" for n, v in (*_SECURITY_HEADERS, *extra)]
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
    return head if head_only or status == 204 else head + body


def preflight_response(origin: str | None, allowed_origins: frozenset[str]) -> bytes:
    """Chrome's Private Network Access preflight before a public page navigates to 127.0.0.1."""
    extra = [
        ("Access-Control-Allow-Private-Network", "true"),
        ("Access-Control-Allow-Methods", "GET"),
        ("Access-Control-Max-Age", "60"),
        ("Vary", "Origin"),
    ]
    if origin and origin in allowed_origins:
        extra.append(("Access-Control-Allow-Origin", origin))
    return response(204, extra=tuple(extra))

"""The HTTP/1.x side of the loopback redirect receiver, as pure functions (no sockets, no Qt).

`HeadBuffer` assembles a request head from pieces as they arrive and enforces the limits;
`route` decides what a request is (the callback, a preflight, a stray favicon, a rebinding probe);
`response` and the page functions build the static answers. Nothing from the request is echoed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

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


_PAGE = """<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>{title} - xauth-gui</title>
<style>
body{{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;display:flex;min-height:100vh;
align-items:center;justify-content:center;background:#f5f8fa;color:#0f1419}}
main{{max-width:30em;padding:2em 2.2em;background:#fff;border-radius:16px;box-shadow:0 2px 12px #0002}}
h1{{font-size:1.4em;margin:0 0 .4em}} .mark{{font-size:2.2em;color:{color}}}
@media (prefers-color-scheme:dark){{body{{background:#15202b;color:#e7e9ea}} main{{background:#1e2732}}}}
</style></head>
<body><main><div class="mark">{mark}</div><h1>{title}</h1><p>{text}</p></main></body></html>
"""


class Page(bytes):
    """A static, self-contained page: its English bytes, and the same page in the language the reader's
    browser asked for (`localized`, under `text.speaking`). Every text is a constant of this module,
    never request data."""

    heading: str
    paragraphs: tuple[str, ...]
    ok: bool

    def __new__(cls, title: str, *paragraphs: str, ok: bool) -> Page:
        made = super().__new__(cls, _render("en", title, " ".join(paragraphs), ok))
        made.heading, made.paragraphs, made.ok = title, paragraphs, ok
        return made

    def localized(self) -> bytes:
        words = " ".join(translate("LoopbackHttp", p) for p in self.paragraphs)
        lang = translate("LoopbackHttp", "en")  # the page's HTML language code, so browsers pick fonts right
        return _render(lang, translate("LoopbackHttp", self.heading), words, self.ok)


def _render(lang: str, title: str, text: str, ok: bool) -> bytes:
    return _PAGE.format(
        lang=html.escape(lang), title=html.escape(title, quote=False), text=html.escape(text, quote=False),
        mark="&#10003;" if ok else "!", color="#00ba7c" if ok else "#f4212e",
    ).encode()  # fmt: skip


PAGE_SUCCESS = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Done: xauth-gui has your token"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "You can close this tab and return to xauth-gui."),
    ok=True,
)
PAGE_DECLINED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "You declined the request"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "No token was issued. You can close this tab and return to xauth-gui; press Authorize there to try again.",
    ),
    ok=False,
)
PAGE_ALREADY = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This login already finished"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui already received an answer for it. You can close this tab."),
    ok=True,
)
PAGE_NOT_OURS = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This answer is not for the current login"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "It does not match the login xauth-gui is waiting for, so it was ignored. Return to xauth-gui and finish or "
        "restart the login there.",
    ),
    ok=False,
)
PAGE_MALFORMED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "The answer was damaged"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui could not read it. Return to xauth-gui and start again."),
    ok=False,
)
PAGE_CANCELLED = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "This login was cancelled"),
    QT_TRANSLATE_NOOP(
        "LoopbackHttp",
        "It was cancelled in xauth-gui, so this answer was not used. You can close this tab; press Authorize in "
        "xauth-gui to start again.",
    ),
    ok=False,
)
PAGE_WAITING = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui is waiting"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "Approve the request on X's page; this tab will then show the result."),
    ok=True,
)
PAGE_NOT_FOUND = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Not found"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "This is xauth-gui's login helper; there is nothing else here."),
    ok=False,
)
PAGE_FORBIDDEN = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Not allowed"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "This address is only for xauth-gui on this computer."),
    ok=False,
)
PAGE_TIMEOUT = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Request timeout"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "Nothing arrived in time."),
    ok=False,
)
PAGE_BAD_REQUEST = Page(
    QT_TRANSLATE_NOOP("LoopbackHttp", "Bad request"),
    QT_TRANSLATE_NOOP("LoopbackHttp", "xauth-gui could not read this request."),
    ok=False,
)
_FAILURE_REASONS = {
    "invalid_scope": QT_TRANSLATE_NOOP("LoopbackHttp", "X refused one of the requested permissions."),
    "no_code": QT_TRANSLATE_NOOP("LoopbackHttp", "The answer had no authorization code."),
    "error": QT_TRANSLATE_NOOP("LoopbackHttp", "X reported an error instead of a token."),
}


def failure_page(category: str) -> Page:
    """The page for a failed login, naming only a short reason category (never the server's text)."""
    return Page(
        QT_TRANSLATE_NOOP("LoopbackHttp", "The login did not complete"),
        _FAILURE_REASONS.get(category, _FAILURE_REASONS["error"]),
        QT_TRANSLATE_NOOP("LoopbackHttp", "Return to xauth-gui for details and to try again."),
        ok=False,
    )

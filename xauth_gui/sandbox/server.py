"""The sandbox server: X's OAuth 2.0 paths and behaviour, on 127.0.0.1, standard library only.

Behaves like X (x-oauth2.md): PKCE required, codes live 30 s and work once, exact redirect URI
match, Basic auth required for confidential clients (a secret in the body gets X's 401), refresh
tokens only with offline.access and rotated on every use, RFC 7009 revoke, /2/users/me needing
tweet.read + users.read. Faults (latency, 5xx, malformed JSON, dropped connection) can be injected.
"""

from __future__ import annotations

import base64
import hmac
import html
import json
import secrets
import socket
import struct
import threading
import time
import zlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote_plus, urlencode, urlsplit

from xauth_gui.core.endpoints import DEFAULT_REDIRECT_URI, Endpoints
from xauth_gui.core.loopback_http import allowed_hosts
from xauth_gui.core.pkce import challenge_for
from xauth_gui.core.scopes import BY_NAME, REFRESH_SCOPE, WHOAMI_SCOPES

from .clients import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID

CODE_TTL = 30.0
SANDBOX_USER = {
    "id": "1000000000000000001",
    "name": "Sandbox User",
    "username": "sandbox_user",
    "verified_type": "none",
}
SOMETHING_WENT_WRONG = "Something went wrong"

FAULT_PATHS = ("/2/oauth2/token", "/2/oauth2/revoke", "/2/users/me")


@dataclass
class Faults:
    """Injected misbehaviour for the API paths (token, revoke, users/me), or those listed in `paths`."""

    latency: float = 0.0  # seconds to wait before answering
    status: int | None = None  # answer with this HTTP status (e.g. 503) and an HTML body
    malformed_json: bool = False  # answer 200 with a body that is not JSON
    drop_connection: bool = False  # close the socket without answering
    error_200: str | None = None  # answer HTTP 200 with this OAuth `error` code in the body
    paths: tuple[str, ...] = FAULT_PATHS

    def applies(self, path: str) -> bool:
        return path in self.paths


@dataclass
class _Client:
    client_id: str
    secret: str | None  # None: public


@dataclass
class _Pending:
    """An authorize request waiting on the consent page."""

    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    state: str
    challenge: str
    method: str


@dataclass
class _Code:
    client_id: str
    redirect_uri: str
    scopes: tuple[str, ...]
    challenge: str
    method: str
    issued_at: float
    used: bool = False
    issued_tokens: list[str] = field(default_factory=list)


@dataclass
class _Token:
    kind: str  # "at" or "rt"
    client_id: str
    scopes: tuple[str, ...]
    expires_at: float | None
    revoked: bool = False
    pair: str | None = None  # the other token of the same issue


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    status: int
    handling_ms: float = 0.0  # from the parsed request line to the answer written (benchmarks subtract it)


class Sandbox:
    """Embeddable: `Sandbox(...).start()` serves on 127.0.0.1 (port 0 picks a free one); `stop()` ends it."""

    def __init__(
        self,
        port: int = 0,
        *,
        auto_approve: bool = False,
        redirect_uris: tuple[str, ...] | list[str] = (),
        access_token_ttl: float = 7200.0,
        clock: Callable[[], float] = time.time,
        host: str = "127.0.0.1",
        min_token_length: int = 0,
    ) -> None:
        self.auto_approve = auto_approve
        self.min_token_length = min_token_length  # pad tokens, to test storage of very long secrets
        self.access_token_ttl = access_token_ttl
        self.clock = clock
        self.faults = Faults()
        self.redirect_uris: set[str] = {DEFAULT_REDIRECT_URI, *redirect_uris}
        self.clients = {
            PUBLIC_CLIENT_ID: _Client(PUBLIC_CLIENT_ID, None),
            CONFIDENTIAL_CLIENT_ID: _Client(CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET),
        }
        self.requests: deque[RequestRecord] = deque(maxlen=1000)
        self._lock = threading.Lock()
        self._pending: dict[str, _Pending] = {}
        self._codes: dict[str, _Code] = {}
        self._tokens: dict[str, _Token] = {}
        self._serial = 0
        self._server = _Server((host, port), _Handler)
        self._server.sandbox = self
        self._thread: threading.Thread | None = None

    # --- lifecycle -----------------------------------------------------------------------------------
    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def endpoints(self) -> Endpoints:
        return Endpoints.under(self.base_url)

    def start(self) -> Sandbox:
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), name="sandbox", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def register_redirect_uri(self, uri: str) -> None:
        with self._lock:
            self.redirect_uris.add(uri)

    def set_faults(self, **kwargs: Any) -> None:
        self.faults = Faults(**kwargs)

    def clear_faults(self) -> None:
        self.faults = Faults()

    def count(self, method: str, path: str) -> int:
        return sum(1 for r in list(self.requests) if r.method == method and r.path == path)

    # --- token bookkeeping ---------------------------------------------------------------------------
    def _new_token(self, kind: str) -> str:
        # Shaped like X's: base64 of <random>:<issued ms>:1:<n>:<kind>:1
        self._serial += 1
        raw = f"{secrets.token_urlsafe(24)}:{int(self.clock() * 1000)}:1:{self._serial}:{kind}:1"
        token = base64.b64encode(raw.encode()).decode().rstrip("=")
        if kind != "ac" and len(token) < self.min_token_length:
            token += secrets.token_urlsafe(self.min_token_length)[: self.min_token_length - len(token)]
        return token

    def _issue(self, client_id: str, scopes: tuple[str, ...]) -> tuple[dict[str, Any], list[str]]:
        now = self.clock()
        access = self._new_token("at")
        self._tokens[access] = _Token("at", client_id, scopes, now + self.access_token_ttl)
        body: dict[str, Any] = {
            "token_type": "bearer",
            "expires_in": int(self.access_token_ttl),
            "access_token": access,
            "scope": " ".join(scopes),
        }
        issued = [access]
        if REFRESH_SCOPE in scopes:
            refresh = self._new_token("rt")
            self._tokens[refresh] = _Token("rt", client_id, scopes, None, pair=access)
            self._tokens[access].pair = refresh
            body["refresh_token"] = refresh
            issued.append(refresh)
        return body, issued

    def token_is_live(self, token: str) -> bool:
        """For tests: does the server still accept this token?"""
        with self._lock:
            info = self._tokens.get(token)
            return info is not None and not info.revoked and (info.expires_at is None or self.clock() < info.expires_at)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    sandbox: Sandbox


def _error(status: int, error: str, description: str) -> tuple[int, dict[str, Any]]:
    return status, {"error": error, "error_description": description}


def _invalid_request(description: str) -> tuple[int, dict[str, Any]]:
    return _error(400, "invalid_request", description)


_MISSING_AUTH = _error(401, "unauthorized_client", "Missing valid authorization header")


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"
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
            self._json(403, {"title": "Forbidden", "type": "about:blank", "status": 403, "detail": "Unknown Host"})
            return False
        return True

    def _record(self, path: str, status: int) -> None:
        elapsed = (time.perf_counter() - getattr(self, "_started", time.perf_counter())) * 1000
        self.sandbox.requests.append(RequestRecord(self.command, path, status, elapsed))

    # --- plumbing ------------------------------------------------------------------------------------
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

    def _json(self, status: int, obj: object, headers: dict[str, str] | None = None) -> None:
        self._send(status, json.dumps(obj).encode(), "application/json;charset=utf-8", headers)

    def _html(self, status: int, title: str, body: str) -> None:
        page = (
            "<!doctype html><html><head><meta charset='utf-8'><title>"
            + html.escape(title)
            + "</title><style>body{font-family:sans-serif;max-width:34em;margin:3em auto;line-height:1.4}"
            "button{font-size:1em;padding:.5em 1.2em;margin-right:1em}li{margin:.3em 0}</style></head><body>"
            + body
            + "</body></html>"
        )
        self._send(status, page.encode(), "text/html; charset=utf-8", {"Referrer-Policy": "no-referrer"})

    def _redirect(self, target: str) -> None:
        self._send(302, b"", "text/plain", {"Location": target})

    def _form(self) -> dict[str, list[str]]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(min(length, 65536)).decode("utf-8", "replace") if length else ""
        return parse_qs(raw, keep_blank_values=True)

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
            self._html(faults.status, "Error", f"<h1>{int(faults.status)} Service Unavailable</h1>")
            return True
        if faults.malformed_json:
            self._send(200, b"<html>not json{", "application/json;charset=utf-8")
            return True
        if faults.error_200:
            self._json(200, {"error": faults.error_200, "error_description": "The request could not be completed."})
            return True
        return False

    # --- routing -------------------------------------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path == "/i/oauth2/authorize":
            self._authorize(parse_qs(url.query, keep_blank_values=True))
        elif url.path == "/2/users/me":
            if not self._apply_faults(url.path):
                self._me()
        elif url.path == "/avatar.png":
            self._send(200, _AVATAR, "image/png")
        elif url.path == "/":
            self._html(
                200,
                "xauth-gui sandbox",
                "<h1>xauth-gui sandbox</h1><p>An X-compatible OAuth 2.0 server for trying the app.</p>",
            )
        else:
            self._json(404, {"title": "Not Found Error", "type": "about:blank", "status": 404, "detail": "Not found"})

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if path == "/i/oauth2/authorize/decision":
            self._decision(self._form())
            return
        form = self._form()
        if self._apply_faults(path):
            return
        if path == "/2/oauth2/token":
            self._json(*self._token(form))
        elif path == "/2/oauth2/revoke":
            self._json(*self._revoke(form))
        else:
            self._json(404, {"title": "Not Found Error", "type": "about:blank", "status": 404, "detail": "Not found"})

    # --- authorize -----------------------------------------------------------------------------------
    def _something_went_wrong(self) -> None:
        # X shows this page and does NOT redirect when the client or redirect URI is wrong.
        self._html(
            400,
            "X / Error",
            f"<h1>{SOMETHING_WENT_WRONG}</h1><p>You weren't able to give access to the App. "
            "Go back and try logging in again.</p>",
        )

    def _authorize(self, query: dict[str, list[str]]) -> None:
        def one(name: str) -> str:
            values = query.get(name, [])
            return values[0] if len(values) == 1 else ""

        sandbox = self.sandbox
        client_id, redirect_uri, state = one("client_id"), one("redirect_uri"), one("state")
        with sandbox._lock:
            known = client_id in sandbox.clients and redirect_uri in sandbox.redirect_uris
        if not known or not state:
            self._something_went_wrong()
            return

        def back(**params: str) -> None:
            sep = "&" if "?" in redirect_uri else "?"
            self._redirect(redirect_uri + sep + urlencode({**params, "state": state}))

        if one("response_type") != "code":
            back(error="unsupported_response_type")
            return
        challenge, method = one("code_challenge"), one("code_challenge_method") or "plain"
        if not challenge or method.upper() not in ("S256", "PLAIN"):
            back(error="invalid_request", error_description="Missing or invalid PKCE code challenge.")
            return
        scopes = tuple(dict.fromkeys(one("scope").split()))
        if not scopes or any(s not in BY_NAME for s in scopes):
            back(error="invalid_scope", error_description="One or more scopes are invalid.")
            return
        pending = _Pending(
            client_id, redirect_uri, scopes, state, challenge, "S256" if method.upper() == "S256" else "plain"
        )
        if sandbox.auto_approve:
            self._approve(pending)
            return
        request_id = secrets.token_urlsafe(16)
        with sandbox._lock:
            sandbox._pending[request_id] = pending
        items = "".join(
            f"<li><b>{html.escape(BY_NAME[s].description)}</b> <small>({html.escape(s)})</small></li>" for s in scopes
        )
        self._html(
            200,
            "Authorize app - X sandbox",
            f"<h1>{html.escape(client_id)} wants to access your X account</h1>"
            f"<p>Signed in as <b>@{SANDBOX_USER['username']}</b> (sandbox).</p>"
            f"<p>It will be able to:</p><ul>{items}</ul>"
            "<form method='post' action='/i/oauth2/authorize/decision'>"
            f"<input type='hidden' name='request_id' value='{request_id}'>"
            "<button type='submit' name='decision' value='allow' id='allow'>Authorize app</button>"
            "<button type='submit' name='decision' value='deny' id='cancel'>Cancel</button></form>",
        )

    def _approve(self, pending: _Pending) -> None:
        sandbox = self.sandbox
        code = sandbox._new_token("ac")
        with sandbox._lock:
            sandbox._codes[code] = _Code(
                pending.client_id,
                pending.redirect_uri,
                pending.scopes,
                pending.challenge,
                pending.method,
                sandbox.clock(),
            )
        sep = "&" if "?" in pending.redirect_uri else "?"
        self._redirect(pending.redirect_uri + sep + urlencode({"state": pending.state, "code": code}))

    def _decision(self, form: dict[str, list[str]]) -> None:
        request_id = (form.get("request_id") or [""])[0]
        with self.sandbox._lock:
            pending = self.sandbox._pending.pop(request_id, None)
        if pending is None:
            self._something_went_wrong()
            return
        if (form.get("decision") or [""])[0] == "allow":
            self._approve(pending)
        else:
            sep = "&" if "?" in pending.redirect_uri else "?"
            self._redirect(pending.redirect_uri + sep + urlencode({"error": "access_denied", "state": pending.state}))

    # --- token endpoint ------------------------------------------------------------------------------
    def _authenticate(self, form: dict[str, list[str]]) -> tuple[_Client | None, tuple[int, dict[str, Any]] | None]:
        """X's client authentication: Basic for confidential clients, client_id in the body for public."""
        sandbox = self.sandbox
        if "client_secret" in form:
            return None, _MISSING_AUTH  # X rejects client_secret_post
        header = self.headers.get("Authorization", "")
        if header[:6].lower() == "basic ":
            try:
                decoded = base64.b64decode(header[6:].strip(), validate=True).decode()
                raw_id, _, raw_secret = decoded.partition(":")
                basic_id, basic_secret = unquote_plus(raw_id), unquote_plus(raw_secret)
            except ValueError:
                return None, _MISSING_AUTH
            client = sandbox.clients.get(basic_id)
            if client is None:
                return None, _MISSING_AUTH
            if client.secret is not None and not hmac.compare_digest(client.secret, basic_secret):
                return None, _MISSING_AUTH
            return client, None  # a Basic header on a public client is tolerated
        body_ids = form.get("client_id", [])
        if len(body_ids) != 1 or not body_ids[0]:
            return None, _invalid_request("Missing required parameter [client_id].")
        client = sandbox.clients.get(body_ids[0])
        if client is None:
            return None, _error(400, "invalid_request", "Value passed for the client_id was invalid.")
        if client.secret is not None:
            return None, _MISSING_AUTH
        return client, None

    def _token(self, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        if any(len(v) > 1 for v in form.values()):
            return _invalid_request("Duplicate parameters are not allowed.")
        client, problem = self._authenticate(form)
        if problem is not None or client is None:
            return problem or _MISSING_AUTH
        grant = (form.get("grant_type") or [""])[0]
        if grant == "authorization_code":
            return self._grant_code(client, {k: v[0] for k, v in form.items()})
        if grant == "refresh_token":
            return self._grant_refresh(client, {k: v[0] for k, v in form.items()})
        return _invalid_request(
            "Value passed for the grant type was invalid. "
            "Grant type should be one of [authorization_code, refresh_token]."
        )

    def _grant_code(self, client: _Client, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        sandbox = self.sandbox
        for name in ("code", "redirect_uri", "code_verifier"):
            if not form.get(name):
                return _invalid_request(f"Missing required parameter [{name}].")
        with sandbox._lock:
            grant = sandbox._codes.get(form["code"])
            if grant is None or grant.client_id != client.client_id or sandbox.clock() - grant.issued_at > CODE_TTL:
                return _invalid_request("Value passed for the authorization code was invalid.")
            if grant.used:
                # RFC 6749 §4.1.2: a replayed code revokes what it issued.
                for token in grant.issued_tokens:
                    sandbox._tokens[token].revoked = True
                return _invalid_request("Value passed for the authorization code was invalid.")
            if form["redirect_uri"] != grant.redirect_uri:
                return _invalid_request(
                    "Value passed for the redirect uri did not match the uri of the authorization code."
                )
            try:
                expected = challenge_for(form["code_verifier"], grant.method)
            except ValueError:
                expected = ""
            if not expected or not hmac.compare_digest(expected, grant.challenge):
                return _invalid_request("Value passed for the code verifier did not match the code challenge.")
            grant.used = True
            body, issued = sandbox._issue(client.client_id, grant.scopes)
            grant.issued_tokens.extend(issued)
        return 200, body

    def _grant_refresh(self, client: _Client, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        sandbox = self.sandbox
        token = form.get("refresh_token", "")
        if not token:
            return _invalid_request("Missing required parameter [refresh_token].")
        with sandbox._lock:
            info = sandbox._tokens.get(token)
            if info is None or info.kind != "rt" or info.revoked or info.client_id != client.client_id:
                return _invalid_request("Value passed for the token was invalid.")
            info.revoked = True  # rotation: a used refresh token dies
            body, _ = sandbox._issue(client.client_id, info.scopes)
        return 200, body

    def _revoke(self, form: dict[str, list[str]]) -> tuple[int, dict[str, Any]]:
        client, problem = self._authenticate(form)
        if problem is not None or client is None:
            return problem or _MISSING_AUTH
        token = (form.get("token") or [""])[0]
        if not token:
            return _invalid_request("Missing required parameter [token].")
        hint = (form.get("token_type_hint") or [""])[0]
        if hint and hint not in ("access_token", "refresh_token"):
            return _error(400, "unsupported_token_type", "Value passed for the token type hint was invalid.")
        with self.sandbox._lock:
            info = self.sandbox._tokens.get(token)
            if info is not None and info.client_id == client.client_id:
                info.revoked = True
        return 200, {"revoked": True}  # RFC 7009 §2.2: also for unknown or already revoked tokens

    # --- API -----------------------------------------------------------------------------------------
    def _me(self) -> None:
        sandbox = self.sandbox
        header = self.headers.get("Authorization", "")
        token = header[7:].strip() if header[:7].lower() == "bearer " else ""
        with sandbox._lock:
            info = sandbox._tokens.get(token)
            live = (
                info is not None
                and info.kind == "at"
                and not info.revoked
                and (info.expires_at is None or sandbox.clock() < info.expires_at)
            )
        if not live or info is None:
            self._json(401, {"title": "Unauthorized", "type": "about:blank", "status": 401, "detail": "Unauthorized"})
            return
        if not all(s in info.scopes for s in WHOAMI_SCOPES):
            self._json(
                403,
                {
                    "title": "Forbidden",
                    "type": "about:blank",
                    "status": 403,
                    "detail": "You are not permitted to perform this action.",
                },
            )
            return
        data = {**SANDBOX_USER, "profile_image_url": f"{sandbox.base_url}/avatar.png"}
        reset = int(sandbox.clock()) + 900
        self._json(
            200,
            {"data": data},
            {"x-rate-limit-limit": "75", "x-rate-limit-remaining": "74", "x-rate-limit-reset": str(reset)},
        )


def _png(size: int = 48) -> bytes:
    """A small round blue avatar, encoded with the standard library only."""
    rows = []
    r = size / 2
    for y in range(size):
        row = bytearray(b"\x00")  # filter: none
        for x in range(size):
            inside = (x + 0.5 - r) ** 2 + (y + 0.5 - r) ** 2 <= r * r
            row += bytes((29, 155, 240, 255)) if inside else bytes((0, 0, 0, 0))
        rows.append(bytes(row))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


_AVATAR = _png()

"""The floor for flow_ratio: the same login with the standard library only (PKCE, loopback server,
exchange), against the same sandbox, with no GUI and no keychain."""

from __future__ import annotations

import base64
import hashlib
import http.client
import json
import secrets
import socket
import threading
import time
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

CLIENT_ID = "sandbox-public-client"


def http_request(
    method: str, url: str, body: str | None = None, headers: dict[str, str] | None = None
) -> dict[str, str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        conn.request(method, parts.path + ("?" + parts.query if parts.query else ""), body, headers or {})
        resp = conn.getresponse()
        resp.read()
        return {k.lower(): v for k, v in resp.getheaders()}
    finally:
        conn.close()


def _catch_one_callback(port: int) -> tuple[threading.Thread, list[str], socket.socket]:
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(8)
    got: list[str] = []

    def serve() -> None:
        conn, _ = server.accept()
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            got.append(data.split(b" ", 2)[1].decode())
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok")

    thread = threading.Thread(target=serve)
    thread.start()
    return thread, got, server


def _exchange(token_url: str, code: str, redirect: str, verifier: str) -> dict[str, Any]:
    form = {"grant_type": "authorization_code", "code": code, "redirect_uri": redirect, "code_verifier": verifier}
    parts = urlsplit(token_url)
    conn = http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=30)
    try:
        body = urlencode({**form, "client_id": CLIENT_ID})
        conn.request("POST", parts.path, body, {"Content-Type": "application/x-www-form-urlencoded"})
        return dict(json.loads(conn.getresponse().read()))
    finally:
        conn.close()


def reference_login(endpoints: Any, redirect_port: int) -> float:
    """Seconds for one complete login (authorize -> callback -> tokens)."""
    started = time.perf_counter()
    verifier = base64.urlsafe_b64encode(secrets.token_bytes(32)).rstrip(b"=").decode()
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    state = secrets.token_urlsafe(32)
    redirect = f"http://127.0.0.1:{redirect_port}/callback"
    thread, got, server = _catch_one_callback(redirect_port)
    query = {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": redirect,
        "scope": "tweet.read users.read offline.access",
        "state": state,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
    }
    headers = http_request("GET", f"{endpoints.authorize_url}?{urlencode(query)}")
    http_request("GET", headers["location"])
    thread.join(timeout=10)
    server.close()
    params = parse_qs(urlsplit(got[0]).query)
    assert params["state"] == [state]
    tokens = _exchange(endpoints.token_url, params["code"][0], redirect, verifier)
    assert tokens["access_token"]
    return time.perf_counter() - started

"""The transport against misbehaving servers on loopback: bounded, no redirects, no netrc, no leaks."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support.helpers import RawServer, bound, gated_call, read_request
from xauth_gui.core import calls, errors
from xauth_gui.core.binding import Issuer
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.oauth import OAuthService
from xauth_gui.services.transport import MAX_BODY, Transport

PUBLIC = ClientConfig("cid")


def ok_json(conn: socket.socket, body: bytes = b'{"revoked": true}', extra: str = "") -> None:
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n%s\r\n%s"
        % (len(body), extra.encode(), body)
    )


def silent_until(gave_up: threading.Event) -> Callable[[socket.socket], None]:
    """A server that reads the request and says nothing until the client has given up (bounded)."""

    def silent(conn: socket.socket) -> None:
        read_request(conn)
        gave_up.wait(10)

    return silent


def test_silent_server_hits_the_read_timeout() -> None:
    gave_up = threading.Event()
    with RawServer(silent_until(gave_up)) as srv:
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            Transport(read_timeout=0.5, deadline=10).send(
                calls.revoke(Endpoints.under(srv.url), PUBLIC, bound("t", srv.url), "access_token")
            )
        gave_up.set()
        assert time.monotonic() - started < 2.5


def test_silent_server_on_exchange_means_outcome_unknown() -> None:
    gave_up = threading.Event()
    with RawServer(silent_until(gave_up)) as srv:
        call = gated_call("exchange", srv.url + "/2/oauth2/token", {"code": "c"})
        with pytest.raises(errors.ExchangeOutcomeUnknownError):
            Transport(read_timeout=0.3).send(call)
        gave_up.set()


def test_dripping_body_hits_the_overall_deadline() -> None:
    def drip(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n")
        for _ in range(40):
            conn.sendall(b" ")
            time.sleep(0.1)

    with RawServer(drip) as srv:
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            Transport(read_timeout=1, deadline=0.8).send(
                calls.revoke(Endpoints.under(srv.url), PUBLIC, bound("t", srv.url), "access_token")
            )
        assert time.monotonic() - started < 2.5


@pytest.mark.parametrize("status", [302, 307, 308])
def test_redirects_are_not_followed(status: int) -> None:
    with RawServer(lambda c: (read_request(c), ok_json(c))) as target:

        def redirect(conn: socket.socket) -> None:
            read_request(conn)
            conn.sendall(
                b"HTTP/1.1 %d Moved\r\nLocation: %s/x\r\nContent-Length: 0\r\n\r\n" % (status, target.url.encode())
            )

        with RawServer(redirect) as srv, pytest.raises(errors.UnexpectedRedirectError):
            OAuthService(Transport()).revoke(Endpoints.under(srv.url), PUBLIC, bound("tok", srv.url), "access_token")
        assert target.received == []


def test_oversized_body_is_refused() -> None:
    def huge(conn: socket.socket) -> None:
        read_request(conn)
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % (MAX_BODY * 2))
        conn.sendall(b"x" * (MAX_BODY * 2))

    with RawServer(huge) as srv, pytest.raises(errors.ResponseError, match="too large"):
        Transport().send(calls.revoke(Endpoints.under(srv.url), PUBLIC, bound("t", srv.url), "access_token"))


def test_connection_refused_is_connect_error_even_for_exchange() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    call = gated_call("exchange", f"http://127.0.0.1:{port}/2/oauth2/token", {"code": "c"})
    with pytest.raises(errors.ConnectError):
        Transport().send(call)


def test_proxy_failure_names_the_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("NO_PROXY", "")
    monkeypatch.delenv("no_proxy", raising=False)
    with pytest.raises(errors.ProxyError):
        Transport().send(
            calls.revoke(
                Endpoints.under("http://127.0.0.2:9"), PUBLIC, bound("t", "http://127.0.0.2:9"), "access_token"
            )
        )


def test_netrc_never_overrides_our_authorization(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login netrc-user password netrc-pass\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NETRC", str(netrc))
    seen: list[bytes] = []

    def capture(conn: socket.socket) -> None:
        seen.append(read_request(conn))
        ok_json(conn, b'{"data": {"id": "1", "username": "u", "name": "n"}}')

    with RawServer(capture) as srv:
        ep = Endpoints.under(srv.url)
        Transport().send(calls.revoke(ep, PUBLIC, bound("t", srv.url), "access_token"))
        confidential = ClientConfig("cid", ClientType.CONFIDENTIAL, "sec").bound_to(srv.url)
        Transport().send(calls.revoke(ep, confidential, bound("t", srv.url), "access_token"))
        Transport().send(calls.who_am_i(ep, bound("the-access-token", srv.url)))
    auth = [
        next((line for line in req.split(b"\r\n") if line.lower().startswith(b"authorization:")), None) for req in seen
    ]
    assert auth[0] is None
    assert auth[1] == b"Authorization: Basic Y2lkOnNlYw=="
    assert auth[2] == b"Authorization: Bearer the-access-token"


def test_records_and_logs_hold_no_secrets(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.DEBUG)
    records = []

    def answer(conn: socket.socket) -> None:
        read_request(conn)
        ok_json(conn, b'{"error": "invalid_request", "error_description": "echo sec-ret-123"}')

    with RawServer(answer) as srv:
        client = ClientConfig("cid", ClientType.CONFIDENTIAL, "sec-ret-123").bound_to(srv.url)
        issuer = Issuer(Provider.CUSTOM, "cid", "confidential", Endpoints.under(srv.url))
        tokens = TokenSet("acc-tok-1", "bearer", 0, None, (), "ref-tok-1", issuer)
        with pytest.raises(errors.XAuthError) as info:
            OAuthService(Transport(on_record=records.append)).refresh(Endpoints.under(srv.url), client, tokens)
    assert "echo [redacted]" in (info.value.description or "")
    text = caplog.text + repr(records) + str(info.value) + info.value.detail
    for secret in ("sec-ret-123", "acc-tok-1", "ref-tok-1", "Y2lkOnNlYy1yZXQtMTIz"):
        assert secret not in text
    assert records and records[0].operation == "refresh" and records[0].status == 200

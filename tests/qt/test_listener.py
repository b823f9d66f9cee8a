"""The loopback listener with real sockets: checklist L1-L33 as they apply on Linux."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest

from tests.support.qt_helpers import RawClient, free_port, get, headers_of
from xauth_gui.core import errors
from xauth_gui.core import loopback_pages as pages
from xauth_gui.core.authorize import AuthorizationResponse
from xauth_gui.core.callback import login_judge
from xauth_gui.core.redirect_uri import LoopbackTarget
from xauth_gui.qt.listener import LoopbackListener

STATE = "the-state-0123456789"


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def make(qtbot: Any) -> Iterator[Any]:
    made: list[LoopbackListener] = []

    def factory(redirect_uri: str, state: str = STATE, **kw: Any) -> LoopbackListener:
        listener = LoopbackListener(redirect_uri, login_judge(redirect_uri, state), **kw)
        listener.start()
        made.append(listener)
        return listener

    yield factory
    for listener in made:
        listener.close()
    made.clear()


def callback(port: int, query: str = f"code=the-code&state={STATE}", path: str = "/callback") -> bytes:
    return get(f"{path}?{query}", f"127.0.0.1:{port}")


def uri(port: int, host: str = "127.0.0.1", path: str = "/callback") -> str:
    return f"http://{host}:{port}{path}"


def can_connect(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family) as s:
        s.settimeout(1)
        return s.connect_ex((host, port)) == 0


# --- L1-L3: where it listens ---------------------------------------------------------------------------
def test_l1_binds_127_0_0_1_only(make: Any, port: int) -> None:
    listener = make(uri(port))
    assert listener.bound_addresses == ["127.0.0.1"]
    assert can_connect("127.0.0.1", port)
    assert not can_connect("127.0.0.2", port)  # a wildcard bind would accept here
    assert not can_connect("::1", port)


def test_l2_localhost_binds_both_stacks(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port, "localhost"))
    assert sorted(listener.bound_addresses) == ["127.0.0.1", "::1"]
    for host in ("127.0.0.1", "::1"):
        client = RawClient(port, host).send(get("/favicon.ico", f"localhost:{port}"))
        assert client.status(qtbot) == 404
    with qtbot.waitSignal(listener.concluded, timeout=5000) as blocker:
        RawClient(port, "::1").send(get(f"/callback?code=c&state={STATE}", f"localhost:{port}"))
    assert blocker.args[0] == AuthorizationResponse(code="c", state=STATE)


def test_l2_ipv6_literal_binds_only_ipv6(make: Any) -> None:
    port = free_port(socket.AF_INET6)
    listener = make(f"http://[::1]:{port}/callback")
    assert listener.bound_addresses == ["::1"]
    assert not can_connect("127.0.0.1", port)


@pytest.mark.parametrize("occupied", ["127.0.0.1", "::1"])
def test_l3_port_in_use_is_reported_and_nothing_stays_open(occupied: str) -> None:
    family = socket.AF_INET6 if occupied == "::1" else socket.AF_INET
    with socket.socket(family) as other:
        other.bind((occupied, 0))
        other.listen(1)
        port = other.getsockname()[1]
        listener = LoopbackListener(uri(port, "localhost"), login_judge(uri(port, "localhost"), STATE))
        with pytest.raises(errors.PortInUseError) as info:
            listener.start()
        assert f"Port {port}" in info.value.user_text and "another program" in info.value.user_text
        assert not listener.is_listening
        free = "::1" if occupied == "127.0.0.1" else "127.0.0.1"
        assert not can_connect(free, port)  # the other stack was released too


@pytest.mark.parametrize(
    "redirect_uri",
    [
        "https://127.0.0.1:8765/callback",
        "http://example.com:8765/callback",
        "http://192.168.1.5:8765/cb",
        "myapp://callback",
        "http://127.0.0.1:0/cb",
        "http://[::1",
    ],
)
def test_unsupported_redirect_uris_are_refused(redirect_uri: str) -> None:
    with pytest.raises(errors.UnsupportedRedirectUriError) as info:
        LoopbackListener(redirect_uri, login_judge(redirect_uri, STATE))
    assert "paste" in info.value.user_text


def test_target_from_redirect_uri() -> None:
    t = LoopbackTarget.from_redirect_uri("http://LOCALHOST/cb?x=1")
    assert (t.addresses, t.port, t.path, t.base_url) == (("127.0.0.1", "::1"), 80, "/cb", "http://LOCALHOST/cb")
    with pytest.raises(errors.UnsupportedRedirectUriError):
        LoopbackTarget.from_redirect_uri("http://127.0.0.1:8765/cb#f")  # no redirect URI has a fragment


# --- the callback ----------------------------------------------------------------------------------------
def test_l15_valid_callback(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=5000) as blocker, qtbot.assertNotEmitted(listener.concluded):
        client = RawClient(port).send(callback(port))
    assert blocker.args == [AuthorizationResponse(code="the-code", state=STATE)]
    raw = client.response(qtbot)
    headers = headers_of(raw)
    assert raw.startswith(b"HTTP/1.1 200 OK\r\n")
    assert headers["connection"] == "close" and headers["cache-control"] == "no-store"
    assert headers["referrer-policy"] == "no-referrer" and headers["content-type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in headers["content-security-policy"]
    body = raw.split(b"\r\n\r\n", 1)[1]
    assert int(headers["content-length"]) == len(body) and body == pages.PAGE_SUCCESS
    assert b"the-code" not in body and STATE.encode() not in body and b"src=" not in body and b"http" not in body
    assert b"You can close this tab and return to xauth-gui" in body


def test_l16_repeat_callback_gets_already_finished_and_no_second_signal(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    emitted: list[object] = []
    listener.concluded.connect(emitted.append)
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))
    for query in (f"code=the-code&state={STATE}", f"code=another-valid-code&state={STATE}"):
        client = RawClient(port).send(callback(port, query))
        assert client.response(qtbot).endswith(pages.PAGE_ALREADY)
    assert len(emitted) == 1


def test_l6_grace_then_closed_and_port_free(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port), grace_ms=200)
    idle = RawClient(port)
    with qtbot.waitSignal(listener.closed, timeout=5000):
        RawClient(port).send(callback(port))
    assert not listener.is_listening
    idle.sock.setblocking(True)
    idle.sock.settimeout(2)
    assert idle.sock.recv(10) == b""  # idle sockets were closed too
    rebound = LoopbackListener(uri(port), login_judge(uri(port), "other"))
    rebound.start()
    assert rebound.is_listening
    rebound.close()


@pytest.mark.logs_warnings
def test_wrong_state_is_rejected_without_ending(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.assertNotEmitted(listener.concluded):
        for query in ("code=c&state=forged", "code=c", "error=access_denied&state=forged", "error=access_denied"):
            client = RawClient(port).send(callback(port, query))
            assert client.response(qtbot).endswith(pages.PAGE_NOT_OURS)
    assert not listener.finished
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))


def test_l28_declined_ends_with_declined_page(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=5000) as blocker, qtbot.assertNotEmitted(listener.concluded):
        client = RawClient(port).send(callback(port, f"error=access_denied&state={STATE}"))
    assert isinstance(blocker.args[0], errors.AuthorizationDeclinedError)
    assert client.response(qtbot).endswith(pages.PAGE_DECLINED)


@pytest.mark.parametrize(
    ("query", "cls", "category"),
    [
        (f"error=invalid_scope&state={STATE}", errors.InvalidScopeError, pages.FailureReason.INVALID_SCOPE),
        (
            f"error=server_error&error_description=%3Cscript%3Ealert(1)%3C/script%3E&state={STATE}",
            errors.AuthorizationFailedError,
            pages.FailureReason.ERROR,
        ),
        (f"code=&state={STATE}", errors.MissingCodeError, pages.FailureReason.NO_CODE),  # L25: empty means absent
    ],
)
def test_failed_authorizations_end_with_a_category_page(
    make: Any, qtbot: Any, port: int, query: str, cls: type, category: pages.FailureReason
) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=5000) as blocker:
        client = RawClient(port).send(callback(port, query))
    assert type(blocker.args[0]) is cls
    body = client.response(qtbot).split(b"\r\n\r\n", 1)[1]
    assert body == pages.failure_page(category) and b"<script>" not in body  # L29: nothing echoed


@pytest.mark.parametrize(
    "query",
    [f"code=a&code=b&state={STATE}", f"code=%G1&state={STATE}", f"code=%FF&state={STATE}", f"code=a%00&state={STATE}"],
)
@pytest.mark.logs_warnings
def test_l24_l26_malformed_callbacks_keep_waiting(make: Any, qtbot: Any, port: int, query: str) -> None:
    listener = make(uri(port))
    with qtbot.assertNotEmitted(listener.concluded):
        assert RawClient(port).send(callback(port, query)).response(qtbot).endswith(pages.PAGE_MALFORMED)
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))


# --- L9-L12: connections ---------------------------------------------------------------------------------
def test_l9_idle_connections_never_delay_the_callback(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    idle = [RawClient(port) for _ in range(5)]
    with qtbot.waitSignal(listener.concluded, timeout=1000):
        RawClient(port).send(callback(port))
    for c in idle:
        c.close()


@pytest.mark.parametrize("which", [0, 1])
def test_l10_callback_on_first_or_second_connection(make: Any, qtbot: Any, port: int, which: int) -> None:
    listener = make(uri(port))
    clients = [RawClient(port), RawClient(port)]
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        clients[which].send(callback(port))


def test_l11_slowloris_dropped_at_deadline_and_cap_evicts_idle(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port), read_deadline_ms=300, max_connections=4)
    slow = RawClient(port).send(b"GET /call")
    assert slow.status(qtbot, timeout=3000) == 408
    idle = [RawClient(port) for _ in range(10)]
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))
    for c in idle:
        c.close()


def test_l12_byte_by_byte(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    client = RawClient(port)
    with qtbot.waitSignal(listener.concluded, timeout=10000):
        for byte in callback(port):
            client.send(bytes([byte]))
            qtbot.wait(0)  # let the listener see each piece separately


# --- L13-L23: what counts ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /favicon.ico HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET / HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"POST /callback HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Length: 0\r\n\r\n", 405),
        (b"GET /callback/?code=c&state=" + STATE.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET /Callback?code=c&state=" + STATE.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET //callback?code=c&state=" + STATE.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET /callback%2F?code=c HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET /callback/../callback?code=c HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 404),
        (b"GET /callback?code=c HTTP/1.1\r\n\r\n", 400),  # L17: HTTP/1.1 without Host
        (b"GET /callback?code=c HTTP/1.1\r\nHost: evil.example:{port}\r\n\r\n", 403),  # L20
        (b"GET /callback?code=c HTTP/1.1\r\nHost: localhost.:{port}\r\n\r\n", 403),
        (b"GET /callback?code=c HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nHost: 127.0.0.1:{port}\r\n\r\n", 400),
        (b"GET http://evil.example/callback?code=c HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 403),
        (b"PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", 400),  # L19
        (b"GET /\r\n\r\n", 400),  # HTTP/0.9
        (b"get /callback HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 405),
        (b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n folded\r\n\r\n", 400),
        (b"GET /call\xffback HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nX: a\x00b\r\n\r\n", 400),
        (b"GET /callback HTTP/1.1\rHost: x\r\n\r\n", 400),
        (b"GET /" + b"a" * 9000 + b" HTTP/1.1\r\n\r\n", 414),  # L23
        (b"GET /" + b"a" * 9000, 414),  # no line end yet: answered as soon as it is too long
        (b"GET / HTTP/1.1\r\n" + b"X-Big: " + b"b" * 33000 + b"\r\n\r\n", 431),
        (b"GET / HTTP/1.1\r\n" + b"".join(b"X-%d: 1\r\n" % i for i in range(101)) + b"\r\n", 431),
    ],
)
def test_l13_to_l23_requests_that_do_not_count(
    make: Any, qtbot: Any, port: int, request_bytes: bytes, status: int
) -> None:
    listener = make(uri(port))
    with qtbot.assertNotEmitted(listener.concluded):
        client = RawClient(port).send(request_bytes.replace(b"{port}", str(port).encode()))
        raw = client.response(qtbot)
    assert raw.startswith(b"HTTP/1.1 %d " % status)
    assert headers_of(raw)["connection"] == "close"
    assert not listener.finished
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))


def test_l13_head_is_answered_but_not_counted(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.assertNotEmitted(listener.concluded):
        raw = (
            RawClient(port)
            .send(get(f"/callback?code=c&state={STATE}", f"127.0.0.1:{port}", method="HEAD"))
            .response(qtbot)
        )
    assert raw.startswith(b"HTTP/1.1 200") and raw.endswith(b"\r\n\r\n") and int(headers_of(raw)["content-length"]) > 0


def test_l14_private_network_preflight(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    pre = get(
        "/callback",
        f"127.0.0.1:{port}",
        "Origin: https://x.com\r\nAccess-Control-Request-Private-Network: true\r\nAccess-Control-Request-Method: GET",
        method="OPTIONS",
    )
    with qtbot.assertNotEmitted(listener.concluded):
        raw = RawClient(port).send(pre).response(qtbot)
    headers = headers_of(raw)
    assert raw.startswith(b"HTTP/1.1 204")
    assert (
        headers["access-control-allow-private-network"] == "true"
        and headers["access-control-allow-origin"] == "https://x.com"
    )
    other = RawClient(port).send(pre.replace(b"https://x.com", b"https://evil.example")).response(qtbot)
    assert "access-control-allow-origin" not in headers_of(other)
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))


@pytest.mark.parametrize("host", ["127.0.0.1:{port}", "localhost:{port}", "[::1]:{port}", "LOCALHOST:{port}"])
def test_l20_loopback_host_headers_accepted(make: Any, qtbot: Any, port: int, host: str) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(get(f"/callback?code=c&state={STATE}", host.format(port=port)))


def test_l17_http10_without_host_and_absolute_form_accepted(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(get(f"/callback?code=c&state={STATE}", None, version="HTTP/1.0"))
    listener2 = make(uri(free_port()))
    p2 = listener2.target.port
    with qtbot.waitSignal(listener2.concluded, timeout=5000):
        RawClient(p2).send(get(f"http://127.0.0.1:{p2}/callback?code=c&state={STATE}", f"127.0.0.1:{p2}"))


def test_l17_pipelined_second_request_is_ignored(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    emitted: list[object] = []
    listener.concluded.connect(emitted.append)
    raw = RawClient(port).send(get("/favicon.ico", f"127.0.0.1:{port}") + callback(port)).response(qtbot)
    assert raw.count(b"HTTP/1.1 ") == 1 and raw.startswith(b"HTTP/1.1 404")
    assert emitted == [] and not listener.finished


def test_l18_tls_handshake_is_dropped(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    hello = bytes.fromhex("160301020001000200") + b"\x00" * 64
    assert RawClient(port).send(hello).response(qtbot) == b""
    with qtbot.waitSignal(listener.concluded, timeout=5000):
        RawClient(port).send(callback(port))


# --- lifecycle -------------------------------------------------------------------------------------------
def test_l8_overall_timeout(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port), timeout_ms=200)
    failures: list[object] = []
    listener.concluded.connect(failures.append)
    with qtbot.waitSignals([listener.concluded, listener.closed], order="strict", timeout=5000):
        pass
    assert len(failures) == 1 and isinstance(failures[0], errors.LoginTimeoutError)
    assert not can_connect("127.0.0.1", port)


def test_cancel_emits_once_and_frees_the_port(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    with qtbot.waitSignal(listener.concluded, timeout=1000) as blocker:
        listener.cancel()
    assert isinstance(blocker.args[0], errors.LoginCancelledError)
    with qtbot.assertNotEmitted(listener.concluded):
        listener.cancel()
    assert not can_connect("127.0.0.1", port)


@pytest.mark.logs_warnings
def test_l7_l31_new_attempt_refuses_the_old_state(make: Any, qtbot: Any, port: int) -> None:
    old = make(uri(port), state="old-state")
    old.cancel()
    new = make(uri(port), state="new-state")
    with qtbot.assertNotEmitted(new.concluded):
        raw = RawClient(port).send(callback(port, "code=c&state=old-state")).response(qtbot)
    assert raw.endswith(pages.PAGE_NOT_OURS)
    with qtbot.waitSignal(new.concluded, timeout=5000):
        RawClient(port).send(callback(port, "code=c&state=new-state"))


def test_l32_close_with_open_connections(make: Any, qtbot: Any, port: int) -> None:
    listener = make(uri(port))
    clients = [RawClient(port) for _ in range(3)]
    clients[0].send(b"GET /callb")
    qtbot.waitUntil(lambda: listener.open_connections == 3, timeout=2000)
    with qtbot.assertNotEmitted(listener.concluded):
        listener.close()
    for c in clients:
        assert c.response(qtbot) == b""

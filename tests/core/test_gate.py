"""The one gate (issue 21): every secret goes only to the origin it belongs to, and nothing secret-bearing
leaves without the gate's pass. Pure parts here; the window and the CLI in tests/app and tests/e2e."""

from __future__ import annotations

import ast
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.helpers import RawServer, bound, read_request
from xauth_gui.core import calls, errors
from xauth_gui.core.binding import Issuer, Use
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import X_ENDPOINTS, Endpoints, Provider
from xauth_gui.core.gate import Origin, Pass, Secret, SecretDestinationError, SecretKind, admit, verify
from xauth_gui.core.operation import Operation
from xauth_gui.core.tokens import TokenSet
from xauth_gui.services.transport import Transport

ROOT = Path(__file__).resolve().parents[2]
X_ISSUER = Issuer(Provider.X, "cid", "public", X_ENDPOINTS)
X_TOKENS = TokenSet("at-123", "bearer", 0.0, None, ("tweet.read",), "rt-456", X_ISSUER)

HOSTILE = [
    "https://other.example/2/users/me",  # another host
    "https://api.x.com.other.example/2/users/me",  # a look-alike suffix
    "https://api.x.co/2/users/me",
    "https://xapi.x.com/2/users/me",
    "https://api.x.com:8443/2/users/me",  # another port
    "http://api.x.com/2/users/me",  # another scheme (and cleartext)
    "https://\u0430pi.x.com/2/users/me",  # Cyrillic а
    "https://api.\u0445.com/2/users/me",  # Cyrillic х
    "https://api.x.com./2/users/me",  # a trailing dot is another name to this gate
    "https://api.x.com@other.example/2/users/me",  # userinfo: really goes to other.example
    "https://user:pw@api.x.com/2/users/me",
    "https://127.0.0.1/2/users/me",
    "http://127.0.0.1:8780/2/users/me",
    "https://api.x.com\\@other.example/",
    "https://api.x.com%2eother.example/",
    "https://[::1]/2/users/me",
    "javascript:alert(1)",
    "file:///etc/passwd",
]


@pytest.mark.parametrize("url", HOSTILE)
def test_the_user_token_goes_nowhere_but_its_issuers_api(url: str) -> None:
    with pytest.raises(errors.ConfigError):
        calls.api_call("GET", url, X_TOKENS.access_secret())


@pytest.mark.parametrize(
    "url", ["https://api.x.com/2/users/me", "HTTPS://API.X.COM/2/tweets?x=1", "https://api.x.com:443/2/users/me"]
)
def test_the_issuers_own_api_is_admitted(url: str) -> None:
    call = calls.api_call("GET", url, X_TOKENS.access_secret())
    assert call.gate_pass is not None and verify(call.gate_pass, call.url, call.secrets)


def test_a_refusal_names_both_hosts_and_shows_a_look_alike_in_punycode() -> None:
    with pytest.raises(SecretDestinationError) as info:
        calls.api_call("GET", "https://\u0430pi.x.com/2/users/me", X_TOKENS.access_secret())
    text = info.value.user_text
    assert "xn--" in text and "https://api.x.com" in text and "at-123" not in text
    with pytest.raises(errors.ConfigError) as info2:
        calls.api_call("GET", "https://api.x.com@other.example/2/users/me", X_TOKENS.access_secret())
    assert "other.example" in info2.value.user_text and "at-123" not in info2.value.user_text


@given(st.from_regex(r"[a-z0-9]{1,10}(\.[a-z0-9]{1,10}){0,3}", fullmatch=True))
def test_any_other_host_is_refused(host: str) -> None:
    url = f"https://{host}/2/users/me"
    if Origin.of(url) == Origin("https", "api.x.com", 443):
        return
    with pytest.raises(errors.ConfigError):
        calls.api_call("GET", url, X_TOKENS.access_secret())


def test_each_secret_kind_has_its_own_home() -> None:
    custom = Endpoints("https://auth.example/a", "https://auth.example/t", "https://auth.example/r",
                       "https://api.example/me")  # fmt: skip
    tokens = replace(X_TOKENS, issuer=Issuer(Provider.CUSTOM, "cid", "public", custom))
    with pytest.raises(SecretDestinationError):  # the refresh token never goes to the API
        calls.refresh(replace(custom, token_url="https://api.example/t"), ClientConfig("cid"), tokens.refresh_secret())
    with pytest.raises(SecretDestinationError):  # the access token never goes to the token endpoint's host
        calls.api_call("GET", "https://auth.example/2/users/me", tokens.access_secret())
    calls.refresh(custom, ClientConfig("cid"), tokens.refresh_secret())
    calls.revoke(custom, ClientConfig("cid"), tokens.access_secret(Use.REVOKE), "access_token")
    secret = ClientConfig("cid", ClientType.CONFIDENTIAL, "s3cret").bound_to("https://auth.example/t")
    calls.refresh(custom, secret, tokens.refresh_secret())
    with pytest.raises(SecretDestinationError):  # the client secret follows where it was entered
        calls.refresh(custom, secret.bound_to("https://elsewhere.example/t"), tokens.refresh_secret())
    with pytest.raises(SecretDestinationError):  # a secret with no record goes nowhere
        calls.refresh(custom, ClientConfig("cid", ClientType.CONFIDENTIAL, "s3cret"), tokens.refresh_secret())
    key = bound("key", "https://api.example/", SecretKind.API_KEY)
    calls.app_only_token("https://api.example", key, key)
    with pytest.raises(SecretDestinationError):
        calls.app_only_token("https://auth.example", key, key)
    without_issuer = replace(tokens, issuer=None)
    with pytest.raises(SecretDestinationError):
        calls.api_call("GET", "https://api.example/me", without_issuer.access_secret())


def test_a_pass_is_for_one_url_and_its_own_secrets() -> None:
    call = calls.api_call("GET", "https://api.x.com/2/users/me", X_TOKENS.access_secret())
    assert not verify(call.gate_pass, "https://api.x.com.other.example/2/users/me", call.secrets)
    assert not verify(call.gate_pass, call.url, ("another-secret",))
    forged = Pass(call.url, Origin("https", "api.x.com", 443), frozenset(call.secrets), object())
    assert not verify(forged, call.url, call.secrets)
    assert not verify(None, call.url, call.secrets)
    assert admit("https://api.x.com/x").values == frozenset()  # a pass that admits no secret…
    assert not verify(admit("https://api.x.com/x"), "https://api.x.com/x", ())  # …covers no secret-bearing call


def recording(conn: socket.socket, into: list[bytes]) -> None:
    into.append(read_request(conn))
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}")


def _refused_without_a_byte(call: calls.HttpCall) -> None:
    seen: list[bytes] = []
    with RawServer(lambda conn: recording(conn, seen)) as srv:
        moved = replace(call, url=call.url.replace("http://127.0.0.1:1", srv.url))
        if call.gate_pass is not None and call.gate_pass.url == call.url:
            moved = replace(moved, gate_pass=admit(moved.url, bound("other", srv.url)))  # a pass, not for these
        with pytest.raises(SecretDestinationError):
            Transport().send(moved)
        assert seen == []
        Transport().send(calls.api_call("GET", srv.url + "/x", bound("t0ken", srv.url)))  # the server works
        assert len(seen) == 1


@pytest.mark.parametrize(
    "variant",
    ["listed", "header only", "form only", "pass for another url", "pass for other secrets", "stolen pass"],
)
def test_the_transport_sends_nothing_secret_bearing_that_missed_the_gate(variant: str) -> None:
    url = "http://127.0.0.1:1/2/users/me"
    gated = calls.api_call("GET", "https://api.x.com/2/users/me", X_TOKENS.access_secret())
    made = {
        "listed": calls.HttpCall(Operation.API, "GET", url, {}, None, ("t0ken",)),
        "header only": calls.HttpCall(Operation.API, "GET", url, {"Authorization": "Bearer t0ken"}),
        "form only": calls.HttpCall(Operation.REFRESH, "POST", url, {}, {"refresh_token": "t0ken"}),
        "pass for another url": replace(gated, url=url),
        "pass for other secrets": replace(gated, url=url, secrets=("other",)),
        "stolen pass": calls.HttpCall(Operation.API, "GET", url, {}, None, ("t0ken",), gate_pass=gated.gate_pass),
    }
    _refused_without_a_byte(made[variant])


def test_only_the_builders_make_requests() -> None:
    """Every request is built in core/calls.py, where each one with a secret passes the gate (`_gated`);
    the one other place, the avatar, carries no secret (and the transport would refuse one)."""
    makers: dict[str, list[ast.Call]] = {}
    for path in (ROOT / "xauth_gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "HttpCall":
                makers.setdefault(str(path.relative_to(ROOT / "xauth_gui")), []).append(node)
    assert set(makers) == {"core/calls.py", "qt/token_ops.py"}
    assert len(makers["core/calls.py"]) == 1  # in _gated, after admit()
    (avatar,) = makers["qt/token_ops.py"]
    assert len(avatar.args) == 4 and not avatar.keywords  # operation, method, url, {"Accept": ...}: no secrets


def test_secret_kinds_are_named_in_refusals() -> None:
    for kind in SecretKind:
        with pytest.raises(SecretDestinationError) as info:
            admit("https://other.example/", Secret(kind, "v", frozenset({Origin("https", "api.x.com", 443)})))
        assert "https://api.x.com" in info.value.user_text and "https://other.example" in info.value.user_text


def test_redirects_are_never_followed_with_a_secret() -> None:
    """The gate admits one URL; a redirect to another is answered to the app, not followed."""

    stolen: list[bytes] = []
    with RawServer(lambda conn: recording(conn, stolen)) as thief:

        def redirect(conn: socket.socket) -> None:
            read_request(conn)
            moved = b"HTTP/1.1 307 Moved\r\nLocation: %s/steal\r\nContent-Length: 0\r\n\r\n" % thief.url.encode()
            conn.sendall(moved)

        with RawServer(redirect) as srv:
            token = bound("t0ken", srv.url)
            result = Transport().send(calls.api_call("GET", srv.url + "/2/users/me", token))
            assert result.status == 307
    assert stolen == []

"""Security checklist section B, the pure parts: URL policy (B3, B4), inert exports (B5), the redactor
(B9), the overall deadline (B10), damaged profiles (B11), errors by operation (B13), the server's own
reason (B15). The window-level cases are in test_boundaries.py."""

from __future__ import annotations

import json
import math
import os
import shutil
import socket
import subprocess
import time
from dataclasses import replace
from pathlib import Path

import pytest
from dotenv import dotenv_values
from hypothesis import assume, given
from hypothesis import strategies as st

from tests.support.helpers import RawServer, bound, read_request
from xauth_gui.core import calls, errors, exports
from xauth_gui.core.authorize import AuthorizationRequest, parse_redirect
from xauth_gui.core.binding import Issuer
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import X_ENDPOINTS, Endpoints
from xauth_gui.core.error_mapping import error_from_response
from xauth_gui.core.gate import SecretKind
from xauth_gui.core.operation import Operation
from xauth_gui.core.profile import load_profile
from xauth_gui.core.redact import redact, strip_query
from xauth_gui.core.tokens import TokenSet, parse_token_response
from xauth_gui.core.urls import browser_url, same_target, secret_url
from xauth_gui.services.transport import Transport

B64TOKEN = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~+/"
NASTY = ["$(touch {m})", "`touch {m}`", "'; touch {m}; '", '"; touch {m}; "', "a\nX_EXTRA=1", "$HOME", "\\", "!!",
         "${{IFS}}", "a' b", "%s", "'\\''", "&& touch {m} #", "|touch {m}", ">{m}", "*", "~root"]  # fmt: skip


# --- B3 / B4: which URLs are used --------------------------------------------------------------------
@given(st.from_regex(r"[a-z][a-z0-9+.\-]{0,10}", fullmatch=True), st.text(max_size=30))
def test_b3_only_https_or_loopback_http_reach_the_browser(scheme: str, rest: str) -> None:
    url = f"{scheme}:{rest}"
    try:
        result = browser_url(url)
    except errors.ConfigError as exc:
        assert "authorize URL" in exc.user_text
        return
    assert result.startswith(("https://", "http://")) and result.isascii()
    assert result.startswith("https://") or "//127." in result or "//localhost" in result or "//[::1]" in result


@pytest.mark.parametrize(
    "url",
    ["http://example.com/token", "http://10.0.0.1/t", "http://127.0.0.1.evil.test/t", "http://0x7f000001/t",
     "http://[::ffff:8.8.8.8]/t", "ftp://127.0.0.1/t", "http://127.0.0.1@evil.test/t", "https://h/\x00"],
)  # fmt: skip
def test_b4_secret_urls_refuse_cleartext_to_other_hosts(url: str) -> None:
    with pytest.raises(errors.ConfigError) as caught:
        secret_url(url, "token URL")
    assert "token URL" in caught.value.user_text


@pytest.mark.parametrize("url", ["https://api.x.com/2/oauth2/token", "http://127.0.0.1:9/t", "http://localhost/t",
                                 "http://[::1]:8/t", "http://127.8.9.1/t"])  # fmt: skip
def test_b4_secret_urls_allow_https_and_loopback(url: str) -> None:
    assert secret_url(url, "token URL")


def test_b4_every_call_builder_refuses_cleartext() -> None:
    bad = Endpoints("https://x.com/a", "http://example.com/t", "http://example.com/r", "http://example.com/me")
    client = ClientConfig("id")
    for build in (
        lambda: calls.refresh(bad, client, bound("rt", "http://example.com/t", SecretKind.REFRESH_TOKEN)),
        lambda: calls.revoke(bad, client, bound("at", "http://example.com/r"), "access_token"),
        lambda: calls.who_am_i(bad, bound("at", "http://example.com/me")),
        lambda: AuthorizationRequest.new(bad, client, "http://127.0.0.1:8765/callback", ["tweet.read"]),
    ):
        with pytest.raises(errors.ConfigError, match="plain http://"):
            build()


def test_b4_transport_is_the_last_gate() -> None:
    call = calls.HttpCall(Operation.ME, "GET", "http://example.com/2/users/me", {}, None, ("secret-value",))
    with pytest.raises(errors.ConfigError):
        Transport().send(call)


def test_b1_issuer_matches_only_the_same_urls_and_client() -> None:
    issuer = Issuer("x", "cid", "public", X_ENDPOINTS)
    assert issuer.matches("x", X_ENDPOINTS, "cid")
    assert issuer.matches("custom", replace(X_ENDPOINTS, token_url="HTTPS://API.X.COM:443/2/oauth2/token"), "cid")
    assert not issuer.matches("x", X_ENDPOINTS, "other")
    assert not issuer.matches("sandbox", X_ENDPOINTS, "cid")
    for field in ("token_url", "revoke_url", "me_url"):
        assert not issuer.matches("custom", replace(X_ENDPOINTS, **{field: "https://evil.test/x"}), "cid")
    assert same_target("https://a.test/p?q=1", "https://a.test:443/p?q=1")
    assert not same_target("https://a.test/p", "http://a.test/p")


# --- B5: inert exports ---------------------------------------------------------------------------------
def _tokens(scopes: tuple[str, ...], access: str = "QUFB.b-c~d+e/f==", refresh: str = "cmVm_LQ") -> TokenSet:
    return TokenSet(access, "bearer", 1.0, 7201.0, scopes, refresh)


SHELLS = [s for s in ("bash", "dash", "zsh", "sh") if shutil.which(s)]


@pytest.mark.logs_warnings  # python-dotenv warns about the lines it skips
@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize("nasty", NASTY)
def test_b5_sourced_env_runs_nothing_and_sets_only_its_variables(tmp_path: Path, shell: str, nasty: str) -> None:
    marker = tmp_path / "ran"
    value = nasty.format(m=marker)
    text = exports.dotenv(_tokens(("tweet.read", value)), client_id=value)
    env_file = tmp_path / "x.env"
    env_file.write_text(text)
    script = f"set -a; . {env_file}; env -0"
    out = subprocess.run(["env", "-i", "PATH=/usr/bin:/bin", shell, "-c", script], capture_output=True, timeout=20)
    assert out.returncode == 0, out.stderr
    got = dict(item.split("=", 1) for item in out.stdout.decode().split("\0") if "=" in item)
    assert not marker.exists()
    assert {k for k in got if k.startswith("X_")} == {"X_CLIENT_ID", "X_ACCESS_TOKEN", "X_REFRESH_TOKEN",
                                                     "X_TOKEN_EXPIRES_AT", "X_TOKEN_SCOPES"}  # fmt: skip
    assert got["X_CLIENT_ID"] == value and got["X_TOKEN_SCOPES"] == f"tweet.read {value}"
    loaded = dotenv_values(env_file, interpolate=True)  # python-dotenv, as developers load it
    assert set(loaded) <= {"X_CLIENT_ID", "X_ACCESS_TOKEN", "X_REFRESH_TOKEN", "X_TOKEN_EXPIRES_AT", "X_TOKEN_SCOPES"}
    assert loaded["X_ACCESS_TOKEN"] == "QUFB.b-c~d+e/f==" and loaded["X_REFRESH_TOKEN"] == "cmVm_LQ"
    if not any(ch in value for ch in "'\\$"):  # python-dotenv skips (only) lines it can't read exactly
        assert loaded["X_CLIENT_ID"] == value


@pytest.mark.parametrize("shell", SHELLS)
@pytest.mark.parametrize("nasty", NASTY)
def test_b5_pasted_curl_line_runs_nothing(tmp_path: Path, shell: str, nasty: str) -> None:
    """The curl line, pasted into an interactive shell (history expansion on where the shell has it)."""
    marker = tmp_path / "ran"
    args_file = tmp_path / "args"
    shim = tmp_path / "bin"
    shim.mkdir()
    (shim / "curl").write_text(f'#!/bin/sh\nfor a in "$@"; do printf \'%s\\0\' "$a"; done > {args_file}\n')
    os.chmod(shim / "curl", 0o755)  # noqa: S103 - the test's own shim
    me_url = "https://api.example.test/2/users/me?q=" + nasty.format(m=marker).replace("\n", "").replace(" ", "")
    line = exports.curl_me(_tokens(("a",)), replace(X_ENDPOINTS, me_url=me_url))
    flags = ["-i"] if shell in ("bash", "zsh") else []
    env = {"PATH": f"{shim}:/usr/bin:/bin", "HOME": str(tmp_path), "ENV": "/dev/null"}
    out = subprocess.run([shell, *flags], input=(line + "\nexit\n").encode(), capture_output=True, env=env, timeout=20)
    assert not marker.exists(), out.stderr
    argv = args_file.read_bytes().split(b"\0")[:-1]
    assert argv == [b"-sS", me_url.encode(), b"-H", b"Authorization: Bearer QUFB.b-c~d+e/f=="], out.stderr


@given(st.text(min_size=1, max_size=40))
def test_b5_tokens_outside_b64token_are_refused_at_parse_time(token: str) -> None:
    body = json.dumps({"access_token": token, "token_type": "bearer", "expires_in": 7200})
    if all(c in B64TOKEN for c in token.rstrip("=")) and token.rstrip("="):
        assert parse_token_response(body, now=0.0).access_token == token
        return
    with pytest.raises(errors.ResponseError, match=r"bearer token can't contain|has no access token"):
        parse_token_response(body, now=0.0)


def test_b5_a_damaged_token_is_never_exported() -> None:
    bad = _tokens(("a",), access="abc\r\nX-Injected: 1")
    for kind in exports.ExportFormat:
        with pytest.raises(exports.UnsafeTokenError):
            exports.export(kind, bad, X_ENDPOINTS, "cid")
    assert "\n" not in exports.bearer_header(_tokens(("a",)))


# --- B9: the redactor --------------------------------------------------------------------------------
SECRET_CHARS = st.text(alphabet=B64TOKEN + ":!@$%^*()[]{}", min_size=8, max_size=40)
FORMS = [
    "Authorization: Bearer {s}",
    "authorization: bearer {s} trailing",
    "access_token={s}&x=1",
    "POST body: grant_type=refresh_token&refresh_token={s}",
    '{{"access_token": "{s}", "n": 1}}',
    "{{'client_secret': '{s}'}}",
    "access_token: {s}",
    "refresh_token : '{s}'",
    "X_ACCESS_TOKEN={s}",
    "export MY_API_KEY='{s}'",
    'CLIENT_SECRET = "{s}"',
    "db_password={s}",
]


@given(st.sampled_from(FORMS), SECRET_CHARS)
def test_b9_secret_shaped_text_is_always_masked(form: str, secret: str) -> None:
    assume(not any(ch in secret for ch in "'\"{}") or "{s}" not in form.split(":")[0])
    text = form.format(s=secret)
    template = form.replace("{s}", "")
    assume(secret not in template)
    if form.startswith(("access_token: ", "refresh_token : ")) or "X_" in form or "KEY" in form or "=" in form:
        assume(not any(ch in secret for ch in "'\"&,;}#"))  # a value is one shell/form word
    assert secret not in redact(text)


@given(st.text(alphabet=B64TOKEN.replace("/", "") + "!$&()*+,;=:", min_size=4, max_size=30))
def test_b9_userinfo_never_survives(password: str) -> None:
    assume(password not in "https://admin:@127.0.0.1:8/2/oauth2/token?code=[redacted]")
    url = f"https://admin:{password}@127.0.0.1:8/2/oauth2/token?code=abc"
    for text in (redact(url), strip_query(url), redact(f"POST {url} -> 200")):
        assert password not in text and "admin" not in text


# --- B10: the deadline covers the status line and headers ------------------------------------------------
def test_b10_a_server_dripping_its_headers_ends_at_the_deadline() -> None:
    def drip(conn: socket.socket) -> None:
        read_request(conn)
        for byte in b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}":
            conn.sendall(bytes([byte]))
            time.sleep(0.1)

    with RawServer(drip) as srv:
        started = time.monotonic()
        with pytest.raises(errors.RequestTimeoutError):
            Transport(deadline=1.0, read_timeout=5.0).send(calls.HttpCall(Operation.ME, "GET", srv.url + "/me"))
        assert time.monotonic() - started < 3.0  # the drip alone would take ~7 s


# --- B11: damaged profiles ------------------------------------------------------------------------------
JUNK = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)
KEYS = ["provider", "client_type", "scopes", "tokens", "custom_endpoints", "pkce_method", "id", "client_id"]


@given(st.dictionaries(st.sampled_from(KEYS), JUNK), st.dictionaries(st.sampled_from(
    ["obtained_at", "expires_at", "scopes", "issuer", "has_refresh", "token_type"]), JUNK))  # fmt: skip
def test_b11_any_damaged_profile_loads_to_sane_values(data: dict[str, object], meta: dict[str, object]) -> None:
    profile, _notes = load_profile({**data, "tokens": meta})
    assert profile.provider in ("x", "sandbox", "custom") and profile.client_type in ("public", "confidential")
    if profile.tokens is not None:
        for value in (profile.tokens.obtained_at, profile.tokens.expires_at):
            assert value is None or (math.isfinite(value) and value >= 0)
    json.dumps(profile.to_dict())


# --- B13: errors by operation -----------------------------------------------------------------------------
@pytest.mark.parametrize("error", ["invalid_grant", "invalid_request"])
def test_b13_a_200_error_body_on_refresh_is_a_refresh_error(error: str) -> None:
    body = json.dumps({"error": error, "error_description": "nope"})
    with pytest.raises(errors.RefreshTokenInvalidError):
        parse_token_response(body, now=0.0, operation=Operation.REFRESH)
    with pytest.raises(errors.XAuthError) as caught:
        parse_token_response(body, now=0.0, operation=Operation.EXCHANGE)
    assert not isinstance(caught.value, errors.RefreshTokenInvalidError)


# --- B15: the server's own reason, and no X advice for other servers ----------------------------------------
def test_b15_unrecognised_errors_quote_the_server_and_advise_for_it() -> None:
    url = (
        "http://127.0.0.1:8765/callback?state=s&error=invalid_request"
        "&error_description=not+supported+value+of+code_challenge_method%01%0A" + "x" * 500
    )
    with pytest.raises(errors.AuthorizationFailedError) as caught:
        parse_redirect(url, "http://127.0.0.1:8765/callback", "s")
    custom = caught.value.for_server(is_x=False).user_text
    assert "not supported value of code_challenge_method" in custom
    assert "X developer console" not in custom and "\n" not in custom and len(custom) < 600
    server = error_from_response(400, json.dumps({"error": "weird", "error_description": "Own reason"}),
                                        Operation.EXCHANGE)  # fmt: skip
    assert "Own reason" in server.user_text
    generic = error_from_response(401, json.dumps({"error": "invalid_client"}), Operation.REFRESH)
    assert "X" not in generic.for_server(is_x=False).user_text.replace("X_", "")


def test_b3_userinfo_is_dropped_from_browser_urls() -> None:
    assert browser_url("https://x.com@evil.example/i/oauth2/authorize") == "https://evil.example/i/oauth2/authorize"
    assert browser_url("http://u:p@127.0.0.1:9/a?b=c") == "http://127.0.0.1:9/a?b=c"

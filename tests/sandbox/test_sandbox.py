"""The sandbox behaves like X, checked over real HTTP on loopback with the core and the transport."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.support.helpers import consent, http_get
from xauth_gui.core import calls, errors
from xauth_gui.core.authorize import AuthorizationRequest, parse_redirect
from xauth_gui.core.binding import Use
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import DEFAULT_REDIRECT_URI
from xauth_gui.core.gate import Secret, SecretKind, home
from xauth_gui.core.tokens import TokenSet
from xauth_gui.sandbox import CONFIDENTIAL_CLIENT_ID, CONFIDENTIAL_CLIENT_SECRET, PUBLIC_CLIENT_ID, Sandbox
from xauth_gui.sandbox.server import SOMETHING_WENT_WRONG
from xauth_gui.services.oauth import OAuthService
from xauth_gui.services.transport import Transport

PUBLIC = ClientConfig(PUBLIC_CLIENT_ID)
CONFIDENTIAL = ClientConfig(CONFIDENTIAL_CLIENT_ID, ClientType.CONFIDENTIAL, CONFIDENTIAL_CLIENT_SECRET)
SCOPES = ("tweet.read", "users.read", "offline.access")


class Clock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def service() -> OAuthService:
    return OAuthService(Transport(connect_timeout=2, read_timeout=3, deadline=5))


def start(
    sandbox: Sandbox, client: ClientConfig = PUBLIC, scopes: tuple[str, ...] = SCOPES, **kw: object
) -> AuthorizationRequest:
    client = at(sandbox, client)
    return AuthorizationRequest.new(sandbox.endpoints, client, DEFAULT_REDIRECT_URI, scopes, **kw)  # type: ignore[arg-type]


def at(sandbox: Sandbox, client: ClientConfig) -> ClientConfig:
    """The client with its secret entered for this sandbox (the gate sends it nowhere else)."""
    return client.bound_to(sandbox.endpoints.token_url)


def refresh_token(value: str, sandbox: Sandbox) -> Secret:
    return Secret(SecretKind.REFRESH_TOKEN, value, home(sandbox.endpoints.token_url))


def token(value: str, sandbox: Sandbox) -> Secret:
    return Secret(SecretKind.ACCESS_TOKEN, value, home(sandbox.endpoints.revoke_url))


def login(
    sandbox: Sandbox, service: OAuthService, client: ClientConfig = PUBLIC, scopes: tuple[str, ...] = SCOPES
) -> tuple[AuthorizationRequest, TokenSet]:
    req = start(sandbox, client, scopes)
    resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
    return req, service.exchange(req, resp)


@pytest.mark.parametrize("client", [PUBLIC, CONFIDENTIAL], ids=["public", "confidential"])
def test_full_flow(sandbox: Sandbox, service: OAuthService, client: ClientConfig) -> None:
    _, tokens = login(sandbox, service, client)
    assert tokens.scopes == SCOPES and tokens.refresh_token and tokens.expires_at
    assert tokens.expires_at - tokens.obtained_at == pytest.approx(7200, abs=1)
    me = service.who_am_i(sandbox.endpoints, tokens)
    assert me.username == "sandbox_user" and me.profile_image_url
    client = at(sandbox, client)
    fresh = service.refresh(sandbox.endpoints, client, tokens)
    assert fresh.refresh_token and fresh.refresh_token != tokens.refresh_token
    assert not sandbox.token_is_live(tokens.refresh_token or "")  # rotation: the used one died
    with pytest.raises(errors.RefreshTokenInvalidError):
        service.refresh(sandbox.endpoints, client, tokens)
    service.revoke_all(sandbox.endpoints, client, fresh)
    assert not sandbox.token_is_live(fresh.access_token) and not sandbox.token_is_live(fresh.refresh_token or "")
    with pytest.raises(errors.UnauthorizedError):
        service.who_am_i(sandbox.endpoints, fresh)
    with pytest.raises(errors.RefreshTokenInvalidError):
        service.refresh(sandbox.endpoints, client, fresh)


def test_consent_page_lists_scopes_in_plain_words(sandbox: Sandbox) -> None:
    status, headers, page = http_get(start(sandbox, scopes=("tweet.read", "dm.write")).url)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "Send and manage direct messages for you." in page and "Authorize app" in page and "Cancel" in page


def test_cancel_redirects_with_access_denied_and_state(sandbox: Sandbox) -> None:
    req = start(sandbox)
    location = consent(req.url, "deny")
    assert parse_qs(urlsplit(location).query) == {"error": ["access_denied"], "state": [req.state]}
    with pytest.raises(errors.AuthorizationDeclinedError):
        parse_redirect(location, req.redirect_uri, req.state)


def test_auto_approve_redirects_at_once() -> None:
    with Sandbox(auto_approve=True) as sb:
        req = start(sb)
        status, headers, _ = http_get(req.url)
        assert status == 302 and parse_redirect(headers["location"], req.redirect_uri, req.state).code


@pytest.mark.parametrize(
    "change",
    [{"client_id": "unknown-client"}, {"redirect_uri": "http://127.0.0.1:9/other"}, {"state": ""}],
)
def test_unknown_client_or_unregistered_uri_shows_error_page_without_redirect(
    sandbox: Sandbox, change: dict[str, str]
) -> None:
    parts = urlsplit(start(sandbox).url)
    query = {k: v[0] for k, v in parse_qs(parts.query).items()} | change
    from urllib.parse import urlencode

    status, headers, page = http_get(f"{sandbox.base_url}{parts.path}?{urlencode(query)}")
    assert status == 400 and "location" not in headers and SOMETHING_WENT_WRONG in page


def test_registered_extra_redirect_uri(service: OAuthService) -> None:
    with Sandbox(redirect_uris=["http://localhost:9999/cb"]) as sb:
        req = AuthorizationRequest.new(sb.endpoints, PUBLIC, "http://localhost:9999/cb", SCOPES)
        assert service.exchange(req, parse_redirect(consent(req.url), req.redirect_uri, req.state)).access_token


def test_unknown_scope_redirects_with_invalid_scope(sandbox: Sandbox) -> None:
    req = start(sandbox, scopes=("tweet.read", "account.follows.read"))
    status, headers, _ = http_get(req.url)
    assert status == 302
    with pytest.raises(errors.InvalidScopeError):
        parse_redirect(headers["location"], req.redirect_uri, req.state)


def test_code_is_single_use_and_replay_revokes(sandbox: Sandbox, service: OAuthService) -> None:
    req = start(sandbox)
    resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
    tokens = service.exchange(req, resp)
    with pytest.raises(errors.InvalidCodeError):
        service.exchange(req, resp)
    assert not sandbox.token_is_live(tokens.access_token)  # RFC 6749 §4.1.2


def test_code_lives_30_seconds(service: OAuthService) -> None:
    clock = Clock()
    with Sandbox(clock=clock) as sb:
        req = start(sb)
        resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
        clock.now += 31
        with pytest.raises(errors.InvalidCodeError):
            service.exchange(req, resp)


def test_pkce_is_enforced(sandbox: Sandbox, service: OAuthService) -> None:
    req = start(sandbox)
    resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
    other = start(sandbox)  # a verifier from another attempt
    forged = AuthorizationRequest(req.endpoints, req.client, req.redirect_uri, req.scopes, req.state, other.pkce)
    with pytest.raises(errors.CodeVerifierError):
        service.exchange(forged, resp)


def test_plain_pkce_works_when_chosen(sandbox: Sandbox, service: OAuthService) -> None:
    req = start(sandbox, pkce_method="plain")
    assert service.exchange(req, parse_redirect(consent(req.url), req.redirect_uri, req.state)).access_token


def test_redirect_uri_must_match_in_exchange(service: OAuthService) -> None:
    with Sandbox(redirect_uris=["http://127.0.0.1:8765/other"]) as sb:
        req = start(sb)
        resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
        moved = AuthorizationRequest(
            req.endpoints, req.client, "http://127.0.0.1:8765/other", req.scopes, req.state, req.pkce
        )
        with pytest.raises(errors.RedirectUriMismatchError):
            service.exchange(moved, resp)


def raw_token_call(sandbox: Sandbox, call: calls.HttpCall) -> tuple[int, dict[str, str]]:
    result = Transport().send(call)
    return result.status, json.loads(result.body)


def test_confidential_client_needs_basic(sandbox: Sandbox) -> None:
    req = start(sandbox, CONFIDENTIAL)
    resp = parse_redirect(consent(req.url), req.redirect_uri, req.state)
    call = calls.exchange_code(req, resp.code)
    no_basic = replace(call, headers={"Content-Type": calls.FORM})
    assert raw_token_call(sandbox, no_basic) == (
        401,
        {"error": "unauthorized_client", "error_description": "Missing valid authorization header"},
    )
    secret_in_body = replace(
        call,
        headers={"Content-Type": calls.FORM},
        form={**(call.form or {}), "client_secret": CONFIDENTIAL_CLIENT_SECRET},
    )
    assert raw_token_call(sandbox, secret_in_body)[0] == 401
    wrong = at(sandbox, ClientConfig(CONFIDENTIAL_CLIENT_ID, ClientType.CONFIDENTIAL, "wrong-secret"))
    with pytest.raises(errors.ClientAuthError):
        OAuthService(Transport()).exchange(
            AuthorizationRequest(req.endpoints, wrong, req.redirect_uri, req.scopes, req.state, req.pkce), resp
        )
    assert raw_token_call(sandbox, call)[0] == 200  # the code still works: failed auth did not consume it


def test_confidential_needs_basic_on_refresh_and_revoke(sandbox: Sandbox, service: OAuthService) -> None:
    _, tokens = login(sandbox, service, CONFIDENTIAL)
    as_public = ClientConfig(CONFIDENTIAL_CLIENT_ID)
    with pytest.raises(errors.ClientAuthError):
        service.refresh(sandbox.endpoints, as_public, tokens)
    with pytest.raises(errors.ClientAuthError):
        service.revoke(sandbox.endpoints, as_public, tokens.access_secret(Use.REVOKE), "access_token")
    assert sandbox.token_is_live(tokens.access_token)


def test_public_client_needs_client_id(sandbox: Sandbox) -> None:
    call = calls.refresh(sandbox.endpoints, PUBLIC, refresh_token("x", sandbox))
    form = {k: v for k, v in (call.form or {}).items() if k != "client_id"}
    status, body = raw_token_call(sandbox, replace(call, form=form))
    assert (status, body["error_description"]) == (400, "Missing required parameter [client_id].")


def test_unknown_grant_type(sandbox: Sandbox) -> None:
    call = calls.refresh(sandbox.endpoints, PUBLIC, refresh_token("x", sandbox))
    form = {**(call.form or {}), "grant_type": "client_credentials"}
    status, body = raw_token_call(sandbox, replace(call, form=form))
    assert status == 400 and body["error_description"].startswith("Value passed for the grant type was invalid")


def test_no_refresh_token_without_offline_access(sandbox: Sandbox, service: OAuthService) -> None:
    _, tokens = login(sandbox, service, scopes=("tweet.read", "users.read"))
    assert tokens.refresh_token is None
    with pytest.raises(errors.RefreshTokenInvalidError, match=r"offline\.access"):
        service.refresh(sandbox.endpoints, PUBLIC, tokens)


def test_revoke_unknown_token_is_still_200(sandbox: Sandbox, service: OAuthService) -> None:
    service.revoke(sandbox.endpoints, PUBLIC, token("never-issued", sandbox), "access_token")
    status, body = raw_token_call(
        sandbox, calls.revoke(sandbox.endpoints, PUBLIC, token("never-issued", sandbox), "refresh_token")
    )
    assert (status, body) == (200, {"revoked": True})


def test_access_tokens_expire(service: OAuthService) -> None:
    clock = Clock()
    with Sandbox(clock=clock, access_token_ttl=60) as sb:
        _, tokens = login(sb, service)
        assert tokens.expires_at is not None and tokens.expires_at - tokens.obtained_at == pytest.approx(60, abs=1)
        clock.now += 61
        with pytest.raises(errors.UnauthorizedError):
            service.who_am_i(sb.endpoints, tokens)


def test_who_am_i_needs_both_scopes(sandbox: Sandbox, service: OAuthService) -> None:
    _, tokens = login(sandbox, service, scopes=("users.read", "offline.access"))
    with pytest.raises(errors.MissingScopesError):
        service.who_am_i(sandbox.endpoints, tokens)


@pytest.mark.parametrize(
    ("faults", "operation", "cls"),
    [
        ({"status": 503}, "refresh", errors.ServerUnavailableError),
        ({"malformed_json": True}, "refresh", errors.ResponseError),
        ({"drop_connection": True}, "refresh", errors.NetworkError),
        ({"drop_connection": True}, "exchange", errors.ExchangeOutcomeUnknownError),
        ({"malformed_json": True}, "me", errors.ResponseError),
        ({"status": 500}, "revoke", errors.ServerUnavailableError),
    ],
)
def test_faults_become_plain_errors(
    sandbox: Sandbox, service: OAuthService, faults: dict[str, object], operation: str, cls: type
) -> None:
    _, tokens = login(sandbox, service)
    sandbox.set_faults(**faults)
    with pytest.raises(cls) as info:
        if operation == "refresh":
            service.refresh(sandbox.endpoints, PUBLIC, tokens)
        elif operation == "exchange":
            req2 = start(sandbox)
            sandbox.clear_faults()
            resp = parse_redirect(consent(req2.url), req2.redirect_uri, req2.state)
            sandbox.set_faults(**faults)
            service.exchange(req2, resp)
        elif operation == "me":
            service.who_am_i(sandbox.endpoints, tokens)
        else:
            service.revoke_all(sandbox.endpoints, PUBLIC, tokens)
    assert info.value.hint
    sandbox.clear_faults()
    if operation != "exchange":
        assert sandbox.token_is_live(tokens.access_token) or operation == "revoke"


def test_latency_fault_hits_the_read_timeout(sandbox: Sandbox) -> None:
    sandbox.set_faults(latency=2.0)
    slow = OAuthService(Transport(read_timeout=0.3, deadline=5))
    started = time.monotonic()
    with pytest.raises(errors.RequestTimeoutError):
        slow.revoke(sandbox.endpoints, PUBLIC, token("x", sandbox), "access_token")
    assert time.monotonic() - started < 2.0


def test_command_line_server() -> None:
    with subprocess.Popen(
        [
            sys.executable,
            "-m",
            "xauth_gui.sandbox",
            "--port",
            "0",
            "--auto-approve",
            "--redirect-uri",
            "http://127.0.0.1:1234/cb",
        ],
        stdout=subprocess.PIPE,
        text=True,
    ) as proc:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Sandbox listening on http://127.0.0.1:")
        base = first.split()[-1]
        lines = [proc.stdout.readline() for _ in range(3)]
        assert "http://127.0.0.1:1234/cb" in lines[2] and "sandbox-secret" in lines[1]
        from xauth_gui.core.endpoints import Endpoints

        req = AuthorizationRequest.new(Endpoints.under(base), PUBLIC, "http://127.0.0.1:1234/cb", SCOPES)
        status, headers, _ = http_get(req.url)
        assert status == 302 and "code=" in headers["location"]
        proc.terminate()
        assert proc.wait(timeout=10) == 0


def test_the_consent_page_has_a_language_a_title_a_heading_and_a_dark_scheme(sandbox: Sandbox) -> None:
    status, _, page = http_get(start(sandbox).url)
    assert status == 200 and "<html lang='en'>" in page and "<title>" in page and "<h1>" in page
    assert "prefers-color-scheme:dark" in page and "color-scheme" in page

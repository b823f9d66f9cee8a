"""Kinds are types, not strings: client type, PKCE method, stored secret, revoke hint, failure page (issue 24)."""

from __future__ import annotations

import json

import pytest

from tests.support.helpers import bound
from xauth_gui.core import calls, errors
from xauth_gui.core import loopback_pages as pages
from xauth_gui.core.binding import Issuer
from xauth_gui.core.callback import login_judge
from xauth_gui.core.client import ClientConfig, ClientType
from xauth_gui.core.endpoints import Endpoints, Provider
from xauth_gui.core.pkce import Pkce, PkceMethod
from xauth_gui.core.profile import Profile, SecretName, load_profile
from xauth_gui.core.tokens import TokenHint

SERVER = "https://auth.example"


def test_a_profile_holds_kinds_whether_given_strings_or_members_and_saves_strings() -> None:
    p = Profile(client_type="confidential", pkce_method="plain", provider="custom")  # type: ignore[arg-type]
    assert p.client_type is ClientType.CONFIDENTIAL and p.pkce_method is PkceMethod.PLAIN
    saved = json.loads(json.dumps(p.to_dict()))
    assert (saved["client_type"], saved["pkce_method"]) == ("confidential", "plain")
    assert load_profile(saved)[0] == p
    with pytest.raises(ValueError):
        Profile(client_type="secretive")  # type: ignore[arg-type]


def test_a_damaged_saved_client_type_falls_back_with_a_note() -> None:
    saved = Profile().to_dict() | {"client_type": "secretive"}
    profile, notes = load_profile(saved)
    assert profile.client_type is ClientType.PUBLIC and notes


def test_plain_pkce_only_where_the_user_chose_it_for_a_custom_server() -> None:
    assert Profile(provider=Provider.X, pkce_method=PkceMethod.PLAIN).effective_pkce_method() is PkceMethod.S256
    chosen = Profile(provider=Provider.CUSTOM, pkce_method=PkceMethod.PLAIN)
    assert chosen.effective_pkce_method() is PkceMethod.PLAIN
    pkce = Pkce.new("plain")
    assert pkce.method is PkceMethod.PLAIN and pkce.challenge == pkce.verifier
    with pytest.raises(ValueError):
        Pkce.new("S512")


def test_secrets_are_kept_under_their_kind_only() -> None:
    p = Profile(id="abc")
    assert [p.secret_key(k) for k in SecretName][:2] == ["abc/client_secret", "abc/access_token"]
    assert p.secret_key("refresh_token") == p.secret_key(SecretName.REFRESH_TOKEN)
    with pytest.raises(ValueError):
        p.secret_key("password")


def test_a_revoke_names_its_hint_and_refuses_any_other() -> None:
    ep = Endpoints.under(SERVER)
    token = bound("t0k", ep.revoke_url)
    call = calls.revoke(ep, ClientConfig("cid"), token, TokenHint.REFRESH)
    assert b"token_type_hint=refresh_token" in call.body
    with pytest.raises(ValueError):
        calls.revoke(ep, ClientConfig("cid"), token, "id_token")


def test_an_issuer_saved_with_an_unknown_client_type_is_damage() -> None:
    issuer = Issuer(Provider.CUSTOM, "cid", ClientType.PUBLIC, Endpoints.under(SERVER))
    assert Issuer.from_dict(issuer.to_dict()) == issuer
    assert Issuer.from_dict(issuer.to_dict() | {"client_type": "secretive"}) is None


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("error=invalid_scope", pages.FailureReason.INVALID_SCOPE),
        ("error=server_error", pages.FailureReason.ERROR),
        ("code=", pages.FailureReason.NO_CODE),
    ],
)
def test_a_failed_login_gets_the_page_of_its_kind(query: str, reason: pages.FailureReason) -> None:
    judge = login_judge("http://127.0.0.1:8765/cb", "s" * 43)
    verdict = judge(f"http://127.0.0.1:8765/cb?{query}&state={'s' * 43}")
    assert verdict.final and isinstance(verdict.outcome, errors.RedirectError)
    assert verdict.page == pages.failure_page(reason)

"""RFC 8414 / OpenID Connect discovery and the RFC 9207 `iss` check, as pure logic."""

from __future__ import annotations

import json

import pytest

from xauth_gui.core import errors
from xauth_gui.core.authorize import check_issuer, parse_redirect
from xauth_gui.core.discovery import BASIC, POST, endpoints_from, lookup, parse
from xauth_gui.core.endpoints import X_ENDPOINTS

ISSUER = "https://login.example.com"


def doc(**changes: object) -> bytes:
    base = {
        "issuer": ISSUER,
        "authorization_endpoint": ISSUER + "/authorize",
        "token_endpoint": ISSUER + "/token",
    }
    return json.dumps({k: v for k, v in {**base, **changes}.items() if v is not None}).encode()


@pytest.mark.parametrize(
    ("typed", "issuer", "urls"),
    [
        (ISSUER, ISSUER, (ISSUER + "/.well-known/oauth-authorization-server",
                          ISSUER + "/.well-known/openid-configuration")),
        (ISSUER + "/tenant/1", ISSUER + "/tenant/1", (ISSUER + "/.well-known/oauth-authorization-server/tenant/1",
                                                      ISSUER + "/tenant/1/.well-known/openid-configuration")),
        (ISSUER + "/.well-known/oauth-authorization-server/t", ISSUER + "/t",
         (ISSUER + "/.well-known/oauth-authorization-server/t",)),
        (ISSUER + "/t/.well-known/openid-configuration", ISSUER + "/t", (ISSUER + "/t/.well-known/openid-configuration",)),
        ("http://127.0.0.1:9/", "http://127.0.0.1:9/", ("http://127.0.0.1:9/.well-known/oauth-authorization-server",
                                                         "http://127.0.0.1:9/.well-known/openid-configuration")),
    ],
)  # fmt: skip
def test_where_the_metadata_is_looked_for(typed: str, issuer: str, urls: tuple[str, ...]) -> None:
    found = lookup("  " + typed + " ")
    assert (found.issuer, found.urls) == (issuer, urls)


@pytest.mark.parametrize(
    "typed",
    ["http://login.example.com", "https://a@login.example.com", "ftp://login.example.com", ISSUER + "?x=1",
     ISSUER + "#f", "login.example.com", ""],
)  # fmt: skip
def test_an_address_the_url_policy_refuses_is_never_fetched(typed: str) -> None:
    with pytest.raises(errors.ConfigError):
        lookup(typed)


def test_the_document_must_name_the_issuer_exactly() -> None:
    for named in (ISSUER + "/", "https://LOGIN.example.com", "https://login.example.com.evil.example", 7, None):
        with pytest.raises(errors.ConfigError, match=r"not for|metadata"):
            parse(doc(issuer=named), ISSUER)


def test_what_the_document_says_is_what_the_app_uses() -> None:
    meta = parse(
        doc(revocation_endpoint="https://revoke.example.com/r", token_endpoint_auth_methods_supported=[POST, "none"],
            code_challenge_methods_supported=["plain"], scopes_supported=["openid", "a.b"],
            authorization_response_iss_parameter_supported=True),
        ISSUER,
    )  # fmt: skip
    assert meta.secret_method() == POST and meta.offers_only_plain() and meta.iss_parameter_supported
    ep = endpoints_from(meta, X_ENDPOINTS)
    assert ep.revoke_url == "https://revoke.example.com/r"  # another origin is fine over https
    assert ep.me_url == ISSUER + "/2/users/me"  # X's api.x.com is never kept for another server
    assert (ep.issuer, ep.iss_required, ep.token_auth) == (ISSUER, True, POST)
    plain = parse(doc(), ISSUER)  # RFC 8414 §2: no list means client_secret_basic
    assert plain.secret_method() == BASIC and not plain.offers_only_plain() and not plain.iss_parameter_supported
    both = parse(doc(token_endpoint_auth_methods_supported=[POST, BASIC]), ISSUER)
    assert both.secret_method() == BASIC  # Basic wherever it is offered


@pytest.mark.parametrize(
    "body",
    [b"", b"\xff\xfe", b"null", b"[]", b'"text"', b"[" * 50_000, doc(token_endpoint=None),
     doc(authorization_endpoint=["x"]), doc(token_endpoint="http://login.example.com/token"),
     doc(token_endpoint="file:///etc/passwd"), doc(scopes_supported=[1, 2]), doc(scopes_supported=""),
     doc(authorization_response_iss_parameter_supported="true"), doc(token_endpoint_auth_methods_supported={})],
)  # fmt: skip
def test_a_broken_document_is_one_sentence(body: bytes) -> None:
    with pytest.raises(errors.ConfigError) as caught:
        parse(body, ISSUER)
    assert caught.value.user_text and "\n" not in caught.value.user_text


REDIRECT = "http://127.0.0.1:8765/callback"


def test_iss_must_be_the_issuer_once_it_is_known() -> None:
    url = REDIRECT + "?state=s&code=c"
    assert parse_redirect(url + "&iss=" + ISSUER, REDIRECT, "s", expected_issuer=ISSUER).code == "c"
    assert parse_redirect(url, REDIRECT, "s", expected_issuer=ISSUER).code == "c"  # not promised: may be absent
    assert parse_redirect(url + "&iss=x", REDIRECT, "s").iss == "x"  # no issuer known: nothing to compare
    with pytest.raises(errors.IssuerMismatchError, match=r"attacker\.example.*login\.example\.com"):
        parse_redirect(url + "&iss=https://attacker.example", REDIRECT, "s", expected_issuer=ISSUER)
    with pytest.raises(errors.IssuerMismatchError, match="does not say"):
        parse_redirect(url, REDIRECT, "s", expected_issuer=ISSUER, iss_required=True)
    with pytest.raises(errors.IssuerMismatchError):  # an error answer is checked too (RFC 9207 §2.4)
        parse_redirect(REDIRECT + "?state=s&error=access_denied&iss=https://a.example", REDIRECT, "s",
                       expected_issuer=ISSUER)  # fmt: skip
    with pytest.raises(errors.IssuerMismatchError):  # a bare pasted code can't name its server
        parse_redirect("c" * 40, REDIRECT, "s", pasted=True, expected_issuer=ISSUER, iss_required=True)
    with pytest.raises(errors.StateMismatchError):  # a stray (wrong state) is a stray, whatever its iss
        parse_redirect(REDIRECT + "?state=t&code=c&iss=https://a.example", REDIRECT, "s", expected_issuer=ISSUER)


def test_the_refusal_shows_a_hostile_iss_cleaned_and_bounded() -> None:
    with pytest.raises(errors.IssuerMismatchError) as caught:
        check_issuer("https://a.example/\u202egro.live" + "x" * 5000, ISSUER, False)
    assert "\u202e" not in caught.value.user_text and len(caught.value.user_text) < 700

from urllib.parse import parse_qs, quote, urlencode, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xauth_gui.core import errors
from xauth_gui.core.authorize import AuthorizationRequest, parse_query, parse_redirect
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import X_ENDPOINTS
from xauth_gui.core.pkce import s256_challenge

REDIRECT = "http://127.0.0.1:8765/callback"


def make_request(**kw: object) -> AuthorizationRequest:
    return AuthorizationRequest.new(
        X_ENDPOINTS,
        ClientConfig(" my-client-id\n"),
        kw.pop("redirect_uri", REDIRECT),
        ("tweet.read", "users.read", "offline.access"),
        **kw,  # type: ignore[arg-type]
    )


def test_authorize_url_parameters_round_trip() -> None:
    req = make_request()
    parts = urlsplit(req.url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "x.com", "/i/oauth2/authorize")
    assert "scope=tweet.read+users.read+offline.access" in parts.query  # space separated
    q = {k: v[0] for k, v in parse_qs(parts.query, strict_parsing=True).items()}
    assert q == {
        "response_type": "code",
        "client_id": "my-client-id",
        "redirect_uri": REDIRECT,
        "scope": "tweet.read users.read offline.access",
        "state": req.state,
        "code_challenge": s256_challenge(req.pkce.verifier),
        "code_challenge_method": "S256",
    }
    assert req.pkce.verifier not in req.url
    assert req.state not in repr(req) and req.pkce.verifier not in repr(req)


def test_each_attempt_gets_fresh_state_and_verifier() -> None:
    a, b = make_request(), make_request()
    assert a.state != b.state and a.pkce.verifier != b.pkce.verifier


def test_plain_only_when_explicitly_chosen() -> None:
    req = make_request(pkce_method="plain")
    q = parse_qs(urlsplit(req.url).query)
    assert q["code_challenge_method"] == ["plain"] and q["code_challenge"] == [req.pkce.verifier]


@pytest.mark.parametrize("bad", ["", "127.0.0.1:8765/callback", "http://", "http://h:99999/x", "http://h/cb#frag"])
def test_bad_redirect_uri_is_a_config_error(bad: str) -> None:
    with pytest.raises(errors.ConfigError):
        make_request(redirect_uri=bad)


def cb(query: str, base: str = REDIRECT) -> str:
    return f"{base}?{query}"


# --- parse_redirect: each check, and their order -----------------------------------------------------
STATE = "s" * 43


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1:8765/callback?code=c&state=" + STATE,  # scheme
        "http://localhost:8765/callback?code=c&state=" + STATE,  # host
        "http://127.0.0.1:8766/callback?code=c&state=" + STATE,  # port
        "http://127.0.0.1:8765/callback/?code=c&state=" + STATE,  # path (trailing slash)
        "http://127.0.0.1:8765/Callback?code=c&state=" + STATE,  # path (case)
        "http://127.0.0.1:8765/callback%2F?code=c&state=" + STATE,
    ],
)
def test_url_mismatch_first(url: str) -> None:
    with pytest.raises(errors.RedirectMismatchError):
        parse_redirect(url, REDIRECT, STATE)


def test_url_mismatch_wins_over_every_later_check() -> None:
    with pytest.raises(errors.RedirectMismatchError):
        parse_redirect("http://127.0.0.1:1/other?error=access_denied&state=wrong", REDIRECT, STATE)


def test_default_ports_and_host_case_are_equivalent() -> None:
    resp = parse_redirect(f"HTTP://LOCALHOST/cb?code=c&state={STATE}", "http://localhost:80/cb", STATE)
    assert resp.code == "c"


def test_error_after_url_and_before_code() -> None:
    with pytest.raises(errors.AuthorizationDeclinedError) as info:
        parse_redirect(cb(f"error=access_denied&state={STATE}&code=c"), REDIRECT, STATE)
    assert "declined" in info.value.user_text


def test_invalid_scope_and_other_errors() -> None:
    with pytest.raises(errors.InvalidScopeError):
        parse_redirect(cb(f"error=invalid_scope&state={STATE}"), REDIRECT, STATE)
    with pytest.raises(errors.AuthorizationFailedError) as info:
        parse_redirect(cb(f"error=server_error&error_description=Boom+%3Cb%3E&state={STATE}"), REDIRECT, STATE)
    assert info.value.description == "Boom <b>"  # '+' decodes to a space; shown as plain text later


@pytest.mark.parametrize("state_part", ["state=wrong", "", "state="])
def test_error_with_wrong_or_missing_state_is_forged(state_part: str) -> None:
    with pytest.raises(errors.StateMismatchError):
        parse_redirect(cb(f"error=access_denied&{state_part}"), REDIRECT, STATE)


@pytest.mark.parametrize("state_part", ["state=wrong", "", "state=", "state=" + STATE + "x"])
def test_state_before_code(state_part: str) -> None:
    with pytest.raises(errors.StateMismatchError):
        parse_redirect(cb(f"{state_part}"), REDIRECT, STATE)


@pytest.mark.parametrize("query", [f"state={STATE}", f"code=&state={STATE}"])
def test_missing_or_empty_code(query: str) -> None:
    with pytest.raises(errors.MissingCodeError):
        parse_redirect(cb(query), REDIRECT, STATE)


@pytest.mark.parametrize(
    "query",
    [
        f"code=a&code=b&state={STATE}",
        f"code=a&state={STATE}&state={STATE}",
        f"code=%G1&state={STATE}",
        f"code=%&state={STATE}",
        f"code=%FF&state={STATE}",
        f"code=%C0%AF&state={STATE}",
        f"code=a%00b&state={STATE}",
    ],
)
def test_malformed_queries_are_rejected(query: str) -> None:
    with pytest.raises(errors.MalformedRedirectError):
        parse_redirect(cb(query), REDIRECT, STATE)


def test_good_callback_with_extras() -> None:
    resp = parse_redirect(cb(f"state={STATE}&code=abc%2Bdef&iss=https%3A%2F%2Fx.com&foo=1"), REDIRECT, STATE)
    assert (resp.code, resp.state, resp.iss) == ("abc+def", STATE, "https://x.com")
    assert "abc" not in repr(resp)


def test_issuer_checked_only_when_configured() -> None:
    url = cb(f"state={STATE}&code=c&iss=https%3A%2F%2Fevil.example")
    assert parse_redirect(url, REDIRECT, STATE).iss == "https://evil.example"
    with pytest.raises(errors.IssuerMismatchError):
        parse_redirect(url, REDIRECT, STATE, expected_issuer="https://x.com")


def test_listener_input_must_be_a_full_url() -> None:
    with pytest.raises(errors.RedirectMismatchError):
        parse_redirect(f"code=c&state={STATE}", REDIRECT, STATE)


# --- paste fallback ----------------------------------------------------------------------------------
def test_paste_full_url_query_string_or_bare_code() -> None:
    assert parse_redirect(f"  {cb('code=c1&state=' + STATE)}\n", REDIRECT, STATE, pasted=True).code == "c1"
    assert parse_redirect(f"?code=c2&state={STATE}", REDIRECT, STATE, pasted=True).code == "c2"
    assert parse_redirect(f"code=c3&state={STATE}#_=_", REDIRECT, STATE, pasted=True).code == "c3"
    bare = "c4-bare_code-of-twenty-chars-or-more"
    assert parse_redirect(bare, REDIRECT, STATE, pasted=True).code == bare
    assert parse_redirect("code=c5", REDIRECT, STATE, pasted=True).code == "c5"  # no state: accepted


def test_paste_still_checks_a_present_state() -> None:
    with pytest.raises(errors.StateMismatchError):
        parse_redirect("code=c&state=other", REDIRECT, STATE, pasted=True)
    with pytest.raises(errors.MissingCodeError):
        parse_redirect("   ", REDIRECT, STATE, pasted=True)
    for not_an_address in ("two words", "hello", "x" * 19):  # issue 13, item 15: not "the code expired"
        with pytest.raises(errors.NotAnAddressError):
            parse_redirect(not_an_address, REDIRECT, STATE, pasted=True)


def test_parse_query_keeps_plus_and_percent_semantics() -> None:
    assert parse_query("a=1+2&b=%20x&c") == {"a": "1 2", "b": " x", "c": ""}


# --- property tests ----------------------------------------------------------------------------------
VSCHAR = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), min_size=1, max_size=60)


@given(st.text(max_size=300), st.booleans())
def test_parse_redirect_is_total(text: str, pasted: bool) -> None:
    try:
        parse_redirect(text, REDIRECT, STATE, pasted=pasted)
    except errors.XAuthError:
        pass


@given(
    st.lists(st.sampled_from(["code", "state", "error", "iss", "x", "%", "%FF", "=", "&", "+", "#", "?"]), max_size=12),
    st.booleans(),
)
def test_parse_redirect_is_total_on_callback_shaped_input(parts: list[str], pasted: bool) -> None:
    try:
        parse_redirect(REDIRECT + "?" + "".join(parts), REDIRECT, STATE, pasted=pasted)
    except errors.XAuthError:
        pass


@given(VSCHAR, VSCHAR | st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=30))
def test_code_and_state_round_trip_through_encoding(code: str, state: str) -> None:
    url = REDIRECT + "?" + urlencode({"code": code, "state": state})
    resp = parse_redirect(url, REDIRECT, state)
    assert resp.code == code
    url2 = REDIRECT + "?code=" + quote(code, safe="") + "&state=" + quote(state, safe="")
    assert parse_redirect(url2, REDIRECT, state).code == code


def test_the_redirect_uri_is_parsed_once_per_login_and_shared(monkeypatch: pytest.MonkeyPatch) -> None:
    """The authorize request, the listener's target and every callback the judge sees use one parsed value."""
    from xauth_gui.core.callback import login_judge
    from xauth_gui.core.redirect_uri import RedirectUri

    parsed: list[str] = []
    original = RedirectUri.parse.__func__  # type: ignore[attr-defined]

    def counting(cls: type[RedirectUri], text: str) -> RedirectUri:
        parsed.append(text)
        return original(cls, text)  # type: ignore[no-any-return]

    monkeypatch.setattr(RedirectUri, "parse", classmethod(counting))
    req = make_request(redirect_uri=" http://LOCALHOST:8765/callback ")
    target = req.redirect.loopback()
    judge = login_judge(req.redirect, req.state)
    for url in (f"http://localhost:8765/callback?code=c&state={req.state}", "http://localhost:8765/other?code=c"):
        judge(url)
    assert parsed == [" http://LOCALHOST:8765/callback "]
    assert (target.addresses, target.port, target.path) == (("127.0.0.1", "::1"), 8765, "/callback")
    assert req.redirect_uri == req.redirect.text == "http://LOCALHOST:8765/callback"  # sent as registered


@pytest.mark.parametrize(
    ("registered", "received", "same"),
    [
        ("http://127.0.0.1/cb", "http://127.0.0.1:80/cb", True),  # the default port is the port
        ("https://app.example/cb", "HTTPS://APP.example:443/cb", True),
        ("http://127.0.0.1:8765", "http://127.0.0.1:8765/", True),  # no path is "/"
        ("http://127.0.0.1:8765/cb", "http://127.0.0.1:8766/cb", False),
        ("http://127.0.0.1:8765/cb", "http://localhost:8765/cb", False),  # another host, though loopback too
        ("http://127.0.0.1:8765/cb", "https://127.0.0.1:8765/cb", False),
        ("http://127.0.0.1:8765/cb", "http://127.0.0.1:8765/cb/", False),
    ],
)
def test_an_answer_comes_back_to_the_registered_endpoint_only(registered: str, received: str, same: bool) -> None:
    from xauth_gui.core.redirect_uri import RedirectUri

    assert RedirectUri.parse(registered).receives(urlsplit(received)) is same

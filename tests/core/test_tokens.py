import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from xauth_gui.core import errors
from xauth_gui.core.tokens import MAX_EXPIRES_IN, no_refresh_reason, parse_me_response, parse_token_response

NOW = 1_800_000_000.0
GOOD = {
    "token_type": "bearer",
    "expires_in": 7200,
    "access_token": "AT-secret-value",
    "scope": "tweet.read users.read offline.access",
    "refresh_token": "RT-secret-value",
}


def body(**changes: object) -> str:
    obj = {**GOOD, **changes}
    return json.dumps({k: v for k, v in obj.items() if v is not ...})


def test_good_answer() -> None:
    t = parse_token_response(body(), now=NOW)
    assert t.access_token == "AT-secret-value" and t.refresh_token == "RT-secret-value"
    assert t.expires_at == NOW + 7200 and t.seconds_left(NOW + 200) == 7000
    assert t.scopes == ("tweet.read", "users.read", "offline.access")
    assert not t.is_expired(NOW + 7199) and t.is_expired(NOW + 7200)
    assert "secret" not in repr(t)
    assert no_refresh_reason(t) is None
    assert t.missing_scopes(["tweet.read", "dm.read"]) == ("dm.read",)


@pytest.mark.parametrize("token_type", ["Bearer", "BEARER", "bearer", ...])
def test_token_type_case_insensitive(token_type: object) -> None:
    assert parse_token_response(body(token_type=token_type), now=NOW).token_type == "bearer"


@pytest.mark.parametrize("token_type", ["mac", "", 5, None])
def test_other_token_types_refused(token_type: object) -> None:
    with pytest.raises(errors.ResponseError, match="token type"):
        parse_token_response(body(token_type=token_type), now=NOW)


@pytest.mark.parametrize(
    ("expires_in", "expected"),
    [
        (..., None),
        ("7200", NOW + 7200),
        (0, NOW),
        (-5, NOW),
        (10**12, NOW + MAX_EXPIRES_IN),
        ("soon", None),
        (True, None),
        (1.5, NOW + 1.5),
    ],
)
def test_expires_in_variants(expires_in: object, expected: float | None) -> None:
    assert parse_token_response(body(expires_in=expires_in), now=NOW).expires_at == expected


def test_scope_missing_means_as_requested_and_no_refresh_reason() -> None:
    t = parse_token_response(body(scope=..., refresh_token=...), now=NOW, requested_scopes=("tweet.read",))
    assert t.scopes == ("tweet.read",) and t.refresh_token is None
    reason = no_refresh_reason(t)
    assert reason is not None and "offline.access" in reason


@pytest.mark.parametrize(
    "raw",
    [
        "not json",
        "",
        "[]",
        "null",
        '"text"',
        body(access_token=...),
        body(access_token=""),
        body(access_token=123),
        body(scope=["tweet.read"]),
        body(refresh_token=5),
        body(refresh_token=""),
        b"\xff\xfe",
    ],
)
def test_malformed_answers_are_response_errors(raw: str | bytes) -> None:
    with pytest.raises(errors.ResponseError):
        parse_token_response(raw, now=NOW)


def test_error_inside_a_200_is_a_failure() -> None:
    with pytest.raises(errors.InvalidCodeError):
        parse_token_response(
            json.dumps(
                {
                    "error": "invalid_request",
                    "error_description": "Value passed for the authorization code was invalid.",
                }
            ),
            now=NOW,
        )


def test_me_response() -> None:
    u = parse_me_response(
        json.dumps({"data": {"id": "1", "username": "jack", "name": "J\x07ack", "profile_image_url": "javascript:x"}})
    )
    assert (u.id, u.username, u.name, u.profile_image_url) == ("1", "jack", "J ack", None)
    for bad in ["[]", "{}", '{"data": {"id": 1}}', '{"data": {"id": "1", "username": ""}}']:
        with pytest.raises(errors.ResponseError):
            parse_me_response(bad)


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=15), inner, max_size=5),
    max_leaves=20,
)
FIELDS = st.fixed_dictionaries(
    {},
    optional={k: JSON for k in ("token_type", "expires_in", "access_token", "scope", "refresh_token", "error")},
)


@given(FIELDS | JSON)
def test_token_parsing_is_total(obj: object) -> None:
    try:
        t = parse_token_response(json.dumps(obj), now=NOW)
    except errors.XAuthError:
        return
    assert isinstance(t.access_token, str) and t.access_token


@given(st.binary(max_size=200))
def test_token_parsing_is_total_on_bytes(raw: bytes) -> None:
    try:
        parse_token_response(raw, now=NOW)
    except errors.XAuthError:
        pass


@given(JSON)
def test_me_parsing_is_total(obj: object) -> None:
    try:
        parse_me_response(json.dumps({"data": obj}))
    except errors.XAuthError:
        pass

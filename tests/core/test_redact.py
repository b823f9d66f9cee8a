import json

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.support.helpers import bound
from xauth_gui.core.authorize import AuthorizationRequest
from xauth_gui.core.calls import exchange_code, refresh, revoke, who_am_i
from xauth_gui.core.client import ClientConfig
from xauth_gui.core.endpoints import X_ENDPOINTS
from xauth_gui.core.gate import SecretKind
from xauth_gui.core.redact import MASK, redact, strip_query


def test_masks_every_carrier() -> None:
    text = (
        "Authorization: Bearer abc.DEF-123 / Basic Zm9vOmJhcg== "
        + json.dumps(
            {
                "access_token": "a1",
                "refresh_token": "r1",
                "client_secret": "s1",
                "code_verifier": "v1",
                "id_token": "i1",
            }
        )
        + " form: code=c1&state=st1&grant_type=authorization_code url: http://h/cb?code=c2&state=st2"
    )
    out = redact(text)
    for secret in ("abc.DEF-123", "Zm9vOmJhcg==", '"a1"', '"r1"', '"s1"', '"v1"', '"i1"', "c1", "st1", "c2", "st2"):
        assert secret not in out, secret
    assert "grant_type=authorization_code" in out and out.count(MASK) >= 11


def test_known_values_are_masked_anywhere() -> None:
    assert redact("prefix-VALUE123-suffix", ["VALUE123"]) == f"prefix-{MASK}-suffix"


def test_strip_query_keeps_only_harmless_values() -> None:
    assert strip_query("http://h/me?user.fields=a,b&token=t#x") == f"http://h/me?user.fields=a,b&token={MASK}"


def test_calls_list_all_their_secrets_and_repr_hides_them() -> None:
    client = ClientConfig("cid", "confidential", "client-secret-1").bound_to(X_ENDPOINTS.token_url)
    req = AuthorizationRequest.new(X_ENDPOINTS, client, "http://127.0.0.1:8765/callback", ("tweet.read",))
    built = [
        exchange_code(req, "the-code-1"),
        refresh(X_ENDPOINTS, client, bound("refresh-tok-1", X_ENDPOINTS.token_url, SecretKind.REFRESH_TOKEN)),
        revoke(X_ENDPOINTS, client, bound("access-tok-1", X_ENDPOINTS.revoke_url), "access_token"),
        who_am_i(X_ENDPOINTS, bound("access-tok-2", X_ENDPOINTS.me_url)),
    ]
    for call in built:
        carried = [*(call.form or {}).values(), *call.headers.values()]
        for value in carried:
            if value in (
                "cid",
                "authorization_code",
                "refresh_token",
                "access_token",
                req.redirect_uri,
            ) or value.startswith(("application/", "multipart")):
                continue
            assert value in call.secrets, (call.operation, value)
        for secret in call.secrets:
            assert secret not in repr(call)
        assert "client-secret-1" not in (call.form or {}).values()


@given(
    st.text(
        alphabet=st.characters(min_codepoint=0x21, max_codepoint=0x7E, exclude_characters="&\"'#\\"),
        min_size=6,
        max_size=40,
    ),
    st.sampled_from(["json", "form", "bearer", "url"]),
)
def test_redaction_property(secret: str, carrier: str) -> None:
    assume(secret not in MASK)  # "[redac" is "found" in the mask itself
    text = {
        "json": json.dumps({"refresh_token": secret}),
        "form": f"a=1&code_verifier={secret}&b=2",
        "bearer": f"Authorization: Bearer {secret}",
        "url": f"http://127.0.0.1/callback?state={secret}&code={secret}",
    }[carrier]
    assert secret not in redact(text, [secret])

"""X's API answers in plain words (x-oauth2.md §12.1), rate limits in words, copy-as-curl; and the sandbox's
API with X's shapes (§12), over real HTTP."""

from __future__ import annotations

import base64
import json
import shlex
from typing import Any
from urllib.parse import urlencode

import pytest

from xauth_gui.core.api import BY_ID, PRESETS, Fix, curl, explain, missing_scopes, rate_limit_text
from xauth_gui.sandbox import Sandbox
from xauth_gui.sandbox.app_tokens import API_KEY, API_SECRET
from xauth_gui.sandbox.browser import consent, http_post_form

PROBLEMS = "https://api.twitter.com/2/problems/"


def body(**fields: Any) -> bytes:
    return json.dumps(fields).encode()


@pytest.mark.parametrize(
    ("status", "answer", "missing", "app_only", "needle", "fix"),
    [
        (401, body(title="Unauthorized", detail="Unauthorized", type="about:blank", status=401), [], False,
         "no longer accepts this token", Fix.SIGN_IN),
        (403, body(title="Forbidden", detail="Forbidden", type="about:blank", status=403), ["tweet.write"], False,
         "needs tweet.write", Fix.ADD_SCOPES),
        (403, body(title="Forbidden", type="about:blank", status=403,
                   detail="You are not allowed to create a Tweet with duplicate content."), [], False,
         "change the text", Fix.EDIT_TEXT),
        (403, body(title="Client Forbidden", type=PROBLEMS + "client-forbidden", reason="client-not-enrolled",
                   detail="…attached to a Project…"), [], False, "not in a project", Fix.CONSOLE),
        (403, body(title="Forbidden", reason="user-not-enrolled", detail="billed to the authenticated user"), [], False,
         "no developer account", Fix.CONSOLE),
        (403, body(title="Unsupported Authentication", type=PROBLEMS + "unsupported-authentication",
                   detail="Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint."), [], True,
         "user token", Fix.USER_TOKEN),
        (429, body(title="Too Many Requests", detail="Too Many Requests", type="about:blank"), [], False,
         "Wait and try again after", Fix.WAIT),
        (429, body(title="UsageCapExceeded", type=PROBLEMS + "usage-capped", detail="Monthly product cap"), [], False,
         "monthly", Fix.CONSOLE),
        (403, json.dumps({"errors": [{"code": 453, "message": "You currently have access to a subset…"}]}).encode(),
         [], False, "v1.1", Fix.CONSOLE),
        (400, body(title="Invalid Request", detail="One or more parameters to your request was invalid.",
                   type=PROBLEMS + "invalid-request"), [], False, "Invalid Request: One or more", Fix.NONE),
        (418, body(title="Some New Problem", detail="Its own words."), [], False, "Some New Problem: Its own words.",
         Fix.NONE),
    ],
)  # fmt: skip
def test_every_error_body_gets_a_sentence_and_a_next_step(
    status: int, answer: bytes, missing: list[str], app_only: bool, needle: str, fix: Fix
) -> None:
    said = explain(status, answer, {"x-rate-limit-reset": "1800000000"}, missing, app_only)
    assert needle in said.text and said.fix is fix


def test_a_v11_453_is_recognised_whatever_the_status() -> None:
    answer = json.dumps({"errors": [{"code": 453, "message": "subset"}]}).encode()
    assert "v1.1" in explain(403, answer, {}, [], False).text


def test_success_says_nothing_and_partial_errors_say_what() -> None:
    assert explain(200, body(data={"id": "1"}), {}, [], False).text == ""
    not_found = json.dumps({"errors": [{"title": "Not Found Error", "detail": "Could not find tweet."}]}).encode()
    assert "Could not find tweet" in explain(200, not_found, {}, [], False).text


def test_rate_limit_in_words() -> None:
    text = rate_limit_text(
        {"x-rate-limit-limit": "15", "x-rate-limit-remaining": "14", "x-rate-limit-reset": "1800000000"}
    )
    assert text.startswith("14 of 15 left; resets at ") and len(text.rsplit(" ", 1)[1]) == 5
    assert rate_limit_text({}) == "" and rate_limit_text({"x-rate-limit-limit": "x"}) == ""


def test_presets_know_their_scopes() -> None:
    assert {p.id for p in PRESETS} == {"get_me", "get_user_by_username", "get_my_posts", "search_recent", "post",
                                       "delete_post", "like", "send_dm", "list_dms"}  # fmt: skip
    assert missing_scopes(BY_ID["post"], ("tweet.read", "users.read")) == ["tweet.write"]
    assert missing_scopes(BY_ID["get_me"], ("tweet.read", "users.read")) == []


def test_curl_hides_the_token_unless_asked_and_is_inert() -> None:
    line = curl("POST", "https://api.x.com/2/tweets", {"X-Extra": "a'b"}, '{"text": "$(rm -rf ~)"}', "TOKEN123")
    assert "TOKEN123" not in line and '"Authorization: Bearer $X_ACCESS_TOKEN"' in line
    words = shlex.split(line)
    assert (
        words[:5] == ["curl", "-sS", "-X", "POST", "https://api.x.com/2/tweets"] and '{"text": "$(rm -rf ~)"}' in words
    )
    assert "TOKEN123" in curl("GET", "https://api.x.com/2/users/me", {}, "", "TOKEN123", reveal=True)


# --- the sandbox's API --------------------------------------------------------------------------------------
def user_token(sb: Sandbox, scopes: str, both: bool = False) -> Any:
    """A token from the sandbox through its own consent page (the refresh token too, when `both`)."""
    import hashlib

    verifier = "v" * 50
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    query = urlencode({"response_type": "code", "client_id": "sandbox-public-client", "redirect_uri":
                       "http://127.0.0.1:8765/callback", "scope": scopes, "state": "s", "code_challenge": challenge,
                       "code_challenge_method": "S256"})  # fmt: skip
    location = consent(f"{sb.endpoints.authorize_url}?{query}")
    code = location.split("code=")[1].split("&")[0]
    _, _, answer = http_post_form(sb.endpoints.token_url, {"grant_type": "authorization_code", "code": code,
                                  "redirect_uri": "http://127.0.0.1:8765/callback", "code_verifier": verifier,
                                  "client_id": "sandbox-public-client"})  # fmt: skip
    tokens = json.loads(answer)
    return (tokens["access_token"], tokens.get("refresh_token", "")) if both else str(tokens["access_token"])


def call(sb: Sandbox, method: str, path: str, token: str, payload: dict[str, Any] | None = None) -> tuple[int, Any]:
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", sb.port, timeout=10)
    conn.request(method, path, json.dumps(payload) if payload is not None else None,
                 {"Authorization": f"Bearer {token}", "Content-Type": "application/json"})  # fmt: skip
    resp = conn.getresponse()
    data = resp.read()
    conn.close()
    return resp.status, json.loads(data)


def test_sandbox_api_checks_scopes_own_id_and_duplicates(sandbox: Sandbox) -> None:
    reader = user_token(sandbox, "tweet.read users.read")
    writer = user_token(sandbox, "tweet.read tweet.write users.read")
    assert call(sandbox, "POST", "/2/tweets", reader, {"text": "hi"})[0] == 403  # no tweet.write
    status, answer = call(sandbox, "POST", "/2/tweets", writer, {"text": "hi"})
    assert status == 201 and answer["data"]["text"] == "hi"
    status, answer = call(sandbox, "POST", "/2/tweets", writer, {"text": "hi"})
    assert status == 403 and "duplicate content" in answer["detail"]
    assert call(sandbox, "GET", "/2/users/2244994945/tweets", writer)[0] == 403  # not the signed-in user's id
    assert call(sandbox, "GET", "/2/tweets/search/recent?query=hi", reader)[1]["meta"]["result_count"] == 1


def test_sandbox_app_only_token(sandbox: Sandbox) -> None:
    basic = "Basic " + base64.b64encode(f"{API_KEY}:{API_SECRET}".encode()).decode()
    import http.client

    def post(path: str, form: dict[str, str], auth: str) -> tuple[int, Any]:
        conn = http.client.HTTPConnection("127.0.0.1", sandbox.port, timeout=10)
        conn.request("POST", path, urlencode(form), {"Authorization": auth,
                     "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())

    status, answer = post("/oauth2/token", {"grant_type": "client_credentials"}, basic)
    token = answer["access_token"]
    assert status == 200 and token.startswith("AAAA")
    assert post("/oauth2/token", {"grant_type": "client_credentials"}, basic)[1]["access_token"] == token  # one per app
    assert call(sandbox, "GET", "/2/users/by/username/XDevelopers", token)[0] == 200
    assert "unsupported-authentication" in call(sandbox, "GET", "/2/users/me", token)[1]["type"]
    wrong = post("/oauth2/token", {"grant_type": "client_credentials"}, "Basic " + base64.b64encode(b"a:b").decode())
    assert wrong[0] == 403 and wrong[1]["errors"][0]["code"] == 99
    assert post("/oauth2/invalidate_token", {"access_token": token}, basic)[0] == 200
    assert call(sandbox, "GET", "/2/users/by/username/XDevelopers", token)[0] == 401


def test_sandbox_faults_and_rate_limit(sandbox: Sandbox) -> None:
    token = user_token(sandbox, "tweet.read users.read")
    sandbox.api.rate_limit = 1
    assert call(sandbox, "GET", "/2/users/me", token)[0] == 200
    status, answer = call(sandbox, "GET", "/2/users/me", token)
    assert status == 429 and answer["title"] == "Too Many Requests"
    sandbox.api.faults.usage_capped = True
    assert "usage-capped" in call(sandbox, "GET", "/2/dm_events", token)[1]["type"]
    sandbox.api.faults.usage_capped, sandbox.api.faults.client_not_enrolled = False, True
    assert call(sandbox, "GET", "/2/dm_events", token)[1]["reason"] == "client-not-enrolled"


@pytest.mark.parametrize(
    ("status", "answer", "needle"),
    [
        (403, body(title="Forbidden", reason="user-not-enrolled", detail="billed to the authenticated user"),
         "no developer account"),
        (429, body(title="UsageCapExceeded", type=PROBLEMS + "usage-capped", detail="Monthly product cap"), "monthly"),
    ],
)  # fmt: skip
def test_who_am_i_gets_the_same_translation(status: int, answer: bytes, needle: str) -> None:
    from xauth_gui.core.error_mapping import error_from_response
    from xauth_gui.core.operation import Operation

    assert needle in error_from_response(status, answer, Operation.ME, {}).user_text

"""Calling the X API with a token (x-oauth2.md §12): the console's ready calls, the scopes each needs,
X's error bodies in plain words with the fix, the rate-limit headers in words, and copy-as-curl.
Standard library only."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate

from .errors import clean_server_text
from .json_preview import PARSE_LIMIT


@dataclass(frozen=True)
class Preset:
    id: str
    label_en: str
    method: str
    path: str  # may hold {me} (the signed-in user's id) and {id}
    scopes: tuple[str, ...]
    body: dict[str, Any] | None = None
    query: str = ""

    @property
    def label(self) -> str:
        return translate("Api", self.label_en)


_READ = ("tweet.read", "users.read")
PRESETS = (
    Preset("get_me", QT_TRANSLATE_NOOP("Api", "Who am I (GET /2/users/me)"), "GET", "/2/users/me", _READ),
    Preset(
        "get_user_by_username",
        QT_TRANSLATE_NOOP("Api", "Look up a user"),
        "GET",
        "/2/users/by/username/XDevelopers",
        _READ,
    ),
    Preset("get_my_posts", QT_TRANSLATE_NOOP("Api", "My posts"), "GET", "/2/users/{me}/tweets", _READ),
    Preset(
        "search_recent",
        QT_TRANSLATE_NOOP("Api", "Search recent posts"),
        "GET",
        "/2/tweets/search/recent",
        _READ,
        query="query=hello",
    ),
    Preset(
        "post",
        QT_TRANSLATE_NOOP("Api", "Post"),
        "POST",
        "/2/tweets",
        ("tweet.read", "tweet.write", "users.read"),
        {"text": "Hello from xauth-gui"},
    ),
    Preset(
        "delete_post",
        QT_TRANSLATE_NOOP("Api", "Delete a post"),
        "DELETE",
        "/2/tweets/{id}",
        ("tweet.read", "tweet.write", "users.read"),
    ),
    Preset(
        "like",
        QT_TRANSLATE_NOOP("Api", "Like a post"),
        "POST",
        "/2/users/{me}/likes",
        ("tweet.read", "users.read", "like.write"),
        {"tweet_id": "{id}"},
    ),
    Preset(
        "send_dm",
        QT_TRANSLATE_NOOP("Api", "Send a DM"),
        "POST",
        "/2/dm_conversations/with/2244994945/messages",
        ("dm.read", "dm.write", "tweet.read", "users.read"),
        {"text": "Hello"},
    ),
    Preset(
        "list_dms", QT_TRANSLATE_NOOP("Api", "List DMs"), "GET", "/2/dm_events", ("dm.read", "tweet.read", "users.read")
    ),
)
BY_ID = {p.id: p for p in PRESETS}


class Fix(StrEnum):
    """The next step an error explanation offers."""

    NONE = "none"
    SIGN_IN = "sign_in"  # sign in again (expired or revoked token)
    ADD_SCOPES = "add_scopes"  # tick the missing scopes and sign in again
    CONSOLE = "console"  # open the X developer console
    WAIT = "wait"  # wait until the reset time
    EDIT_TEXT = "edit_text"  # change the text of a duplicate post
    USER_TOKEN = "user_token"  # this call needs a user token, not the app-only one
    SEND_ANYWAY = "send_anyway"  # the body is not valid JSON: send it as it is, if the user wants
    APP_TOKEN = "app_token"  # this call takes only the app-only token, and there is none yet


@dataclass(frozen=True)
class Explanation:
    text: str
    fix: Fix = Fix.NONE


def missing_scopes(preset: Preset | None, granted: tuple[str, ...]) -> list[str]:
    return [s for s in preset.scopes if s not in granted] if preset else []


def reset_clock(headers: dict[str, str]) -> str:
    reset = headers.get("x-rate-limit-reset", "")
    try:
        return time.strftime("%H:%M", time.localtime(int(reset)))
    except (ValueError, OverflowError, OSError):
        return ""


def rate_limit_text(headers: dict[str, str]) -> str:
    """ "14 of 15 left; resets at 14:32", or "" when the answer has no rate-limit headers."""
    limit, left = headers.get("x-rate-limit-limit", ""), headers.get("x-rate-limit-remaining", "")
    if not (limit.isdigit() and left.isdigit()):
        return ""
    at = reset_clock(headers)
    if at:
        return translate("Api", "{left} of {limit} left; resets at {at}").format(left=left, limit=limit, at=at)
    return translate("Api", "{left} of {limit} left").format(left=left, limit=limit)


def _object(body: bytes) -> dict[str, Any]:
    if len(body) > PARSE_LIMIT:
        return {}  # an error body is small; a huge answer is not parsed (it would hold the GIL for seconds)
    try:
        value = json.loads(body)
    except (ValueError, RecursionError):
        return {}
    return value if isinstance(value, dict) else {}


def explain(status: int, body: bytes, headers: dict[str, str], missing: list[str], app_only: bool) -> Explanation:
    """X's API answer in one sentence and the next step (§12.1); "" for a plain success."""
    obj = _object(body)
    kind, detail = _said(obj.get("type")), _said(obj.get("detail"))
    reason = _said(obj.get("reason"))
    if status == 401:
        return Explanation(
            translate("Api", "X no longer accepts this token (expired or revoked). Sign in again."), Fix.SIGN_IN
        )
    if _v11_subset(obj):
        return Explanation(
            translate(
                "Api",
                "This is a v1.1 endpoint your access level does not include; use the v2 API, or change "
                "your app's access in the developer console.",
            ),
            Fix.CONSOLE,
        )
    if status == 429:
        return _too_many(kind, headers)
    if status == 403:
        return _forbidden(kind, reason, detail, missing, app_only)
    if status == 200 and isinstance(obj.get("errors"), list) and "data" not in obj:
        first = obj["errors"][0] if obj["errors"] and isinstance(obj["errors"][0], dict) else {}
        said = _said(first.get("detail")) or _said(first.get("title")) or translate("Api", "unknown")
        return Explanation(translate("Api", "X answered with an error: {detail}").format(detail=said))
    if status >= 400:
        title = _said(obj.get("title")) or f"HTTP {status}"
        if detail:
            return Explanation(
                translate("Api", "X refused the call: {title}: {detail}").format(title=title, detail=detail)
            )
        return Explanation(translate("Api", "X refused the call: {title}.").format(title=title))
    return Explanation("")


def _said(value: object) -> str:
    """A text from the server, as the window may show it: no controls or direction overrides, bounded."""
    return clean_server_text(value) if isinstance(value, str) else ""


def _too_many(kind: str, headers: dict[str, str]) -> Explanation:
    if kind.endswith("usage-capped"):
        return Explanation(
            translate(
                "Api",
                "Your app used up its monthly posts or reads. Raise the cap in the developer console, "
                "or wait for next month.",
            ),
            Fix.CONSOLE,
        )
    at = reset_clock(headers)
    if at:
        return Explanation(
            translate("Api", "Too many calls to this endpoint. Wait and try again after {time}.").format(time=at),
            Fix.WAIT,
        )
    return Explanation(translate("Api", "Too many calls to this endpoint. Wait and try again in 15 minutes."), Fix.WAIT)


def _forbidden(kind: str, reason: str, detail: str, missing: list[str], app_only: bool) -> Explanation:
    if kind.endswith("unsupported-authentication") or (app_only and "Application-Only" in detail):
        return Explanation(
            translate("Api", "This call acts for a user: send it with the user token, not the app-only one."),
            Fix.USER_TOKEN,
        )
    if reason == "client-not-enrolled" or kind.endswith("client-forbidden"):
        return Explanation(
            translate(
                "Api",
                "Your X app is not in a project with API access. In the developer console, put the app "
                "in a package (Pay-per-use) and its Production environment.",
            ),
            Fix.CONSOLE,
        )
    if reason == "user-not-enrolled":
        return Explanation(
            translate(
                "Api",
                "This call is billed to the signed-in user, who has no developer account: create one "
                "in the developer console and enroll it in Pay-per-use.",
            ),
            Fix.CONSOLE,
        )
    if "duplicate content" in detail:
        return Explanation(
            translate("Api", "X refuses a post with the same text as a recent one: change the text."), Fix.EDIT_TEXT
        )
    if missing:
        return Explanation(
            translate("Api", "This call needs {scopes}, which this token was not granted.").format(
                scopes=", ".join(missing)
            ),
            Fix.ADD_SCOPES,
        )
    return Explanation(
        translate("Api", "X refused the call: a user path needs your own user id, or the app lacks access to it.")
    )


def _v11_subset(obj: dict[str, Any]) -> bool:
    errors = obj.get("errors")
    return isinstance(errors, list) and any(isinstance(e, dict) and e.get("code") == 453 for e in errors)


def curl(method: str, url: str, headers: dict[str, str], body: str, token: str, reveal: bool = False) -> str:
    """One curl line; the token as $X_ACCESS_TOKEN unless the user asked for it in full."""
    import shlex

    auth = f"Authorization: Bearer {token}" if reveal else "Authorization: Bearer $X_ACCESS_TOKEN"
    quote_auth = shlex.quote(auth) if reveal else f'"{auth}"'  # "…$X_ACCESS_TOKEN" expands in the shell
    parts = ["curl", "-sS", "-X", method, shlex.quote(url), "-H", quote_auth]
    for name, value in headers.items():
        parts += ["-H", shlex.quote(f"{name}: {value}")]
    if body:
        parts += ["-H", shlex.quote("Content-Type: application/json"), "--data-raw", shlex.quote(body)]
    return " ".join(parts)

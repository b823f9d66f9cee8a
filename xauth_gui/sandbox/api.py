"""The sandbox's X API v2 calls (x-oauth2.md §12), with X's shapes: scope and own-id checks, duplicate
posts, rate limits (`x-rate-limit-*`, 429 when used up), the enrolment and usage-cap problems, and the
app-only Bearer token endpoints. Everything answers a `Reply`; routes.py does the HTTP.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any
from urllib.parse import parse_qs

from . import catalogue
from .app_tokens import AppTokens
from .media import MediaUploads
from .problems import (
    APP_ONLY_FORBIDDEN,
    FORBIDDEN,
    NOT_ENROLLED,
    PROBLEMS,
    UNAUTHORIZED,
    USAGE_CAPPED,
    USER_FORBIDDEN,
    problem,
)
from .protocol import SANDBOX_USER, OAuthState
from .replies import Reply

WINDOW_S = 15 * 60
READ, USERS, WRITE, MEDIA = "tweet.read", "users.read", "tweet.write", "media.write"
OTHER_USER = {"id": "2244994945", "name": "X Developers", "username": "XDevelopers"}


@dataclass(frozen=True)
class Caller:
    user: bool  # a user-context token (else app-only)
    scopes: tuple[str, ...]
    key: str  # for the rate-limit counters


@dataclass
class ApiFaults:
    client_not_enrolled: bool = False
    usage_capped: bool = False


@dataclass
class _Route:
    method: str
    pattern: re.Pattern[str]
    scopes: tuple[str, ...]
    handler: Callable[..., Reply]
    app_only_ok: bool = False
    user_ok: bool = True  # a user token is accepted (X's description says which calls take only app-only)


@dataclass
class XApi:
    oauth: OAuthState
    base_url: Callable[[], str]
    rate_limit: int = 75
    faults: ApiFaults = field(default_factory=ApiFaults)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self.media = MediaUploads()  # X's chunked upload, end to end
        self.catalogue = catalogue.Catalogue()  # every other X API call, answered from X's description
        self._posts: dict[str, dict[str, Any]] = {}
        self._likes: set[str] = set()
        self._dms: list[dict[str, str]] = []
        self.app_tokens = AppTokens()  # the app-only Bearer tokens (§12.2)
        self._used: dict[tuple[str, str], tuple[float, int]] = {}
        self._large_bodies: dict[tuple[str, float], bytes] = {}
        self._serial = 1_800_000_000_000_000_000
        me = SANDBOX_USER["id"]
        self.routes = [
            _Route("GET", re.compile(r"/2/users/me"), (READ, USERS), self._me),
            _Route("GET", re.compile(r"/2/users/by/username/(\w+)"), (READ, USERS), self._by_username, True),
            _Route("GET", re.compile(rf"/2/users/({me}|\d+)/tweets"), (READ, USERS), self._user_posts),
            _Route("GET", re.compile(r"/2/tweets/search/recent"), (READ, USERS), self._search, True),
            _Route("GET", re.compile(r"/2/tweets/(\d+)"), (READ, USERS), self._get_post, True),
            _Route("POST", re.compile(r"/2/tweets"), (READ, WRITE, USERS), self._post),
            _Route("DELETE", re.compile(r"/2/tweets/(\d+)"), (READ, WRITE, USERS), self._delete),
            _Route("POST", re.compile(r"/2/users/(\d+)/likes"), (READ, USERS, "like.write"), self._like),
            _Route(
                "POST",
                re.compile(r"/2/dm_conversations/with/(\d+)/messages"),
                ("dm.read", "dm.write", READ, USERS),
                self._send_dm,
            ),
            _Route("GET", re.compile(r"/2/dm_events"), ("dm.read", READ, USERS), self._dm_events),
            _Route("GET", re.compile(r"/2/sandbox/large"), (), self._large, True),
            _Route("POST", re.compile(r"/2/media/upload/initialize"), (MEDIA,), self.media.initialize),
            _Route("POST", re.compile(r"/2/media/upload/(\d+)/append"), (MEDIA,), self.media.append),
            _Route("POST", re.compile(r"/2/media/upload/(\d+)/finalize"), (MEDIA,), self.media.finalize),
            _Route("GET", re.compile(r"/2/media/upload"), (MEDIA,), self.media.status),
        ]

    # --- the gate every call passes ------------------------------------------------------------------------
    def handle(self, method: str, path: str, query: str, body: bytes, authorization: str) -> Reply | None:
        """The API answer, or None when `path` is not an API path of the sandbox."""
        for route in self.routes:
            match = route.pattern.fullmatch(path)
            if match and route.method == method:
                return self._gate(route, match.groups(), parse_qs(query), body, authorization)
        call = self.catalogue.find(method, path) if path.startswith("/2/") else None
        if call is None:
            return None
        found = call  # (bound for the handler)

        def handler(*_: Any, query: dict[str, list[str]], **__: Any) -> Reply:
            return self.catalogue.reply(found, query)

        pattern = re.compile(re.escape(call.path))  # the rate limit's counter: one per operation
        route = _Route(method, pattern, call.user_scopes or (), handler, call.app_only, call.user_scopes is not None)
        return self._gate(route, (), parse_qs(query), body, authorization)

    def _gate(self, route: _Route, args: tuple[str, ...], query: dict[str, list[str]], body: bytes,
              authorization: str) -> Reply:  # fmt: skip
        caller = self._caller(authorization)
        if caller is None:
            return UNAUTHORIZED
        if self.faults.client_not_enrolled:
            return NOT_ENROLLED
        if self.faults.usage_capped:
            return USAGE_CAPPED
        if not caller.user and not route.app_only_ok:
            return APP_ONLY_FORBIDDEN
        if caller.user and not route.user_ok:
            return USER_FORBIDDEN
        if caller.user and not all(s in caller.scopes for s in route.scopes):
            return FORBIDDEN  # like X: the body does not say which scope is missing
        limits, allowed = self._count(caller.key, route.pattern.pattern)
        if not allowed:
            reply = problem(429, "Too Many Requests", "Too Many Requests")
        else:
            try:
                payload = json.loads(body) if body else {}
            except ValueError:
                payload = None
            reply = route.handler(*args, query=query, body=payload) if isinstance(payload, dict) else problem(
                400, "Invalid Request", "The body is not a JSON object.", PROBLEMS + "invalid-request")  # fmt: skip
        return replace(reply, headers={**limits, **reply.headers})

    def _caller(self, authorization: str) -> Caller | None:
        token = authorization[7:].strip() if authorization[:7].lower() == "bearer " else ""
        with self._lock:
            if self.app_tokens.is_live(token):
                return Caller(False, (), "app")
        scopes = self.oauth.access_token_scopes(token)
        return None if scopes is None else Caller(True, scopes, "user")

    def _count(self, who: str, endpoint: str) -> tuple[dict[str, str], bool]:
        now = self.oauth.clock()
        with self._lock:
            start, used = self._used.get((who, endpoint), (now, 0))
            if now - start >= WINDOW_S:
                start, used = now, 0
            allowed = used < self.rate_limit
            used += 1 if allowed else 0
            self._used[(who, endpoint)] = (start, used)
        remaining = max(0, self.rate_limit - used)
        reset = str(int(start + WINDOW_S))
        return {"x-rate-limit-limit": str(self.rate_limit), "x-rate-limit-remaining": str(remaining),
                "x-rate-limit-reset": reset}, allowed  # fmt: skip

    # --- the calls ----------------------------------------------------------------------------------------------
    def _me(self, **_: Any) -> Reply:
        return Reply(200, {"data": {**SANDBOX_USER, "profile_image_url": f"{self.base_url()}/avatar.png"}})

    def _by_username(self, username: str, **_: Any) -> Reply:
        for user in (SANDBOX_USER, OTHER_USER):
            if user["username"].lower() == username.lower():
                return Reply(200, {"data": dict(user)})
        return _not_found("user", username)

    def _user_posts(self, user_id: str, **_: Any) -> Reply:
        if user_id != SANDBOX_USER["id"]:
            return FORBIDDEN  # a user path must carry the signed-in user's own id
        with self._lock:
            posts = sorted(self._posts.values(), key=lambda p: int(p["id"]), reverse=True)
        return _listing(posts)

    def _search(self, query: dict[str, list[str]], **_: Any) -> Reply:
        words = (query.get("query") or [""])[0].lower().split()
        if not words:
            missing = [{"message": "The `query` parameter is missing"}]
            return problem(400, "Invalid Request", "One or more parameters to your request was invalid.",
                           PROBLEMS + "invalid-request", errors=missing)  # fmt: skip
        with self._lock:
            found = [p for p in self._posts.values() if all(w in p["text"].lower() for w in words)]
        return _listing(found)

    def _get_post(self, post_id: str, **_: Any) -> Reply:
        with self._lock:
            post = self._posts.get(post_id)
        return Reply(200, {"data": dict(post)}) if post else _not_found("tweet", post_id)

    def _post(self, body: dict[str, Any], **_: Any) -> Reply:
        text, media = body.get("text", ""), body.get("media")
        attached = media.get("media_ids") if isinstance(media, dict) else None
        if not isinstance(text, str) or not (text.strip() or attached):  # a post may be media alone
            return problem(400, "Invalid Request", "One or more parameters to your request was invalid.",
                           PROBLEMS + "invalid-request")  # fmt: skip
        with self._lock:
            if text.strip() and any(p["text"] == text for p in self._posts.values()):
                return problem(403, "Forbidden", "You are not allowed to create a Tweet with duplicate content.")
            self._serial += 1
            post_id = str(self._serial)
            post: dict[str, Any] = {"id": post_id, "text": text, "edit_history_tweet_ids": [post_id]}
            if attached:
                post["attachments"] = {"media_keys": [f"3_{m}" for m in attached]}
            self._posts[post_id] = post
        return Reply(201, {"data": dict(post)})

    def _delete(self, post_id: str, **_: Any) -> Reply:
        with self._lock:
            gone = self._posts.pop(post_id, None)
        return Reply(200, {"data": {"deleted": gone is not None}})

    def _like(self, user_id: str, body: dict[str, Any], **_: Any) -> Reply:
        if user_id != SANDBOX_USER["id"]:
            return FORBIDDEN
        with self._lock:
            self._likes.add(str(body.get("tweet_id", "")))
        return Reply(200, {"data": {"liked": True}})

    def _send_dm(self, participant: str, body: dict[str, Any], **_: Any) -> Reply:
        with self._lock:
            self._serial += 1
            event = {"id": str(self._serial), "text": str(body.get("text", "")), "participant_id": participant}
            self._dms.append(event)
        return Reply(201, {"data": {"dm_conversation_id": f"{participant}-{SANDBOX_USER['id']}",
                                    "dm_event_id": event["id"]}})  # fmt: skip

    def _dm_events(self, **_: Any) -> Reply:
        with self._lock:
            events = [{"id": e["id"], "text": e["text"], "event_type": "MessageCreate"} for e in self._dms]
        return _listing(events)

    def _large(self, query: dict[str, list[str]], **_: Any) -> Reply:
        """A test aid: an answer of about `mb` megabytes (caps at 60), of the `shape` asked for: a valid
        JSON list (default), `deep` (nested that deep), or `hostile` (a 400 whose title and detail carry
        control characters, direction overrides and megabytes of text)."""
        mb = min(60.0, float((query.get("mb") or ["1"])[0] or 1))
        shape = (query.get("shape") or ["list"])[0]
        with self._lock:
            raw = self._large_bodies.get((shape, mb))
        if raw is None:  # encoded once: the encoder holds the GIL, which an in-process sandbox shares with the app
            raw = _big_body(shape, mb)
            with self._lock:
                self._large_bodies[(shape, mb)] = raw
        return Reply(400 if shape == "hostile" else 200, raw=raw)


def _big_body(shape: str, mb: float) -> bytes:
    size = max(1, int(mb * 1024 * 1024))
    if shape == "deep":
        return b"[" * (size // 2) + b"]" * (size // 2)
    if shape == "hostile":
        evil = "\u202egnp.exe\x1b[31m\x00\u2066"
        detail = (evil + "Your account is locked. ") * (size // 40)
        return json.dumps({"title": evil + "Locked", "detail": detail, "type": "about:blank", "status": 400}).encode()
    count = size // 100  # each item is about 105 bytes of JSON
    return json.dumps({"data": [{"id": str(i), "text": "x" * 80} for i in range(count)]}).encode()


def _listing(items: list[dict[str, Any]]) -> Reply:
    meta: dict[str, Any] = {"result_count": len(items)}
    if items:
        meta |= {"newest_id": items[0]["id"], "oldest_id": items[-1]["id"]}
    return Reply(200, {"data": items, "meta": meta} if items else {"meta": meta})


def _not_found(kind: str, value: str) -> Reply:
    detail = f"Could not find {kind} with id: [{value}]."
    error = {"value": value, "detail": detail, "title": "Not Found Error", "resource_type": kind, "parameter": "id",
             "resource_id": value, "type": PROBLEMS + "resource-not-found"}  # fmt: skip
    return Reply(200, {"errors": [error]})

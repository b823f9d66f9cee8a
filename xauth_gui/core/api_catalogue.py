"""X's API calls as the console knows them: the catalogue generated from X's OpenAPI description
(scripts/make_catalogue.py), searched, matched back from a typed URL, and filled for the signed-in user.
Pure: the console reads the file on its first opening and hands the text here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit


@dataclass(frozen=True)
class Param:
    name: str
    where: str  # path, query or header
    required: bool
    kind: str
    description: str
    example: str = ""


@dataclass(frozen=True)
class ApiCall:
    id: str  # X's operationId
    method: str
    path: str  # with {placeholders}
    summary: str
    tag: str
    params: tuple[Param, ...]
    user_scopes: tuple[str, ...] | None  # None: no user token accepted
    app_only: bool  # an app-only Bearer token is accepted
    body: str = ""  # a JSON template ("" for calls without a body)
    stream: bool = False
    docs: str = ""

    @property
    def words(self) -> str:
        return f"{self.summary} {self.path} {self.id} {self.tag} {self.method}".casefold()


def load(text: str) -> tuple[ApiCall, ...]:
    calls = []
    for op in json.loads(text)["operations"]:
        tokens: dict[str, Any] = op.get("tokens", {})
        params = tuple(
            Param(p["name"], p["in"], p["required"], p["type"], p.get("description", ""),
                  "" if p.get("example") is None else str(p["example"]))
            for p in op["params"]
        )  # fmt: skip
        body = json.dumps(op["body"], indent=2) if "body" in op else ""
        user = tuple(tokens["user"]) if "user" in tokens else None
        calls.append(ApiCall(op["id"], op["method"], op["path"], op["summary"], op["tag"], params, user,
                             bool(tokens.get("app")), body, bool(op.get("stream")), op.get("docs", "")))  # fmt: skip
    return tuple(calls)


def search(calls: tuple[ApiCall, ...], query: str) -> list[ApiCall]:
    """Every word of the query somewhere in the summary, path, operationId, tag or method."""
    words = query.casefold().split()
    return [c for c in calls if all(w in c.words for w in words)]


def _pattern(path: str) -> re.Pattern[str]:
    parts = re.split(r"(\{[^}]+\})", path)
    return re.compile("^" + "".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "/?$")


def match(calls: tuple[ApiCall, ...], method: str, url: str) -> ApiCall | None:
    """The catalogue entry a URL typed by hand is (the most literal path wins: /2/users/me over /2/users/{id})."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    found = [c for c in calls if c.method == method.upper() and _pattern(c.path).match(path)]
    return max(found, key=lambda c: len(re.sub(r"\{[^}]+\}", "", c.path)), default=None)


def filled_path(call: ApiCall, user_id: str, post_id: str) -> str:
    """The path with the signed-in user's id where it means the user, the last post's where it means a post
    (percent-encoded: a server's value stays one segment); other placeholders stay for the user to fill."""

    def value(m: re.Match[str]) -> str:
        name, before = m.group(1), call.path[: m.start()].rstrip("/")
        means_user = name in ("id", "user_id", "source_user_id") and before.endswith("users")
        means_post = name in ("tweet_id", "post_id") or (name == "id" and before.endswith(("tweets", "posts")))
        chosen = user_id if means_user else post_id if means_post else ""
        return quote(chosen, safe="") if chosen else m.group(0)

    return re.sub(r"\{([^}]+)\}", value, call.path)


def missing_scopes(call: ApiCall, granted: tuple[str, ...]) -> list[str]:
    return [s for s in (call.user_scopes or ()) if s not in granted]

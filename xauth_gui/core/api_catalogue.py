"""X's API calls as the console knows them: the catalogue generated from X's OpenAPI description
(scripts/make_catalogue.py), searched, matched back from a typed URL, and filled for the signed-in user.
Pure: the console reads the file on its first opening and hands the text here."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

PAGE_PARAMS = ("pagination_token", "next_token")


@dataclass(frozen=True)
class Param:
    name: str
    where: str  # path, query or header
    required: bool
    kind: str
    description: str
    example: str = ""
    values: tuple[str, ...] = ()  # the allowed values, when X lists them


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
    returns: str = ""  # the schema name of what `data` holds (Post, User, …): what the call bills for

    @property
    def query(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.where == "query")

    @property
    def page_param(self) -> str:
        """The query parameter that asks for the next page (X's calls use one of two names), or ""."""
        return next((p.name for p in self.query if p.name in PAGE_PARAMS), "")

    @property
    def words(self) -> str:
        return f"{self.summary} {self.path} {self.id} {self.tag} {self.method}".casefold()


def load(text: str) -> tuple[ApiCall, ...]:
    calls = []
    shared: dict[Any, Any] = {}  # one copy of what many calls repeat (the fields' allowed values, descriptions)

    def once(value: Any) -> Any:
        return shared.setdefault(value, value)

    for op in json.loads(text)["operations"]:
        tokens: dict[str, Any] = op.get("tokens", {})
        params = tuple(
            once(Param(p["name"], p["in"], p["required"], p["type"], once(p.get("description", "")),
                       "" if p.get("example") is None else str(p["example"]),
                       once(tuple(map(str, p.get("values", ()))))))
            for p in op["params"]
        )  # fmt: skip
        body = json.dumps(op["body"], indent=2) if "body" in op else ""
        user = tuple(tokens["user"]) if "user" in tokens else None
        calls.append(ApiCall(op["id"], op["method"], op["path"], op["summary"], op["tag"], params, user,
                             bool(tokens.get("app")), body, bool(op.get("stream")), op.get("docs", ""),
                             op.get("returns", "")))  # fmt: skip
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


def with_query(url: str, values: dict[str, str]) -> str:
    """The URL with these query parameters set (an empty value removes one), others kept in their order."""
    parts = urlsplit(url.strip())
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in values]
    added = [(k, v) for k, v in values.items() if v]
    return urlunsplit(parts._replace(query=urlencode(kept + added, safe=",:{}")))


def query_values(url: str) -> dict[str, str]:
    try:
        return dict(parse_qsl(urlsplit(url.strip()).query, keep_blank_values=True))
    except ValueError:
        return {}


def next_page(call: ApiCall | None, url: str, next_token: str) -> str:
    """The same call asking for the page after this one ("" when the call takes no page token)."""
    name = call.page_param if call else ""
    return with_query(url, {name: next_token}) if name and next_token else ""


class TokenKind(Enum):
    USER = "user"
    APP = "app"
    NONE = "none"  # OAuth 1.0a only: a token this app does not make


def token_for(call: ApiCall) -> TokenKind:
    """The token to send a call with: the user token wherever it is accepted (it acts as the user and
    sees private data), else the app-only Bearer token."""
    if call.user_scopes is not None:
        return TokenKind.USER
    return TokenKind.APP if call.app_only else TokenKind.NONE

"""What an answer bills for. X's API is pay-per-use: each resource an answer returns (a post, a user, …) is
billed once per UTC day, whatever the number of calls that return it; the rates are shown only in the
developer console (../shared/x-api/README.md). This counts the resources and says so, never a price."""

from __future__ import annotations

from typing import Any

from .text import translate

# What a call's `data` holds (the catalogue's `returns`) or an `includes` key: the kind it is billed as.
_KINDS = {"Post": "post", "User": "user", "List": "list", "Space": "space", "DmEvent": "dm", "Media": "media",
          "Community": "community", "News": "news", "Trend": "trend", "PersonalizedTrend": "trend",
          "LikeWithPostAuthor": "post", "Note": "note"}  # fmt: skip
_INCLUDES = {"tweets": "post", "posts": "post", "users": "user", "media": "media", "places": "place",
             "polls": "poll", "topics": "topic"}  # fmt: skip
ORDER = ("post", "user", "list", "space", "dm", "media", "community", "news", "trend", "note", "place", "poll",
         "topic")  # fmt: skip


def count(value: Any, returns: str) -> dict[str, int]:
    """Resources in a parsed answer, by kind: `data` (when the call returns a billed kind) and `includes`."""
    found: dict[str, int] = {}
    if not isinstance(value, dict):
        return found
    data, kind = value.get("data"), _KINDS.get(returns)
    if kind and isinstance(data, (list, dict)):
        found[kind] = len(data) if isinstance(data, list) else 1
    includes = value.get("includes")
    for key, items in includes.items() if isinstance(includes, dict) else ():
        if key in _INCLUDES and isinstance(items, list) and items:
            found[_INCLUDES[key]] = found.get(_INCLUDES[key], 0) + len(items)
    return found


def _phrase(kind: str, n: int) -> str:
    phrases = {
        "post": lambda: translate("Billing", "%n post(s)", None, n),
        "user": lambda: translate("Billing", "%n user(s)", None, n),
        "list": lambda: translate("Billing", "%n list(s)", None, n),
        "space": lambda: translate("Billing", "%n Space(s)", None, n),
        "dm": lambda: translate("Billing", "%n direct message(s)", None, n),
        "media": lambda: translate("Billing", "%n media item(s)", None, n),
        "community": lambda: translate("Billing", "%n community(ies)", None, n),
        "news": lambda: translate("Billing", "%n news story(ies)", None, n),
        "trend": lambda: translate("Billing", "%n trend(s)", None, n),
        "note": lambda: translate("Billing", "%n Community Note(s)", None, n),
        "place": lambda: translate("Billing", "%n place(s)", None, n),
        "poll": lambda: translate("Billing", "%n poll(s)", None, n),
        "topic": lambda: translate("Billing", "%n topic(s)", None, n),
    }
    return phrases[kind]()


def billing_text(counts: dict[str, int]) -> str:
    """ "This answer returned 100 posts, 3 users. …" with the one sentence on how X bills; "" for none."""
    if not counts:
        return ""
    listed = ", ".join(_phrase(kind, counts[kind]) for kind in ORDER if counts.get(kind))
    return (
        translate("Billing", "This answer returned {resources}.").format(resources=listed)
        + " "
        + translate(
            "Billing",
            "Pay-per-use: X bills each resource once per UTC day, however many calls return it; the rates are in "
            "your developer console.",
        )
    )

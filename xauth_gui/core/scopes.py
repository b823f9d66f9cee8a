"""X's OAuth 2.0 scope catalogue in plain language, with presets and the rules that tie scopes to features."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Scope:
    name: str
    group: str
    description: str  # one plain sentence a non-technical user understands
    writes: bool  # True: lets the app change something; False: only reads
    special_access: bool = False  # needs access X grants separately (ads, broadcasts, timelines)


REFRESH_SCOPE = "offline.access"
WHOAMI_SCOPES = ("tweet.read", "users.read")

CATALOGUE: tuple[Scope, ...] = (
    Scope("tweet.read", "Posts", "See posts you can see, including ones from protected accounts.", False),
    Scope("tweet.write", "Posts", "Post and repost for you.", True),
    Scope("tweet.moderate.write", "Posts", "Hide and unhide replies to your posts.", True),
    Scope("users.read", "Account", "See your profile and any account you can see.", False),
    Scope("users.email", "Account", "See the email address of your account.", False),
    Scope(REFRESH_SCOPE, "Account", "Stay connected until you disconnect the app (gives a refresh token).", False),
    Scope("follows.read", "Follows", "See who follows you and whom you follow.", False),
    Scope("follows.write", "Follows", "Follow and unfollow accounts for you.", True),
    Scope("like.read", "Likes", "See posts you liked and likes you can see.", False),
    Scope("like.write", "Likes", "Like and unlike posts for you.", True),
    Scope("list.read", "Lists", "See your lists, including private ones, with members and followers.", False),
    Scope("list.write", "Lists", "Create and manage lists for you.", True),
    Scope("bookmark.read", "Bookmarks", "See your bookmarks.", False),
    Scope("bookmark.write", "Bookmarks", "Add and remove bookmarks for you.", True),
    Scope("mute.read", "Mutes and blocks", "See accounts you muted.", False),
    Scope("mute.write", "Mutes and blocks", "Mute and unmute accounts for you.", True),
    Scope("block.read", "Mutes and blocks", "See accounts you blocked.", False),
    Scope("block.write", "Mutes and blocks", "Block and unblock accounts for you.", True),
    Scope("dm.read", "Direct Messages", "Read your direct messages.", False),
    Scope("dm.write", "Direct Messages", "Send and manage direct messages for you.", True),
    Scope("media.write", "Media", "Upload pictures and videos for you.", True),
    Scope("space.read", "Spaces and broadcasts", "See Spaces you can see.", False),
    Scope("broadcast.read", "Spaces and broadcasts", "See your live broadcasts and their chat.", False, True),
    Scope("broadcast.write", "Spaces and broadcasts", "Manage your broadcasts and chat in them.", True, True),
    Scope("timeline.read", "Posts", "See custom timelines you can see.", False, True),
    Scope("ads.read", "Ads", "See your ads accounts and their numbers.", False, True),
    Scope("ads.write", "Ads", "Create and change ads campaigns for you.", True, True),
)

BY_NAME: dict[str, Scope] = {s.name: s for s in CATALOGUE}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(s.group for s in CATALOGUE))


@dataclass(frozen=True)
class Preset:
    key: str
    label: str
    description: str
    scopes: tuple[str, ...]


_BASE = (*WHOAMI_SCOPES, REFRESH_SCOPE)
PRESETS: tuple[Preset, ...] = (
    Preset("read_profile", "Read-only profile", "Read your profile and posts; change nothing.", _BASE),
    Preset("post", "Post on my behalf", "Read, post and repost.", (*_BASE, "tweet.write")),
    Preset(
        "post_media",
        "Post with media",
        "Read and post, with pictures and videos.",
        (*_BASE, "tweet.write", "media.write"),
    ),
    Preset("dm", "Direct messages", "Read and send direct messages.", (*_BASE, "dm.read", "dm.write")),
    Preset(
        "everything",
        "Everything (no special access)",
        "Every permission an ordinary X app can get.",
        tuple(s.name for s in CATALOGUE if not s.special_access),
    ),
)
PRESETS_BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}
DEFAULT_SCOPES = PRESETS_BY_KEY["read_profile"].scopes


def ordered(scopes: Iterable[str]) -> tuple[str, ...]:
    """Scopes de-duplicated, catalogue ones in catalogue order, unknown ones after in given order."""
    wanted = list(dict.fromkeys(s for s in scopes if s))
    known = [s.name for s in CATALOGUE if s.name in wanted]
    return (*known, *(s for s in wanted if s not in BY_NAME))


def parse_scope_string(text: str) -> tuple[str, ...]:
    """A `scope` value as X sends it: space separated (tolerating commas and runs of blanks)."""
    return tuple(dict.fromkeys(part for part in text.replace(",", " ").split() if part))


def scope_warnings(selected: Iterable[str]) -> list[str]:
    """Plain warnings about a selection: no refresh token, no who-am-I, special access, unknown names."""
    chosen = set(selected)
    warnings: list[str] = []
    if not chosen:
        warnings.append("Pick at least one permission.")
        return warnings
    if REFRESH_SCOPE not in chosen:
        warnings.append("Without offline.access X gives no refresh token: the token stops working after 2 hours.")
    missing = [s for s in WHOAMI_SCOPES if s not in chosen]
    if missing:
        warnings.append(f"Who am I needs {' and '.join(WHOAMI_SCOPES)}; missing: {', '.join(missing)}.")
    special = [s for s in ordered(chosen) if s in BY_NAME and BY_NAME[s].special_access]
    if special:
        warnings.append(f"{', '.join(special)} need special access from X; without it X refuses the login.")
    unknown = [s for s in ordered(chosen) if s not in BY_NAME]
    if unknown:
        warnings.append(f"Not X scopes: {', '.join(unknown)}; X answers invalid_scope.")
    return warnings

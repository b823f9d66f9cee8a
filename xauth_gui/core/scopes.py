"""X's OAuth 2.0 scope catalogue in plain language, with presets and the rules that tie scopes to features."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from xauth_gui.core.text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Scope:
    name: str
    group_en: str
    description_en: str  # one plain sentence a non-technical user understands
    writes: bool  # True: lets the app change something; False: only reads
    special_access: bool = False  # needs access X grants separately (ads, broadcasts, timelines)

    @property
    def group(self) -> str:
        return translate("Scopes", self.group_en)

    @property
    def description(self) -> str:
        return translate("Scopes", self.description_en)


REFRESH_SCOPE = "offline.access"
WHOAMI_SCOPES = ("tweet.read", "users.read")

CATALOGUE: tuple[Scope, ...] = (
    Scope(
        "tweet.read",
        QT_TRANSLATE_NOOP("Scopes", "Posts"),
        QT_TRANSLATE_NOOP("Scopes", "See posts you can see, including ones from protected accounts."),
        False,
    ),
    Scope(
        "tweet.write",
        QT_TRANSLATE_NOOP("Scopes", "Posts"),
        QT_TRANSLATE_NOOP("Scopes", "Post and repost for you."),
        True,
    ),
    Scope(
        "tweet.moderate.write",
        QT_TRANSLATE_NOOP("Scopes", "Posts"),
        QT_TRANSLATE_NOOP("Scopes", "Hide and unhide replies to your posts."),
        True,
    ),
    Scope(
        "users.read",
        QT_TRANSLATE_NOOP("Scopes", "Account"),
        QT_TRANSLATE_NOOP("Scopes", "See your profile and any account you can see."),
        False,
    ),
    Scope(
        "users.email",
        QT_TRANSLATE_NOOP("Scopes", "Account"),
        QT_TRANSLATE_NOOP("Scopes", "See the email address of your account."),
        False,
    ),
    Scope(
        REFRESH_SCOPE,
        QT_TRANSLATE_NOOP("Scopes", "Account"),
        QT_TRANSLATE_NOOP("Scopes", "Stay connected until you disconnect the app (gives a refresh token)."),
        False,
    ),
    Scope(
        "follows.read",
        QT_TRANSLATE_NOOP("Scopes", "Follows"),
        QT_TRANSLATE_NOOP("Scopes", "See who follows you and whom you follow."),
        False,
    ),
    Scope(
        "follows.write",
        QT_TRANSLATE_NOOP("Scopes", "Follows"),
        QT_TRANSLATE_NOOP("Scopes", "Follow and unfollow accounts for you."),
        True,
    ),
    Scope(
        "like.read",
        QT_TRANSLATE_NOOP("Scopes", "Likes"),
        QT_TRANSLATE_NOOP("Scopes", "See posts you liked and likes you can see."),
        False,
    ),
    Scope(
        "like.write",
        QT_TRANSLATE_NOOP("Scopes", "Likes"),
        QT_TRANSLATE_NOOP("Scopes", "Like and unlike posts for you."),
        True,
    ),
    Scope(
        "list.read",
        QT_TRANSLATE_NOOP("Scopes", "Lists"),
        QT_TRANSLATE_NOOP("Scopes", "See your lists, including private ones, with members and followers."),
        False,
    ),
    Scope(
        "list.write",
        QT_TRANSLATE_NOOP("Scopes", "Lists"),
        QT_TRANSLATE_NOOP("Scopes", "Create and manage lists for you."),
        True,
    ),
    Scope(
        "bookmark.read",
        QT_TRANSLATE_NOOP("Scopes", "Bookmarks"),
        QT_TRANSLATE_NOOP("Scopes", "See your bookmarks."),
        False,
    ),
    Scope(
        "bookmark.write",
        QT_TRANSLATE_NOOP("Scopes", "Bookmarks"),
        QT_TRANSLATE_NOOP("Scopes", "Add and remove bookmarks for you."),
        True,
    ),
    Scope(
        "mute.read",
        QT_TRANSLATE_NOOP("Scopes", "Mutes and blocks"),
        QT_TRANSLATE_NOOP("Scopes", "See accounts you muted."),
        False,
    ),
    Scope(
        "mute.write",
        QT_TRANSLATE_NOOP("Scopes", "Mutes and blocks"),
        QT_TRANSLATE_NOOP("Scopes", "Mute and unmute accounts for you."),
        True,
    ),
    Scope(
        "block.read",
        QT_TRANSLATE_NOOP("Scopes", "Mutes and blocks"),
        QT_TRANSLATE_NOOP("Scopes", "See accounts you blocked."),
        False,
    ),
    Scope(
        "block.write",
        QT_TRANSLATE_NOOP("Scopes", "Mutes and blocks"),
        QT_TRANSLATE_NOOP("Scopes", "Block and unblock accounts for you."),
        True,
    ),
    Scope(
        "dm.read",
        QT_TRANSLATE_NOOP("Scopes", "Direct Messages"),
        QT_TRANSLATE_NOOP("Scopes", "Read your direct messages."),
        False,
    ),
    Scope(
        "dm.write",
        QT_TRANSLATE_NOOP("Scopes", "Direct Messages"),
        QT_TRANSLATE_NOOP("Scopes", "Send and manage direct messages for you."),
        True,
    ),
    Scope(
        "media.write",
        QT_TRANSLATE_NOOP("Scopes", "Media"),
        QT_TRANSLATE_NOOP("Scopes", "Upload pictures and videos for you."),
        True,
    ),
    Scope(
        "space.read",
        QT_TRANSLATE_NOOP("Scopes", "Spaces and broadcasts"),
        QT_TRANSLATE_NOOP("Scopes", "See Spaces you can see."),
        False,
    ),
    Scope(
        "broadcast.read",
        QT_TRANSLATE_NOOP("Scopes", "Spaces and broadcasts"),
        QT_TRANSLATE_NOOP("Scopes", "See your live broadcasts and their chat."),
        False,
        True,
    ),
    Scope(
        "broadcast.write",
        QT_TRANSLATE_NOOP("Scopes", "Spaces and broadcasts"),
        QT_TRANSLATE_NOOP("Scopes", "Manage your broadcasts and chat in them."),
        True,
        True,
    ),
    Scope(
        "timeline.read",
        QT_TRANSLATE_NOOP("Scopes", "Posts"),
        QT_TRANSLATE_NOOP("Scopes", "See custom timelines you can see."),
        False,
        True,
    ),
    Scope(
        "ads.read",
        QT_TRANSLATE_NOOP("Scopes", "Ads"),
        QT_TRANSLATE_NOOP("Scopes", "See your ads accounts and their numbers."),
        False,
        True,
    ),
    Scope(
        "ads.write",
        QT_TRANSLATE_NOOP("Scopes", "Ads"),
        QT_TRANSLATE_NOOP("Scopes", "Create and change ads campaigns for you."),
        True,
        True,
    ),
)

BY_NAME: dict[str, Scope] = {s.name: s for s in CATALOGUE}
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(s.group_en for s in CATALOGUE))  # in English


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
        warnings.append(translate("Scopes", "Pick at least one permission."))
        return warnings
    if REFRESH_SCOPE not in chosen:
        warnings.append(
            translate(
                "Scopes", "Without offline.access X gives no refresh token: the token stops working after 2 hours."
            )
        )
    missing = [s for s in WHOAMI_SCOPES if s not in chosen]
    if missing:
        warnings.append(
            translate("Scopes", "Who am I needs {needed}; missing: {missing}.").format(
                needed=" + ".join(WHOAMI_SCOPES), missing=", ".join(missing)
            )
        )
    special = [s for s in ordered(chosen) if s in BY_NAME and BY_NAME[s].special_access]
    if special:
        warnings.append(
            translate("Scopes", "{scopes} need special access from X; without it X refuses the login.").format(
                scopes=", ".join(special)
            )
        )
    unknown = [s for s in ordered(chosen) if s not in BY_NAME]
    if unknown:
        warnings.append(
            translate("Scopes", "Not X scopes: {scopes}; X answers invalid_scope.").format(scopes=", ".join(unknown))
        )
    return warnings

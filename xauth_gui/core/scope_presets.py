"""The permission presets the picker offers ("Read-only profile", "Post on my behalf", …), each a set of
scopes from X's catalogue (scopes.py)."""

from __future__ import annotations

from dataclasses import dataclass

from .scopes import CATALOGUE, REFRESH_SCOPE, WHOAMI_SCOPES
from .text import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Preset:
    key: str
    label_en: str
    description_en: str
    scopes: tuple[str, ...]

    @property
    def label(self) -> str:
        return translate("Scopes", self.label_en)

    @property
    def description(self) -> str:
        return translate("Scopes", self.description_en)


_BASE = (*WHOAMI_SCOPES, REFRESH_SCOPE)
PRESETS: tuple[Preset, ...] = (
    Preset(
        "read_profile",
        QT_TRANSLATE_NOOP("Scopes", "Read-only profile"),
        QT_TRANSLATE_NOOP("Scopes", "Read your profile and posts; change nothing."),
        _BASE,
    ),
    Preset(
        "post",
        QT_TRANSLATE_NOOP("Scopes", "Post on my behalf"),
        QT_TRANSLATE_NOOP("Scopes", "Read, post and repost."),
        (*_BASE, "tweet.write"),
    ),
    Preset(
        "post_media",
        QT_TRANSLATE_NOOP("Scopes", "Post with media"),
        QT_TRANSLATE_NOOP("Scopes", "Read and post, with pictures and videos."),
        (*_BASE, "tweet.write", "media.write"),
    ),
    Preset(
        "dm",
        QT_TRANSLATE_NOOP("Scopes", "Direct messages"),
        QT_TRANSLATE_NOOP("Scopes", "Read and send direct messages."),
        (*_BASE, "dm.read", "dm.write"),
    ),
    Preset(
        "everything",
        QT_TRANSLATE_NOOP("Scopes", "Everything (no special access)"),
        QT_TRANSLATE_NOOP("Scopes", "Every permission an ordinary X app can get."),
        tuple(s.name for s in CATALOGUE if not s.special_access),
    ),
)
PRESETS_BY_KEY: dict[str, Preset] = {p.key: p for p in PRESETS}
DEFAULT_SCOPES = PRESETS_BY_KEY["read_profile"].scopes

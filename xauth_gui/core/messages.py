"""What the session says to the window: a message's kind, its words and the buttons on it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class MessageKind(StrEnum):
    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"
    PROGRESS = "progress"


MessageAction = tuple[str, Callable[[], None]]


@dataclass(frozen=True)
class Message:
    kind: MessageKind
    text: str
    actions: tuple[MessageAction, ...] = ()
    profile_id: str = ""  # the profile it speaks about ("" for the whole app: the keychain, damaged settings)
    guidance: bool = False  # what to do next, not news: the next message replaces it at once
    about: object = None  # what it says, whatever the language: a machine's Note, an error's class, or a Topic


class Topic(StrEnum):
    """What a message outside the machines says (tests and tools compare this, never the words)."""

    NOT_NOW = "not_now"  # the phase refused an action
    READY = "ready"
    SETTINGS_CHANGED = "settings_changed"
    NO_REFRESH_TOKEN = "no_refresh_token"
    REFRESHING = "refreshing"
    REVOKING = "revoking"
    SIGNED_IN_AS = "signed_in_as"  # who am I answered
    WHO_AM_I_FAILED = "who_am_i_failed"
    CALLBACK_MOVED = "callback_moved"  # the callback URI moved to a free port
    PROFILE_DELETED = "profile_deleted"
    SECRET_CONFIRMED = "secret_confirmed"  # the Client Secret may go to the server now in the settings
    SETTINGS_RESTORED = "settings_restored"  # the settings that issued the tokens are back
    PLAIN_FILE = "plain_file"  # secrets are now kept in the plain-text file

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

"""Revoking and removing tokens as a pure machine (issue 24, the session machine's second slice):
`step(event) -> effects`. The driver (qt/token_ops.py) sends the revocation and the keychain work, feeds
back what happened, and carries out the effects: forget the tokens, and say what happened with the ways
on (Retry, Remove from this computer only, Retry keychain). It holds no state of its own: the phase
(REVOKING) is the session's, and single flight is the phase table's."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, StrEnum

from .messages import MessageKind


class Note(StrEnum):
    REVOKED = "revoked"  # both tokens revoked at the server and removed here
    NOT_REVOKED = "not_revoked"  # the server did not confirm: still saved
    REMOVED = "removed"  # removed from this computer only: they keep working until they expire
    KEYCHAIN_STILL_HOLDS = "keychain_still_holds"  # removed from the app; the keychain's copy waits


class Way(StrEnum):
    """A button the message offers."""

    RETRY = "retry"
    REMOVE_LOCALLY = "remove_locally"
    RETRY_KEYCHAIN = "retry_keychain"


class Answer(Enum):
    """The server's answer to the revocation."""

    REVOKED = "revoked"
    FAILED = "failed"


@dataclass(frozen=True)
class Removed:
    """The tokens were removed from this app; `keychain_pending`: the keychain could not be reached."""

    keychain_pending: bool


Event = Answer | Removed


@dataclass(frozen=True)
class Say:
    kind: MessageKind
    note: Note
    ways: tuple[Way, ...] = ()


class Do(Enum):
    FORGET = "forget"  # drop the tokens from the window and the store


Effect = Do | Say


def step(event: Event) -> tuple[Effect, ...]:
    if event is Answer.REVOKED:
        return Do.FORGET, Say(MessageKind.SUCCESS, Note.REVOKED)
    if event is Answer.FAILED:  # the tokens stay: try again, or only forget them here
        return (Say(MessageKind.ERROR, Note.NOT_REVOKED, (Way.RETRY, Way.REMOVE_LOCALLY)),)
    if event.keychain_pending:  # carried out as soon as the keychain can be reached (B7)
        return (Say(MessageKind.WARNING, Note.KEYCHAIN_STILL_HOLDS, (Way.RETRY_KEYCHAIN,)),)
    return (Say(MessageKind.INFO, Note.REMOVED),)
